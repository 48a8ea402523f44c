/** The analyzer in a browser Web Worker, started by the web extension (src/web/workerPort.ts). */
import type { AnalysisReply, AnalysisRequest } from '../analysisQueue';
import { runAnalysis } from '../analysisJob';

/** The worker's global scope, as much of it as is used (the project type-checks against Node's lib). */
const scope = globalThis as unknown as {
  onmessage: ((event: { data: AnalysisRequest }) => void) | null;
  postMessage(reply: AnalysisReply): void;
};

scope.onmessage = ({ data }) => scope.postMessage(runAnalysis(data));
