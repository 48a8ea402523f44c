/** Quotations the analyzer could not tie to an entity but whose sentence names an unnamed source ("one man said"). */
import { cueLength, INDEFINITE } from '../words/speechVerbs';
import type { Span } from '../types';

/** How far from a quotation its unnamed source is looked for: about a short clause. */
const WINDOW = 80;
/** The longest unnamed source phrase: "a senior foreign ministry official". */
const MAX_PHRASE_WORDS = 5;
/** The words right after a quote, joined by spaces only (`, one man said as`). */
const WORDS_AFTER = /^[\s,\u2014\u2013-]*((?:[\p{L}’'-]+[^\S\n]+)*[\p{L}’'-]+)/u;
/** The words right before a quote (`One resident said: `). */
const WORDS_BEFORE = /((?:[\p{L}’'-]+[^\S\n]+)*[\p{L}’'-]+)[^\S\n]*[,:\u2014\u2013-]?[^\S\n]*$/u;

/** Words that end an unnamed source phrase after its cue (`said a spokesman for the ministry`). */
const PHRASE_STOPS = new Set('for of at with who which as and but in on to from when while after before'.split(' '));
/** Indefinite words that name no one alone ("one said" is not a source we can count). */
const DETERMINERS = new Set('a an some one two three several many other another'.split(' '));

interface Word {
  text: string;
  at: number;
}

function words(run: string): Word[] {
  return [...run.matchAll(/[\p{L}’'-]+/gu)].map((m) => ({ text: m[0], at: m.index }));
}

/** An indefinite phrase ("one man", not "the man" or "Ada") of the given words. */
function phrase(list: Word[]): string | undefined {
  const text = list.map((w) => w.text).join(' ');
  if (list.length === 1 && DETERMINERS.has(text.toLowerCase())) return undefined;
  return INDEFINITE.test(text) && list.slice(1).every((w) => !/^\p{Lu}/u.test(w.text)) ? text.toLowerCase() : undefined;
}

/** The unnamed source of the quotation at `quote` in `text` ("one man"), lowercase; undefined when none is written. */
export function unnamedSource(text: string, quote: Span): string | undefined {
  const afterMatch = WORDS_AFTER.exec(text.slice(quote.end, quote.end + WINDOW));
  if (afterMatch) {
    const run = afterMatch[1];
    const after = words(run);
    const isCue = (w: Word | undefined) => w !== undefined && cueLength(run, w.at, w.text) > 0;
    // `, said a spokesman` or `, one man said`
    if (isCue(after[0])) {
      let end = 1;
      while (end < after.length && end <= MAX_PHRASE_WORDS && !PHRASE_STOPS.has(after[end].text)) end++;
      const found = phrase(after.slice(1, end));
      if (found) return found;
    }
    for (let k = 1; k <= MAX_PHRASE_WORDS && k < after.length; k++) {
      if (isCue(after[k])) return phrase(after.slice(0, k));
    }
  }
  const beforeMatch = WORDS_BEFORE.exec(text.slice(Math.max(0, quote.start - WINDOW), quote.start));
  if (beforeMatch) {
    const run = beforeMatch[1];
    const before = words(run);
    const cue = before[before.length - 1];
    if (cueLength(run, cue.at, cue.text) === 0) return undefined;
    for (let k = 1; k <= MAX_PHRASE_WORDS && k < before.length; k++) {
      const found = phrase(before.slice(before.length - 1 - k, before.length - 1));
      if (found) return found;
    }
  }
  return undefined;
}
