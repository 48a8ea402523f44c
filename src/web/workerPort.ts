/**
 * The analysis queue's worker (WorkerPort) over a browser Web Worker, for the web extension. The worker's script
 * is fetched from the extension and started from a blob: URL: VS Code's web-worker host cannot start a worker from
 * a vscode-remote: URI (code-server, remote hosts), while its fetch resolves those and plain http(s) alike.
 */
import type * as vscode from 'vscode';
import type { AnalysisReply, AnalysisRequest } from '../analysisProtocol';
import type { WorkerPort } from '../analysisQueue';

/** The Web Worker API as used here (the project type-checks against Node's lib, this runs in a browser). */
interface WebWorker {
  postMessage(request: AnalysisRequest): void;
  addEventListener(type: 'message', listener: (event: { data: AnalysisReply }) => void): void;
  addEventListener(type: 'error', listener: (event: { message?: string; preventDefault(): void }) => void): void;
  terminate(): void;
}
declare const Worker: new (url: string, options?: { name?: string }) => WebWorker;

/** A blob: URL holding the worker script at `uri`, from which Web Workers start. */
export async function workerScript(uri: vscode.Uri): Promise<string> {
  const response = await fetch(uri.toString(true));
  if (!response.ok) throw new Error(`could not load the analysis worker (${response.status} ${response.statusText})`);
  return URL.createObjectURL(new Blob([await response.arrayBuffer()], { type: 'text/javascript' }));
}

/**
 * A Web Worker that starts once its script is loaded: requests posted before then wait. A script that fails to
 * load, or a worker that fails, is reported as an `error`, as a crashed worker thread is; a Web Worker never exits
 * on its own, so there is no `exit`.
 */
export class BrowserWorkerPort implements WorkerPort {
  private worker: WebWorker | undefined;
  private waiting: AnalysisRequest[] = [];
  private terminated = false;
  private readonly replyListeners: ((reply: AnalysisReply) => void)[] = [];
  private readonly errorListeners: ((error: Error) => void)[] = [];

  constructor(script: Promise<string>) {
    script.then((url) => this.start(url), (e: unknown) => this.fail(e instanceof Error ? e.message : String(e)));
  }

  postMessage(request: AnalysisRequest): void {
    if (this.worker) this.worker.postMessage(request);
    else this.waiting.push(request);
  }

  on(event: 'message', listener: (reply: AnalysisReply) => void): this;
  on(event: 'error', listener: (error: Error) => void): this;
  on(event: 'exit', listener: (code: number) => void): this;
  on(event: 'message' | 'error' | 'exit', listener: ((reply: AnalysisReply) => void) | ((error: Error) => void) | ((code: number) => void)): this {
    if (event === 'message') this.replyListeners.push(listener as (reply: AnalysisReply) => void);
    else if (event === 'error') this.errorListeners.push(listener as (error: Error) => void);
    return this;
  }

  terminate(): void {
    this.terminated = true;
    this.worker?.terminate();
  }

  private start(url: string): void {
    if (this.terminated) return;
    const worker = new Worker(url, { name: 'Article Annotator analysis' });
    worker.addEventListener('message', ({ data }) => this.replyListeners.forEach((l) => l(data)));
    worker.addEventListener('error', (event) => {
      event.preventDefault(); // reported here, not as an uncaught error of the extension host
      this.fail(event.message ?? 'the analysis worker failed');
    });
    this.worker = worker;
    this.waiting.forEach((request) => worker.postMessage(request));
    this.waiting = [];
  }

  private fail(message: string): void {
    if (!this.terminated) this.errorListeners.forEach((l) => l(new Error(message)));
  }
}
