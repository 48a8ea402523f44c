/**
 * What a person decided about an article, kept in the sidecar `<file>.annotations.json` (docs/annotations-format.md).
 * Offsets are UTF-16 code units, end exclusive, as in the analysis (src/core/types.ts).
 */
import type { EntityType, Finding, Mention, MentionKind, Quote } from '../types';

/** The sidecar's `format` field, so another JSON file is not mistaken for annotations. */
export const ANNOTATIONS_FORMAT = 'article-annotator/annotations';
/** Bumped when a reader of the previous version would misread the file. */
export const ANNOTATIONS_VERSION = 1;

/** Annotations may name things that are none of the analyzer's three kinds (a product, an event). */
export type AnnotationType = EntityType | 'OTHER';

/**
 * suggested: the analyzer's, not yet reviewed (an annotation is only stored for it to keep a note);
 * accepted: the analyzer's, confirmed as is; rejected: the analyzer's, refused (Not an Entity, Not a Quote);
 * manual: made or corrected by a person.
 */
export type ReviewStatus = 'suggested' | 'accepted' | 'rejected' | 'manual';

/**
 * A span that survives edits: its offsets, its text and a little context either side to find it again.
 * `orphaned`: the text it was on is gone; kept (offsets as last known) for Re-attach or Delete, never dropped.
 */
export interface Anchor {
  start: number;
  end: number;
  text: string;
  before: string;
  after: string;
  orphaned?: boolean;
}

export interface MentionAnnotation extends Anchor {
  kind: MentionKind;
}

/** An entity as annotated; `status: 'rejected'` suppresses the analyzer's entity with these mentions or this name. */
export interface EntityAnnotation {
  id: string;
  status: ReviewStatus;
  type: AnnotationType;
  /** The name in the annotations (never the article's text). */
  name: string;
  mentions: MentionAnnotation[];
  note?: string;
}

/** Who said a quote: an annotated entity, a name (found among the entities, else standing alone), an unnamed source, or nobody. */
export type SpeakerRef =
  | { kind: 'entity'; id: string }
  | { kind: 'name'; name: string }
  | { kind: 'unnamed'; description: string }
  | { kind: 'none' };

/** term: quotation marks around a word or phrase (a scare quote, a title), not someone's words. */
export type QuoteKind = 'quote' | 'term' | 'not-a-quote';

export interface QuoteAnnotation extends Anchor {
  id: string;
  status: ReviewStatus;
  kind: QuoteKind;
  /** Absent only for a suggestion kept for its note: the analyzer's speaker stands. */
  speaker?: SpeakerRef;
  note?: string;
}

/** The sidecar's content. */
export interface AnnotationDoc {
  entities: EntityAnnotation[];
  quotes: QuoteAnnotation[];
}

/** One change of the text, as `onDidChangeTextDocument` reports it (UTF-16 offsets into the text before it). */
export interface TextEdit {
  offset: number;
  /** Code units deleted at `offset`. */
  length: number;
  /** Text inserted at `offset`. */
  text: string;
}

// ---- The analysis with the annotations applied: what views, hovers, tokens, diagnostics and exports show. ----

export interface ReviewedMention extends Mention {
  status: ReviewStatus;
}

export interface ReviewedEntity {
  /** The annotation's id (`a1`…) when annotated, else the analysis id (`e1`…), or `name:<name>` for a speaker named only in the annotations. */
  id: string;
  type: AnnotationType;
  name: string;
  aliases: string[];
  mentions: ReviewedMention[];
  role?: string;
  affiliation?: string;
  description?: string;
  status: ReviewStatus;
  annotationId?: string;
  note?: string;
}

export interface ReviewedQuote extends Quote {
  status: ReviewStatus;
  kind: QuoteKind;
  annotationId?: string;
  note?: string;
  /** Set when the speaker is an unnamed source ("a senior official"). */
  unnamedSource?: string;
  /** The speaker as a reader sees it: a name, "unnamed source (…)", or "Unattributed". */
  speakerLabel: string;
}

/** An anchor whose text is gone: `mentionIndex` is the mention's index in its entity annotation (absent for a quote). */
export interface Orphan {
  annotationId: string;
  target: 'entity' | 'quote';
  mentionIndex?: number;
  /** The entity's name, or the quote's text. */
  label: string;
  anchor: Anchor;
}

export interface ReviewCount {
  reviewed: number;
  total: number;
}

export interface AnnotatedAnalysis {
  entities: ReviewedEntity[];
  /** Quotations (kind `quote`) in text order. */
  quotes: ReviewedQuote[];
  /** Quotation marks around terms, not speech. */
  terms: ReviewedQuote[];
  findings: Finding[];
  /** Refused suggestions, kept visible so the refusal can be seen and undone. */
  rejected: { entities: ReviewedEntity[]; quotes: ReviewedQuote[] };
  orphans: Orphan[];
  progress: { entities: ReviewCount; quotes: ReviewCount };
}
