import * as assert from 'node:assert';
import type { IGrammar } from 'vscode-textmate';
import { loadGrammar, tokenize } from '../grammar/engine';

/** Characters in the smaller input; the larger is ten times as long (100,000-character lines). */
const N = 10_000;
const repeat = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length));

/** Adversarial inputs: each is one long line after a headline, as scraped one-line articles are. */
const cases: [string, (n: number) => string][] = [
  ['an unclosed curly quotation with more opening marks', (n) => `Headline\n“${repeat('words “ and ', n)}`],
  ['unbalanced straight quotation marks', (n) => `Headline\n${repeat('a " b ', n)}`],
  ['thousands of attribution verbs', (n) => `Headline\n${repeat('Ann Lee said, ', n)}`],
  ['cue verbs followed by names', (n) => `Headline\n${repeat('said Ann Marie Lee Bo, ', n)}`],
  ['appositives that never reach a verb', (n) => `Headline\n${repeat('Lee, the minister, ', n)}`],
  ['capitalized words without a verb', (n) => `Headline\n${repeat('Aa Bb Cc Dd Ee Ff ', n)}`],
  ['deeply alternating quotation marks', (n) => `Headline\n${repeat('“"‘\'”"’\'a', n)}`],
  ['apostrophes and single marks inside a quotation', (n) => `Headline\n“${repeat("‘a ’b 'c d' don’t ", n)}`],
  ['unclosed editorial brackets', (n) => `Headline\n“${repeat('[a ', n)}`],
  ['a URL without an end', (n) => `Headline\nhttp://${repeat('a', n)}`],
  ['many short lines in one paragraph with an open quotation', (n) => `Headline\n“${repeat('Ann said "x\n', n)}`],
];

/** The fastest of a few runs, in nanoseconds: the least disturbed by garbage collection and other processes. */
function fastest(run: () => void, times = 5): number {
  let best = Infinity;
  for (let i = 0; i < times; i++) {
    const start = process.hrtime.bigint();
    run();
    best = Math.min(best, Number(process.hrtime.bigint() - start));
  }
  return best;
}

describe('article grammar: tokenizing time grows linearly with the input', function () {
  this.timeout(120_000);
  let grammar: IGrammar;
  before(async () => {
    grammar = await loadGrammar('text.article');
  });

  for (const [name, make] of cases) {
    it(name, () => {
      const small = make(N);
      const large = make(10 * N);
      tokenize(grammar, small); // warm up the regex caches and the JIT
      const ratio = fastest(() => tokenize(grammar, large), 3) / fastest(() => tokenize(grammar, small));
      // Linear is about 10; quadratic would be about 100.
      assert.ok(ratio < 30, `10× the input took ${ratio.toFixed(1)}× the time`);
    });
  }
});
