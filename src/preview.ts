import type { Span } from './core/types';

/** A row of context: the text, and where in it the span is, for `TreeItemLabel.highlights`. */
export interface Preview {
  label: string;
  highlight: [number, number];
}

/** Characters of context before a span: short enough that a narrow sidebar still shows the span itself. */
const LEAD = 24;
/** Characters of context after it. */
const TAIL = 40;

/**
 * One line of context around a span for lists: whole words only, within the span's line, whitespace folded,
 * "…" where the line was cut; the span's place in the label is returned so the list can highlight it.
 */
export function preview(text: string, span: Span): Preview {
  const lineStart = Math.max(text.lastIndexOf('\n', span.start - 1) + 1, 0);
  const newline = text.indexOf('\n', span.end);
  const lineEnd = newline === -1 ? text.length : newline;
  let from = Math.max(lineStart, span.start - LEAD);
  // Start after a space, so the row begins with a whole word (or at the span when there is none).
  if (from > lineStart && !/\s/.test(text[from - 1])) {
    const space = text.slice(from, span.start).search(/\s/);
    from = space === -1 ? span.start : from + space + 1;
  }
  let to = Math.min(lineEnd, span.end + TAIL);
  if (to < lineEnd && !/\s/.test(text[to])) {
    const space = text.slice(span.end, to).search(/\s\S*$/);
    to = space === -1 ? span.end : span.end + space;
  }
  const fold = (s: string) => s.replace(/\s+/g, ' ');
  const before = (from > lineStart ? '…' : '') + fold(text.slice(from, span.start)).trimStart();
  const name = fold(text.slice(span.start, span.end));
  const after = fold(text.slice(span.end, to)).trimEnd() + (to < lineEnd ? '…' : '');
  return { label: before + name + after, highlight: [before.length, before.length + name.length] };
}
