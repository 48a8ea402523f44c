/**
 * Questions the editor asks of an analysis: what is at this offset, who said what. Generic over the entity and
 * quote types, so the same questions work on an analysis with a person's annotations applied.
 */
import type { Mention, Quote, Span } from '../types';

interface HasMentions<M extends Mention = Mention> {
  id: string;
  name: string;
  mentions: M[];
}

export interface MentionHit<E extends HasMentions = HasMentions> {
  entity: E;
  mention: E['mentions'][number];
}

/**
 * The entity mention covering `offset` (a cursor just after a mention's last character counts). The innermost
 * wins: "Ada Quill" inside an organization's description "a think tank founded by Ada Quill" is the person.
 */
export function mentionAt<E extends HasMentions>(analysis: { entities: E[] }, offset: number): MentionHit<E> | undefined {
  let hit: MentionHit<E> | undefined;
  for (const entity of analysis.entities) {
    for (const mention of entity.mentions) {
      if (mention.start <= offset && offset <= mention.end && (!hit || mention.end - mention.start < hit.mention.end - hit.mention.start)) {
        hit = { entity, mention };
      }
    }
  }
  return hit;
}

/**
 * Where the entity is introduced: its first full name outside `skip` (photo captions and credits, which come
 * before the body), else its first full name, else its first mention of any kind. `skip` is spans sorted by start,
 * or tells whether a mention lies in one (the editor asks line by line, without a pass over the whole text).
 */
export function primaryMention<E extends { mentions: Mention[] }, M extends Mention = E['mentions'][number]>(entity: E, skip: readonly Span[] | ((mention: M) => boolean) = []): M | undefined {
  const skipped = typeof skip === 'function' ? skip : (m: M) => within(m, skip);
  let first: M | undefined;
  let firstName: M | undefined;
  let inBody: M | undefined;
  // Loops rather than a sorted copy: an entity may have hundreds of thousands of mentions.
  for (const m of entity.mentions as M[]) {
    if (!first || m.start < first.start) first = m;
    if (m.kind !== 'name') continue;
    if (!firstName || m.start < firstName.start) firstName = m;
    if ((!inBody || m.start < inBody.start) && !skipped(m)) inBody = m;
  }
  return inBody ?? firstName ?? first;
}

function within(span: Span, spans: readonly Span[]): boolean {
  for (const s of spans) {
    if (s.start > span.start) return false;
    if (span.end <= s.end) return true;
  }
  return false;
}

/** "(Jane Doe / Agency)" on a line of its own: a photo credit. */
const PHOTO_CREDIT_LINE = String.raw`^[ \t]*\([^()\n]{1,80}\/[^()\n]{1,80}\)[ \t]*$`;
const PHOTO_CREDIT = new RegExp(PHOTO_CREDIT_LINE, 'gm');
const PHOTO_CREDIT_ALONE = new RegExp(PHOTO_CREDIT_LINE);

/** Whether a line (without its line break) is a photo credit; the line above a credit is its caption (`photoCaptions`). */
export function isPhotoCredit(line: string): boolean {
  return PHOTO_CREDIT_ALONE.test(line);
}

/**
 * Photo credits and the caption line just above each, sorted: text that names people before the story does.
 * (A stand-in until the text model knows its lines' kinds.)
 */
export function photoCaptions(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(PHOTO_CREDIT)) {
    const start = m.index;
    const captionEnd = start - 1; // the newline before the credit
    const captionStart = text.lastIndexOf('\n', captionEnd - 1) + 1;
    if (captionEnd > 0 && text.slice(captionStart, captionEnd).trim()) spans.push({ start: captionStart, end: captionEnd });
    spans.push({ start, end: start + m[0].length });
  }
  return spans;
}

export function quotesOf<Q extends Quote>(analysis: { quotes: Q[] }, entityId: string): Q[] {
  return analysis.quotes.filter((q) => q.speakerId === entityId);
}

/** Quotes grouped by speaker id, speakers in order of their first quote; unattributed quotes under `null`. */
export function quotesBySpeaker<Q extends Quote>(analysis: { quotes: Q[] }): Map<string | null, Q[]> {
  const groups = new Map<string | null, Q[]>();
  for (const q of analysis.quotes) {
    const list = groups.get(q.speakerId);
    if (list) list.push(q);
    else groups.set(q.speakerId, [q]);
  }
  return groups;
}

/** The first quote starting after `offset` (or before it, going backwards), wrapping around the article. */
export function adjacentQuote<Q extends Quote>(analysis: { quotes: Q[] }, offset: number, direction: 1 | -1): Q | undefined {
  return adjacent(analysis.quotes, offset, direction);
}

/** The first of `spans` (sorted by start) starting after `offset`, or before it going backwards, wrapping around. */
export function adjacent<S extends { start: number }>(spans: readonly S[], offset: number, direction: 1 | -1): S | undefined {
  if (spans.length === 0) return undefined;
  if (direction === 1) return spans.find((q) => q.start > offset) ?? spans[0];
  for (let i = spans.length - 1; i >= 0; i--) if (spans[i].start < offset) return spans[i];
  return spans[spans.length - 1];
}

/** The speaker's display name, or a stated absence. */
export function speakerName(analysis: { entities: { id: string; name: string }[] }, quote: Quote): string {
  return (quote.speakerId && analysis.entities.find((e) => e.id === quote.speakerId)?.name) || 'Unattributed';
}
