import * as assert from 'node:assert';
import { analyze } from '../../src/core/analyze';
import { timePerRun } from './timing';

/** The generators `npm run bench` times at 1 MB and 4 MB (plain JavaScript, shared with the script). */
const { ADVERSARIAL } = require('../../../scripts/lib/adversarial.cjs') as { ADVERSARIAL: Array<[string, (n: number) => string]> };

/** Characters in the smaller input; the larger is ten times as long. */
const N = 20_000;
/** The most that ten times the input may cost, in times the time: linear growth with room for noise, and no more. */
const LINEAR = 25;

describe('analyze: time grows linearly on adversarial inputs', function () {
  this.timeout(240_000);
  for (const [name, make] of ADVERSARIAL) {
    it(name, () => {
      const [small, large] = [make(N), make(10 * N)];
      analyze(small); // warm up the JIT on both sizes
      analyze(large);
      const ratio = timePerRun(() => analyze(large)) / timePerRun(() => analyze(small));
      // Linear: about 10 (9-21 measured on these, with sorting and garbage collection); n^1.4 would be 25, quadratic 100.
      assert.ok(ratio < LINEAR, `10× the input took ${ratio.toFixed(1)}× the time`);
    });
  }
});
