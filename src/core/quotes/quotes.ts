import { attributeQuotes } from './attribution';
import { findQuoteSpans } from './quoteSpans';
import { isTerm } from './terms';
import type { TextModel } from '../text/model';
import type { Entity, Finding, Quote } from '../types';

/**
 * Direct quotations and who said them: the quotation marks are read first, then each quote is attributed to one of
 * `entities` (or to an unnamed source it describes), and titles, nicknames and scare quotes become terms without a
 * speaker. Quotations of speech with no speaker and lone quotation marks come back as findings, in text order.
 */
export function findQuotes(model: TextModel, entities: readonly Entity[]): { quotes: Quote[]; findings: Finding[] } {
  const { spans, findings } = findQuoteSpans(model);
  const quotes = attributeQuotes(model, spans, entities).map((q) => (isTerm(model, q) ? asTerm(q) : q));
  for (const q of quotes) {
    if (q.kind === 'quote' && q.speakerId === null && !q.speakerDescription) {
      findings.push({ kind: 'unattributed-quote', start: q.start, end: q.end, message: 'Quotation has no attributed speaker.' });
    }
  }
  findings.sort((a, b) => a.start - b.start);
  return { quotes, findings };
}

function asTerm(q: Quote): Quote {
  return { start: q.start, end: q.end, text: q.text, kind: 'term', speakerId: null };
}
