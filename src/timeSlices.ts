/**
 * Long work on the extension host's thread cut into short tasks: a loop checks `spent` and, when it is, awaits
 * `next()`, so the host's other tasks (the editor's requests, other extensions) run in between. Free of `vscode` and
 * of Node: the analysis protocol (src/analysisProtocol.ts) uses it too.
 */

/** How long one slice of work runs before the host's other tasks go first: well under the 50 ms of a noticed delay. */
export const SLICE_MS = 4;

export class TimeSlices {
  private start = Date.now();

  constructor(private readonly ms = SLICE_MS) {}

  /** Whether this slice's time is up. */
  get spent(): boolean {
    return Date.now() - this.start >= this.ms;
  }

  /** Resolves in a later task, with a new slice. */
  async next(): Promise<void> {
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    this.start = Date.now();
  }
}
