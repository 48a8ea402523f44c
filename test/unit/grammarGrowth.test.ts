import * as assert from 'node:assert';
import type { IGrammar } from 'vscode-textmate';
import { loadGrammar, tokenize } from '../grammar/engine';
import { repeat, timePerRun } from './timing';

/** Characters in the smaller input; the larger is ten times as long (100,000-character lines). */
const N = 10_000;

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
      const ratio = timePerRun(() => tokenize(grammar, large)) / timePerRun(() => tokenize(grammar, small));
      // Linear is about 10; quadratic would be about 100.
      assert.ok(ratio < 30, `10× the input took ${ratio.toFixed(1)}× the time`);
    });
  }
});
