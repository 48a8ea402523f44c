/**
 * What the analysis worker does with one request: the same on Node's worker thread (src/analysisWorker.ts) and
 * in the browser's Web Worker (src/web/analysisWorker.ts), which differ only in how messages come and go.
 */
import type { AnalysisReply, AnalysisRequest } from './analysisQueue';
import { analyze } from './core/analyze';

export function runAnalysis({ id, text }: AnalysisRequest): AnalysisReply {
  return { id, analysis: analyze(text) };
}
