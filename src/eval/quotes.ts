/**
 * Scores quotations and their speakers against gold annotations, as ../shared/corpus/README.md defines it:
 * span precision/recall/F1 (exact and overlapping), and speaker accuracy on gold quotes with a named speaker
 * (right when the predicted speaker's name or one of its aliases appears in the gold speaker text).
 * Pure: no file access, so it is unit-tested on literals.
 */
import type { Analysis, Entity, Span } from '../core/types';

export interface GoldQuote extends Span {
  /** The gold speaker's text (a span of the article, or the canonical name); null when not a name. */
  speaker: string | null;
}

/** One article's gold quotes, in the shape both gold formats reduce to. */
export interface QuoteGold {
  id: string;
  quotes: GoldQuote[];
  /** False when only some quotations are listed: precision is then not scored. */
  complete: boolean;
}

export interface Prf {
  precision: number | null;
  recall: number;
  f1: number | null;
}

export interface QuoteScores {
  articles: number;
  gold: number;
  /** Predicted quotes in articles whose gold is complete (the ones precision is scored on). */
  predicted: number;
  exact: Prf;
  overlap: Prf;
  namedSpeakers: number;
  speakersRight: number;
  speakerAccuracy: number | null;
}

/**
 * Reads the quotes of a gold record: a corpus JSON line (`quotes`, `quotes_complete`) or a sample's `.gold.json`
 * (`quotes` with canonical speaker names, every quotation listed). Undefined when the record lists no quotes.
 */
export function quoteGold(record: { id?: string; quotes?: unknown; quotes_complete?: boolean }): QuoteGold | undefined {
  if (!Array.isArray(record.quotes) || record.quotes.length === 0) return undefined;
  const quotes = record.quotes.map((q: { start: number; end: number; speaker?: string | null }) => ({
    start: q.start,
    end: q.end,
    speaker: q.speaker ?? null,
  }));
  return { id: record.id ?? '', quotes, complete: record.quotes_complete ?? true };
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const same = (a: Span, b: Span) => a.start === b.start && a.end === b.end;
const ratio = (n: number, d: number) => (d === 0 ? 0 : n / d);
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** Whether `name` occurs in `text` as whole words. */
function occursIn(name: string, text: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return name !== '' && new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

function speakerRight(speaker: Entity | undefined, gold: string): boolean {
  return speaker !== undefined && [speaker.name, ...speaker.aliases].some((n) => occursIn(n, gold));
}

/** Scores the analyses of a set of articles against their gold quotes. */
export function scoreQuotes(articles: ReadonlyArray<{ gold: QuoteGold; analysis: Analysis }>): QuoteScores {
  let gold = 0;
  let predicted = 0;
  let exactFound = 0;
  let overlapFound = 0;
  let exactRight = 0;
  let overlapRight = 0;
  let namedSpeakers = 0;
  let speakersRight = 0;
  let complete = 0;
  for (const { gold: g, analysis } of articles) {
    const entities = new Map(analysis.entities.map((e) => [e.id, e]));
    gold += g.quotes.length;
    for (const q of g.quotes) {
      const match = analysis.quotes.find((p) => same(p, q)) ?? analysis.quotes.find((p) => overlaps(p, q));
      if (match && same(match, q)) exactFound++;
      if (match) overlapFound++;
      if (q.speaker === null) continue;
      namedSpeakers++;
      if (match?.speakerId && speakerRight(entities.get(match.speakerId), q.speaker)) speakersRight++;
    }
    if (!g.complete) continue;
    complete++;
    predicted += analysis.quotes.length;
    exactRight += analysis.quotes.filter((p) => g.quotes.some((q) => same(p, q))).length;
    overlapRight += analysis.quotes.filter((p) => g.quotes.some((q) => overlaps(p, q))).length;
  }
  const prf = (found: number, right: number): Prf => {
    const recall = ratio(found, gold);
    const precision = complete > 0 ? ratio(right, predicted) : null;
    return { precision, recall, f1: precision === null ? null : f1(precision, recall) };
  };
  return {
    articles: articles.length,
    gold,
    predicted,
    exact: prf(exactFound, exactRight),
    overlap: prf(overlapFound, overlapRight),
    namedSpeakers,
    speakersRight,
    speakerAccuracy: namedSpeakers > 0 ? speakersRight / namedSpeakers : null,
  };
}
