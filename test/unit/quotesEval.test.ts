import * as assert from 'node:assert';
import type { Analysis, Quote } from '../../src/core/types';
import { quoteGold, quoteScorer, scoreQuotes, type QuoteGold } from '../../src/eval/quotes';

const quote = (start: number, end: number, speakerId: string | null = null): Quote => ({ start, end, text: '', speakerId });
const analysis = (quotes: Quote[]): Analysis => ({
  entities: [
    { id: 'e1', type: 'PERSON', name: 'Anna Berg', aliases: ['Berg'], mentions: [] },
    { id: 'e2', type: 'PERSON', name: 'Omar Diaz', aliases: [], mentions: [] },
  ],
  quotes,
  findings: [],
});

describe('quote scoring', () => {
  const gold: QuoteGold = {
    complete: true,
    quotes: [
      { start: 0, end: 10, speaker: 'Mayor Anna Berg' },
      { start: 20, end: 30, speaker: 'Diaz' },
      { start: 40, end: 50, speaker: null },
    ],
  };

  it('has its section in the eval report, and none for gold without quotations', () => {
    const record = { id: 'a', quotes: [{ start: 0, end: 10, speaker: 'Anna Berg' }] };
    const doc = { id: 'a', text: '', record };
    const section = quoteScorer([{ gold: doc, analysis: analysis([quote(0, 10, 'e1')]) }]);
    assert.strictEqual(section?.title, 'quotes');
    assert.match(section.summary, /quote recall 1\.000, speakers 1\.000/);
    assert.strictEqual(quoteScorer([{ gold: { ...doc, record: { id: 'b', quotes: [] } }, analysis: analysis([]) }]), undefined);
    const unnamed = quoteScorer([{ gold: { ...doc, record: { id: 'c', quotes: [{ start: 0, end: 10, speaker: null }] } }, analysis: analysis([]) }]);
    assert.strictEqual(unnamed?.summary, 'quote recall 0.000');
  });

  it('scores exact and overlapping spans, and speakers by name or alias inside the gold speaker text', () => {
    const s = scoreQuotes([{ gold, analysis: analysis([quote(0, 10, 'e1'), quote(21, 30, 'e1'), quote(60, 70)]) }]);
    assert.deepStrictEqual([s.exact.precision, s.exact.recall], [1 / 3, 1 / 3]);
    assert.deepStrictEqual([s.overlap.precision, s.overlap.recall], [2 / 3, 2 / 3]);
    assert.deepStrictEqual([s.namedSpeakers, s.speakersRight, s.speakerAccuracy], [2, 1, 0.5]);
  });

  it('matches speaker names as whole words only', () => {
    const g: QuoteGold = { complete: true, quotes: [{ start: 0, end: 5, speaker: 'Bergman' }] };
    assert.strictEqual(scoreQuotes([{ gold: g, analysis: analysis([quote(0, 5, 'e1')]) }]).speakersRight, 0);
  });

  it('scores recall and speakers only when the gold lists some quotations', () => {
    const s = scoreQuotes([{ gold: { ...gold, complete: false }, analysis: analysis([quote(0, 10, 'e1'), quote(60, 70)]) }]);
    assert.deepStrictEqual([s.complete, s.exact.fp, s.exact.recall], [false, 0, 1 / 3]);
  });

  it('reads both gold shapes: corpus lines and the sample’s gold file', () => {
    const line = { id: 'x', quotes: [{ start: 1, end: 4, text: '“a”', speaker: 'Berg', speakerStart: 9, speakerEnd: 13 }], quotes_complete: false };
    assert.deepStrictEqual(quoteGold(line), { complete: false, quotes: [{ start: 1, end: 4, speaker: 'Berg' }] });
    const sample = { id: 'y', text_file: 'y.txt', quotes: [{ start: 1, end: 4, text: '“a”', speaker: 'Anna Berg' }] };
    assert.deepStrictEqual(quoteGold(sample), { complete: true, quotes: [{ start: 1, end: 4, speaker: 'Anna Berg' }] });
    assert.strictEqual(quoteGold({ id: 'z', quotes: [] }), undefined);
  });
});
