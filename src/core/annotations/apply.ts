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
const byStart = (a: Span, b: Span) => a.start - b.start || a.end - b.end;
const NONE: never[] = [];

/**
 * Annotated spans sorted by start, answering which of them claim an analyzer's span: those equal to it, containing
 * it or crossing it. One strictly inside it does not: a word marked inside a longer automatic name ("Elmdale" in
 * "Elmdale Public Library") leaves the longer name standing, nested, as the analyzer itself nests names.
 */
class SpanIndex<T extends Span> {
  private readonly spans: T[];
  private readonly maxEnd: number[] = [];

  /** Takes `spans` over (sorts them in place). */
  constructor(spans: T[]) {
    this.spans = spans.sort(byStart);
    let max = -1;
    for (const s of this.spans) this.maxEnd.push((max = Math.max(max, s.end)));
  }

  /** The spans claiming `span`, in text order (a shared empty list when none: most spans have none). */
  claiming(span: Span): T[] {
    const { spans, maxEnd } = this;
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid].start < span.end) lo = mid + 1;
      else hi = mid;
    }
    let found: T[] = NONE;
    for (let i = lo - 1; i >= 0 && maxEnd[i] > span.start; i--) {
      const s = spans[i];
      if (s.end > span.start && (s.start < span.start || s.end > span.end || (s.start === span.start && s.end === span.end))) {
        if (found === NONE) found = [];
        found.push(s);
      }
    }
    return found.length > 1 ? found.reverse() : found;
  }
}

/** An annotated mention in the index. */
interface Annotated extends Span {
  a: EntityAnnotation;
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
  const spans: Annotated[] = [];
  for (const a of annotations) for (const m of a.mentions) if (!m.orphaned) spans.push({ start: m.start, end: m.end, a });
  const annotated = new SpanIndex(spans);
  const suppressedNames = new Set(annotations.filter((a) => a.status === 'rejected').map((a) => a.name));
  const claims = new Map<string, Claim>(annotations.map((a) => [a.id, { annotation: a, extra: [] }]));
  /** Analysis entity id → the id it has in the result (absent: suppressed). */
  const idMap = new Map<string, string>();
  const suggestions: ReviewedEntity[] = [];

  for (const e of found) {
    if (suppressedNames.has(e.name)) continue;
    /** Per annotation, how many of the entity's mentions it has on the same span. */
    const counts = new Map<EntityAnnotation, number>();
    /** Annotations having the entity's name on one of those mentions. */
    const haveName = new Set<EntityAnnotation>();
    /** The annotation claiming the entity's first claimed mention. */
    let cover: EntityAnnotation | undefined;
    // Built field by field: spreading thousands of mentions is what made applying slow on a long article.
    const free: ReviewedMention[] = [];
    for (const m of e.mentions) {
      const over = annotated.claiming(m);
      if (over.length === 0) {
        free.push({ start: m.start, end: m.end, text: m.text, kind: m.kind, status: 'suggested' });
        continue;
      }
      cover ??= over[0].a;
      // The last annotation on the same span, as the sidecar lists them.
      let same: EntityAnnotation | undefined;
      for (const s of over) if (s.start === m.start && s.end === m.end) same = s.a;
      if (!same) continue;
      counts.set(same, (counts.get(same) ?? 0) + 1);
      if (m.text === e.name) haveName.add(same);
    }
    if ([...counts.keys()].some((a) => a.status === 'rejected')) continue;
    // An annotation is the entity when it has its name or most of its mentions; one that has only a few of its other
    // mentions ("Elmdale" marked as a place, which the analyzer had taken for "Elmdale Public Library") takes just those.
    let claimer: EntityAnnotation | undefined;
    for (const [a, n] of counts) {
      if (!haveName.has(a) && 2 * n <= e.mentions.length) continue;
      const best = claimer ? counts.get(claimer)! : 0;
      if (n > best || (n === best && a.name === e.name && claimer!.name !== e.name)) claimer = a;
    }
    if (claimer) {
      const claim = claims.get(claimer.id)!;
      claim.analysis ??= e;
      for (const m of free) claim.extra.push(m);
      idMap.set(e.id, claimer.id);
    } else if (free.length > 0) {
      // Aliases only of the mentions it keeps (an alias the annotations took is no longer its name).
      const texts = free.length < e.mentions.length ? new Set(free.map((m) => m.text)) : undefined;
      const aliases = texts ? e.aliases.filter((a) => texts.has(a)) : [...e.aliases];
      suggestions.push({ ...e, aliases, mentions: free, status: 'suggested' });
      idMap.set(e.id, e.id);
    } else if (cover && cover.status !== 'rejected') {
      // Every mention lies inside or across annotated ones: quotes it spoke go to the annotation over its first.
      idMap.set(e.id, cover.id);
    }
  }

  const entities: ReviewedEntity[] = [...suggestions];
  const rejectedEntities: ReviewedEntity[] = [];
  for (const { annotation: a, analysis, extra } of claims.values()) {
    const mentions: ReviewedMention[] = [];
    for (const m of a.mentions) if (!m.orphaned) mentions.push({ start: m.start, end: m.end, text: m.text, kind: m.kind, status: a.status });
    for (const m of extra) mentions.push(m);
    mentions.sort(byStart);
    const aliases = new Set<string>();
    for (const m of mentions) if ((m.kind === 'name' || m.kind === 'alias') && m.text !== a.name) aliases.add(m.text);
    const entity: ReviewedEntity = { id: a.id, type: a.type, name: a.name, aliases: [...aliases], mentions, status: a.status, annotationId: a.id };
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

const unnamedLabel = (description: string) => (description ? `unnamed source (${description})` : 'unnamed source');

function applyToQuotes(found: Quote[], annotations: QuoteAnnotation[], entities: ReviewedEntity[], idMap: Map<string, string>): ReviewedQuote[] {
  const live = annotations.filter((a) => !a.orphaned);
  const index = new SpanIndex([...live]);
  const replaced = new Map<QuoteAnnotation, Quote>();
  const result: ReviewedQuote[] = [];
  const byId = new Map(entities.map((e) => [e.id, e]));
  /** Entities by lower-cased name and alias, the first in the list winning; built on the first speaker given by name. */
  let byName: Map<string, ReviewedEntity> | undefined;
  const named = (name: string) => {
    if (!byName) {
      byName = new Map();
      for (const e of entities) for (const n of [e.name, ...e.aliases]) if (!byName.has(n.toLowerCase())) byName.set(n.toLowerCase(), e);
    }
    let entity = byName.get(name.toLowerCase());
    if (!entity) {
      entity = { id: `name:${name}`, type: 'PERSON', name, aliases: [], mentions: [], status: 'manual' };
      entities.push(entity);
      byId.set(entity.id, entity);
      byName.set(name.toLowerCase(), entity);
    }
    return entity;
  };

  for (const q of found) {
    const over = index.claiming(q);
    if (over.length > 0) {
      for (const a of over) if (!replaced.has(a)) replaced.set(a, q);
      continue;
    }
    const speakerId = q.speakerId === null ? null : (idMap.get(q.speakerId) ?? null);
    const speaker = speakerId === null ? undefined : byId.get(speakerId);
    // Field by field rather than a spread and deletes, which slow every later access to the object.
    const reviewed: ReviewedQuote = { start: q.start, end: q.end, text: q.text, speakerId: speaker ? speaker.id : null, status: 'suggested', kind: q.kind ?? 'quote', speakerLabel: speaker?.name ?? 'Unattributed' };
    if (!speaker && q.speakerDescription) {
      reviewed.unnamedSource = q.speakerDescription;
      reviewed.speakerLabel = unnamedLabel(q.speakerDescription);
    }
    const attributed = speaker !== undefined || reviewed.unnamedSource !== undefined;
    if (q.cue) reviewed.cue = q.cue;
    if (attributed && q.speakerMention) reviewed.speakerMention = q.speakerMention;
    if (attributed && q.confidence !== undefined) reviewed.confidence = q.confidence;
    result.push(reviewed);
  }

  for (const a of live) {
    const analysisQuote = replaced.get(a);
    const suggestedId = analysisQuote?.speakerId ? (idMap.get(analysisQuote.speakerId) ?? null) : null;
    const suggested: SpeakerRef = suggestedId
      ? { kind: 'entity', id: suggestedId }
      : analysisQuote?.speakerDescription
        ? { kind: 'unnamed', description: analysisQuote.speakerDescription }
        : { kind: 'none' };
    const ref = a.speaker ?? suggested;
    const quote: ReviewedQuote = { start: a.start, end: a.end, text: a.text, speakerId: null, status: a.status, kind: a.kind, annotationId: a.id, speakerLabel: 'Unattributed' };
    if (ref.kind === 'entity' || ref.kind === 'name') {
      const speaker = ref.kind === 'entity' ? byId.get(ref.id) : named(ref.name);
      if (speaker) {
        quote.speakerId = speaker.id;
        quote.speakerLabel = speaker.name;
      }
    } else if (ref.kind === 'unnamed') {
      quote.unnamedSource = ref.description;
      quote.speakerLabel = unnamedLabel(ref.description);
    }
    const sameSpeaker = quote.speakerId !== null ? quote.speakerId === suggestedId : ref.kind === 'unnamed' && ref.description === analysisQuote?.speakerDescription;
    if (analysisQuote && sameSpeaker) {
      if (analysisQuote.speakerMention) quote.speakerMention = analysisQuote.speakerMention;
      if (analysisQuote.cue) quote.cue = analysisQuote.cue;
    }
    if (a.note !== undefined) quote.note = a.note;
    result.push(quote);
  }
  return result;
}
