import type { Span } from '../types';
import type { Token } from './tokenize';

/**
 * What a line of an article is, from its own tokens: rules read names differently in a headline or a table than
 * in prose. `dateline` is a prose line that opens with one ("ELMDALE, Norway (Agency) — …").
 */
export type LineKind = 'headline' | 'dateline' | 'byline' | 'credit' | 'table' | 'prose';

export interface Line extends Span {
  kind: LineKind;
  /** No lowercase letter on the line: capitals say nothing of names here ("STORMS WORSEN", "GF GA PTS"). */
  caps: boolean;
  /** Every word of four or more letters is capitalized ("Storms Worsen Across Elmdale"), and some are not names. */
  titled: boolean;
  /** Token range [first, last) of the line. */
  first: number;
  last: number;
  /** For a dateline, the token index of the dash that ends it. Present (undefined) on every line, so lines share one object shape. */
  datelineDash: number | undefined;
}

/** A headline is short and ends without a sentence's period. */
const HEADLINE_TOKENS = 16;
/** A byline ("By Ada Quill and Bo Lane, Elmdale Ledger") is short. */
const BYLINE_TOKENS = 12;
/** At least this share of a table-like line's words and numbers are numbers ("Elmdale 106 Quillport 95"). */
const TABLE_NUMBER_SHARE = 0.5;
/** Column gaps (a tab, or two or more spaces between tokens) that make a line a table row. */
const TABLE_GAPS = 2;
/** How many tokens a dateline can have before its dash. */
const DATELINE_TOKENS = 10;

const NUMBER = /^[+-]?\p{N}[\p{N}.,:/%-]*$/u;
const WORD = /\p{L}/u;
const LOWER = /\p{Ll}/u;
const DASHES = new Set(['—', '–', '-', '--', '―']);
/** Lowercase words a byline may hold between names. */
const BYLINE_LINKS = new Set(['and', 'in', 'of', 'for', 'the', 'at', 'with']);
const CREDIT = /\b(?:photo|photograph|image|picture|illustration|graphic|credit)s?(?:\s+by\b|\s*:)/i;
const TERMINAL = new Set(['.', ',', ';', ':', '!', '?', '…']);
const CLOSERS = new Set(['”', '"', '’', "'", ')', ']', '»']);

/** The lines of the text that hold tokens, with their kinds, and the line of every token. */
export function lineKinds(text: string, tokens: readonly Token[]): { lines: Line[]; lineOf: Uint32Array } {
  const lines: Line[] = [];
  const lineOf = new Uint32Array(tokens.length);
  for (let first = 0; first < tokens.length; ) {
    let last = first + 1;
    while (last < tokens.length && !tokens[last].newlineBefore) last++;
    lineOf.fill(lines.length, first, last);
    lines.push(classifyLine(text, tokens, first, last));
    first = last;
  }
  return { lines, lineOf };
}

function classifyLine(text: string, tokens: readonly Token[], first: number, last: number): Line {
  let words = 0;
  let numbers = 0;
  let lower = false;
  let gaps = 0;
  let long = 0;
  let longCapitalized = 0;
  let slashes = 0;
  for (let k = first; k < last; k++) {
    const t = tokens[k].text;
    const letters = letterFacts(t);
    if (isNumber(t)) numbers++;
    else if (letters & HAS_LETTER) words++;
    lower ||= (letters & HAS_LOWER) !== 0;
    if (t.length >= 4 && letters & HAS_LETTER) {
      long++;
      if (letters & STARTS_UPPER) longCapitalized++;
    }
    if (t === '/') slashes++;
    if (k > first && isGap(text, tokens[k - 1].end, tokens[k].start)) gaps++;
  }
  const caps = !lower && words > 0;
  const titled = long >= 2 && longCapitalized === long;
  const start = tokens[first].start;
  const end = tokens[last - 1].end;
  const kind = (k: LineKind, datelineDash?: number): Line => ({ start, end, first, last, kind: k, caps, titled, datelineDash });
  const count = last - first;
  let final = last - 1;
  while (final > first && CLOSERS.has(tokens[final].text)) final--;
  const lastText = tokens[final].text;
  if (isByline(tokens, first, last)) return kind('byline');
  // "Photo: Ada Quill", "(Ada Quill / Elmdale Ledger)": a credit names who made a picture and for whom.
  const credit = count <= HEADLINE_TOKENS && ((slashes === 1 && !TERMINAL.has(lastText)) || CREDIT.test(text.slice(start, end)));
  if (credit) return kind('credit');
  if (gaps >= TABLE_GAPS || (numbers >= 2 && numbers >= (numbers + words) * TABLE_NUMBER_SHARE && lastText !== '.')) return kind('table');
  const dash = datelineDash(tokens, first, last);
  if (dash >= 0) return kind('dateline', dash);
  if (count <= HEADLINE_TOKENS && !TERMINAL.has(lastText) && words > 0) return kind('headline');
  return kind('prose');
}

const HAS_LETTER = 1;
const HAS_LOWER = 2;
const STARTS_UPPER = 4;
const STARTS_UPPER_RE = /^\p{Lu}/u;

/** Whether a word has a letter, a lowercase letter, and starts with a capital; ASCII is read without regular expressions. */
function letterFacts(word: string): number {
  let facts = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return (WORD.test(word) ? HAS_LETTER : 0) | (LOWER.test(word) ? HAS_LOWER : 0) | (STARTS_UPPER_RE.test(word) ? STARTS_UPPER : 0);
    if (c >= 97 && c <= 122) facts |= HAS_LETTER | HAS_LOWER;
    else if (c >= 65 && c <= 90) facts |= HAS_LETTER | (i === 0 ? STARTS_UPPER : 0);
  }
  return facts;
}

/** NUMBER, with plain ASCII read without the regular expression. */
function isNumber(word: string): boolean {
  let i = word.charCodeAt(0) === 43 || word.charCodeAt(0) === 45 ? 1 : 0;
  const c = word.charCodeAt(i);
  if (c >= 128 || Number.isNaN(c)) return NUMBER.test(word);
  if (c < 48 || c > 57) return false;
  for (i++; i < word.length; i++) {
    const d = word.charCodeAt(i);
    if (d >= 128) return NUMBER.test(word);
    if (!((d >= 48 && d <= 57) || NUMBER_MARKS.has(d))) return false;
  }
  return true;
}

/** . , : / % - */
const NUMBER_MARKS = new Set([46, 44, 58, 47, 37, 45]);

/** A tab, or two or more spaces, between two tokens. */
function isGap(text: string, from: number, to: number): boolean {
  return to - from >= 2 ? /\t| {2}/.test(text.slice(from, to)) : text[from] === '\t';
}

/** "By Ada Quill", "BY ADA QUILL AND BO LANE, Elmdale Ledger": "By", then names and their links only. */
function isByline(tokens: readonly Token[], first: number, last: number): boolean {
  if (tokens[first].text.toLowerCase() !== 'by' || tokens[first].text === 'by' || last - first < 2 || last - first > BYLINE_TOKENS) return false;
  for (let k = first + 1; k < last; k++) {
    const t = tokens[k].text;
    if (LOWER.test(t[0]) && !BYLINE_LINKS.has(t)) return false;
    if (t === '.') return false;
  }
  return /^\p{Lu}/u.test(tokens[first + 1].text);
}

/**
 * The dash that ends a dateline opening the line: words in capitals, optionally ", Country" or a date, and an
 * agency in brackets ("ELMDALE, Norway, March 3 (Agency) —"); -1 when the line opens with none.
 */
function datelineDash(tokens: readonly Token[], first: number, last: number): number {
  const head = tokens[first].text;
  if (!WORD.test(head) || LOWER.test(head)) return -1;
  let brackets = false;
  for (let k = first + 1; k < last && k - first <= DATELINE_TOKENS; k++) {
    const t = tokens[k].text;
    if (DASHES.has(t)) return k + 1 < last ? k : -1;
    if (t === '(') brackets = true;
    else if (t === ')') brackets = false;
    else if (!brackets && t !== ',' && !NUMBER.test(t) && !/^\p{Lu}/u.test(t)) return -1;
  }
  return -1;
}
