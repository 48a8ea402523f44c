import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../src/core';
import { quoteGold, scoreQuotes } from '../../src/eval/quotes';

const samples = path.resolve(__dirname, '../../../../shared/samples');

describe('quotes on the shared sample article', () => {
  it('finds all 17 gold quotations with exact spans and their 17 speakers, and nothing else', function () {
    const goldFile = path.join(samples, 'tillerson-beijing.gold.json');
    if (!fs.existsSync(goldFile)) {
      console.log('      (skipped: ../shared/samples is not on this machine)');
      this.skip();
    }
    const gold = quoteGold(JSON.parse(fs.readFileSync(goldFile, 'utf8')))!;
    const analysis = analyze(fs.readFileSync(path.join(samples, 'tillerson-beijing.txt'), 'utf8'));
    const s = scoreQuotes([{ gold, analysis }]);
    assert.deepStrictEqual(
      { gold: s.gold, exact: s.exact.tp, extra: s.exact.fp, speakers: s.speakersRight },
      { gold: 17, exact: 17, extra: 0, speakers: 17 },
    );
    assert.ok(analysis.quotes.every((q) => q.speakerMention && q.confidence !== undefined));
  });
});
