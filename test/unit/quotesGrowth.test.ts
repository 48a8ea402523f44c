import * as assert from 'node:assert';
import { findEntities } from '../../src/core/entities';
import { findQuotes } from '../../src/core/quotes';

/** Characters in the smaller input; the larger is ten times as long (100,000-character lines). */
const N = 10_000;
const repeat = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length));

/** Adversarial one-line inputs for the quote finder and the attribution. */
const cases: [string, (n: number) => string][] = [
  ['opening curly marks that never close', (n) => repeat('words “ and ', n)],
  ['closing curly marks that never open', (n) => repeat('words ” and ', n)],
  ['unbalanced straight marks', (n) => repeat('a " b ', n)],
  ['alternating marks of both shapes', (n) => repeat('“"”"a', n)],
  ['an open quote full of inner quotes of the other shape', (n) => `“${repeat('say "x" and ', n)}`],
  ['many short quotes with attributions', (n) => repeat('“Yes,” Ann Lee said. “No,” he added. ', n)],
  ['quotes among cue verbs and appositives without subjects', (n) => repeat('said, the minister, told “a” according to ', n)],
  ['quotes far from any name', (n) => `Ann Lee spoke. ${repeat('“a” it said ', n)}`],
  ['blank-line paragraphs each opening a quote', (n) => repeat('“open\n\n', n)],
  ['quotes with no word after them until the end', (n) => `${repeat('“1”, ', n)}said Ann Lee`],
  ['many paragraphs without a mark before the only ones', (n) => `${repeat('word\n\n', n)}“a” ‘b’`],
];

/**
 * Time per run in nanoseconds: the fastest of a few batches, each long enough (20 ms or more) that a stray pause or a
 * collection cannot double it.
 */
function timePerRun(run: () => void): number {
  const clock = () => Number(process.hrtime.bigint());
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

describe('quotes: time grows linearly with the input', function () {
  this.timeout(120_000);
  for (const [name, make] of cases) {
    it(name, () => {
      const [small, large] = [make(N), make(10 * N)];
      const [smallEntities, largeEntities] = [findEntities(small), findEntities(large)];
      const ratio = timePerRun(() => findQuotes(large, largeEntities)) / timePerRun(() => findQuotes(small, smallEntities));
      // Linear is about 10; quadratic would be about 100.
      assert.ok(ratio < 30, `10× the input took ${ratio.toFixed(1)}× the time`);
    });
  }
});
