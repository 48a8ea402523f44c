import type { Finding, Quote } from './types';

/** Opening mark → its closing mark. A straight quote closes itself. */
const PAIRS: Record<string, string> = { '“': '”', '"': '"', '„': '“', '«': '»' };

/**
 * Finds double-quoted quotations. A quote never crosses a blank line; a mark that
 * finds no partner there is reported as unbalanced rather than guessed into a giant span.
 */
export function findQuotes(text: string): { quotes: Quote[]; findings: Finding[] } {
  const quotes: Quote[] = [];
  const findings: Finding[] = [];
  let i = 0;
  while (i < text.length) {
    const close = PAIRS[text[i]];
    if (!close) { i++; continue; }
    const end = closingIndex(text, i + 1, close);
    if (end < 0) {
      findings.push({ kind: 'unbalanced-quote', start: i, end: i + 1, message: `Quotation mark ${text[i]} is never closed.` });
      i++;
      continue;
    }
    quotes.push({ start: i, end: end + 1, text: text.slice(i, end + 1), speakerId: null });
    i = end + 1;
  }
  return { quotes, findings };
}

function closingIndex(text: string, from: number, close: string): number {
  for (let j = from; j < text.length; j++) {
    const c = text[j];
    if (c === close) return j;
    if (c === '\n' && /^\r?\n/.test(text.slice(j + 1, j + 3))) return -1;
  }
  return -1;
}
