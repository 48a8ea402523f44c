/** Quotes as CSV (RFC 4180), for spreadsheets: one row a quote. */
import { speakerName } from './query';
import type { Quote } from '../types';

const HEADER = ['file', 'line', 'start', 'end', 'speaker', 'quote', 'cue'];

/** One CSV field, quoted when needed and defused when a spreadsheet would read it as a formula. */
export function csvField(value: string | number): string {
  const s = String(value);
  // Quote fields with separators, quotes or line breaks; a leading =, +, -, @ would be read as a formula.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) || safe !== s ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows as a CSV document, CRLF line ends as RFC 4180 has them. */
export function csvTable(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** `file` names the article in every row (a path or a name; file names, too, are guarded against formulas). */
export function quotesToCsv<A extends { entities: { id: string; name: string }[]; quotes: Quote[] }>(analysis: A, text: string, file = ''): string {
  // Line numbers (1-based) by counting line breaks once, in order of the quotes' starts.
  let line = 1;
  let at = 0;
  const lineAt = (offset: number) => {
    if (offset < at) [line, at] = [1, 0];
    for (; at < offset; at++) if (text.charCodeAt(at) === 10) line++;
    return line;
  };
  const rows = analysis.quotes.map((q) => [
    file, lineAt(q.start), q.start, q.end, q.speakerId ? speakerName(analysis, q) : '', q.text, q.cue ? text.slice(q.cue.start, q.cue.end) : '',
  ]);
  return csvTable([HEADER, ...rows]);
}
