import * as assert from 'node:assert';
import { findEntities } from '../../src/core/entities/entities';
import { findQuotes } from '../../src/core/quotes/quotes';
import { repeat, timePerRun } from './timing';
import { textModel } from '../../src/core/text/model';

/** Characters in the smaller input; the larger is ten times as long (100,000-character lines). */
const N = 10_000;

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

describe('quotes: time grows linearly with the input', function () {
  this.timeout(120_000);
  for (const [name, make] of cases) {
    it(name, () => {
      const [small, large] = [make(N), make(10 * N)];
      const [smallEntities, largeEntities] = [findEntities(textModel(small)), findEntities(textModel(large))];
      const ratio = timePerRun(() => findQuotes(textModel(large), largeEntities)) / timePerRun(() => findQuotes(textModel(small), smallEntities));
      // Linear is about 10; quadratic would be about 100.
      assert.ok(ratio < 30, `10× the input took ${ratio.toFixed(1)}× the time`);
    });
  }
});
