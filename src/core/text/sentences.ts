import { isCapitalized, type Token } from './tokenize';
import { TITLE_MODIFIERS, TITLES } from '../words/closedClasses';
import { lexicon } from '../words/lexicon';

// All one character: tested by character code after the length, which costs less than a set lookup of each token.
const TERMINATORS = new Set(['.', '!', '?', '…'].map((c) => c.charCodeAt(0)));
const CLOSERS = new Set(['”', '"', '’', "'", ')', ']', '»'].map((c) => c.charCodeAt(0)));
const isOneOf = (codes: ReadonlySet<number>, text: string) => text.length === 1 && codes.has(text.charCodeAt(0));

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
    // A closing mark sits right after the sentence's end (`home.”`); after a space a mark opens the next (`left. "We`).
    const closes = isOneOf(CLOSERS, t.text) && i > 0 && tokens[i - 1].end === t.start;
    if (i > 0 && (t.newlineBefore || (pendingEnd && !closes))) {
      if (t.newlineBefore || startsSentence(t)) id++;
      pendingEnd = false;
    }
    ids[i] = id;
    if (isOneOf(TERMINATORS, t.text)) pendingEnd = true;
    else if (t.text.length > 2 && t.text.endsWith('.') && /^\p{Lu}\./u.test(t.text)) {
      const next = tokens[i + 1];
      // "the U.S. Attorney", "U.S. Presidential …": before a title the initialism names the country, not an end.
      pendingEnd = next !== undefined && isCapitalized(next) && words.has(next.text.toLowerCase()) && !TITLES.has(next.text) && !TITLE_MODIFIERS.has(next.text);
    } else if (!closes) pendingEnd = false;
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
