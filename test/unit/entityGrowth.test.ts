import * as assert from 'node:assert';
import { findEntities } from '../../src/core/entities/entities';
import { repeat, timePerRun } from './timing';
import { textModel } from '../../src/core/text/model';

/** Characters in the smaller input; the larger is ten times as long. */
const N = 20_000;

/** Inputs that stress one stage each: repeated names (clusters), pronouns (windows), long runs (titles), lists. */
const cases: [string, (n: number) => string][] = [
  ['one name mentioned over and over', (n) => repeat('Ann Lee met Lee in Oslo. Lee said he would stay. ', n)],
  ['many different names', (n) => Array.from({ length: Math.ceil(n / 30) }, (_, i) => `Ola Nord${i} met Kari Sud${i}. `).join('')],
  ['one endless capitalized run', (n) => repeat('President Of University Sea ', n)],
  ['endless coordinated lists', (n) => repeat('Zorb, Quax and Vilt, ', n)],
  ['appositives everywhere', (n) => repeat('Ann Lee, director of studies at the Lake Institute, said. ', n)],
];

describe('entities: time grows linearly with the input', function () {
  this.timeout(120_000);
  for (const [name, make] of cases) {
    it(name, () => {
      const [small, large] = [make(N), make(10 * N)];
      findEntities(textModel(small)); // warm up the JIT on both sizes
      findEntities(textModel(large));
      const ratio = timePerRun(() => findEntities(textModel(large))) / timePerRun(() => findEntities(textModel(small)));
      // Linear is about 10 (up to about 20 with sorting and garbage collection); quadratic would be about 100.
      assert.ok(ratio < 40, `10× the input took ${ratio.toFixed(1)}× the time`);
    });
  }
});
