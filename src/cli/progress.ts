/** A one-line progress count on a terminal; silent when the stream is a pipe or a file. */

/** How often the line is redrawn: often enough to look alive, rarely enough to cost nothing. */
const REDRAW_MS = 100;

export class Progress {
  private done = 0;
  private total: number | undefined;
  private lastDraw = 0;
  private readonly started = Date.now();

  constructor(private readonly stream: NodeJS.WriteStream = process.stderr) {}

  private get active(): boolean {
    return this.stream.isTTY === true;
  }

  /** The number of inputs, once the directories are walked. */
  setTotal(total: number): void {
    this.total = total;
  }

  tick(): void {
    this.done++;
    const now = Date.now();
    if (this.active && now - this.lastDraw >= REDRAW_MS) {
      this.lastDraw = now;
      this.draw(now);
    }
  }

  private draw(now: number): void {
    const rate = this.done / Math.max((now - this.started) / 1000, 0.001);
    const of = this.total === undefined ? '' : ` / ${this.total}`;
    const width = 30;
    const bar = this.total ? `[${'#'.repeat(Math.round((width * this.done) / this.total)).padEnd(width)}] ` : '';
    this.stream.write(`\r${bar}${this.done}${of} articles, ${rate.toFixed(1)}/s\x1b[K`);
  }

  /** Draws the final count and ends the line. */
  finish(): void {
    if (!this.active) return;
    this.draw(Date.now());
    this.stream.write('\n');
  }
}
