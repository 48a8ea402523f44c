import * as assert from 'node:assert';
import type { Entity } from '../../src/core/types';
import { scoreClusters, scoreEntityList, scoreSpans } from '../../src/eval/entities';
import { parseEntityGold, parseJsonl, type GoldSpan } from '../../src/eval/gold';
import { prf } from '../../src/eval/report';

const entity = (id: string, type: Entity['type'], name: string, spans: Array<[number, number]>, aliases: string[] = []): Entity => ({
  id, type, name, aliases, mentions: spans.map(([start, end]) => ({ start, end, text: '', kind: 'name' })),
});

describe('eval scoring', () => {
  it('prf', () => {
    assert.deepStrictEqual(prf(2, 2, 0), { tp: 2, fp: 2, fn: 0, precision: 0.5, recall: 1, f1: 2 / 3 });
    assert.deepStrictEqual(prf(0, 0, 0).f1, 0);
  });

  it('exact spans: a boundary or type mismatch is a false positive and a miss', () => {
    const gold: GoldSpan[] = [
      { start: 0, end: 3, type: 'PERSON', text: 'Ann' },
      { start: 10, end: 15, type: 'PLACE', text: 'Varna' },
      { start: 20, end: 23, type: 'ORG', text: 'ACM' },
    ];
    const predicted = [entity('e1', 'PERSON', 'Ann', [[0, 3]]), entity('e2', 'ORG', 'Varna', [[10, 15]]), entity('e3', 'ORG', 'ACM', [[19, 23]])];
    const s = scoreSpans([{ gold, predicted }]);
    assert.deepStrictEqual([s.ALL.tp, s.ALL.fp, s.ALL.fn], [1, 2, 2]);
    assert.deepStrictEqual([s.PERSON.f1, s.PLACE.recall, s.ORG.precision], [1, 0, 0]);
  });

  it('exact spans: names of other kinds are left out on both sides', () => {
    const gold: GoldSpan[] = [
      { start: 0, end: 3, type: 'PERSON', text: 'Ann' },
      { start: 10, end: 17, type: 'OTHER', text: 'Quillux' },
    ];
    const predicted = [entity('e1', 'PERSON', 'Ann', [[0, 3]]), { ...entity('e2', 'ORG', 'Quillux', [[10, 17]]), type: 'OTHER' } as unknown as Entity];
    const s = scoreSpans([{ gold, predicted }]);
    assert.deepStrictEqual([s.ALL.tp, s.ALL.fp, s.ALL.fn], [1, 0, 0]);
    const typedWrong = scoreSpans([{ gold, predicted: [entity('e3', 'ORG', 'Quillux', [[10, 17]])] }]);
    assert.deepStrictEqual([typedWrong.ALL.tp, typedWrong.ALL.fp, typedWrong.ALL.fn], [0, 1, 1]);
  });

  it('B³: a perfect grouping scores 1, one entity for two gold clusters halves precision', () => {
    const gold: GoldSpan[] = [
      { start: 0, end: 1, type: 'PERSON', text: 'a', cluster: 1 },
      { start: 2, end: 3, type: 'PERSON', text: 'b', cluster: 2 },
    ];
    assert.strictEqual(scoreClusters([{ gold, predicted: [entity('e1', 'PERSON', 'a', [[0, 1]]), entity('e2', 'PERSON', 'b', [[2, 3]])] }]).f1, 1);
    const merged = scoreClusters([{ gold, predicted: [entity('e1', 'PERSON', 'a', [[0, 1], [2, 3]])] }]);
    assert.deepStrictEqual([merged.precision, merged.recall], [0.5, 1]);
  });

  it('gold by name: found, aliases merged (titled forms count), aliases the text never uses alone skipped', () => {
    const text = 'President Joe Ray Ray. Jo Bo. J. Bo';
    const gold = [
      { name: 'Joe Ray', type: 'PERSON' as const, aliases: ['Ray', 'President Joe Ray'] },
      { name: 'Jo Bo', type: 'PERSON' as const, aliases: ['Bo'] },
    ];
    const predicted = [{ ...entity('e1', 'PERSON', 'Joe Ray', [[10, 17]], ['Ray']), role: 'President' }, entity('e2', 'ORG', 'Jo Bo', [[23, 28]])];
    const { rows, extra } = scoreEntityList(gold, predicted, text);
    assert.deepStrictEqual(rows.map((r) => [r.found, r.merged, r.aliases]), [[true, 2, 2], [false, 0, 1]]);
    assert.deepStrictEqual(extra, []);
  });

  it('parses the corpus lines and the sample gold', () => {
    const docs = parseJsonl('{"id":"a","text":"Ann","entities":[{"start":0,"end":3,"type":"PERSON","text":"Ann","cluster":1}]}\n\n{"id":"b","text":"x","entities":[]}\n');
    assert.deepStrictEqual(docs.map((d) => [d.id, d.spans?.length]), [['a', 1], ['b', undefined]]);
    const sample = parseEntityGold('{"id":"s","entities":[{"name":"Ann","type":"PERSON","aliases":[]}]}', 'Ann');
    assert.deepStrictEqual([sample.id, sample.entities?.length, sample.text], ['s', 1, 'Ann']);
  });
});
