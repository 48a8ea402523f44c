/**
 * Runs the analyzer in a worker thread, so analysing a long article never holds up the extension host
 * (other extensions, the providers answering the editor) while the user types.
 */
import { parentPort } from 'node:worker_threads';
import type { AnalysisRequest } from './analysisQueue';
import { runAnalysis } from './analysisJob';

parentPort?.on('message', (request: AnalysisRequest) => {
  parentPort?.postMessage(runAnalysis(request));
});
