import { sentenceStart, type TextModel } from '../text/model';
import type { Entity, EntityType, Span } from '../types';

/** An entity mention with its entity. */
export interface Placed extends Span {
  entity: Entity;
}

/** A cue word that reads as a verb where it stands (attribution.ts). */
export interface Cue extends Span {
  word: string;
  /** A participle that is not part of a progressive ("saying", but not "is saying"). */
  participle: boolean;
}

/** Mentions are short: a search for those overlapping a position can start this far before it. */
const LONGEST_MENTION = 200;
/** How far back (characters, and mentions passed) the referent of a pronoun is looked for: keeps the work bounded. */
const REFERENT_WINDOW = 3000;
const REFERENT_MENTIONS = 60;
/** How far back (characters) the start of a sentence is looked for. */
const SENTENCE_REACH = 400;

/** The entities' mentions in text order, the quotations and the cues, for lookups by position. */
export class MentionIndex {
  private readonly mentions: Placed[];
  private readonly names = new Map<string, Entity>();

  constructor(
    private readonly model: TextModel,
    entities: readonly Entity[],
    private readonly quotes: readonly Span[],
    private readonly cues: readonly Cue[],
  ) {
    const all = entities.flatMap((entity) => entity.mentions.map((m) => ({ start: m.start, end: m.end, entity })));
    all.sort((a, b) => a.start - b.start || b.end - a.end);
    // A name inside a longer name (the partner in "Brannock & Co.") is part of it, never a speaker or referent itself.
    this.mentions = [];
    let outer: Placed | undefined;
    for (const m of all) {
      if (outer && m.end <= outer.end && m.entity !== outer.entity) continue;
      if (!outer || m.end > outer.end) outer = m;
      this.mentions.push(m);
    }
    for (const e of entities) for (const name of [e.name, ...e.aliases]) if (!this.names.has(name)) this.names.set(name, e);
  }

  /** Mentions that overlap `span`, in text order. */
  within(span: Span): Placed[] {
    const out: Placed[] = [];
    for (let i = firstStartingAt(this.mentions, span.start - LONGEST_MENTION); i < this.mentions.length && this.mentions[i].start < span.end; i++) {
      if (this.mentions[i].end > span.start) out.push(this.mentions[i]);
    }
    return out;
  }

  /** The nearest mention of `type` ending before `pos`, outside quotations, that `fits`, within reach. */
  referent(pos: number, type: EntityType, fits: (m: Placed) => boolean = () => true): Placed | undefined {
    for (let i = firstStartingAt(this.mentions, pos) - 1, n = 0; i >= 0 && n < REFERENT_MENTIONS; i--, n++) {
      const m = this.mentions[i];
      if (pos - m.start > REFERENT_WINDOW) return undefined;
      if (m.end <= pos && m.entity.type === type && !this.inQuote(m.start) && fits(m)) return m;
    }
    return undefined;
  }

  /** An entity whose name or an alias is exactly `name`. */
  named(name: string): Entity | undefined {
    return this.names.get(name);
  }

  /** Where the sentence around `pos` starts, not before `limit` nor far before `pos`. */
  sentenceStart(pos: number, limit = 0): number {
    return sentenceStart(this.model, pos, limit, SENTENCE_REACH);
  }

  /** The cues that lie wholly inside text[from, to), in text order. */
  cuesWithin(from: number, to: number): Cue[] {
    const out: Cue[] = [];
    for (let i = firstStartingAt(this.cues, from); i < this.cues.length && this.cues[i].start < to; i++) {
      if (this.cues[i].end <= to) out.push(this.cues[i]);
    }
    return out;
  }

  /** Whether `pos` lies inside a quotation. */
  inQuote(pos: number): boolean {
    const q = this.quotes[firstStartingAt(this.quotes, pos + 1) - 1];
    return q !== undefined && q.end > pos;
  }
}

/** Index of the first span (sorted by start) that starts at or after `pos`. */
function firstStartingAt(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
