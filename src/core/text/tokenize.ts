import { ABBREVIATIONS, HYPHEN_PREFIXES } from '../words/closedClasses';
import { lexicon } from '../words/lexicon';

/** A word, number, handle or punctuation mark, with its UTF-16 offsets (end exclusive). */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** A line break lies between this token and the previous one. */
  newlineBefore: boolean;
}

// Alternatives, in order: @handles; initialisms ("U.A.E.", "K.C.") and initials before a capital ("J. Quill");
// words with inner hyphens, apostrophes, periods or ampersands ("Anne-Marie", "news.example", "AT&T"); any other character.
// `scanToken` reads the same alternatives by hand (the regular expression is its specification, and a test holds the two
// equal): a match object per token cost more than all the rest of tokenizing.
export const TOKEN =
  /@[\p{L}\p{N}_]+|\p{Lu}(?:\.\p{Lu})+\.?|\p{Lu}\.(?=[ \t]+\p{Lu})|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’.&][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*|\S/gu;
/** "Tarnovia-related": an ordinary lowercase word joined to a name by a hyphen. */
const HYPHEN_SUFFIX = /^(\p{Lu}[^-]*)-(\p{Ll}+)$/u;

/** Splits text into tokens; possessive endings ("Lisbon’s") and abbreviation periods ("Mr.") are handled here. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (let start = skipSpaces(text, 0); start < text.length; start = skipSpaces(text, last)) {
    const end = scanToken(text, start);
    let word = text.slice(start, end);
    const newlineBefore = hasNewline(text, last, start);
    last = end;
    const parts = hyphenParts(word);
    if (parts) {
      // Each part is a token of its own, so the name in it can be found.
      let at = start;
      for (const part of parts) {
        tokens.push({ text: part, start: at, end: at + part.length, newlineBefore: at === start && newlineBefore });
        at += part.length;
      }
    } else if (isPossessive(word)) {
      word = word.slice(0, -2);
      tokens.push({ text: word, start, end: start + word.length, newlineBefore });
      tokens.push({ text: text.slice(start + word.length, end), start: start + word.length, end, newlineBefore: false });
    } else if (text.charCodeAt(end) === PERIOD && ABBREVIATIONS.has(word)) {
      // "Mr." is one token, so its period is not taken for a sentence end.
      tokens.push({ text: word + '.', start, end: end + 1, newlineBefore });
      last = end + 1;
    } else {
      tokens.push({ text: word, start, end, newlineBefore });
    }
  }
  return tokens;
}

/** A word of three or more characters ending in 's or ’s. */
function isPossessive(word: string): boolean {
  const n = word.length;
  if (n <= 2 || (word.charCodeAt(n - 1) | 32) !== 115) return false;
  const mark = word.charCodeAt(n - 2);
  return mark === APOSTROPHE || mark === RIGHT_SINGLE_QUOTE;
}

const PERIOD = 46;
const APOSTROPHE = 39;
const RIGHT_SINGLE_QUOTE = 0x2019;

/** Character classes of TOKEN, as bits. */
const LETTER = 1;
const UPPER = 2;
const MARK = 4;
const DIGIT = 8;
const SPACE = 16;
/** The classes of each ASCII character; others are read with regular expressions once and remembered. */
const ASCII_CLASSES = new Uint8Array(128).map((_, c) =>
  c >= 65 && c <= 90 ? LETTER | UPPER : c >= 97 && c <= 122 ? LETTER : c >= 48 && c <= 57 ? DIGIT : (c >= 9 && c <= 13) || c === 32 ? SPACE : 0,
);
const OTHER_CLASSES = new Map<number, number>();
const CLASS_TESTS: Array<[RegExp, number]> = [
  [/^\p{L}$/u, LETTER],
  [/^\p{Lu}$/u, UPPER],
  [/^\p{M}$/u, MARK],
  [/^\p{N}$/u, DIGIT],
  [/^\s$/u, SPACE],
];

/** The classes of the code point at i (0 past the end). */
function classesAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_CLASSES[c];
  const cp = text.codePointAt(i)!;
  let classes = OTHER_CLASSES.get(cp);
  if (classes === undefined) {
    const ch = String.fromCodePoint(cp);
    classes = 0;
    for (const [test, bit] of CLASS_TESTS) if (test.test(ch)) classes |= bit;
    OTHER_CLASSES.set(cp, classes);
  }
  return classes;
}

/** UTF-16 length of the code point at i. */
function width(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

/** The first offset at or after i that is not whitespace. */
export function skipSpaces(text: string, i: number): number {
  while (i < text.length && classesAt(text, i) & SPACE) i++;
  return i;
}

/** Where the token TOKEN matches at i (not whitespace) ends: its alternatives, tried in order. */
export function scanToken(text: string, i: number): number {
  const classes = classesAt(text, i);
  const next = i + width(text, i);
  // @handle
  if (text.charCodeAt(i) === 64) {
    let end = next;
    while (end < text.length && (classesAt(text, end) & (LETTER | DIGIT) || text.charCodeAt(end) === 95)) end += width(text, end);
    if (end > next) return end;
  }
  if (classes & UPPER && text.charCodeAt(next) === PERIOD) {
    // An initialism ("U.A.E.", "K.C")…
    let end = next;
    while (text.charCodeAt(end) === PERIOD && classesAt(text, end + 1) & UPPER) end += 1 + width(text, end + 1);
    if (end > next) return text.charCodeAt(end) === PERIOD ? end + 1 : end;
    // … or an initial before spaces or tabs and a capital ("J. Quill").
    let after = next + 1;
    while (text.charCodeAt(after) === 32 || text.charCodeAt(after) === 9) after++;
    if (after > next + 1 && classesAt(text, after) & UPPER) return next + 1;
  }
  if (!(classes & (LETTER | DIGIT))) return next;
  // A word, with inner hyphens, apostrophes, periods and ampersands each followed by a letter or digit.
  let end = next;
  for (;;) {
    while (end < text.length && classesAt(text, end) & (LETTER | MARK | DIGIT)) end += width(text, end);
    if (!JOINERS.has(text.charCodeAt(end)) || !(classesAt(text, end + 1) & (LETTER | DIGIT))) return end;
    end += 1 + width(text, end + 1);
  }
}

/** Characters that join the parts of one word: - ' ’ . & */
const JOINERS = new Set([45, 39, 0x2019, 46, 38]);

function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/** The parts of a hyphenated word that joins a name to a prefix ("Pro-Lisbon") or to an ordinary word. */
function hyphenParts(word: string): string[] | undefined {
  // Shorter than "a-b": punctuation and most short words are ruled out without a search.
  if (word.length < 3 || !word.includes('-')) return undefined;
  const dash = word.indexOf('-');
  if (HYPHEN_PREFIXES.has(word.slice(0, dash))) return [word.slice(0, dash), '-', word.slice(dash + 1)];
  const suffix = HYPHEN_SUFFIX.exec(word);
  if (suffix && lexicon().words.has(suffix[2])) return [suffix[1], '-', suffix[2]];
  return undefined;
}

/** Whether a token starts with an uppercase letter. */
export function isCapitalized(token: Token): boolean {
  const c = token.text.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return (classesAt(token.text, 0) & UPPER) !== 0;
}
