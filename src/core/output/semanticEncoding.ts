/**
 * Turns an analysis into VS Code's semantic token encoding: what the grammar cannot know (who the analyzer
 * decided is speaking, which words name a person, an organization or a place, which quotations are terms rather than
 * speech) as coloured ranges.
 * Pure: the provider in src/semanticTokens.ts only wraps the numbers in `vscode.SemanticTokens`.
 */
import type { EntityType, Quote, Span } from '../types';

/** The legend's token types; an index into this list is a token's type. */
export const SEMANTIC_TOKEN_TYPES = ['speaker', 'person', 'organization', 'place', 'quote', 'term'] as const;
export type SemanticTokenType = (typeof SEMANTIC_TOKEN_TYPES)[number];

/** Names of other kinds (a product, an event) are found so they are not coloured as one of the three: no token. */
const TYPE_OF_ENTITY: Record<EntityType, SemanticTokenType | undefined> = { PERSON: 'person', ORG: 'organization', PLACE: 'place', OTHER: undefined };

export interface SemanticRange extends Span {
  type: SemanticTokenType;
}

export interface SemanticOptions {
  /** Colour entity mentions by type (`articleAnnotator.entityHighlighting`); speakers are marked regardless. */
  entities: boolean;
  /**
   * Colour quotations too: in Markdown read as an article, where no grammar of this extension colours them
   * (in the article language the grammar does, as you type).
   */
  quotes?: boolean;
}

/**
 * Non-overlapping ranges sorted by start. Where mentions nest, the innermost wins ("Ada Quill" inside an
 * organization's description "a think tank founded by Ada Quill" is coloured as a person, the rest of the
 * description as the organization; a name inside a quotation keeps its colour); a speaker mention wins over an
 * entity mention of the same span, and names inside a speaker mention take the speaker's colour. Entities of other
 * types than the three (a person's annotation of a product or an event) get no colour.
 */
export function semanticRanges<A extends { entities: { type: string; mentions: Span[] }[]; quotes: Quote[] }>(analysis: A, options: SemanticOptions): SemanticRange[] {
  const ranges: SemanticRange[] = [];
  if (options.entities) {
    for (const e of analysis.entities) {
      const type = TYPE_OF_ENTITY[e.type as EntityType];
      if (type) for (const m of e.mentions) ranges.push({ start: m.start, end: m.end, type });
    }
  }
  for (const q of analysis.quotes) {
    if (q.speakerMention) ranges.push({ start: q.speakerMention.start, end: q.speakerMention.end, type: 'speaker' });
    // A title, nickname or scare quote is not speech: it looks unlike the quotation strings.
    if (q.kind === 'term') ranges.push({ start: q.start, end: q.end, type: 'term' });
    else if (options.quotes) ranges.push({ start: q.start, end: q.end, type: 'quote' });
  }
  return innermost(ranges);
}

/**
 * Flattens nested ranges so that each character takes the type of the innermost range covering it; of two ranges
 * that cross, the later is cut at the end of the earlier. Empty ranges are dropped.
 */
function innermost(input: SemanticRange[]): SemanticRange[] {
  const speakerLast = (r: SemanticRange) => (r.type === 'speaker' ? 1 : 0);
  const ranges = input.filter((r) => r.end > r.start).sort((a, b) => a.start - b.start || b.end - a.end || speakerLast(a) - speakerLast(b));
  const out: SemanticRange[] = [];
  const open: SemanticRange[] = []; // each range nested in the one below it
  let written = 0; // the output covers the text up to here
  const emit = (r: SemanticRange, to: number) => {
    if (to > written) out.push({ start: written, end: to, type: r.type });
    written = Math.max(written, to);
  };
  const close = () => {
    const r = open.pop()!;
    emit(r, r.end);
  };
  for (const range of ranges) {
    while (open.length && open[open.length - 1].end <= range.start) close();
    const outer = open[open.length - 1] as SemanticRange | undefined;
    if (outer) emit(outer, range.start);
    written = Math.max(written, range.start);
    open.push(outer
      ? { start: range.start, end: Math.min(range.end, outer.end), type: outer.type === 'speaker' ? 'speaker' : range.type }
      : range);
  }
  while (open.length) close();
  return out;
}

/**
 * VS Code's relative encoding (deltaLine, deltaStartCharacter, length, type index, modifiers) of `ranges`,
 * which must be sorted and disjoint. A token may not cross a line break, so a range that does is split.
 */
export function encodeSemanticTokens(text: string, ranges: readonly SemanticRange[]): number[] {
  const data: number[] = [];
  const lines = lineStarts(text);
  let line = 0;
  let prevLine = 0;
  let prevChar = 0;
  for (const range of ranges) {
    let start = range.start;
    while (start < range.end) {
      while (line + 1 < lines.length && lines[line + 1] <= start) line++;
      const end = Math.min(range.end, lineContentEnd(text, lines, line));
      if (end > start) {
        const char = start - lines[line];
        data.push(line - prevLine, line === prevLine ? char - prevChar : char, end - start, SEMANTIC_TOKEN_TYPES.indexOf(range.type), 0);
        prevLine = line;
        prevChar = char;
      }
      if (line + 1 >= lines.length) break;
      start = Math.max(end, lines[line + 1]);
    }
  }
  return data;
}

/** Offsets where lines start; \r\n, \n and \r all end a line, as in VS Code. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    if (c === 10 || c === 13) starts.push(i + 1);
  }
  return starts;
}

/** Where the line's text ends, before its line break. */
function lineContentEnd(text: string, starts: number[], line: number): number {
  if (line + 1 >= starts.length) return text.length;
  const next = starts[line + 1];
  return text.charCodeAt(next - 2) === 13 && text.charCodeAt(next - 1) === 10 ? next - 2 : next - 1;
}
