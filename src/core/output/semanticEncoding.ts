/**
 * Turns an analysis into VS Code's semantic token encoding: what the grammar cannot know (who the analyzer
 * decided is speaking, which words name a person, an organization or a place) as coloured ranges.
 * Pure: the provider in src/semanticTokens.ts only wraps the numbers in `vscode.SemanticTokens`.
 */
import type { Analysis, EntityType, Span } from '../types';

/** The legend's token types; an index into this list is a token's type. */
export const SEMANTIC_TOKEN_TYPES = ['speaker', 'person', 'organization', 'place'] as const;
export type SemanticTokenType = (typeof SEMANTIC_TOKEN_TYPES)[number];

const TYPE_OF_ENTITY: Record<EntityType, SemanticTokenType> = { PERSON: 'person', ORG: 'organization', PLACE: 'place' };

export interface SemanticRange extends Span {
  type: SemanticTokenType;
}

export interface SemanticOptions {
  /** Colour entity mentions by type (`articleAnnotator.entityHighlighting`); speakers are marked regardless. */
  entities: boolean;
}

/** Non-overlapping ranges sorted by start; a speaker mention wins over an entity mention it overlaps. */
export function semanticRanges(analysis: Analysis, options: SemanticOptions): SemanticRange[] {
  const speakers = withoutOverlaps(
    analysis.quotes.flatMap((q) => (q.speakerMention ? [{ ...q.speakerMention, type: 'speaker' as const }] : [])),
  );
  if (!options.entities) return speakers;
  const mentions = withoutOverlaps(
    analysis.entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, type: TYPE_OF_ENTITY[e.type] }))),
  );
  const merged: SemanticRange[] = [];
  let s = 0;
  for (const m of mentions) {
    while (s < speakers.length && speakers[s].end <= m.start) merged.push(speakers[s++]);
    if (s < speakers.length && speakers[s].start < m.end) continue;
    merged.push(m);
  }
  return merged.concat(speakers.slice(s));
}

/** Sorted by start (longer first on a tie), keeping the first of any overlapping ranges; empty ranges dropped. */
function withoutOverlaps(ranges: SemanticRange[]): SemanticRange[] {
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: SemanticRange[] = [];
  let end = -1;
  for (const r of ranges) {
    if (r.end <= r.start || r.start < end) continue;
    kept.push(r);
    end = r.end;
  }
  return kept;
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
