/**
 * Runs the analyzer in a worker thread, so analysing a long article never holds up the extension host
 * (other extensions, the providers answering the editor) while the user types.
 */
import { parentPort } from 'node:worker_threads';
import type { AnalysisReply, AnalysisRequest } from './analysisQueue';
import { analyze } from './core/analyze';

parentPort?.on('message', ({ id, text }: AnalysisRequest) => {
  parentPort?.postMessage({ id, analysis: analyze(text) } satisfies AnalysisReply);
});
