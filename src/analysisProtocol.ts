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
import { applyAnnotations, type AnnotatedAnalysis, type AnnotationDoc } from './core/annotations';
import { encodeSemanticTokens, semanticRanges, type SemanticOptions } from './core/output/semanticEncoding';
import type { Analysis } from './core/types';
import { TimeSlices } from './timeSlices';

/**
 * What the views want computed with the analysis: the analysis with these annotations applied (what every view
 * shows) and its semantic tokens with these options.
 */
export interface ViewRequest extends SemanticOptions {
  annotations: AnnotationDoc;
}

export interface AnalysisRequest {
  id: number;
  text: string;
  /** Absent when only the analysis is wanted (the corpus index). */
  views?: ViewRequest;
}

/**
 * An object as it crosses between threads: each list as JSON text in parts of about `PART_CHARS` each (strings
 * cross as one copy, and the extension parses one part per short task, `decodeReply`), other fields as they are.
 */
export type Wire<T> = { [K in keyof T]: T[K] extends readonly unknown[] ? string[] : T[K] extends object ? Wire<T[K]> : T[K] };

export interface AnalysisReply {
  id: number;
  analysis: Wire<Analysis>;
  /** With `views` asked for: the analysis with the annotations applied. */
  annotated?: Wire<AnnotatedAnalysis>;
  /** With `views` asked for: VS Code's semantic token encoding, its buffer transferred, not copied. */
  tokens?: Uint32Array;
}

/** A reply as the extension uses it. */
export interface DecodedReply {
  analysis: Analysis;
  annotated?: AnnotatedAnalysis;
  tokens?: Uint32Array;
}

/** JSON characters per part: parsed in well under a millisecond on an idle machine. */
const PART_CHARS = 32 * 1024;

/** The worker's answer to one request. */
export function runAnalysis({ id, text, views }: AnalysisRequest): AnalysisReply {
  const analysis = analyze(text);
  const reply: AnalysisReply = { id, analysis: encodeLists(analysis) };
  if (views) {
    const annotated = applyAnnotations(analysis, views.annotations);
    reply.annotated = encodeLists(annotated);
    reply.tokens = Uint32Array.from(encodeSemanticTokens(text, semanticRanges(annotated, views)));
  }
  return reply;
}

/** What a worker passes as `transfer` with the reply. */
export function transferables(reply: AnalysisReply): ArrayBuffer[] {
  return reply.tokens ? [reply.tokens.buffer as ArrayBuffer] : [];
}

/** The object with each list (at any depth) in parts. */
export function encodeLists<T extends object>(value: T): Wire<T> {
  const wire: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    wire[key] = Array.isArray(field) ? encodeParts(field) : field !== null && typeof field === 'object' ? encodeLists(field as object) : field;
  }
  return wire as Wire<T>;
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

/**
 * The reply's analyses, parsed a part at a time in short tasks (src/timeSlices.ts). When the worker applied the
 * annotations, what the views show is that result, and the plain analysis is parsed only when a list of it is read
 * (the annotations change, or the text moved on): a keystroke's reply is parsed once, not twice.
 */
export async function decodeReply(reply: AnalysisReply): Promise<DecodedReply> {
  const slices = new TimeSlices();
  const decoded: DecodedReply = reply.annotated
    ? { analysis: parsedWhenRead(reply.analysis), annotated: await decodeLists(reply.annotated, slices) }
    : { analysis: await decodeLists(reply.analysis, slices) };
  if (reply.tokens) decoded.tokens = reply.tokens;
  // Whoever waits for the analysis starts on a slice of its own.
  if (slices.spent) await slices.next();
  return decoded;
}

async function decodeLists<T extends object>(wire: Wire<T>, slices: TimeSlices): Promise<T> {
  const value: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(wire)) {
    if (Array.isArray(field)) {
      const items: unknown[] = [];
      for (const part of field as string[]) {
        if (slices.spent) await slices.next();
        for (const item of JSON.parse(part) as unknown[]) items.push(item);
      }
      value[key] = items;
    } else value[key] = field !== null && typeof field === 'object' ? await decodeLists(field as object, slices) : field;
  }
  return value as T;
}

/** The analysis with each list parsed, at once, when it is first read. */
function parsedWhenRead(wire: Wire<Analysis>): Analysis {
  const analysis = {} as Analysis;
  for (const [key, parts] of Object.entries(wire) as [keyof Analysis, string[]][]) {
    let items: unknown[] | undefined;
    Object.defineProperty(analysis, key, { enumerable: true, get: () => (items ??= parts.flatMap((part) => JSON.parse(part) as unknown[])) });
  }
  return analysis;
}
