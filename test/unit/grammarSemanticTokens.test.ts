import * as assert from 'node:assert';
import { SEMANTIC_TOKEN_TYPES, encodeSemanticTokens, semanticRanges, type SemanticRange } from '../../src/core/output/semanticEncoding';
import type { Analysis, Entity } from '../../src/core/types';

/** Spans by their text, so the fixture states what it means rather than offsets. */
function span(text: string, part: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(part, from);
  assert.ok(start >= 0, `"${part}" is in the fixture`);
  return { start, end: start + part.length };
}

const text = '“We build,” said Mayor Ada Stone of Port Ellis.\nStone told the Harbour Board: “Later.”';
const entity = (id: string, type: Entity['type'], ...parts: [string, number?][]): Entity => ({
  id, type, name: parts[0][0], aliases: [],
  mentions: parts.map(([p, from]) => ({ ...span(text, p, from), text: p, kind: 'name' as const })),
});
const analysis: Analysis = {
  entities: [
    entity('e1', 'PERSON', ['Mayor Ada Stone'], ['Stone', 48]),
    entity('e2', 'PLACE', ['Port Ellis']),
    entity('e3', 'ORG', ['Harbour Board']),
  ],
  quotes: [
    { ...span(text, '“We build,”'), text: '“We build,”', speakerId: 'e1', speakerMention: span(text, 'Ada Stone') },
    { ...span(text, '“Later.”'), text: '“Later.”', speakerId: 'e1', speakerMention: span(text, 'Stone', 48) },
    { ...span(text, '“Later.”'), text: '“Later.”', speakerId: null },
  ],
  findings: [],
};

const type = (t: SemanticRange['type']) => SEMANTIC_TOKEN_TYPES.indexOf(t);
const shown = (ranges: SemanticRange[]) => ranges.map((r) => `${r.type}:${text.slice(r.start, r.end)}`);

describe('semantic tokens from an analysis', () => {
  it('marks attributed speakers, and entity mentions by type, in text order', () => {
    assert.deepStrictEqual(shown(semanticRanges(analysis, { entities: true })), [
      'person:Mayor ', 'speaker:Ada Stone', 'place:Port Ellis', 'speaker:Stone', 'organization:Harbour Board',
    ]);
  });

  it('gives the speaker colour to the name only: the title around it keeps the person colour', () => {
    const ranges = semanticRanges(analysis, { entities: true });
    assert.ok(!shown(ranges).includes('person:Mayor Ada Stone'));
    assert.ok(!shown(ranges).some((r) => r.startsWith('speaker:Mayor')));
    for (let i = 1; i < ranges.length; i++) assert.ok(ranges[i - 1].end <= ranges[i].start, 'sorted and disjoint');
  });

  it('keeps speakers but drops entity colours when entity highlighting is off', () => {
    assert.deepStrictEqual(shown(semanticRanges(analysis, { entities: false })), ['speaker:Ada Stone', 'speaker:Stone']);
  });

  it('returns nothing for an empty analysis (entities may not be found yet)', () => {
    assert.deepStrictEqual(semanticRanges({ entities: [], quotes: [], findings: [] }, { entities: true }), []);
  });

  it('encodes relative lines and characters with indices into the legend', () => {
    const data = encodeSemanticTokens(text, semanticRanges(analysis, { entities: true }));
    assert.deepStrictEqual(data, [
      0, 17, 6, type('person'), 0,
      0, 6, 9, type('speaker'), 0,
      0, 13, 10, type('place'), 0,
      1, 0, 5, type('speaker'), 0,
      0, 15, 13, type('organization'), 0,
    ]);
  });

  it('lets the innermost name win: a person named inside an organization\'s description is a person', () => {
    const doc = 'The Orchard Forum, a think tank founded by Ada Quill, met.';
    const forum: Entity = { id: 'e1', type: 'ORG', name: 'Orchard Forum', aliases: [], mentions: [
      { ...span(doc, 'Orchard Forum'), text: 'Orchard Forum', kind: 'name' },
      { ...span(doc, 'a think tank founded by Ada Quill'), text: 'a think tank founded by Ada Quill', kind: 'description' },
    ] };
    const ada: Entity = { id: 'e2', type: 'PERSON', name: 'Ada Quill', aliases: [], mentions: [{ ...span(doc, 'Ada Quill'), text: 'Ada Quill', kind: 'name' }] };
    const ranges = semanticRanges({ entities: [forum, ada], quotes: [], findings: [] }, { entities: true });
    assert.deepStrictEqual(ranges.map((r) => `${r.type}:${doc.slice(r.start, r.end)}`), [
      'organization:Orchard Forum', 'organization:a think tank founded by ', 'person:Ada Quill',
    ]);
  });

  it('splits a mention that crosses a line break, for \\n and \\r\\n alike', () => {
    for (const eol of ['\n', '\r\n']) {
      const doc = `said Ada${eol}Stone, and more`;
      const data = encodeSemanticTokens(doc, [{ start: 5, end: 8 + eol.length + 5, type: 'person' }]);
      assert.deepStrictEqual(data, [0, 5, 3, type('person'), 0, 1, 0, 5, type('person'), 0], JSON.stringify(eol));
    }
  });
});
