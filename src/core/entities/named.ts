import type { Candidate } from './candidates';
import type { Entity, EntityType, Mention } from '../types';

/** An entity under construction, with the candidates that name it: what the later pipeline stages share. */
export interface Named {
  entity: Entity;
  candidates: Candidate[];
}

/**
 * A new entity and its candidates. The entity has every field from the start (role, affiliation and description
 * undefined until the roles stage sets them), so all entities share one object shape and the stages reading them stay
 * optimized (fields added later gave them several shapes, and V8 deoptimized those stages).
 */
export function namedEntity(type: EntityType, name: string, aliases: string[], mentions: Mention[], candidates: Candidate[]): Named {
  return { entity: { id: '', type, name, aliases, mentions, role: undefined, affiliation: undefined, description: undefined }, candidates };
}

export function mention(start: number, end: number, text: string, kind: Mention['kind']): Mention {
  return { start, end, text, kind };
}
