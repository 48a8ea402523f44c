import type { TextModel } from '../text/model';
import type { Finding, Span } from '../types';

/** A quotation found by its marks, before attribution. */
export interface QuoteSpan extends Span {
  /** The paragraph the quote starts in. */
  paragraph: Span;
  /** True when the quote runs to its paragraph's end and the next paragraph reopens it. */
  continued: boolean;
}

/** How a double quotation mark reads in its context. */
const enum Role { Open, Close, Either }

/** Curly marks by their usual direction; context overrides it (German „…“ closes with “), so no pair table is needed. */
const CURLY_OPEN = new Set(['“', '„', '«']);
const CURLY_CLOSE = new Set(['”', '»']);

/** Characters after which a mark starts something (spaces, brackets, dashes, slashes, other quotation marks). */
const BEFORE_OPEN = ' \t\n\r\u00a0([{\u2014\u2013/-"“”„«»‘’';
/** Characters before which a mark ends something (spaces, punctuation, closing brackets, dashes, other marks). */
const AFTER_CLOSE = ' \t\n\r\u00a0.,;:!?)]}\u2014\u2013\u2026-"“”„«»‘’';
const codes = (chars: string) => new Set([...chars].map((c) => c.charCodeAt(0)));
/** BEFORE_OPEN and AFTER_CLOSE by character code, for the test at every mark. */
const OPENS_AFTER = codes(BEFORE_OPEN);
const CLOSES_BEFORE = codes(AFTER_CLOSE);

const isMark = (c: string) => c === '"' || CURLY_OPEN.has(c) || CURLY_CLOSE.has(c);
/** A paragraph without marks. */
const NO_MARKS: readonly number[] = [];
/** Finds the marks natively, rather than testing every character. */
const MARKS = /["“”„«»]/g;

/**
 * Positions of `marks` (a global pattern of single characters) in the text, grouped by paragraph: one pass over the
 * text, however many paragraphs have none.
 */
function marksByParagraph(text: string, marks: RegExp, paras: readonly Span[]): ReadonlyMap<number, number[]> {
  // Only paragraphs with marks get a list: most have none, and an array each would cost more than the search.
  const groups = new Map<number, number[]>();
  let p = 0;
  let group: number[] | undefined;
  marks.lastIndex = 0;
  // test() rather than matchAll(): no match object per mark, and quote-dense text has one every few characters.
  while (marks.test(text)) {
    const i = marks.lastIndex - 1;
    if (p < paras.length && paras[p].end <= i) {
      while (p < paras.length && paras[p].end <= i) p++;
      group = undefined;
    }
    if (p < paras.length && paras[p].start <= i) {
      if (group) group.push(i);
      else groups.set(p, (group = [i]));
    }
  }
  return groups;
}

/**
 * Reads a mark's role from its neighbours: a mark after a space and before a word opens, one after a word and before
 * a space or punctuation closes, whatever its shape (texts mix “…“ and ”…”). When the neighbours do not decide,
 * curly marks keep their own direction and a straight mark can do either.
 */
function roleOf(text: string, i: number, start: number, end: number): Role {
  const opensAfter = i <= start || OPENS_AFTER.has(text.charCodeAt(i - 1));
  const closesBefore = i + 1 >= end || CLOSES_BEFORE.has(text.charCodeAt(i + 1));
  if (opensAfter && !closesBefore) return Role.Open;
  if (closesBefore && !opensAfter) return Role.Close;
  if (CURLY_OPEN.has(text[i])) return Role.Open;
  if (CURLY_CLOSE.has(text[i])) return Role.Close;
  return Role.Either;
}

const unbalanced = (text: string, i: number): Finding => ({
  kind: 'unbalanced-quote',
  start: i,
  end: i + 1,
  message: `Quotation mark ${text[i]} is never ${CURLY_CLOSE.has(text[i]) ? 'opened' : 'closed'}.`,
});

/**
 * Finds quotations, one pass over the text for double marks and one for single ones. Single quotes nested in a double
 * quote (‘playing’) belong to it; others are quotations only as short pairs around words (‘anti-christ’), so
 * apostrophes (’s, don’t, ’90s) never start or end one. A quote stays within its paragraph;
 * a paragraph that leaves a quote open and is followed by one that opens with a mark is a multi-paragraph quote, whose
 * open piece ends at its paragraph's end. Any other lone mark is reported, never stretched into a span.
 */
export function findQuoteSpans(model: TextModel): { spans: QuoteSpan[]; findings: Finding[] } {
  const { text, paragraphs: paras } = model;
  const spans: QuoteSpan[] = [];
  const findings: Finding[] = [];
  const marks = marksByParagraph(text, MARKS, paras);
  paras.forEach((para, p) => {
    let open = -1;
    /** A mark of the other shape opened inside the quote (“… "…" …”): part of the outer quote if it closes. */
    let inner = -1;
    /** Quotes closed inside an open quote that may yet turn out to be lone. */
    let innerQuotes: QuoteSpan[] = [];
    const emit = (start: number, end: number, continued = false) => spans.push({ start, end, paragraph: para, continued });
    for (const i of marks.get(p) ?? NO_MARKS) {
      const role = roleOf(text, i, para.start, para.end);
      if (open < 0) {
        if (role === Role.Close) findings.push(unbalanced(text, i));
        else open = i;
      } else if (inner >= 0) {
        if (role !== Role.Open) {
          innerQuotes.push({ start: inner, end: i + 1, paragraph: para, continued: false });
          inner = -1;
        } else if (sameShape(text[i], text[inner])) {
          findings.push(unbalanced(text, inner));
          inner = i;
        }
      } else if (role !== Role.Open) {
        emit(open, i + 1);
        open = -1;
        innerQuotes = [];
      } else if (sameShape(text[i], text[open])) {
        // A second opening of the same shape: the first mark was lone; what it held stands alone.
        findings.push(unbalanced(text, open));
        for (const q of innerQuotes) spans.push(q);
        innerQuotes = [];
        open = i;
      } else {
        inner = i;
      }
    }
    if (open < 0) return;
    if (inner >= 0) findings.push(unbalanced(text, inner));
    const next = paras[p + 1];
    // Closed quotes of the other shape inside an open one mean mixed conventions: the pairs are trusted, not the lone mark.
    if (innerQuotes.length === 0 && next && isMark(text[next.start]) && roleOf(text, next.start, next.start, next.end) !== Role.Close) {
      emit(open, para.end, true);
    } else {
      findings.push(unbalanced(text, open));
      for (const q of innerQuotes) spans.push(q);
    }
  });
  spans.sort((a, b) => a.start - b.start);
  for (const q of singleQuoted(text, paras, spans)) spans.push(q);
  spans.sort((a, b) => a.start - b.start);
  findings.sort((a, b) => a.start - b.start);
  return { spans, findings };
}

const SINGLE_MARKS = /['‘’]/g;
/** Single-quoted quotations are words and phrases, not passages: a longer pair is more likely two apostrophes. */
const SINGLE_REACH = 120;

/**
 * Pairs of single marks outside the double-quoted `doubles` (sorted): one that opens (‘ or ' after a space, before a
 * letter), then one that closes (’ or ' after a word, before a space or punctuation) within reach. An unpaired single
 * mark is an apostrophe, not a finding.
 */
function singleQuoted(text: string, paras: readonly Span[], doubles: readonly QuoteSpan[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const marks = marksByParagraph(text, SINGLE_MARKS, paras);
  let k = 0;
  paras.forEach((para, p) => {
    let open = -1;
    for (const i of marks.get(p) ?? NO_MARKS) {
      while (k < doubles.length && doubles[k].end <= i) k++;
      if (k < doubles.length && doubles[k].start <= i) continue;
      const prev = i > para.start ? text[i - 1] : ' ';
      const next = i + 1 < para.end ? text[i + 1] : ' ';
      const closes = text[i] !== '‘' && /[\p{L}\p{N}.,!?]/u.test(prev) && AFTER_CLOSE.includes(next);
      const clear = k === 0 || doubles[k - 1].end <= open;
      if (open >= 0 && closes && clear && i - open <= SINGLE_REACH) {
        out.push({ start: open, end: i + 1, paragraph: para, continued: false });
        open = -1;
      } else if (text[i] !== '’' && BEFORE_OPEN.includes(prev) && /\p{L}/u.test(next)) {
        open = i;
      }
    }
  });
  return out;
}

const sameShape = (a: string, b: string) => (a === '"') === (b === '"');
