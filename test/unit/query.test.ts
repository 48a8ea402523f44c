import * as assert from 'node:assert';
import { quotesToCsv } from '../../src/core/output/csv';
import { adjacentQuote, mentionAt, primaryMention, quotesBySpeaker, speakerName } from '../../src/core/output/query';
import type { Analysis } from '../../src/core/types';

const text = '“Go,” said Ann Lee. Lee left. “Stop,” he said. “Wait.”';
const analysis: Analysis = {
  entities: [{
    id: 'e1', type: 'PERSON', name: 'Ann Lee', aliases: ['Lee'],
    mentions: [
      { start: 20, end: 23, text: 'Lee', kind: 'alias' },
      { start: 11, end: 18, text: 'Ann Lee', kind: 'name' },
      { start: 38, end: 40, text: 'he', kind: 'pronoun' },
    ],
  }],
  quotes: [
    { start: 0, end: 5, text: '“Go,”', speakerId: 'e1' },
    { start: 30, end: 37, text: '“Stop,”', speakerId: 'e1' },
    { start: 47, end: 54, text: '“Wait.”', speakerId: null },
  ],
  findings: [],
};

describe('analysis queries', () => {
  it('the fixture offsets index the text', () => {
    for (const m of analysis.entities[0].mentions) assert.strictEqual(text.slice(m.start, m.end), m.text);
    for (const q of analysis.quotes) assert.strictEqual(text.slice(q.start, q.end), q.text);
  });

  it('mentionAt finds the mention under a cursor, including just after its last letter', () => {
    assert.strictEqual(mentionAt(analysis, 12)?.mention.text, 'Ann Lee');
    assert.strictEqual(mentionAt(analysis, 18)?.mention.text, 'Ann Lee');
    assert.strictEqual(mentionAt(analysis, 39)?.mention.kind, 'pronoun');
    assert.strictEqual(mentionAt(analysis, 26), undefined);
  });

  it('primaryMention is the first full name, not the first mention', () => {
    assert.strictEqual(primaryMention(analysis.entities[0])?.start, 11);
  });

  it('quotesBySpeaker groups in order of first quote, unattributed under null', () => {
    const groups = quotesBySpeaker(analysis);
    assert.deepStrictEqual([...groups.keys()], ['e1', null]);
    assert.strictEqual(groups.get('e1')?.length, 2);
    assert.strictEqual(speakerName(analysis, analysis.quotes[2]), 'Unattributed');
    assert.strictEqual(speakerName(analysis, analysis.quotes[0]), 'Ann Lee');
  });

  it('adjacentQuote steps forward and back from a cursor and wraps around', () => {
    assert.strictEqual(adjacentQuote(analysis, 0, 1)?.start, 30);
    assert.strictEqual(adjacentQuote(analysis, 30, 1)?.start, 47);
    assert.strictEqual(adjacentQuote(analysis, 47, 1)?.start, 0, 'wraps to the first');
    assert.strictEqual(adjacentQuote(analysis, 30, -1)?.start, 0);
    assert.strictEqual(adjacentQuote(analysis, 0, -1)?.start, 47, 'wraps to the last');
    assert.strictEqual(adjacentQuote({ ...analysis, quotes: [] }, 0, 1), undefined);
  });
});

describe('quotesToCsv', () => {
  it('writes a header and one RFC 4180 row a quote', () => {
    const csv = quotesToCsv({ ...analysis, quotes: [{ ...analysis.quotes[0], cue: { start: 6, end: 10 } }, analysis.quotes[2]] }, text);
    assert.strictEqual(csv, 'start,end,speaker,quote,cue\r\n0,5,Ann Lee,"“Go,”",said\r\n47,54,,“Wait.”,\r\n');
  });

  it('quotes fields with quotes and line breaks, and defuses spreadsheet formulas', () => {
    const t = '“=HYPERLINK(""x"")\nsaid”';
    const csv = quotesToCsv({ entities: [], findings: [], quotes: [{ start: 0, end: t.length, text: t, speakerId: null }] }, t);
    const row = csv.split('\r\n')[1];
    assert.ok(row.endsWith(`"“=HYPERLINK(""""x"""")\nsaid”",`), row);
    const formula = quotesToCsv({ entities: [], findings: [], quotes: [{ start: 0, end: 3, text: '=1+1', speakerId: null }] }, '=1+1');
    assert.match(formula, /,"'=1\+1",/);
  });
});
