import { ABBREVIATIONS } from '../words/closedClasses';

/**
 * Sentence bounds around a quotation, found by scanning a bounded window of characters: attribution looks only
 * at the sentence of a quote and its neighbours, so this stays linear however many quotes a text holds.
 */

/** How far (in characters) a sentence bound is looked for. */
export const WINDOW = 400;

const TERMINATORS = '.!?…';
const CLOSERS = '"”’)';

/** Whether text[i] is a space, tab, line break or no-break space. */
const isSpace = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0;
};

/** Whether the period at `dot` ends an abbreviation or initial ("Gov.", "W.", "U.S."), not a sentence. */
function abbreviated(text: string, dot: number, limit: number): boolean {
  const word = /[\p{L}.]*$/u.exec(text.slice(Math.max(limit, dot - 12), dot))![0];
  return ABBREVIATIONS.has(word) || /^(?:\p{Lu}|(?:\p{Lu}\.)+\p{Lu})$/u.test(word);
}

/** Where the sentence around `pos` starts: after a line break, or after . ! ? (and closing marks) and a space. */
export function sentenceStart(text: string, pos: number, limit: number): number {
  for (let i = pos - 1; i >= limit && i >= pos - WINDOW; i--) {
    if (text[i] === '\n') return i + 1;
    if (!isSpace(text, i)) continue;
    let j = i - 1;
    while (j > limit && CLOSERS.includes(text[j])) j--;
    if (j >= limit && TERMINATORS.includes(text[j]) && !abbreviated(text, j, limit)) return i + 1;
  }
  return Math.max(limit, pos - WINDOW);
}

/** Where the sentence that continues after `pos` ends (exclusive): at a line break or . ! ? before a space. */
export function sentenceEnd(text: string, pos: number, limit: number): number {
  const end = Math.min(limit, pos + WINDOW);
  for (let i = pos; i < end; i++) {
    if (text[i] === '\n') return i;
    if (TERMINATORS.includes(text[i]) && (i + 1 >= text.length || isSpace(text, i + 1)) && !abbreviated(text, i, pos)) return i + 1;
  }
  return end;
}
