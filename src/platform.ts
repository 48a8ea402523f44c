import type { WorkerPort } from './analysisQueue';

/**
 * What differs between VS Code's Node extension host and its browser web-worker host (VS Code for the Web), given
 * to the one activation (src/extension.ts) by each entry: src/node/extension.ts and src/web/extension.ts. Files go
 * through vscode.workspace.fs and hashing through Web Crypto on both, so only the analysis worker differs.
 */
export interface Platform {
  /** Starts a worker running the analyzer: a worker thread on Node, a Web Worker in the browser. */
  startAnalysisWorker(): WorkerPort;
}
