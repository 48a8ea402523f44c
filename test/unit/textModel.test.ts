import * as assert from 'node:assert';
import { analyze } from '../../src/core/analyze';
import { findEntities } from '../../src/core/entities/entities';
import { findQuoteSpans } from '../../src/core/quotes/quoteSpans';
import { textModel } from '../../src/core/text/model';

// The one text model both pipelines read (src/core/text/model.ts), on invented text.

const paragraphsOf = (text: string) => textModel(text).paragraphs.map((p) => text.slice(p.start, p.end));
const kindsOf = (text: string) => textModel(text).lines.map((l) => `${l.kind}${l.caps ? '+caps' : ''}`);

describe('text model', () => {
  describe('line breaks: CRLF and a lone CR are line breaks at the same offsets', () => {
    for (const [name, br] of [['LF', '\n'], ['CRLF', '\r\n'], ['CR', '\r']]) {
      it(name, () => {
        const text = `Ada Quill spoke.${br}${br}Bo Lane left.`;
        const model = textModel(text);
        assert.strictEqual(model.text.length, text.length);
        assert.deepStrictEqual(model.paragraphs.map((p) => text.slice(p.start, p.end)), ['Ada Quill spoke.', 'Bo Lane left.']);
        assert.deepStrictEqual([...new Set(model.sentences)], [0, 1, 2].slice(0, 2).concat(model.sentences.length > 6 ? [2] : []).slice(0, new Set(model.sentences).size));
        assert.ok(model.tokens.every((t) => text.slice(t.start, t.end) === t.text));
        assert.deepStrictEqual(findEntities(model).map((e) => e.name), ['Ada Quill', 'Bo Lane']);
      });
    }
    it('a quotation keeps the original line breaks in its text', () => {
      const text = '“One line\r\nand the next,” said Ada Quill.';
      assert.strictEqual(analyze(text).quotes[0].text, '“One line\r\nand the next,”');
    });
  });

  describe('paragraphs', () => {
    const table: Array<[string, string, string[]]> = [
      ['blank lines separate paragraphs', 'One here.\n\nTwo here.', ['One here.', 'Two here.']],
      ['wire copy: one paragraph a line', 'The council met.\nIt voted twice.\nThen it adjourned.', ['The council met.', 'It voted twice.', 'Then it adjourned.']],
      ['a hard-wrapped paragraph stays one', 'The council met on\nTuesday and voted\ntwice.', ['The council met on\nTuesday and voted\ntwice.']],
      ['an indented line starts one', 'The council met on\n  Tuesday it voted', ['The council met on', 'Tuesday it voted']],
    ];
    for (const [name, text, expected] of table) it(name, () => assert.deepStrictEqual(paragraphsOf(text), expected));
  });

  describe('line kinds', () => {
    const table: Array<[string, string, string[]]> = [
      ['a headline, a byline, a dateline and prose', 'Elmdale council votes to close pier\nBy Ada Quill and Bo Lane\nELMDALE, Norland (Quillport Wire) — The council voted on Tuesday to close the old pier after years of debate.', ['headline', 'byline', 'dateline']],
      ['a headline in capitals', 'STORMS WORSEN ACROSS THE COAST\nThe storms went on.', ['headline+caps', 'prose']],
      ['a photo credit, with a slash or a label', 'Photo: Ada Quill\n(Bo Lane / Quillport Wire)\nThe storms went on.', ['credit', 'credit', 'prose']],
      ['score and standings lines are tables', 'Elmdale 106 Quillport 95\nGF GA PTS\n1. Elmdale 10 7 23\nTeam\tWon\tLost', ['table', 'headline+caps', 'table', 'table']],
    ];
    for (const [name, text, expected] of table) it(name, () => assert.deepStrictEqual(kindsOf(text), expected));
  });

  describe('rules that read the line kinds', () => {
    const names = (text: string) => analyze(text).entities.map((e) => `${e.name}:${e.type}`);
    it('ordinary words in a headline in capitals are not names; a place the gazetteer knows is', () => {
      assert.deepStrictEqual(names('STORMS WORSEN IN NORWAY\n\nRain fell on the coast all week.'), ['NORWAY:PLACE']);
    });
    it('a name in a headline in capitals is one when the article writes it so', () => {
      assert.deepStrictEqual(names('QUILLNET HALTS SALES\n\nShares of Quillnet fell on Monday.'), ['Quillnet:ORG']);
    });
    it('ordinary words in a title-case headline are not names unless the article capitalizes them too', () => {
      assert.deepStrictEqual(names('Storms Worsen as Tides Rise\n\nRain fell on the coast all week.'), []);
    });
    it('a section slug of ordinary words before a dash is not a dateline place; a place is', () => {
      assert.deepStrictEqual(names('STANDINGS — The match was abandoned after rain.'), []);
      assert.deepStrictEqual(names('ELMDALE — The match was abandoned after rain.'), ['ELMDALE:PLACE']);
    });
    it('column headers of a table are not organizations', () => {
      assert.deepStrictEqual(names('Final standings\nGF GA PTS\n1. Elmdale 10 7 23'), ['Elmdale:ORG']);
    });
  });

  it('a quotation whose paragraph line ends open continues into the next line that opens with a mark', () => {
    const text = 'Ada Quill said the vote was close.\n“We lost by two votes and we will try again next year.\n“It is not over,” she said.';
    const { spans, findings } = findQuoteSpans(textModel(text));
    assert.deepStrictEqual(spans.map((s) => [text.slice(s.start, s.end), s.continued]), [
      ['“We lost by two votes and we will try again next year.', true],
      ['“It is not over,”', false],
    ]);
    assert.deepStrictEqual(findings, []);
  });
});
