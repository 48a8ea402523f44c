/**
 * The queue of analyses for the worker thread, free of `vscode` and of Node's Worker (both are injected), so
 * its scheduling is unit-tested with a fake worker.
 */
import { decodeReply, type AnalysisReply, type AnalysisRequest, type ViewRequest } from './analysisProtocol';
import type { AnnotatedAnalysis } from './core/annotations';
import type { Analysis } from './core/types';

/**
 * How long one analysis may run before the worker is stopped and restarted: a job this slow is stuck on some
 * input, not busy (a 1 MB article takes about 1 s, and under 10 s on a machine loaded by other work).
 */
export const ANALYSIS_TIME_BUDGET_MS = 60_000;

/** The worker as the queue uses it; Node's `Worker` fits. */
export interface WorkerPort {
  postMessage(request: AnalysisRequest): void;
  on(event: 'message', listener: (reply: AnalysisReply) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  terminate(): unknown;
}

export interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface AnalysisFailure {
  key: string;
  /** `timeout`: over the time budget, so the worker was restarted; `crash`: the worker died. */
  reason: 'timeout' | 'crash';
  message: string;
}

export interface QueueOptions {
  startWorker(): WorkerPort;
  /** Told of each finished analysis once (whoever asked for it), with what the views asked for when they did. */
  onAnalysis(key: string, version: number, analysis: Analysis, views: ViewResult | undefined): void;
  /** Told of every failed job, after its promise resolved to undefined. */
  onFailure(failure: AnalysisFailure): void;
  budgetMs?: number;
  timers?: Timers;
}

/** What the worker computed with the analysis for the views (`ViewRequest`), and what was asked. */
export interface ViewResult {
  request: ViewRequest;
  annotated: AnnotatedAnalysis;
  tokens: Uint32Array;
}

interface Job {
  id: number;
  key: string;
  version: number;
  text: string;
  views?: ViewRequest;
  resolve(analysis: Analysis | undefined): void;
}

const ignore = () => {};
const NODE_TIMERS: Timers = { set: (run, ms) => setTimeout(run, ms), clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>) };

/**
 * One job at a time on one worker. A document (`key`) has at most one waiting job: a newer version supersedes
 * the waiting one, and asking again for the same version shares its job and then its result. The active
 * document's job goes first. A job over the time budget is abandoned and the worker restarted; a crashed worker is
 * restarted for the next job; a failed version is asked again on the next request, never remembered as failed.
 * Promises never reject: a superseded, cancelled or failed job resolves to undefined (failures are also reported
 * through `onFailure`), so nothing is left unhandled.
 */
export class AnalysisQueue {
  private worker: WorkerPort | undefined;
  private waiting: Job[] = [];
  private running: { job: Job; timer: unknown } | undefined;
  /** Jobs whose reply is being decoded (the worker is free for the next). */
  private readonly decoding = new Set<Job>();
  private active: string | undefined;
  private nextId = 1;
  /** Each document's newest requested version and its result to come (or come). */
  private readonly requested = new Map<string, { version: number; promise: Promise<Analysis | undefined> }>();
  private readonly budgetMs: number;
  private readonly timers: Timers;

  constructor(private readonly options: QueueOptions) {
    this.budgetMs = options.budgetMs ?? ANALYSIS_TIME_BUDGET_MS;
    this.timers = options.timers ?? NODE_TIMERS;
  }

  /**
   * The analysis of `version` of document `key`; `text` is read now (a later edit must not change what this version
   * is), and only when the version is not asked for already, as is what the `views` want computed with it.
   * Undefined when superseded, cancelled or failed.
   */
  analyze(key: string, version: number, text: () => string, views?: () => ViewRequest): Promise<Analysis | undefined> {
    const hit = this.requested.get(key);
    if (hit?.version === version) return hit.promise;
    this.dropWaiting(key);
    const promise = new Promise<Analysis | undefined>((resolve) => {
      this.waiting.push({ id: this.nextId++, key, version, text: text(), views: views?.(), resolve });
      this.pump();
    });
    this.requested.set(key, { version, promise });
    // Only a result is remembered: a failed or dropped version is asked again next time.
    void promise.then((analysis) => {
      if (!analysis && this.requested.get(key)?.promise === promise) this.requested.delete(key);
    });
    return promise;
  }

  /** Forgets the document's result, so the next request analyses again (Refresh Analysis). */
  forget(key: string): void {
    this.requested.delete(key);
  }

  /** The document the user is looking at: its job runs before the others. */
  setActive(key: string | undefined): void {
    this.active = key;
  }

  /**
   * Drops the document's jobs (it was closed): a waiting one at once, a running one's result when it comes.
   * A running job of a document that is still open is left to finish: its result serves until the newer one's.
   */
  cancel(key: string): void {
    this.requested.delete(key);
    this.dropWaiting(key);
    for (const job of [this.running?.job, ...this.decoding]) {
      if (job?.key !== key) continue;
      job.resolve(undefined);
      job.resolve = ignore;
    }
  }

  /** Jobs waiting or running, for tests and the status. */
  get pending(): number {
    return this.waiting.length + (this.running ? 1 : 0);
  }

  dispose(): void {
    this.stopWorker();
    for (const job of [...this.waiting, ...(this.running ? [this.running.job] : [])]) job.resolve(undefined);
    this.waiting = [];
    if (this.running) this.timers.clear(this.running.timer);
    this.running = undefined;
  }

  private dropWaiting(key: string): void {
    for (const job of this.waiting.filter((j) => j.key === key)) job.resolve(undefined);
    this.waiting = this.waiting.filter((j) => j.key !== key);
  }

  private pump(): void {
    if (this.running || this.waiting.length === 0) return;
    const first = Math.max(0, this.waiting.findIndex((j) => j.key === this.active));
    const [job] = this.waiting.splice(first, 1);
    const worker = this.worker ?? this.startWorker();
    this.running = { job, timer: this.timers.set(() => this.abandon(job), this.budgetMs) };
    worker.postMessage({ id: job.id, text: job.text, views: job.views });
  }

  private startWorker(): WorkerPort {
    const worker = this.options.startWorker();
    worker.on('message', (reply) => {
      if (worker !== this.worker || this.running?.job.id !== reply.id) return;
      this.finish(reply);
    });
    // A worker that died fails the job it held; the next job starts a fresh one.
    const died = (message: string) => {
      if (worker !== this.worker) return;
      this.worker = undefined;
      this.fail('crash', message);
    };
    worker.on('error', (error) => died(`the analysis worker failed: ${error.message}`));
    worker.on('exit', (code) => died(`the analysis worker stopped (exit code ${code})`));
    this.worker = worker;
    return worker;
  }

  private stopWorker(): void {
    const worker = this.worker;
    this.worker = undefined; // first, so its exit is not taken for a crash
    void worker?.terminate();
  }

  private abandon(job: Job): void {
    if (this.running?.job !== job) return;
    this.stopWorker();
    this.fail('timeout', `the analysis took longer than ${this.budgetMs / 1000} s, so it was stopped and the worker restarted`);
  }

  /**
   * Ends the running job: the worker takes the next one at once, while the reply is decoded here in short tasks
   * (a job cancelled meanwhile still resolves to undefined).
   */
  private finish(reply: AnalysisReply | undefined): void {
    const { job, timer } = this.running!;
    this.timers.clear(timer);
    this.running = undefined;
    this.pump();
    if (!reply) return job.resolve(undefined);
    this.decoding.add(job);
    decodeReply(reply).finally(() => this.decoding.delete(job)).then(
      ({ analysis, annotated, tokens }) => {
        const cancelled = job.resolve === ignore;
        job.resolve(analysis);
        const views = job.views && annotated && tokens && { request: job.views, annotated, tokens };
        if (!cancelled) this.options.onAnalysis(job.key, job.version, analysis, views);
      },
      (error: unknown) => {
        job.resolve(undefined);
        this.options.onFailure({ key: job.key, reason: 'crash', message: `the analysis worker's reply could not be read: ${error instanceof Error ? error.message : String(error)}` });
      },
    );
  }

  private fail(reason: AnalysisFailure['reason'], message: string): void {
    const job = this.running?.job;
    if (!job) return;
    this.finish(undefined);
    this.options.onFailure({ key: job.key, reason, message });
  }
}
