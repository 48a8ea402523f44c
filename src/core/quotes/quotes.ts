import { attributeQuotes } from './attribution';
import { findQuoteSpans } from './quoteSpans';
import type { Entity, Finding, Quote } from '../types';

/**
 * Direct quotations and who said them: the quotation marks are read first, then each quote is attributed to one of
 * `entities`. Unattributed quotes and lone quotation marks come back as findings, in text order.
 */
export function findQuotes(text: string, entities: readonly Entity[]): { quotes: Quote[]; findings: Finding[] } {
  const { spans, findings } = findQuoteSpans(text);
  const quotes = attributeQuotes(text, spans, entities);
  for (const q of quotes) {
    if (q.speakerId === null) {
      findings.push({ kind: 'unattributed-quote', start: q.start, end: q.end, message: 'Quotation has no attributed speaker.' });
    }
  }
  findings.sort((a, b) => a.start - b.start);
  return { quotes, findings };
}
