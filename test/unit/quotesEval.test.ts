import * as assert from 'node:assert';
import type { Analysis, Quote } from '../../src/core/types';
import { quoteGold, scoreQuotes, type QuoteGold } from '../../src/eval/quotes';

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
    id: 'a',
    complete: true,
    quotes: [
      { start: 0, end: 10, speaker: 'Mayor Anna Berg' },
      { start: 20, end: 30, speaker: 'Diaz' },
      { start: 40, end: 50, speaker: null },
    ],
  };

  it('scores exact and overlapping spans, and speakers by name or alias inside the gold speaker text', () => {
    const s = scoreQuotes([{ gold, analysis: analysis([quote(0, 10, 'e1'), quote(21, 30, 'e1'), quote(60, 70)]) }]);
    assert.deepStrictEqual(s.exact, { precision: 1 / 3, recall: 1 / 3, f1: 1 / 3 });
    assert.deepStrictEqual(s.overlap, { precision: 2 / 3, recall: 2 / 3, f1: 2 / 3 });
    assert.deepStrictEqual([s.namedSpeakers, s.speakersRight, s.speakerAccuracy], [2, 1, 0.5]);
  });

  it('matches speaker names as whole words only', () => {
    const g: QuoteGold = { id: 'b', complete: true, quotes: [{ start: 0, end: 5, speaker: 'Bergman' }] };
    assert.strictEqual(scoreQuotes([{ gold: g, analysis: analysis([quote(0, 5, 'e1')]) }]).speakersRight, 0);
  });

  it('scores recall and speakers only when the gold lists some quotations', () => {
    const s = scoreQuotes([{ gold: { ...gold, complete: false }, analysis: analysis([quote(0, 10, 'e1'), quote(60, 70)]) }]);
    assert.deepStrictEqual(s.exact, { precision: null, recall: 1 / 3, f1: null });
    assert.strictEqual(s.predicted, 0);
  });

  it('reads both gold shapes: corpus lines and the sample’s gold file', () => {
    const line = { id: 'x', quotes: [{ start: 1, end: 4, text: '“a”', speaker: 'Berg', speakerStart: 9, speakerEnd: 13 }], quotes_complete: false };
    assert.deepStrictEqual(quoteGold(line), { id: 'x', complete: false, quotes: [{ start: 1, end: 4, speaker: 'Berg' }] });
    const sample = { id: 'y', text_file: 'y.txt', quotes: [{ start: 1, end: 4, text: '“a”', speaker: 'Anna Berg' }] };
    assert.deepStrictEqual(quoteGold(sample), { id: 'y', complete: true, quotes: [{ start: 1, end: 4, speaker: 'Anna Berg' }] });
    assert.strictEqual(quoteGold({ id: 'z', quotes: [] }), undefined);
  });
});
