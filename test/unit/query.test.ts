import * as assert from 'node:assert';
import { quotesToCsv } from '../../src/core/output/csv';
import { adjacentQuote, isPhotoCredit, mentionAt, photoCaptions, primaryMention, quotesBySpeaker, speakerName } from '../../src/core/output/query';
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

  it('mentionAt: the innermost mention wins, a person named inside an organization\'s description', () => {
    const doc = 'The Orchard Forum, a think tank founded by Ada Quill, met.';
    const at = (part: string) => ({ start: doc.indexOf(part), end: doc.indexOf(part) + part.length, text: part });
    const nested: Analysis = {
      entities: [
        { id: 'e1', type: 'ORG', name: 'Orchard Forum', aliases: [], mentions: [
          { ...at('Orchard Forum'), kind: 'name' }, { ...at('a think tank founded by Ada Quill'), kind: 'description' }] },
        { id: 'e2', type: 'PERSON', name: 'Ada Quill', aliases: [], mentions: [{ ...at('Ada Quill'), kind: 'name' }] },
      ],
      quotes: [], findings: [],
    };
    assert.strictEqual(mentionAt(nested, doc.indexOf('Quill'))?.entity.name, 'Ada Quill');
    assert.strictEqual(mentionAt(nested, doc.indexOf('think'))?.entity.name, 'Orchard Forum');
  });

  it('primaryMention skips photo captions and credits for the first full name in the body', () => {
    const doc = 'Bridge Vote\n\nAda Quill speaks at the hall.\n(Ben Ochs / Courier)\n\nMayor Ada Quill said the vote was close.\n';
    const names = [...doc.matchAll(/Ada Quill/g)].map((m) => ({ start: m.index, end: m.index + 9, text: 'Ada Quill', kind: 'name' as const }));
    const ada = { id: 'e1', type: 'PERSON' as const, name: 'Ada Quill', aliases: [], mentions: names };
    const captions = photoCaptions(doc);
    assert.deepStrictEqual(captions.map((c) => doc.slice(c.start, c.end)), ['Ada Quill speaks at the hall.', '(Ben Ochs / Courier)']);
    assert.strictEqual(primaryMention(ada, captions)?.start, names[1].start);
    assert.strictEqual(primaryMention(ada)?.start, names[0].start, 'without captions, the first full name');
  });

  it('primaryMention skips what a test of each mention\'s line says is a caption or credit (isPhotoCredit)', () => {
    const doc = 'Bridge Vote\n\nAda Quill speaks at the hall.\n(Ben Ochs / Courier)\n\nMayor Ada Quill said the vote was close.\n';
    const lines = doc.split('\n');
    const lineOf = (offset: number) => doc.slice(0, offset).split('\n').length - 1;
    const inCaption = (m: { start: number }) => isPhotoCredit(lines[lineOf(m.start)]) || isPhotoCredit(lines[lineOf(m.start) + 1] ?? '');
    const names = [...doc.matchAll(/Ada Quill/g)].map((m) => ({ start: m.index, end: m.index + 9, text: 'Ada Quill', kind: 'name' as const }));
    const ada = { id: 'e1', type: 'PERSON' as const, name: 'Ada Quill', aliases: [], mentions: names };
    assert.deepStrictEqual(lines.map(isPhotoCredit), [false, false, false, true, false, false, false]);
    assert.strictEqual(primaryMention(ada, inCaption)?.start, names[1].start);
  });

  it('primaryMention copes with an entity of 200,000 mentions', () => {
    const many = Array.from({ length: 200_000 }, (_, i) => ({ start: 10 * (200_000 - i), end: 10 * (200_000 - i) + 3, text: 'Lee', kind: 'alias' as const }));
    assert.strictEqual(primaryMention({ id: 'e1', type: 'PERSON', name: 'Lee', aliases: [], mentions: many })?.start, 10);
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
    const csv = quotesToCsv({ ...analysis, quotes: [{ ...analysis.quotes[0], cue: { start: 6, end: 10 } }, analysis.quotes[2]] }, text, 'a.txt');
    assert.strictEqual(csv, 'file,line,start,end,speaker,quote,cue\r\na.txt,1,0,5,Ann Lee,"“Go,”",said\r\na.txt,1,47,54,,“Wait.”,\r\n');
  });

  it('gives each quote its file and line (1-based), and guards a file name that looks like a formula', () => {
    const t = 'Head\n\n“One,” he said.\r\n“Two.”';
    const quotes = [{ start: 6, end: 12, text: '“One,”', speakerId: null }, { start: 23, end: 29, text: '“Two.”', speakerId: null }];
    assert.deepStrictEqual(quotes.map((q) => t.slice(q.start, q.end)), ['“One,”', '“Two.”']);
    const rows = quotesToCsv({ entities: [], findings: [], quotes }, t, '=cmd|x.txt').split('\r\n');
    assert.deepStrictEqual(rows.slice(1, 3).map((r) => r.split(',').slice(0, 2)), [['"\'=cmd|x.txt"', '3'], ['"\'=cmd|x.txt"', '4']]);
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
