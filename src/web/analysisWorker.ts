/** The analyzer in a browser Web Worker, started by the web extension (src/web/workerPort.ts). */
import { runAnalysis, transferables, type AnalysisReply, type AnalysisRequest } from '../analysisProtocol';

/** The worker's global scope, as much of it as is used (the project type-checks against Node's lib). */
const scope = globalThis as unknown as {
  onmessage: ((event: { data: AnalysisRequest }) => void) | null;
  postMessage(reply: AnalysisReply, transfer: ArrayBuffer[]): void;
};

scope.onmessage = ({ data }) => {
  const reply = runAnalysis(data);
  scope.postMessage(reply, transferables(reply));
};
