/**
 * Standoff annotations, the shape brat and doccano share: labelled spans of the text and relations between them
 * (a mention to its entity's first mention: Coref; a quote to its speaker's first mention: Speaker). Exports build
 * it from the applied annotations, imports turn it back into annotations.
 */
import type { MentionKind } from '../../types';
import { anchorAt } from '../anchor';
import type {
  AnnotatedAnalysis, AnnotationDoc, AnnotationType, EntityAnnotation, QuoteAnnotation, QuoteKind, ReviewedEntity, ReviewedQuote,
  ReviewStatus, SpeakerRef,
} from '../types';

export const QUOTE_LABEL = 'Quote';
export type RelationType = 'Coref' | 'Speaker';

export interface StandoffSpan {
  key: string;
  /** PERSON, ORG, PLACE, OTHER, or Quote. */
  label: string;
  start: number;
  end: number;
  /** Absent: manual. */
  status?: ReviewStatus;
  /** A mention's kind (absent: name) or a quote's kind (absent: quote). */
  kind?: string;
  note?: string;
  /** On an entity's first mention: the entity's name, when it is not the mention's text. */
  name?: string;
  /** On a quote: the speaker, when the article never names them (no span to point to). */
  speakerName?: string;
  /** On a quote by an unnamed source: its description ('' when none was given). */
  unnamedSource?: string;
}

export interface StandoffRelation {
  type: RelationType;
  from: string;
  to: string;
}

export interface Standoff {
  spans: StandoffSpan[];
  relations: StandoffRelation[];
}

/** Only what a person reviewed, plus suggestions when asked: what every export writes. */
export function reviewedOnly(result: AnnotatedAnalysis, includeSuggestions: boolean): AnnotatedAnalysis {
  const keep = (s: ReviewStatus) => s === 'manual' || s === 'accepted' || (includeSuggestions && s === 'suggested');
  const entities = result.entities
    .map((e) => ({ ...e, mentions: e.mentions.filter((m) => keep(m.status)) }))
    .filter((e) => keep(e.status) || e.mentions.length > 0);
  const ids = new Set(entities.map((e) => e.id));
  const quote = (q: ReviewedQuote): ReviewedQuote => (q.speakerId === null || ids.has(q.speakerId) ? q : { ...q, speakerId: null, speakerLabel: 'Unattributed' });
  return {
    ...result,
    entities,
    quotes: result.quotes.filter((q) => keep(q.status)).map(quote),
    terms: result.terms.filter((q) => keep(q.status)).map(quote),
    rejected: { entities: [], quotes: [] },
  };
}

const byStart = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start - b.start || a.end - b.end;

/** The standoff form of an applied (and usually `reviewedOnly`) result; span keys are T1, T2… in text order. */
export function toStandoff(result: AnnotatedAnalysis): Standoff {
  interface Pending {
    span: Omit<StandoffSpan, 'key'>;
    entity?: ReviewedEntity;
    isHead?: boolean;
    quote?: ReviewedQuote;
  }
  const pending: Pending[] = [];
  for (const e of result.entities) {
    e.mentions.forEach((m, i) => {
      const span: Omit<StandoffSpan, 'key'> = { label: e.type, start: m.start, end: m.end };
      if (m.status !== 'manual') span.status = m.status;
      if (m.kind !== 'name') span.kind = m.kind;
      if (i === 0 && e.note !== undefined) span.note = e.note;
      if (i === 0 && e.name !== m.text) span.name = e.name;
      pending.push({ span, entity: e, isHead: i === 0 });
    });
  }
  const entityById = new Map(result.entities.map((e) => [e.id, e]));
  for (const q of [...result.quotes, ...result.terms]) {
    const span: Omit<StandoffSpan, 'key'> = { label: QUOTE_LABEL, start: q.start, end: q.end };
    if (q.status !== 'manual') span.status = q.status;
    if (q.kind !== 'quote') span.kind = q.kind;
    if (q.note !== undefined) span.note = q.note;
    if (q.unnamedSource !== undefined) span.unnamedSource = q.unnamedSource;
    const speaker = q.speakerId === null ? undefined : entityById.get(q.speakerId);
    if (speaker && speaker.mentions.length === 0) span.speakerName = speaker.name;
    pending.push({ span, quote: q });
  }
  pending.sort((a, b) => byStart(a.span, b.span));
  const key = (i: number) => `T${i + 1}`;
  const headKey = new Map<ReviewedEntity, string>();
  pending.forEach((p, i) => p.isHead && headKey.set(p.entity!, key(i)));
  const relations: StandoffRelation[] = [];
  pending.forEach((p, i) => {
    if (p.entity && !p.isHead) relations.push({ type: 'Coref', from: key(i), to: headKey.get(p.entity)! });
    const speaker = p.quote?.speakerId ? entityById.get(p.quote.speakerId) : undefined;
    if (speaker && headKey.has(speaker)) relations.push({ type: 'Speaker', from: key(i), to: headKey.get(speaker)! });
  });
  return { spans: pending.map((p, i) => ({ key: key(i), ...p.span })), relations };
}

/** Labels other tools use for the same kinds (brat's examples, CoNLL, OntoNotes), read on import. */
const TYPE_ALIASES: Record<string, AnnotationType> = {
  PERSON: 'PERSON', PER: 'PERSON', PEOPLE: 'PERSON',
  ORG: 'ORG', ORGANIZATION: 'ORG', ORGANISATION: 'ORG', NORP: 'ORG',
  PLACE: 'PLACE', LOC: 'PLACE', LOCATION: 'PLACE', GPE: 'PLACE', FAC: 'PLACE', GEO: 'PLACE',
  OTHER: 'OTHER', MISC: 'OTHER',
};
const QUOTE_LABELS = new Set(['QUOTE', 'QUOTATION', 'DIRECT_QUOTE']);
const STATUSES: readonly ReviewStatus[] = ['suggested', 'accepted', 'rejected', 'manual'];
const MENTION_KINDS: readonly MentionKind[] = ['name', 'alias', 'pronoun', 'description'];
const QUOTE_KINDS: readonly QuoteKind[] = ['quote', 'term', 'not-a-quote'];

export interface ImportResult {
  doc: AnnotationDoc;
  /** What was skipped and why, one line each. */
  warnings: string[];
}

/** Annotations from standoff spans and relations over `text` (spans outside the text or of unknown labels are skipped, with a warning). */
export function fromStandoff(text: string, standoff: Standoff): ImportResult {
  const warnings: string[] = [];
  const entitySpans = new Map<string, StandoffSpan & { type: AnnotationType }>();
  const quoteSpans: StandoffSpan[] = [];
  for (const s of standoff.spans) {
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start < s.end && s.end <= text.length)) {
      warnings.push(`${s.key}: span ${s.start}-${s.end} is outside the text (${text.length} characters); skipped`);
      continue;
    }
    const label = s.label.toUpperCase();
    if (QUOTE_LABELS.has(label)) quoteSpans.push(s);
    else if (TYPE_ALIASES[label]) entitySpans.set(s.key, { ...s, type: TYPE_ALIASES[label] });
    else warnings.push(`${s.key}: unknown label ${JSON.stringify(s.label)}; skipped`);
  }
  // Coref chains: each span's root is the span it (transitively) refers to.
  const parent = new Map<string, string>();
  const root = (k: string): string => {
    let r = k;
    while (parent.has(r)) r = parent.get(r)!;
    return r;
  };
  for (const r of standoff.relations) {
    if (r.type !== 'Coref') continue;
    if (!entitySpans.has(r.from) || !entitySpans.has(r.to)) {
      warnings.push(`Coref ${r.from} → ${r.to}: not two entity spans; skipped`);
      continue;
    }
    const a = root(r.from);
    const b = root(r.to);
    if (a !== b) parent.set(a, b);
  }
  const groups = new Map<string, (StandoffSpan & { type: AnnotationType })[]>();
  for (const s of entitySpans.values()) {
    const k = root(s.key);
    groups.set(k, [...(groups.get(k) ?? []), s]);
  }
  const status = (s: StandoffSpan): ReviewStatus => (STATUSES.includes(s.status as ReviewStatus) ? (s.status as ReviewStatus) : 'manual');
  let next = 1;
  const entityOf = new Map<string, string>();
  const entities: EntityAnnotation[] = [];
  for (const group of groups.values()) {
    group.sort(byStart);
    const head = group.find((s) => s.name !== undefined || s.note !== undefined) ?? group[0];
    const id = `a${next++}`;
    for (const s of group) entityOf.set(s.key, id);
    const named = group.find((s) => (s.kind ?? 'name') === 'name') ?? head;
    const entity: EntityAnnotation = {
      id, status: status(head), type: head.type, name: head.name ?? text.slice(named.start, named.end),
      mentions: group.map((s) => ({ kind: MENTION_KINDS.includes(s.kind as MentionKind) ? (s.kind as MentionKind) : 'name', ...anchorAt(text, s.start, s.end) })),
    };
    if (head.note !== undefined) entity.note = head.note;
    entities.push(entity);
  }
  const speakerOf = new Map<string, string>();
  for (const r of standoff.relations) {
    if (r.type !== 'Speaker') continue;
    const entity = entityOf.get(r.to);
    if (entity) speakerOf.set(r.from, entity);
    else warnings.push(`Speaker ${r.from} → ${r.to}: the speaker is not an entity span; skipped`);
  }
  const quotes: QuoteAnnotation[] = quoteSpans.sort(byStart).map((s) => {
    const entity = speakerOf.get(s.key);
    const speaker: SpeakerRef = entity
      ? { kind: 'entity', id: entity }
      : s.speakerName !== undefined ? { kind: 'name', name: s.speakerName }
      : s.unnamedSource !== undefined ? { kind: 'unnamed', description: s.unnamedSource }
      : { kind: 'none' };
    const quote: QuoteAnnotation = {
      id: `q${next++}`, status: status(s), kind: QUOTE_KINDS.includes(s.kind as QuoteKind) ? (s.kind as QuoteKind) : 'quote',
      ...anchorAt(text, s.start, s.end), speaker,
    };
    if (s.note !== undefined) quote.note = s.note;
    return quote;
  });
  return { doc: { entities, quotes }, warnings };
}
