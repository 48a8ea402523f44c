/** Anchors: spans that follow the text through edits, and are found again by their text and context when it changed. */
import type { Anchor, TextEdit } from './types';

/** Code units of context kept either side of an anchor. */
export const CONTEXT_LENGTH = 32;
/** Context characters that must match for a moved anchor to be found again (or all there is, near the text's ends). */
const MIN_CONTEXT_MATCH = 8;
/** A text found only once in the article is taken without matching context when at least this long. */
const MIN_UNIQUE_LENGTH = 4;
/** Code units around the expected position searched first, before the whole text. */
const SEARCH_WINDOW = 20_000;

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Whether `offset` falls between the two halves of a surrogate pair. */
function splitsPair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

/** Moves an offset that would split a surrogate pair: a start back before the pair, an end past it. */
export function snapSpan(text: string, start: number, end: number): { start: number; end: number } {
  return { start: splitsPair(text, start) ? start - 1 : start, end: splitsPair(text, end) ? end + 1 : end };
}

/**
 * `text.slice(start, end)` as a string of its own. A slice of a long string keeps the whole string alive in V8 (and
 * other engines): an anchor made on each version of a 1 MB article as it is edited would keep every version.
 */
function copySlice(text: string, start: number, end: number): string {
  // Slicing a concatenation copies it first; the slice then holds only that copy, one character longer than itself.
  return (' ' + text.slice(start, end)).slice(1);
}

/** An anchor on `text.slice(start, end)`, with its context; offsets are snapped off surrogate halves. */
export function anchorAt(text: string, start: number, end: number): Anchor {
  const s = snapSpan(text, Math.max(0, Math.min(start, text.length)), Math.max(0, Math.min(end, text.length)));
  let from = Math.max(0, s.start - CONTEXT_LENGTH);
  if (splitsPair(text, from)) from++;
  let to = Math.min(text.length, s.end + CONTEXT_LENGTH);
  if (splitsPair(text, to)) to--;
  return { start: s.start, end: s.end, text: copySlice(text, s.start, s.end), before: copySlice(text, from, s.start), after: copySlice(text, s.end, to) };
}

/** Replaces an anchor's position (keeping its other fields, clearing `orphaned`). */
function moved<T extends Anchor>(anchor: T, fresh: Anchor): T {
  const next = { ...anchor, ...fresh };
  delete next.orphaned;
  return next;
}

function orphan<T extends Anchor>(anchor: T): T {
  return anchor.orphaned ? anchor : { ...anchor, orphaned: true };
}

/**
 * Where a span goes through one edit: it shifts with edits before it, stretches or shrinks with edits inside it,
 * loses the part an edit deleted; undefined when nothing of it is left. Text typed just before or just after a span
 * stays outside it.
 */
export function mapSpan(start: number, end: number, edit: TextEdit): { start: number; end: number } | undefined {
  const editEnd = edit.offset + edit.length;
  const delta = edit.text.length - edit.length;
  if (end <= edit.offset) return { start, end };
  if (start >= editEnd) return { start: start + delta, end: end + delta };
  const newStart = start < edit.offset ? start : edit.offset + edit.text.length;
  const newEnd = end > editEnd ? end + delta : edit.offset;
  return newStart < newEnd ? { start: newStart, end: newEnd } : undefined;
}

/** Whether an edit reaches within CONTEXT_LENGTH of a span, so the stored text or context may be stale. */
function touches(start: number, end: number, edit: TextEdit): boolean {
  return edit.offset <= end + CONTEXT_LENGTH && edit.offset + edit.length >= start - CONTEXT_LENGTH;
}

/**
 * Follows edits (applied in order, each to the text the previous one left, as VS Code lists a change event's edits)
 * that turned the text into `newText`. An anchor the edits removed becomes an orphan; an orphan whose text an edit
 * brought back (an undo of a deletion) is found again. Returns the same object when nothing changed.
 */
export function followEdits<T extends Anchor>(anchor: T, edits: readonly TextEdit[], newText: string): T {
  if (anchor.orphaned) {
    if (!edits.some((e) => e.text.includes(anchor.text))) return anchor;
    const found = findAnchor(anchor, newText, anchor.start);
    return found ? moved(anchor, found) : anchor;
  }
  let span: { start: number; end: number } | undefined = { start: anchor.start, end: anchor.end };
  let stale = false;
  for (const edit of edits) {
    if (!span) break;
    stale ||= touches(span.start, span.end, edit);
    span = mapSpan(span.start, span.end, edit);
  }
  if (!span) return orphan(anchor);
  if (!stale) return span.start === anchor.start ? anchor : { ...anchor, start: span.start, end: span.end };
  return moved(anchor, anchorAt(newText, span.start, span.end));
}

function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

function commonSuffix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

/** How much of the anchor's context surrounds `text` at `at`. */
function contextScore(anchor: Anchor, text: string, at: number): number {
  const end = at + anchor.text.length;
  return (
    commonSuffix(anchor.before, text.slice(Math.max(0, at - anchor.before.length), at)) +
    commonPrefix(anchor.after, text.slice(end, end + anchor.after.length))
  );
}

function occurrences(text: string, needle: string, from: number, to: number): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(needle, from); i !== -1 && i <= to; i = text.indexOf(needle, i + 1)) {
    if (!splitsPair(text, i) && !splitsPair(text, i + needle.length)) found.push(i);
  }
  return found;
}

/**
 * Finds an anchor's text in `text`: at `expected` if it is still there with some of its context, else the occurrence
 * whose context matches best (nearest to `expected` among equals), else a lone occurrence of a long enough text.
 */
export function findAnchor(anchor: Anchor, text: string, expected: number): Anchor | undefined {
  if (anchor.text.length === 0) return undefined;
  const needed = Math.min(MIN_CONTEXT_MATCH, anchor.before.length + anchor.after.length);
  const best = (candidates: number[]) => {
    let pick: number | undefined;
    let pickScore = -1;
    for (const at of candidates) {
      const score = contextScore(anchor, text, at);
      if (score > pickScore || (score === pickScore && Math.abs(at - expected) < Math.abs(pick! - expected))) {
        pick = at;
        pickScore = score;
      }
    }
    return pick !== undefined && pickScore >= needed ? pick : undefined;
  };
  if (text.startsWith(anchor.text, expected) && contextScore(anchor, text, expected) >= needed) {
    return anchorAt(text, expected, expected + anchor.text.length);
  }
  const near = best(occurrences(text, anchor.text, Math.max(0, expected - SEARCH_WINDOW), expected + SEARCH_WINDOW));
  if (near !== undefined) return anchorAt(text, near, near + anchor.text.length);
  const all = occurrences(text, anchor.text, 0, text.length);
  const at = best(all) ?? (all.length === 1 && anchor.text.length >= MIN_UNIQUE_LENGTH ? all[0] : undefined);
  return at === undefined ? undefined : anchorAt(text, at, at + anchor.text.length);
}

/** Whether the anchor's text and context stand whole at `at` (no string is built). */
function intactAt(anchor: Anchor, text: string, at: number): boolean {
  return (
    at >= anchor.before.length &&
    text.startsWith(anchor.text, at) &&
    text.startsWith(anchor.before, at - anchor.before.length) &&
    text.startsWith(anchor.after, at + anchor.text.length)
  );
}

/**
 * Re-anchors to a text that changed without edits being seen (the file changed while closed). Each anchor is looked
 * for where it was, then shifted by as much as the previous anchor moved (an edit moves all that follow it alike),
 * then searched for by text and context. With the old text, anchors outside the changed middle (found as the common
 * prefix and suffix) just shift. Anchors found nowhere become orphans; orphans are searched for too.
 */
export function reanchor<T extends Anchor>(anchors: readonly T[], newText: string, oldText?: string): T[] {
  const prefix = oldText === undefined ? 0 : commonPrefix(oldText, newText);
  const suffix = oldText === undefined ? 0 : Math.min(commonSuffix(oldText, newText), Math.min(oldText.length, newText.length) - prefix);
  const oldChangedEnd = oldText === undefined ? 0 : oldText.length - suffix;
  const delta = oldText === undefined ? 0 : newText.length - oldText.length;
  let drift = 0;
  return anchors.map((anchor) => {
    if (oldText !== undefined && !anchor.orphaned) {
      if (anchor.end + CONTEXT_LENGTH <= prefix) return anchor;
      if (anchor.start - CONTEXT_LENGTH >= oldChangedEnd) return { ...anchor, start: anchor.start + delta, end: anchor.end + delta };
    }
    if (!anchor.orphaned && intactAt(anchor, newText, anchor.start)) return anchor;
    const expected = oldText !== undefined && anchor.start >= oldChangedEnd ? anchor.start + delta : anchor.start + drift;
    if (!anchor.orphaned && intactAt(anchor, newText, expected)) {
      drift = expected - anchor.start;
      return { ...anchor, start: expected, end: expected + anchor.text.length };
    }
    const found = findAnchor(anchor, newText, expected);
    if (!found) return orphan(anchor);
    drift = found.start - anchor.start;
    return moved(anchor, found);
  });
}
