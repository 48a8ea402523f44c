/**
 * The messages between the extension and its analysis worker, and what each end does with them: the worker
 * analyses and encodes, the extension decodes. Both ends import this one module, free of `vscode` and of Node, so a
 * worker of any kind (a worker thread, a browser's Web Worker) speaks the same protocol.
 *
 * Everything that grows with the article is done in the worker, and what the extension host does with a reply is
 * cut into short tasks: a 1 MB article's analysis is thousands of objects, and receiving them as one structured
 * clone, or computing its semantic tokens on the host's thread, blocked the host for 100 ms and more on a keystroke.
 */
import { analyze } from './core/analyze';
import { applyAnnotations, type AnnotationDoc } from './core/annotations';
import { encodeSemanticTokens, semanticRanges, type SemanticOptions } from './core/output/semanticEncoding';
import type { Analysis } from './core/types';
import { TimeSlices } from './timeSlices';

/** The semantic tokens to compute with the analysis: of the analysis with these annotations applied. */
export interface TokenRequest extends SemanticOptions {
  annotations: AnnotationDoc;
}

export interface AnalysisRequest {
  id: number;
  text: string;
  /** Absent when no semantic tokens are wanted (the corpus index). */
  tokens?: TokenRequest;
}

/**
 * The analysis as JSON text in parts of about `PART_CHARS` each: strings cross between threads as one copy, and the
 * extension parses one part per short task (`decodeAnalysis`).
 */
export interface WireAnalysis {
  entities: string[];
  quotes: string[];
  findings: string[];
}

export interface AnalysisReply {
  id: number;
  analysis: WireAnalysis;
  /** VS Code's semantic token encoding, when asked for: its buffer is transferred, not copied. */
  tokens?: Uint32Array;
}

/** JSON characters per part: parsed in well under a millisecond on an idle machine. */
const PART_CHARS = 32 * 1024;

/** The worker's answer to one request. */
export function runAnalysis({ id, text, tokens }: AnalysisRequest): AnalysisReply {
  const analysis = analyze(text);
  const reply: AnalysisReply = { id, analysis: encodeAnalysis(analysis) };
  if (tokens) reply.tokens = Uint32Array.from(encodeSemanticTokens(text, semanticRanges(applyAnnotations(analysis, tokens.annotations), tokens)));
  return reply;
}

/** What a worker passes as `transfer` with the reply. */
export function transferables(reply: AnalysisReply): ArrayBuffer[] {
  return reply.tokens ? [reply.tokens.buffer as ArrayBuffer] : [];
}

export function encodeAnalysis(analysis: Analysis): WireAnalysis {
  return { entities: encodeParts(analysis.entities), quotes: encodeParts(analysis.quotes), findings: encodeParts(analysis.findings) };
}

/** Items as JSON arrays of about PART_CHARS characters each. */
function encodeParts(items: readonly unknown[]): string[] {
  const parts: string[] = [];
  let part: string[] = [];
  let chars = 0;
  for (const item of items) {
    const json = JSON.stringify(item);
    part.push(json);
    chars += json.length;
    if (chars >= PART_CHARS) {
      parts.push(`[${part.join(',')}]`);
      part = [];
      chars = 0;
    }
  }
  if (part.length) parts.push(`[${part.join(',')}]`);
  return parts;
}

/** The analysis of a reply, parsed a part at a time in short tasks (src/timeSlices.ts). */
export async function decodeAnalysis(wire: WireAnalysis): Promise<Analysis> {
  const slices = new TimeSlices();
  const decode = async <T>(parts: string[]): Promise<T[]> => {
    const items: T[] = [];
    for (const part of parts) {
      if (slices.spent) await slices.next();
      for (const item of JSON.parse(part) as T[]) items.push(item);
    }
    return items;
  };
  const analysis: Analysis = { entities: await decode(wire.entities), quotes: await decode(wire.quotes), findings: await decode(wire.findings) };
  // Whoever waits for the analysis starts on a slice of its own.
  if (slices.spent) await slices.next();
  return analysis;
}
