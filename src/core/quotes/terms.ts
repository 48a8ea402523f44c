import type { TextModel } from '../text/model';
import type { Quote } from '../types';

/**
 * Quotations that name rather than report speech: titles of works ("the film “Harvest Moon”"), nicknames
 * (Ada “Iron Fist” Quill), terms after a naming word ("the so-called “peace dividend”"), and short scare quotes or
 * single-quoted terms that nothing attributes. They are quotations of kind `term`, with no speaker.
 */

/** A term is a few words: longer quotations are speech even after "called" ("called it “a disgrace to us all”"). */
const TERM_WORDS = 6;
/** Attributions this sure or less were inferred (a sentence's subject, a speaker carried over), not read off a cue. */
const INFERRED = 0.5;
/** An unattributed quotation this short, with no sentence punctuation, is a scare quote ("the “reform”"). */
const SCARE_WORDS = 3;

/** Words right before a quotation that make it a name or a term. */
const NAMING_BEFORE = /(?:\b(?:called|named|titled|entitled|dubbed|nicknamed|labell?ed|branded|so-called|known\s+as|the\s+(?:word|words|term|phrase|slogan|hashtag|label|nickname|motto|title))|-called)\s*,?\s*$/i;
/** Kinds of work whose title follows them ("the film", "her book", "the series"). */
const WORKS = 'film movie book novel memoir song single album show series sitcom play musical opera documentary programme program poem column episode exhibition podcast game painting'.split(' ');
const WORK_BEFORE = new RegExp(String.raw`\b(?:${WORKS.join('|')})\s*,?\s*$`, 'i');

/** The last word of NAMING_BEFORE's and WORK_BEFORE's alternatives: either can match only after one of these. */
const NAMING_LAST_WORDS = new Set(['called', 'named', 'titled', 'entitled', 'dubbed', 'nicknamed', 'labeled', 'labelled', 'branded', 'as', 'word', 'words', 'term', 'phrase', 'slogan', 'hashtag', 'label', 'nickname', 'motto', 'title']);
const WORK_WORDS = new Set(WORKS);

/**
 * The ASCII letters that end `before` ahead of spaces, a comma and spaces, in lowercase: the patterns anchored at the
 * end are tried from every position of `before`, so they run only when this is one of their words.
 */
function lastWord(before: string): string {
  let head = before.trimEnd();
  if (head.endsWith(',')) head = head.slice(0, -1).trimEnd();
  let start = head.length;
  while (start > 0 && isAsciiLetter(head.charCodeAt(start - 1))) start--;
  return head.slice(start).toLowerCase();
}

const isAsciiLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;

/** The quotation's words, without its marks. */
function innerWords(q: Quote): string[] {
  return q.text.slice(1, -1).split(/\s+/).filter(Boolean);
}

/** Title case: every word of four or more letters capitalized ("Harvest Moon", "The Long Road Home"). */
function titled(words: string[]): boolean {
  const long = words.filter((w) => /\p{L}{4}/u.test(w));
  return long.length > 0 && long.every((w) => /^\P{L}*\p{Lu}/u.test(w));
}

/**
 * Whether quotation q is a term rather than speech. A nickname always is; a title or a term after a naming word
 * only when no cue ties the quotation to a speaker (`Quill called it “a disgrace”` reports her words), and so is a
 * short scare quote or a single-quoted term.
 */
export function isTerm(model: TextModel, q: Quote): boolean {
  const { text } = model;
  const words = innerWords(q);
  if (words.length === 0 || words.length > TERM_WORDS) return false;
  const before = text.slice(Math.max(0, q.start - 40), q.start);
  // A nickname between a given name and a surname: Ada “Iron Fist” Quill.
  // The two characters after it first: a test at the end of `before` reads all of it.
  if (/^\s\p{Lu}/u.test(text.slice(q.end, q.end + 2)) && /\p{Lu}\p{L}+\s$/u.test(before) && titled(words)) return true;
  if ((q.speakerId !== null || q.speakerDescription) && (q.confidence ?? 0) > INFERRED) return false;
  const last = lastWord(before);
  if ((NAMING_LAST_WORDS.has(last) && NAMING_BEFORE.test(before)) || (WORK_WORDS.has(last) && WORK_BEFORE.test(before) && titled(words))) return true;
  if (q.speakerId !== null || q.speakerDescription) return false;
  // Nothing attributes it: a single-quoted term, or a scare quote of a few words that is not a sentence.
  const single = q.text[0] === "'" || q.text[0] === '‘';
  return single || (words.length <= SCARE_WORDS && !endsWithPunctuation(q.text.slice(0, -1)));
}

/** Sentence punctuation, and the closing marks that may follow it, at the end of a quotation's inside. */
const PUNCTUATION = '.!?,:;…';
const INNER_CLOSING = `'’"”»`;

/** Whether `inside` ends with sentence punctuation, a closing mark after it or not (/[.!?,:;…]['’"”»]?$/, read from the end). */
function endsWithPunctuation(inside: string): boolean {
  const n = inside.length;
  if (n === 0) return false;
  if (PUNCTUATION.includes(inside[n - 1])) return true;
  return n >= 2 && INNER_CLOSING.includes(inside[n - 1]) && PUNCTUATION.includes(inside[n - 2]);
}
