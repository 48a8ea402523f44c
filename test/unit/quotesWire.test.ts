import * as assert from 'node:assert';
import { analyze } from '../../src/core/analyze';
import { semanticRanges } from '../../src/core/output/semanticEncoding';

// Attribution on wire copy (issue 9): each pattern on invented text, through the whole analysis.

/** Each quote: its text, kind, and speaker name (or the unnamed source's description, or null). */
function quotes(text: string): Array<[string, string, string | null]> {
  const a = analyze(text);
  return a.quotes.map((q) => [q.text, q.kind ?? 'quote', a.entities.find((e) => e.id === q.speakerId)?.name ?? q.speakerDescription ?? null]);
}

const unattributed = (text: string) => analyze(text).findings.filter((f) => f.kind === 'unattributed-quote').length;

describe('attribution on wire copy', () => {
  describe('titles, nicknames and scare quotes are terms without a speaker', () => {
    const table: Array<[string, string, Array<[string, string, string | null]>]> = [
      ['a title after a word for a work', 'The council screened the film “Harvest Moon” for Ada Quill on Friday.', [['“Harvest Moon”', 'term', null]]],
      ['a nickname between given name and surname', 'Ada “Iron Fist” Quill said the vote would pass.', [['“Iron Fist”', 'term', null]]],
      ['a term after a naming word', 'The plan, dubbed “Project Tide”, stalled in Elmdale.', [['“Project Tide”', 'term', null]]],
      ['a scare quote nothing attributes', 'The “reform” stalled in the Elmdale council for a year.', [['“reform”', 'term', null]]],
      ['a single-quoted term', 'Residents still call it the ‘old pier’ these days.', [['‘old pier’', 'term', null]]],
      ['a short quotation with a cue stays speech', '“Never,” said Ada Quill.', [['“Never,”', 'quote', 'Ada Quill']]],
      ['words someone called something are theirs', 'Ada Quill called the plan “a disgrace to the whole town” on Monday.', [['“a disgrace to the whole town”', 'quote', 'Ada Quill']]],
    ];
    for (const [name, text, expected] of table) it(name, () => assert.deepStrictEqual(quotes(text), expected));

    it('a term is no unattributed-quote finding, and has its own semantic token', () => {
      const text = 'The council screened the film “Harvest Moon” on Friday.';
      assert.strictEqual(unattributed(text), 0);
      assert.deepStrictEqual(semanticRanges(analyze(text), { entities: false }).map((r) => [text.slice(r.start, r.end), r.type]), [['“Harvest Moon”', 'term']]);
    });
  });

  describe('unnamed sources stay unnamed', () => {
    const table: Array<[string, string, Array<[string, string, string | null]>]> = [
      ['after the quote', '“The road is closed,” a police spokesman said, as Ada Quill watched.', [['“The road is closed,”', 'quote', 'a police spokesman']]],
      ['after the cue', 'Ada Quill was there. “The road is closed,” said a police spokesman on Monday.', [['“The road is closed,”', 'quote', 'a police spokesman']]],
      ['before the quote', 'A fire official at the scene said that “the blaze is contained.”', [['“the blaze is contained.”', 'quote', 'A fire official']]],
      ['but a name in apposition speaks', 'A spokesman, Omar Diaz, said the agency was “in close contact” with them.', [['“in close contact”', 'quote', 'Omar Diaz']]],
    ];
    for (const [name, text, expected] of table) it(name, () => assert.deepStrictEqual(quotes(text), expected));

    it('an unnamed source is no entity and no unattributed-quote finding', () => {
      const text = '“The road is closed,” a police spokesman said.';
      const a = analyze(text);
      assert.strictEqual(a.quotes[0].speakerId, null);
      assert.deepStrictEqual(a.entities, []);
      assert.strictEqual(unattributed(text), 0);
    });
  });

  describe('the speaker is the person, not the employer or the outlet', () => {
    const table: Array<[string, string, string]> = [
      ['an employer before the name', '“We will win the title,” said Harbor Hawks owner Ada Quill.', 'Ada Quill'],
      ['an outlet that relays the words', 'The Elmdale Ledger quoted Ada Quill as saying, “The pier will close.”', 'Ada Quill'],
      ['a pronoun prefers the person to the firm in the appositive', 'Omar Diaz, an analyst at Brannock & Co., expects rates to rise. “It will be slow,” he said.', 'Omar Diaz'],
    ];
    for (const [name, text, speaker] of table) it(name, () => assert.deepStrictEqual(quotes(text).map((q) => q[2]), [speaker]));
  });

  describe('paragraphs', () => {
    it('a quotation whose paragraph ends open continues into the next, which opens with a mark', () => {
      const text = 'Ada Quill said the vote was close.\n“We lost by two votes and we will try again next year.\n“It is not over,” she said.';
      assert.deepStrictEqual(quotes(text).map((q) => q[2]), ['Ada Quill', 'Ada Quill']);
    });
    it('a follow-on paragraph inherits the speaker while nothing intervenes', () => {
      const text = '“We start today,” said Ada Quill.\n\n“And we finish tomorrow.”\n\n“Not so fast.” Omar Diaz shook his head at the plan.';
      assert.deepStrictEqual(quotes(text).map((q) => q[2]), ['Ada Quill', 'Ada Quill', null]);
    });
  });
});

describe('entity spans and types on wire copy', () => {
  const names = (text: string) => analyze(text).entities.map((e) => `${e.name}:${e.type}`);
  it('teams on a score line are organizations, even named after a city', () => {
    assert.deepStrictEqual(names('Results\nElmdale 106 Quillport 95\nOslo 88 Brannock 80'), ['Elmdale:ORG', 'Quillport:ORG', 'Oslo:ORG', 'Brannock:ORG']);
  });
  it('a three-part name stays whole', () => {
    assert.deepStrictEqual(names('Tran Van Minh said the port would reopen.'), ['Tran Van Minh:PERSON']);
  });
  it('a title that is also a given name, before one name, is the name', () => {
    assert.deepStrictEqual(names('Dean Hollis said the port would reopen.'), ['Dean Hollis:PERSON']);
    assert.ok(names('The dean spoke first. Dean Hollis said the port would reopen.').includes('Hollis:PERSON'));
  });
});
