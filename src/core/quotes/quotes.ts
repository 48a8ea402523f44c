import { attributeQuotes } from './attribution';
import { findQuoteSpans } from './quoteSpans';
import type { TextModel } from '../text/model';
import type { Entity, Finding, Quote } from '../types';

/**
 * Direct quotations and who said them: the quotation marks are read first, then each quote is attributed to one of
 * `entities`. Unattributed quotes and lone quotation marks come back as findings, in text order.
 */
export function findQuotes(model: TextModel, entities: readonly Entity[]): { quotes: Quote[]; findings: Finding[] } {
  const { spans, findings } = findQuoteSpans(model);
  const quotes = attributeQuotes(model, spans, entities);
  for (const q of quotes) {
    if (q.speakerId === null) {
      findings.push({ kind: 'unattributed-quote', start: q.start, end: q.end, message: 'Quotation has no attributed speaker.' });
    }
  }
  findings.sort((a, b) => a.start - b.start);
  return { quotes, findings };
}
