/**
 * The gold corpus format of ../shared/corpus/README.md, one article a line, so an annotated folder can be scored
 * with `article-annotator eval` and used for training: named mentions (names and aliases, as the corpus lists; not
 * pronouns or descriptions) with a coreference `cluster`, quotes with their speaker's name and a span naming them. Spans that are suggestions carry `"status": "suggested"`.
 */
import type { Span } from '../../types';
import { anchorAt } from '../anchor';
import type { AnnotatedAnalysis, AnnotationDoc, AnnotationType, EntityAnnotation, QuoteAnnotation, ReviewStatus, SpeakerRef } from '../types';
import type { ImportResult } from './standoff';

interface GoldEntitySpan extends Span {
  type: AnnotationType;
  text: string;
  cluster: string;
  status?: ReviewStatus;
}

interface GoldQuote extends Span {
  text: string;
  speaker: string | null;
  speakerStart: number | null;
  speakerEnd: number | null;
  status?: ReviewStatus;
}

const TYPES: readonly AnnotationType[] = ['PERSON', 'ORG', 'PLACE', 'OTHER'];
const distance = (a: Span, b: Span) => (a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0);

/**
 * One corpus line for an article. `complete`: every quotation of the article is listed (no suggestion left out),
 * the corpus's `quotes_complete`.
 */
export function toGold(id: string, text: string, result: AnnotatedAnalysis, complete: boolean): string {
  const marked = <T extends object>(o: T, status: ReviewStatus): T => (status === 'suggested' ? { ...o, status } : o);
  const named = (m: { kind: string }) => m.kind === 'name' || m.kind === 'alias';
  const entities: GoldEntitySpan[] = result.entities
    .flatMap((e) => e.mentions.filter(named).map((m) => marked({ start: m.start, end: m.end, type: e.type, text: m.text, cluster: e.id }, m.status)))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const byId = new Map(result.entities.map((e) => [e.id, e]));
  const quotes = result.quotes.map((q): GoldQuote => {
    const speaker = q.speakerId === null ? undefined : byId.get(q.speakerId);
    // The span naming the speaker: one of its named mentions (the attribution's own when it is one), nearest the quote.
    const names = speaker?.mentions.filter(named) ?? [];
    const at = names.find((m) => q.speakerMention && m.start === q.speakerMention.start && m.end === q.speakerMention.end)
      ?? names.reduce<Span | undefined>((best, m) => (!best || distance(m, q) < distance(best, q) ? m : best), undefined);
    return marked({ start: q.start, end: q.end, text: q.text, speaker: speaker?.name ?? null, speakerStart: at?.start ?? null, speakerEnd: at?.end ?? null }, q.status);
  });
  return JSON.stringify({ id, source: 'article-annotator', text, entities, quotes, quotes_complete: complete });
}

/** Annotations from one corpus record (its `text`, `entities` and `quotes`); mentions of a cluster are one entity. */
export function fromGoldRecord(record: Record<string, unknown>): ImportResult & { text: string; id: string } {
  const id = String(record.id ?? '');
  const text = typeof record.text === 'string' ? record.text : '';
  const warnings: string[] = [];
  const inText = (s: Span, what: string) => {
    const ok = Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start < s.end && s.end <= text.length;
    if (!ok) warnings.push(`${what} ${s.start}-${s.end} is outside the text; skipped`);
    return ok;
  };
  const status = (s: { status?: unknown }): ReviewStatus => (s.status === 'suggested' || s.status === 'accepted' ? s.status : 'manual');
  const clusters = new Map<string, GoldEntitySpan[]>();
  ((Array.isArray(record.entities) ? record.entities : []) as GoldEntitySpan[]).forEach((s, i) => {
    if (!inText(s, 'entity')) return;
    if (!TYPES.includes(s.type)) return void warnings.push(`entity ${s.start}-${s.end}: unknown type ${JSON.stringify(s.type)}; skipped`);
    const cluster = s.cluster === undefined || s.cluster === null ? `#${i}` : String(s.cluster);
    clusters.set(cluster, [...(clusters.get(cluster) ?? []), s]);
  });
  let next = 1;
  const entities: EntityAnnotation[] = [...clusters.values()].map((spans) => {
    spans.sort((a, b) => a.start - b.start || a.end - b.end);
    const mentions = spans.map((s) => ({ kind: 'name' as const, ...anchorAt(text, s.start, s.end) }));
    // The fullest form the text uses names the entity, as the analyzer's canonical names do.
    const name = mentions.reduce((a, b) => (b.text.length > a.text.length ? b : a)).text;
    return { id: `a${next++}`, status: status(spans[0]), type: spans[0].type, name, mentions };
  });
  const owner = new Map<string, EntityAnnotation>(entities.flatMap((e) => e.mentions.map((m) => [`${m.start}:${m.end}`, e] as const)));
  const quotes: QuoteAnnotation[] = ((Array.isArray(record.quotes) ? record.quotes : []) as GoldQuote[])
    .filter((q) => inText(q, 'quote'))
    .map((q) => {
      const entity = q.speakerStart !== null && q.speakerStart !== undefined ? owner.get(`${q.speakerStart}:${q.speakerEnd}`) : undefined;
      const speaker: SpeakerRef = entity ? { kind: 'entity', id: entity.id } : q.speaker ? { kind: 'name', name: q.speaker } : { kind: 'none' };
      return { id: `q${next++}`, status: status(q), kind: 'quote', ...anchorAt(text, q.start, q.end), speaker };
    });
  const doc: AnnotationDoc = { entities, quotes };
  return { id, text, doc, warnings };
}
