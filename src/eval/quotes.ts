/**
 * Scores quotations and their speakers against gold annotations, as ../shared/corpus/README.md defines it:
 * span precision/recall/F1 (exact and overlapping), and speaker accuracy on gold quotes with a named speaker
 * (right when the predicted speaker's name or one of its aliases appears in the gold speaker text).
 * Pure: no file access, so it is unit-tested on literals.
 */
import type { Analysis, Entity, Span } from '../core/types';
import { fixed, prf, type Prf, type Scorer } from './report';

export interface GoldQuote extends Span {
  /** The gold speaker's text (a span of the article, or the canonical name); null when not a name. */
  speaker: string | null;
}

/** One article's gold quotes, in the shape both gold formats reduce to. */
export interface QuoteGold {
  quotes: GoldQuote[];
  /** False when only some quotations are listed: precision is then not scored. */
  complete: boolean;
}

export interface QuoteScores {
  gold: number;
  /** Precision and F1 count only when every article lists all its quotations. */
  complete: boolean;
  exact: Prf;
  overlap: Prf;
  namedSpeakers: number;
  speakersRight: number;
  speakerAccuracy: number;
}

/**
 * Reads the quotes of a gold record: a corpus JSON line (`quotes`, `quotes_complete`) or a sample's `.gold.json`
 * (`quotes` with canonical speaker names, every quotation listed). Undefined when the record lists no quotes.
 */
export function quoteGold(record: Record<string, unknown>): QuoteGold | undefined {
  const quotes = record.quotes as Array<{ start: number; end: number; speaker?: string | null }> | undefined;
  if (!Array.isArray(quotes) || quotes.length === 0) return undefined;
  return {
    quotes: quotes.map((q) => ({ start: q.start, end: q.end, speaker: q.speaker ?? null })),
    complete: record.quotes_complete !== false,
  };
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const same = (a: Span, b: Span) => a.start === b.start && a.end === b.end;

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
  const exact = { found: 0, wrong: 0 };
  const overlap = { found: 0, wrong: 0 };
  let gold = 0;
  let namedSpeakers = 0;
  let speakersRight = 0;
  for (const { gold: g, analysis } of articles) {
    const entities = new Map(analysis.entities.map((e) => [e.id, e]));
    gold += g.quotes.length;
    for (const q of g.quotes) {
      const match = analysis.quotes.find((p) => same(p, q)) ?? analysis.quotes.find((p) => overlaps(p, q));
      if (match && same(match, q)) exact.found++;
      if (match) overlap.found++;
      if (q.speaker === null) continue;
      namedSpeakers++;
      if (match?.speakerId && speakerRight(entities.get(match.speakerId), q.speaker)) speakersRight++;
    }
    exact.wrong += analysis.quotes.filter((p) => !g.quotes.some((q) => same(p, q))).length;
    overlap.wrong += analysis.quotes.filter((p) => !g.quotes.some((q) => overlaps(p, q))).length;
  }
  const complete = articles.every((a) => a.gold.complete);
  const score = ({ found, wrong }: typeof exact) => prf(found, complete ? wrong : 0, gold - found);
  return {
    gold,
    complete,
    exact: score(exact),
    overlap: score(overlap),
    namedSpeakers,
    speakersRight,
    speakerAccuracy: namedSpeakers ? speakersRight / namedSpeakers : 0,
  };
}

/** The eval report's quotes section, for every gold file that lists quotations. */
export const quoteScorer: Scorer = (docs) => {
  const articles = docs.flatMap(({ gold, analysis }) => {
    const g = quoteGold(gold.record);
    return g ? [{ gold: g, analysis }] : [];
  });
  if (articles.length === 0) return undefined;
  const s = scoreQuotes(articles);
  const spans = (name: string, p: Prf) =>
    s.complete ? `${name}: P ${fixed(p.precision)} R ${fixed(p.recall)} F1 ${fixed(p.f1)}` : `${name}: R ${fixed(p.recall)} (gold lists some quotations: no precision)`;
  return {
    title: 'quotes',
    lines: [
      `${s.gold} gold quotations in ${articles.length} articles, ${s.namedSpeakers} with a named speaker`,
      spans('exact spans', s.exact),
      spans('overlapping spans', s.overlap),
      s.namedSpeakers ? `speakers: ${s.speakersRight}/${s.namedSpeakers} right (${fixed(s.speakerAccuracy)})` : 'speakers: none named in the gold',
    ],
    summary: `quote recall ${fixed(s.exact.recall)}` + (s.namedSpeakers ? `, speakers ${fixed(s.speakerAccuracy)}` : ''),
    data: s,
  };
};
