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
const TOKEN =
  /@[\p{L}\p{N}_]+|\p{Lu}(?:\.\p{Lu})+\.?|\p{Lu}\.(?=[ \t]+\p{Lu})|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’.&][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*|\S/gu;
const POSSESSIVE = /['’][sS]$/;
/** "Tarnovia-related": an ordinary lowercase word joined to a name by a hyphen. */
const HYPHEN_SUFFIX = /^(\p{Lu}[^-]*)-(\p{Ll}+)$/u;

/** Splits text into tokens; possessive endings ("Lisbon’s") and abbreviation periods ("Mr.") are handled here. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const start = m.index;
    let word = m[0];
    const newlineBefore = hasNewline(text, last, start);
    const parts = hyphenParts(word);
    if (parts) {
      // Each part is a token of its own, so the name in it can be found.
      let at = start;
      for (const part of parts) {
        tokens.push({ text: part, start: at, end: at + part.length, newlineBefore: at === start && newlineBefore });
        at += part.length;
      }
    } else if (word.length > 2 && POSSESSIVE.test(word)) {
      word = word.slice(0, -2);
      tokens.push({ text: word, start, end: start + word.length, newlineBefore });
      tokens.push({ text: m[0].slice(-2), start: start + word.length, end: start + m[0].length, newlineBefore: false });
    } else if (ABBREVIATIONS.has(word) && text[start + word.length] === '.') {
      // "Mr." is one token, so its period is not taken for a sentence end.
      tokens.push({ text: word + '.', start, end: start + word.length + 1, newlineBefore });
      TOKEN.lastIndex = start + word.length + 1;
    } else {
      tokens.push({ text: word, start, end: start + word.length, newlineBefore });
    }
    last = TOKEN.lastIndex;
  }
  return tokens;
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/** The parts of a hyphenated word that joins a name to a prefix ("Pro-Lisbon") or to an ordinary word. */
function hyphenParts(word: string): string[] | undefined {
  if (!word.includes('-')) return undefined;
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
  return /^\p{Lu}/u.test(token.text);
}
