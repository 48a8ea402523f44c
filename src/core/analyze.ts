import { findQuotes } from './quotes';
import type { Analysis } from './types';

/** Analyzes an article. Never throws: odd input yields an empty or partial analysis. */
export function analyze(text: string): Analysis {
  const { quotes, findings } = findQuotes(text);
  for (const q of quotes) {
    findings.push({ kind: 'unattributed-quote', start: q.start, end: q.end, message: 'Quotation has no attributed speaker.' });
  }
  findings.sort((a, b) => a.start - b.start);
  return { entities: [], quotes, findings };
}
