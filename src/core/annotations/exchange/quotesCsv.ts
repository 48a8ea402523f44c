/** Quotes (and terms) with their review, as CSV for a spreadsheet: one row a quote, formula-like cells defused. */
import { csvTable } from '../../output/csv';
import type { AnnotatedAnalysis } from '../types';

export const QUOTES_CSV_HEADER = ['file', 'line', 'speaker', 'quote', 'kind', 'reviewed', 'note'];

/** 1-based line of each offset (offsets ascending), counting CRLF, LF and CR as one line end each. */
function lineNumbers(text: string, offsets: number[]): number[] {
  const lines: number[] = [];
  let line = 1;
  let at = 0;
  for (const offset of offsets) {
    for (; at < offset; at++) {
      const c = text.charCodeAt(at);
      if (c === 10 || (c === 13 && text.charCodeAt(at + 1) !== 10)) line++;
    }
    lines.push(line);
  }
  return lines;
}

/** The rows of one article (no header). `reviewed`: manual, accepted or suggested. */
export function quoteRows(file: string, text: string, result: AnnotatedAnalysis): string[][] {
  const quotes = [...result.quotes, ...result.terms].sort((a, b) => a.start - b.start);
  const lines = lineNumbers(text, quotes.map((q) => q.start));
  return quotes.map((q, i) => [file, String(lines[i]), q.kind === 'term' ? '' : q.speakerLabel, q.text, q.kind, q.status, q.note ?? '']);
}

/** A CSV document of the rows of any number of articles. */
export function quotesCsv(rows: readonly string[][]): string {
  return csvTable([QUOTES_CSV_HEADER, ...rows]);
}
