/** Worker threads that take tasks and hand back replies in the order the tasks were given. */
import { Worker } from 'node:worker_threads';

/**
 * Tasks in flight per worker: enough queued that a worker rarely idles while a long article holds up the ordered
 * output (4 left the other worker idle behind one long article: 2 jobs on 1,000 articles took 7-8% longer), few enough
 * that memory stays flat (a finished JSON line is a few tens of kilobytes).
 */
const TASKS_PER_WORKER = 32;

interface Slot<R> {
  worker: Worker;
  inFlight: number;
  pending: Map<number, { resolve: (reply: R) => void; reject: (e: Error) => void }>;
}

export class WorkerPool<T extends { id: number }, R extends { id: number }> {
  private readonly slots: Slot<R>[];
  private failure: Error | undefined;

  constructor(workerPath: string, jobs: number) {
    this.slots = Array.from({ length: jobs }, () => {
      const slot: Slot<R> = { worker: new Worker(workerPath), inFlight: 0, pending: new Map() };
      slot.worker.on('message', (reply: R) => {
        slot.inFlight--;
        slot.pending.get(reply.id)?.resolve(reply);
        slot.pending.delete(reply.id);
      });
      // A worker that dies fails the run: what it held is lost, and the rest would wait forever.
      const fail = (e: Error) => {
        this.failure ??= e;
        for (const p of slot.pending.values()) p.reject(e);
        slot.pending.clear();
      };
      slot.worker.on('error', fail);
      slot.worker.on('exit', (code) => fail(new Error(`worker thread stopped (exit code ${code})`)));
      return slot;
    });
  }

  /** At most this many tasks are given out before the first reply is taken: memory stays flat with the corpus. */
  get window(): number {
    return this.slots.length * TASKS_PER_WORKER;
  }

  private send(task: T): Promise<R> {
    if (this.failure) return Promise.reject(this.failure);
    const slot = this.slots.reduce((a, b) => (b.inFlight < a.inFlight ? b : a));
    slot.inFlight++;
    return new Promise((resolve, reject) => {
      slot.pending.set(task.id, { resolve, reject });
      slot.worker.postMessage(task);
    });
  }

  /** Runs every task, calling `each` with the replies in task order; a bounded window of tasks is in flight. */
  async run(tasks: AsyncIterable<T>, each: (reply: R) => void | Promise<void>): Promise<void> {
    const window: Promise<R>[] = [];
    for await (const task of tasks) {
      window.push(this.send(task));
      if (window.length >= this.window) await each(await (window.shift() as Promise<R>));
    }
    while (window.length > 0) await each(await (window.shift() as Promise<R>));
  }

  dispose(): Promise<unknown> {
    return Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
