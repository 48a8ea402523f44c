import type { Span } from '../types';
import { lineKinds, type Line } from './lines';
import { paragraphs } from './paragraphs';
import { sentenceIds, sentenceRanges } from './sentences';
import { tokenize, type Token } from './tokenize';

/**
 * The document model both pipelines read, built once per analysis: the text with its line breaks normalized, its
 * tokens, sentences, paragraphs and the kind of each line. Every offset indexes the original text.
 */
export interface TextModel {
  /** The original text: what spans and quotations are cut from. */
  readonly source: string;
  /** The text the rules read: `\r\n` and a lone `\r` become line feeds of the same length, so offsets do not move. */
  readonly text: string;
  readonly tokens: Token[];
  /** Sentence index of every token. */
  readonly sentences: Uint32Array;
  /** Token ranges [first, last) of the sentences, by sentence index. */
  readonly sentenceTokens: ReadonlyArray<readonly [number, number]>;
  /** Paragraphs, trimmed, in text order. */
  readonly paragraphs: readonly Span[];
  /** Lines that hold a token, in text order, with their kind. */
  readonly lines: readonly Line[];
  /** Line index (into `lines`) of every token. */
  readonly lineOf: Uint32Array;
  /** Token k's text in lowercase, made once when first asked for: several stages read the same tokens, and lowercasing is costly. */
  lower(k: number): string;
}

/** Builds the model of `source`. Linear in its length. */
export function textModel(source: string): TextModel {
  const text = normalizeLineBreaks(source);
  const tokens = tokenize(text);
  const sentences = sentenceIds(tokens);
  const sentenceTokens = sentenceRanges(sentences);
  const { lines, lineOf } = lineKinds(text, tokens);
  const lowered = new Array<string>(tokens.length);
  const lower = (k: number) => (lowered[k] ??= tokens[k].text.toLowerCase());
  return { source, text, tokens, sentences, sentenceTokens, paragraphs: paragraphs(text), lines, lineOf, lower };
}

/** `\r\n` → ` \n` and a lone `\r` → `\n`: one line break each, at the same offsets. */
export function normalizeLineBreaks(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, (m) => (m.length === 2 ? ' \n' : '\n')) : text;
}

/** Index of the first token that ends after `pos` (tokens.length when none). */
export function tokenAt(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Where the sentence that holds offset `pos` (or the token right after it) starts, no earlier than `limit` and than
 * `reach` characters before `pos`: callers look at a bounded stretch, so their work stays linear.
 */
export function sentenceStart(model: TextModel, pos: number, limit: number, reach: number): number {
  const { tokens, sentences, sentenceTokens } = model;
  const k = tokenAt(tokens, pos);
  const start = k < tokens.length ? Math.min(pos, tokens[sentenceTokens[sentences[k]][0]].start) : pos;
  return Math.max(limit, pos - reach, start);
}

/**
 * Where the sentence that goes on after offset `pos` ends (exclusive): at `pos` when a line break follows, else at the
 * end of the sentence of the next token; no later than `limit` and than `reach` characters after `pos`.
 */
export function sentenceEnd(model: TextModel, pos: number, limit: number, reach: number): number {
  const { tokens, sentences, sentenceTokens } = model;
  const k = tokenAt(tokens, pos);
  const end = k >= tokens.length || (tokens[k].newlineBefore && tokens[k].start >= pos) ? pos : Math.max(pos, tokens[sentenceTokens[sentences[k]][1] - 1].end);
  return Math.min(limit, pos + reach, end);
}
