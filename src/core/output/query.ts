/** Questions the editor asks of an analysis: what is at this offset, who said what. */
import type { Analysis, Entity, Mention, Quote } from '../types';

export interface MentionHit {
  entity: Entity;
  mention: Mention;
}

/** The entity mention covering `offset` (a cursor just after a mention's last character counts). */
export function mentionAt(analysis: Analysis, offset: number): MentionHit | undefined {
  for (const entity of analysis.entities) {
    for (const mention of entity.mentions) {
      if (mention.start <= offset && offset <= mention.end) return { entity, mention };
    }
  }
  return undefined;
}

/** Where the entity is first named in full, else its first mention of any kind. */
export function primaryMention(entity: Entity): Mention | undefined {
  const byStart = [...entity.mentions].sort((a, b) => a.start - b.start);
  return byStart.find((m) => m.kind === 'name') ?? byStart[0];
}

export function quotesOf(analysis: Analysis, entityId: string): Quote[] {
  return analysis.quotes.filter((q) => q.speakerId === entityId);
}

/** Quotes grouped by speaker id, speakers in order of their first quote; unattributed quotes under `null`. */
export function quotesBySpeaker(analysis: Analysis): Map<string | null, Quote[]> {
  const groups = new Map<string | null, Quote[]>();
  for (const q of analysis.quotes) {
    const list = groups.get(q.speakerId);
    if (list) list.push(q);
    else groups.set(q.speakerId, [q]);
  }
  return groups;
}

/** The first quote starting after `offset` (or before it, going backwards), wrapping around the article. */
export function adjacentQuote(analysis: Analysis, offset: number, direction: 1 | -1): Quote | undefined {
  const quotes = analysis.quotes;
  if (quotes.length === 0) return undefined;
  if (direction === 1) return quotes.find((q) => q.start > offset) ?? quotes[0];
  for (let i = quotes.length - 1; i >= 0; i--) if (quotes[i].start < offset) return quotes[i];
  return quotes[quotes.length - 1];
}

/** The speaker's display name, or a stated absence. */
export function speakerName(analysis: Analysis, quote: Quote): string {
  return (quote.speakerId && analysis.entities.find((e) => e.id === quote.speakerId)?.name) || 'Unattributed';
}
