/**
 * The analysis with a person's annotations applied: annotations override the analyzer wherever they apply, and every
 * item says whether it is a suggestion, accepted, rejected or manual.
 */
import type { Analysis, Entity, Finding, Quote, Span } from '../types';
import type {
  AnnotatedAnalysis, AnnotationDoc, EntityAnnotation, Orphan, QuoteAnnotation, ReviewedEntity, ReviewedMention,
  ReviewedQuote, SpeakerRef,
} from './types';

const UNATTRIBUTED_MESSAGE = 'Quotation has no attributed speaker.';
/** A span as one number (offsets stay below 2^26, 64 MB of text, so start·2^26 + end is exact). */
const key = (s: Span) => s.start * 67_108_864 + s.end;
const byStart = (a: Span, b: Span) => a.start - b.start || a.end - b.end;

/** Spans sorted by start, answering which of them overlap a span. */
class SpanIndex<T extends Span> {
  private readonly spans: T[];
  private readonly maxEnd: number[] = [];

  constructor(spans: T[]) {
    this.spans = [...spans].sort(byStart);
    let max = -1;
    for (const s of this.spans) this.maxEnd.push((max = Math.max(max, s.end)));
  }

  overlapping(span: Span): T[] {
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.spans[mid].start < span.end) lo = mid + 1;
      else hi = mid;
    }
    const found: T[] = [];
    for (let i = lo - 1; i >= 0 && this.maxEnd[i] > span.start; i--) if (this.spans[i].end > span.start) found.push(this.spans[i]);
    return found;
  }
}

interface Claim {
  annotation: EntityAnnotation;
  analysis?: Entity;
  extra: ReviewedMention[];
}

function unattributed(q: Span): Finding {
  return { kind: 'unattributed-quote', start: q.start, end: q.end, message: UNATTRIBUTED_MESSAGE };
}

/** Applies `doc` to `analysis` (both on the same text). */
export function applyAnnotations(analysis: Analysis, doc: AnnotationDoc): AnnotatedAnalysis {
  const { entities, rejectedEntities, idMap } = applyToEntities(analysis.entities, doc.entities);
  const quotes = applyToQuotes(analysis.quotes, doc.quotes, entities, idMap);
  const live = quotes.filter((q) => q.kind === 'quote').sort(byStart);
  const findings = [
    ...analysis.findings.filter((f) => f.kind !== 'unattributed-quote'),
    ...live.filter((q) => q.speakerId === null && q.unnamedSource === undefined).map(unattributed),
  ].sort(byStart);
  const orphans: Orphan[] = [];
  for (const e of doc.entities) {
    e.mentions.forEach((m, i) => m.orphaned && orphans.push({ annotationId: e.id, target: 'entity', mentionIndex: i, label: e.name, anchor: m }));
  }
  for (const q of doc.quotes) if (q.orphaned) orphans.push({ annotationId: q.id, target: 'quote', label: q.text, anchor: q });
  const reviewed = (items: { status: string }[]) => ({ reviewed: items.filter((i) => i.status !== 'suggested').length, total: items.length });
  return {
    entities,
    quotes: live,
    terms: quotes.filter((q) => q.kind === 'term').sort(byStart),
    findings,
    rejected: { entities: rejectedEntities, quotes: quotes.filter((q) => q.kind === 'not-a-quote').sort(byStart) },
    orphans,
    progress: { entities: reviewed(entities.filter((e) => e.mentions.length > 0)), quotes: reviewed(live) },
  };
}

function applyToEntities(found: Entity[], annotations: EntityAnnotation[]) {
  const owner = new Map<number, EntityAnnotation>();
  for (const a of annotations) for (const m of a.mentions) if (!m.orphaned) owner.set(key(m), a);
  const annotated = new SpanIndex(annotations.flatMap((a) => a.mentions.filter((m) => !m.orphaned).map((m) => ({ start: m.start, end: m.end, a }))));
  const suppressedNames = new Set(annotations.filter((a) => a.status === 'rejected').map((a) => a.name));
  const claims = new Map<string, Claim>(annotations.map((a) => [a.id, { annotation: a, extra: [] }]));
  /** Analysis entity id → the id it has in the result (absent: suppressed). */
  const idMap = new Map<string, string>();
  const suggestions: ReviewedEntity[] = [];

  for (const e of found) {
    const counts = new Map<EntityAnnotation, number>();
    for (const m of e.mentions) {
      const a = owner.get(key(m));
      if (a) counts.set(a, (counts.get(a) ?? 0) + 1);
    }
    if (suppressedNames.has(e.name) || [...counts.keys()].some((a) => a.status === 'rejected')) continue;
    let claimer: EntityAnnotation | undefined;
    for (const [a, n] of counts) {
      const best = claimer ? counts.get(claimer)! : 0;
      if (n > best || (n === best && a.name === e.name && claimer!.name !== e.name)) claimer = a;
    }
    // Built field by field: spreading thousands of mentions is what made applying slow on a long article.
    const free = e.mentions
      .filter((m) => !owner.has(key(m)) && annotated.overlapping(m).length === 0)
      .map((m): ReviewedMention => ({ start: m.start, end: m.end, text: m.text, kind: m.kind, status: 'suggested' }));
    if (claimer) {
      const claim = claims.get(claimer.id)!;
      claim.analysis ??= e;
      claim.extra.push(...free);
      idMap.set(e.id, claimer.id);
    } else if (free.length > 0) {
      suggestions.push({ ...e, aliases: [...e.aliases], mentions: free, status: 'suggested' });
      idMap.set(e.id, e.id);
    } else {
      const over = annotated.overlapping(e.mentions[0])[0]?.a;
      if (over && over.status !== 'rejected') idMap.set(e.id, over.id);
    }
  }

  const entities: ReviewedEntity[] = [...suggestions];
  const rejectedEntities: ReviewedEntity[] = [];
  for (const { annotation: a, analysis, extra } of claims.values()) {
    const mentions: ReviewedMention[] = a.mentions
      .filter((m) => !m.orphaned)
      .map((m) => ({ start: m.start, end: m.end, text: m.text, kind: m.kind, status: a.status }));
    mentions.push(...extra);
    mentions.sort(byStart);
    const aliases = [...new Set(mentions.filter((m) => m.kind === 'name' || m.kind === 'alias').map((m) => m.text))].filter((t) => t !== a.name);
    const entity: ReviewedEntity = { id: a.id, type: a.type, name: a.name, aliases, mentions, status: a.status, annotationId: a.id };
    if (analysis?.role) entity.role = analysis.role;
    if (analysis?.affiliation) entity.affiliation = analysis.affiliation;
    if (analysis?.description) entity.description = analysis.description;
    if (a.note !== undefined) entity.note = a.note;
    (a.status === 'rejected' ? rejectedEntities : entities).push(entity);
  }
  const first = (e: ReviewedEntity) => e.mentions[0]?.start ?? Infinity;
  entities.sort((a, b) => first(a) - first(b) || (a.id < b.id ? -1 : 1));
  return { entities, rejectedEntities, idMap };
}

function applyToQuotes(found: Quote[], annotations: QuoteAnnotation[], entities: ReviewedEntity[], idMap: Map<string, string>): ReviewedQuote[] {
  const live = annotations.filter((a) => !a.orphaned);
  const index = new SpanIndex(live);
  const replaced = new Map<QuoteAnnotation, Quote>();
  const result: ReviewedQuote[] = [];
  const byId = new Map(entities.map((e) => [e.id, e]));
  const named = (name: string) => {
    const lower = name.toLowerCase();
    let entity = entities.find((e) => e.name.toLowerCase() === lower || e.aliases.some((a) => a.toLowerCase() === lower));
    if (!entity) {
      entity = { id: `name:${name}`, type: 'PERSON', name, aliases: [], mentions: [], status: 'manual' };
      entities.push(entity);
      byId.set(entity.id, entity);
    }
    return entity;
  };

  for (const q of found) {
    const over = index.overlapping(q);
    if (over.length > 0) {
      for (const a of over) if (!replaced.has(a)) replaced.set(a, q);
      continue;
    }
    const speakerId = q.speakerId === null ? null : (idMap.get(q.speakerId) ?? null);
    const speaker = speakerId === null ? undefined : byId.get(speakerId);
    // Field by field rather than a spread and deletes, which slow every later access to the object.
    const reviewed: ReviewedQuote = { start: q.start, end: q.end, text: q.text, speakerId: speaker ? speaker.id : null, status: 'suggested', kind: 'quote', speakerLabel: speaker?.name ?? 'Unattributed' };
    if (q.cue) reviewed.cue = q.cue;
    if (speaker && q.speakerMention) reviewed.speakerMention = q.speakerMention;
    if (speaker && q.confidence !== undefined) reviewed.confidence = q.confidence;
    result.push(reviewed);
  }

  for (const a of live) {
    const analysisQuote = replaced.get(a);
    const suggestedId = analysisQuote?.speakerId ? (idMap.get(analysisQuote.speakerId) ?? null) : null;
    const ref: SpeakerRef = a.speaker ?? (suggestedId ? { kind: 'entity', id: suggestedId } : { kind: 'none' });
    const quote: ReviewedQuote = { start: a.start, end: a.end, text: a.text, speakerId: null, status: a.status, kind: a.kind, annotationId: a.id, speakerLabel: 'Unattributed' };
    if (ref.kind === 'entity' || ref.kind === 'name') {
      const speaker = ref.kind === 'entity' ? byId.get(ref.id) : named(ref.name);
      if (speaker) {
        quote.speakerId = speaker.id;
        quote.speakerLabel = speaker.name;
      }
    } else if (ref.kind === 'unnamed') {
      quote.unnamedSource = ref.description;
      quote.speakerLabel = ref.description ? `unnamed source (${ref.description})` : 'unnamed source';
    }
    if (analysisQuote && quote.speakerId !== null && quote.speakerId === suggestedId) {
      if (analysisQuote.speakerMention) quote.speakerMention = analysisQuote.speakerMention;
      if (analysisQuote.cue) quote.cue = analysisQuote.cue;
    }
    if (a.note !== undefined) quote.note = a.note;
    result.push(quote);
  }
  return result;
}
