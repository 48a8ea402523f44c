import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Analysis } from './core/types';
import type { AnalysisRequest } from './analysisWorker';

/** Sends texts to the analysis worker (dist/analysisWorker.js) and gets their analyses back, in order. */
export class AnalysisClient {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (a: Analysis) => void; reject: (e: Error) => void }>();

  constructor(private readonly workerPath = path.join(__dirname, 'analysisWorker.js')) {}

  analyze(text: string): Promise<Analysis> {
    const worker = this.worker ?? this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, text } satisfies AnalysisRequest);
    });
  }

  private start(): Worker {
    const worker = new Worker(this.workerPath);
    worker.on('message', ({ id, analysis }: { id: number; analysis: Analysis }) => {
      this.pending.get(id)?.resolve(analysis);
      this.pending.delete(id);
    });
    // A crashed worker fails what it held; the next request starts a fresh one.
    const fail = (error: Error) => {
      if (this.worker === worker) this.worker = undefined;
      for (const p of this.pending.values()) p.reject(error);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`analysis worker stopped (exit code ${code})`)));
    worker.unref();
    this.worker = worker;
    return worker;
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }
}
