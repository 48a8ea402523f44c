import type { Span } from '../types';

/** Share of a block's lines (all but its last) that must end a sentence for each line to be a paragraph of its own. */
const LINE_PARAGRAPH_SHARE = 2 / 3;
/** A line ends a sentence: . ! ? … or a colon, then any closing quotation marks or brackets. */
const ENDS_SENTENCE = /[.!?…:]["”’'»)\]]*[ \t]*$/;

/**
 * Paragraphs of a text whose line breaks are line feeds: blocks separated by blank lines; inside a block, every line
 * is a paragraph when the block is written one paragraph a line (wire copy: most lines end a sentence), and an
 * indented line always starts one. A hard-wrapped block (lines ending mid-sentence) stays one paragraph.
 */
export function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  const blank = /\n[ \t]*\n\s*/g;
  let start = 0;
  for (let m = blank.exec(text); m; m = blank.exec(text)) {
    splitBlock(text, start, m.index, out);
    start = m.index + m[0].length;
  }
  splitBlock(text, start, text.length, out);
  return out;
}

/** Adds the paragraphs of the block text[start, end) to `out`. */
function splitBlock(text: string, start: number, end: number, out: Span[]): void {
  const lines: Span[] = [];
  for (let at = start; at <= end; ) {
    let nl = text.indexOf('\n', at);
    if (nl < 0 || nl > end) nl = end;
    lines.push({ start: at, end: nl });
    at = nl + 1;
  }
  const ending = lines.slice(0, -1).filter((l) => ENDS_SENTENCE.test(text.slice(Math.max(l.start, l.end - 12), l.end))).length;
  const linePerParagraph = lines.length > 1 && ending >= (lines.length - 1) * LINE_PARAGRAPH_SHARE;
  let from = lines[0].start;
  for (let k = 1; k < lines.length; k++) {
    const indented = /^[ \t\u00a0]/.test(text[lines[k].start] ?? '');
    if (linePerParagraph || indented) {
      push(text, { start: from, end: lines[k - 1].end }, out);
      from = lines[k].start;
    }
  }
  push(text, { start: from, end: lines[lines.length - 1].end }, out);
}

function push(text: string, span: Span, out: Span[]): void {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end });
}
