/** Helpers for the growth-shape tests: they compare two sizes measured in the same run, never wall-clock limits. */

/** `unit` repeated to at least `length` characters. */
export const repeat = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length));

/**
 * The process's CPU time in nanoseconds: on a machine shared with other jobs, the time the process waits for a core
 * is no part of what a run costs (wall-clock ratios read 30-50 for linear stages under load).
 */
const cpuClock = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) * 1000;
};

/**
 * CPU time per run in nanoseconds: the fastest of a few batches, each long enough (20 ms or more) that a stray pause
 * or a collection cannot double it.
 */
export function timePerRun(run: () => void): number {
  const clock = cpuClock;
  let reps = 1;
  for (let start = clock(); clock() - start < 20e6; reps *= 2) for (let k = 0; k < reps; k++) run();
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const start = clock();
    for (let k = 0; k < reps; k++) run();
    best = Math.min(best, (clock() - start) / reps);
  }
  return best;
}
