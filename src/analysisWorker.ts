/**
 * Runs the analyzer in a worker thread, so analysing a long article never holds up the extension host
 * (other extensions, the providers answering the editor) while the user types.
 */
import { parentPort } from 'node:worker_threads';
import { runAnalysis, transferables, type AnalysisRequest } from './analysisProtocol';

parentPort?.on('message', (request: AnalysisRequest) => {
  const reply = runAnalysis(request);
  parentPort?.postMessage(reply, transferables(reply));
});
