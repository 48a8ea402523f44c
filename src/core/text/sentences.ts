import { isCapitalized, type Token } from './tokenize';
import { lexicon } from '../words/lexicon';

const TERMINATORS = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['”', '"', '’', "'", ')', ']', '»']);

/**
 * Sentence index of every token. A sentence ends at a line break, or at . ! ? (with any closing quotes or
 * brackets) before a capitalized word; an initialism's period ("the U.A.E. The …") ends one only before an
 * ordinary capitalized word.
 */
export function sentenceIds(tokens: Token[]): Uint32Array {
  const ids = new Uint32Array(tokens.length);
  const words = lexicon().words;
  let id = 0;
  let pendingEnd = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (i > 0 && (t.newlineBefore || (pendingEnd && !CLOSERS.has(t.text)))) {
      if (t.newlineBefore || startsSentence(t)) id++;
      pendingEnd = false;
    }
    ids[i] = id;
    if (TERMINATORS.has(t.text)) pendingEnd = true;
    else if (t.text.length > 2 && t.text.endsWith('.') && /^\p{Lu}\./u.test(t.text)) {
      const next = tokens[i + 1];
      pendingEnd = next !== undefined && isCapitalized(next) && words.has(next.text.toLowerCase());
    } else if (!CLOSERS.has(t.text)) pendingEnd = false;
  }
  return ids;
}

function startsSentence(t: Token): boolean {
  return isCapitalized(t) || /^[\p{N}“"‘'([«]/u.test(t.text);
}

/** Token index ranges [start, end) of the sentences, from sentenceIds. */
export function sentenceRanges(ids: Uint32Array): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = 0;
  for (let i = 1; i <= ids.length; i++) {
    if (i === ids.length || ids[i] !== ids[i - 1]) {
      if (i > start) ranges.push([start, i]);
      start = i;
    }
  }
  return ranges;
}
