import type { Candidate } from './candidates';
import type { Entity, Mention } from '../types';

/** An entity under construction, with the candidates that name it: what the later pipeline stages share. */
export interface Named {
  entity: Entity;
  candidates: Candidate[];
}

export function mention(start: number, end: number, text: string, kind: Mention['kind']): Mention {
  return { start, end, text, kind };
}
