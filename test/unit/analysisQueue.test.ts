import * as assert from 'node:assert';
import { EventEmitter } from 'node:events';
import { encodeLists, type AnalysisRequest } from '../../src/analysisProtocol';
import { AnalysisQueue, type AnalysisFailure, type Timers } from '../../src/analysisQueue';
import type { Analysis } from '../../src/core/types';

/** A worker thread that answers only when the test says so. */
class FakeWorker extends EventEmitter {
  readonly requests: AnalysisRequest[] = [];
  terminated = false;
  postMessage(request: AnalysisRequest): void {
    this.requests.push(request);
  }
  terminate(): void {
    this.terminated = true;
    this.emit('exit', 1);
  }
  /** Answers the newest request with an analysis naming its text. */
  answer(): void {
    const { id, text } = this.requests[this.requests.length - 1];
    this.emit('message', { id, analysis: encodeLists(analysisOf(text)) });
  }
}

const analysisOf = (text: string): Analysis => ({ entities: [], quotes: [], findings: [{ kind: 'unbalanced-quote', start: 0, end: 0, message: text }] });
const textOf = (a: Analysis | undefined) => a?.findings[0].message;

/** Timers the test fires by hand. */
class FakeTimers implements Timers {
  readonly pending = new Set<{ run: () => void; ms: number }>();
  set(run: () => void, ms: number) {
    const timer = { run, ms };
    this.pending.add(timer);
    return timer;
  }
  clear(handle: unknown): void {
    this.pending.delete(handle as { run: () => void; ms: number });
  }
  fireAll(): void {
    for (const t of [...this.pending]) {
      this.pending.delete(t);
      t.run();
    }
  }
}

/** Lets promise callbacks run. */
const settle = () => new Promise((r) => setImmediate(r));

describe('the analysis queue (fake worker)', () => {
  let workers: FakeWorker[];
  let timers: FakeTimers;
  let failures: AnalysisFailure[];
  let results: string[];
  let queue: AnalysisQueue;
  const worker = () => workers[workers.length - 1];
  const sent = () => workers.flatMap((w) => w.requests.map((r) => r.text));
  let unhandled: unknown[];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);

  beforeEach(() => {
    workers = [];
    timers = new FakeTimers();
    failures = [];
    results = [];
    unhandled = [];
    process.on('unhandledRejection', onUnhandled);
    queue = new AnalysisQueue({
      startWorker: () => {
        workers.push(new FakeWorker());
        return worker();
      },
      onAnalysis: (key, version, analysis) => results.push(`${key}@${version}:${textOf(analysis)}`),
      onFailure: (f) => failures.push(f),
      budgetMs: 5000,
      timers,
    });
  });
  afterEach(async () => {
    queue.dispose();
    await settle();
    process.off('unhandledRejection', onUnhandled);
    assert.deepStrictEqual(unhandled, [], 'no unhandled rejections');
  });

  it('runs one job at a time, in order, and tells each result once', async () => {
    const a = queue.analyze('a', 1, () => 'A1');
    const b = queue.analyze('b', 1, () => 'B1');
    assert.deepStrictEqual(sent(), ['A1'], 'one job on the worker at a time');
    worker().answer();
    assert.strictEqual(textOf(await a), 'A1');
    assert.deepStrictEqual(sent(), ['A1', 'B1']);
    worker().answer();
    assert.strictEqual(textOf(await b), 'B1');
    assert.deepStrictEqual(results, ['a@1:A1', 'b@1:B1']);
    assert.strictEqual(workers.length, 1);
  });

  it('asking again for the same version shares the job and then its result', async () => {
    let reads = 0;
    const text = () => (reads++, 'A1');
    const first = queue.analyze('a', 1, text);
    assert.strictEqual(queue.analyze('a', 1, text), first);
    worker().answer();
    await first;
    assert.strictEqual(queue.analyze('a', 1, text), first, 'the result is kept for the version');
    assert.strictEqual(reads, 1, 'the text is read once per version');
  });

  it('a superseded version still waiting is dropped, never sent', async () => {
    queue.analyze('busy', 1, () => 'BUSY');
    const old = queue.analyze('a', 1, () => 'A1');
    const fresh = queue.analyze('a', 2, () => 'A2');
    assert.strictEqual(await old, undefined, 'the old version resolves to nothing');
    worker().answer();
    await settle();
    worker().answer();
    assert.strictEqual(textOf(await fresh), 'A2');
    assert.deepStrictEqual(sent(), ['BUSY', 'A2']);
  });

  it('the active document goes first', async () => {
    queue.analyze('busy', 1, () => 'BUSY');
    queue.analyze('b', 1, () => 'B1');
    queue.analyze('c', 1, () => 'C1');
    queue.setActive('c');
    worker().answer();
    await settle();
    assert.deepStrictEqual(sent(), ['BUSY', 'C1']);
  });

  it('a closed document: its waiting job is dropped, its running job\'s result ignored', async () => {
    const running = queue.analyze('a', 1, () => 'A1');
    const waiting = queue.analyze('b', 1, () => 'B1');
    queue.cancel('b');
    queue.cancel('a');
    assert.strictEqual(await running, undefined);
    assert.strictEqual(await waiting, undefined);
    worker().answer();
    await settle();
    assert.deepStrictEqual(results, [], 'nothing reported for closed documents');
    assert.deepStrictEqual(sent(), ['A1']);
    assert.strictEqual(queue.pending, 0);
  });

  it('a job over the time budget is abandoned, the worker restarted and the next job served', async () => {
    const slow = queue.analyze('slow', 1, () => 'SLOW');
    const next = queue.analyze('b', 1, () => 'B1');
    assert.deepStrictEqual([...timers.pending].map((t) => t.ms), [5000]);
    const first = worker();
    timers.fireAll();
    assert.strictEqual(await slow, undefined);
    assert.ok(first.terminated, 'the stuck worker is terminated');
    assert.deepStrictEqual(failures.map((f) => [f.key, f.reason]), [['slow', 'timeout']], 'one failure, a timeout (not also a crash)');
    assert.match(failures[0].message, /longer than 5 s/);
    assert.strictEqual(workers.length, 2, 'a fresh worker');
    assert.deepStrictEqual(worker().requests.map((r) => r.text), ['B1']);
    first.emit('message', { id: 1, analysis: encodeLists(analysisOf('SLOW')) }); // late answer of the old worker
    worker().answer();
    assert.strictEqual(textOf(await next), 'B1');
    assert.deepStrictEqual(results, ['b@1:B1']);
  });

  it('a failure is not remembered: the next request for the same version runs again', async () => {
    const failed = queue.analyze('a', 1, () => 'A1');
    timers.fireAll();
    assert.strictEqual(await failed, undefined);
    await settle();
    const again = queue.analyze('a', 1, () => 'A1');
    assert.notStrictEqual(again, failed);
    worker().answer();
    assert.strictEqual(textOf(await again), 'A1');
  });

  it('a crashed worker fails its job and a fresh one takes the next', async () => {
    const crashed = queue.analyze('a', 1, () => 'A1');
    const next = queue.analyze('b', 1, () => 'B1');
    worker().emit('error', new Error('out of memory'));
    assert.strictEqual(await crashed, undefined);
    assert.deepStrictEqual(failures.map((f) => [f.key, f.reason, f.message]), [['a', 'crash', 'the analysis worker failed: out of memory']]);
    assert.strictEqual(workers.length, 2);
    worker().answer();
    assert.strictEqual(textOf(await next), 'B1');
    assert.strictEqual(timers.pending.size, 0, 'no timer left behind');
  });

  it('an idle worker that exits is replaced on the next job, failing nothing', async () => {
    const a = queue.analyze('a', 1, () => 'A1');
    worker().answer();
    await a;
    worker().emit('exit', 0);
    const b = queue.analyze('b', 1, () => 'B1');
    assert.strictEqual(workers.length, 2);
    worker().answer();
    assert.strictEqual(textOf(await b), 'B1');
    assert.deepStrictEqual(failures, []);
  });
});
