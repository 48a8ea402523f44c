import * as assert from 'node:assert';
import { encodeLists, type AnalysisReply, type AnalysisRequest } from '../../src/analysisProtocol';
import { AnalysisQueue, type AnalysisFailure } from '../../src/analysisQueue';
import type { Analysis } from '../../src/core/types';
import { BrowserWorkerPort } from '../../src/web/workerPort';

/** A browser Web Worker (EventTarget-style listeners) that answers when the test says so. */
class FakeWebWorker {
  static started: FakeWebWorker[] = [];
  readonly requests: AnalysisRequest[] = [];
  private readonly listeners = new Map<string, ((event: never) => void)[]>();
  terminated = false;
  constructor(readonly url: string) {
    FakeWebWorker.started.push(this);
  }
  postMessage(request: AnalysisRequest): void {
    this.requests.push(request);
  }
  addEventListener(type: string, listener: (event: never) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  terminate(): void {
    this.terminated = true;
  }
  dispatch(type: 'message' | 'error', event: object): void {
    for (const l of this.listeners.get(type) ?? []) l(event as never);
  }
}

const analysis: Analysis = { entities: [], quotes: [], findings: [] };
const wire = encodeLists(analysis);
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('the web extension\'s analysis worker (BrowserWorkerPort over a Web Worker)', () => {
  const scope = globalThis as { Worker?: unknown };
  beforeEach(() => {
    FakeWebWorker.started = [];
    scope.Worker = FakeWebWorker;
  });
  afterEach(() => delete scope.Worker);

  it('sends what was posted while its script loaded once the worker starts, in order, and passes replies on', async () => {
    let load!: (url: string) => void;
    const port = new BrowserWorkerPort(new Promise((resolve) => (load = resolve)));
    const replies: AnalysisReply[] = [];
    port.on('message', (reply) => replies.push(reply));
    port.postMessage({ id: 1, text: 'one' });
    port.postMessage({ id: 2, text: 'two' });
    assert.strictEqual(FakeWebWorker.started.length, 0);
    load('blob:worker');
    await settle();
    const [worker] = FakeWebWorker.started;
    assert.strictEqual(worker.url, 'blob:worker');
    port.postMessage({ id: 3, text: 'three' });
    assert.deepStrictEqual(worker.requests.map((r) => r.id), [1, 2, 3]);
    worker.dispatch('message', { data: { id: 1, analysis: wire } });
    assert.deepStrictEqual(replies, [{ id: 1, analysis: wire }]);
  });

  it('a worker that fails is reported as an error of the port (not of the extension host)', async () => {
    const port = new BrowserWorkerPort(Promise.resolve('blob:worker'));
    const errors: string[] = [];
    port.on('error', (e) => errors.push(e.message));
    await settle();
    let prevented = false;
    FakeWebWorker.started[0].dispatch('error', { message: 'Uncaught RangeError', preventDefault: () => (prevented = true) });
    assert.deepStrictEqual(errors, ['Uncaught RangeError']);
    assert.ok(prevented);
  });

  it('a script that cannot be loaded fails the job with its reason, and the next job loads it again', async () => {
    const failures: AnalysisFailure[] = [];
    const scripts = [Promise.reject(new Error('could not load the analysis worker (404 Not Found)')), Promise.resolve('blob:worker')];
    const queue = new AnalysisQueue({ startWorker: () => new BrowserWorkerPort(scripts.shift()!), onAnalysis: () => undefined, onFailure: (f) => failures.push(f) });
    assert.strictEqual(await queue.analyze('a', 1, () => 'text'), undefined);
    assert.deepStrictEqual(failures.map((f) => [f.reason, f.message]), [['crash', 'the analysis worker failed: could not load the analysis worker (404 Not Found)']]);
    const second = queue.analyze('a', 2, () => 'text');
    await settle();
    const [worker] = FakeWebWorker.started;
    worker.dispatch('message', { data: { id: worker.requests[0].id, analysis: wire } });
    assert.deepStrictEqual(await second, analysis);
    queue.dispose();
    assert.ok(worker.terminated);
  });

  it('terminated before its script loaded, it starts no worker', async () => {
    const port = new BrowserWorkerPort(Promise.resolve('blob:worker'));
    port.terminate();
    await settle();
    assert.strictEqual(FakeWebWorker.started.length, 0);
  });
});
