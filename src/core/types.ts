/**
 * The analyzer's public data model. Offsets are UTF-16 code units (JavaScript string indices), end exclusive,
 * so `text.slice(start, end)` is always the span. The JSON shape is documented in docs/analysis-format.md.
 */

/** OTHER: a name of none of the three kinds (a product, an event, a work, a language), found so it is not taken for one. */
export type EntityType = 'PERSON' | 'ORG' | 'PLACE' | 'OTHER';

/** How a mention refers to its entity. */
export type MentionKind = 'name' | 'alias' | 'pronoun' | 'description';

export interface Span {
  start: number;
  end: number;
}

export interface Mention extends Span {
  text: string;
  kind: MentionKind;
}

export interface Entity {
  /** Stable within one analysis: `e1`, `e2`, … in order of first mention. */
  id: string;
  type: EntityType;
  /** Canonical name: the fullest form the text uses. */
  name: string;
  /** Other surface forms that name the same entity (not pronouns). */
  aliases: string[];
  mentions: Mention[];
  role?: string;
  affiliation?: string;
  description?: string;
}


export interface Quote extends Span {
  /** The quotation including its marks. */
  text: string;
  /**
   * `quote`: words someone said or wrote; `term`: a title, nickname, scare quote or quoted term, which has no speaker.
   * `not-a-quote` only comes from a reviewer's annotations (src/core/annotations). Absent: read it as `quote`.
   */
  kind?: 'quote' | 'term' | 'not-a-quote';
  /** An unnamed source that speaks ("a police spokesman"): the quote names it and no entity (speakerId null). */
  speakerDescription?: string;
  /** Id of the speaking entity, or null when the quote is unattributed. */
  speakerId: string | null;
  speakerMention?: Span;
  /** The attribution cue ("said", "according to"). */
  cue?: Span;
  /** 0..1, how sure the attribution is; absent when unattributed. */
  confidence?: number;
}

/** `analysis-failed`: a stage of the analyzer threw; its results are missing (the message says which). */
export type FindingKind = 'unattributed-quote' | 'unbalanced-quote' | 'analysis-failed';

/** Something a reader should check: feeds diagnostics. */
export interface Finding extends Span {
  kind: FindingKind;
  message: string;
}

export interface Analysis {
  entities: Entity[];
  quotes: Quote[];
  findings: Finding[];
}
