import * as assert from 'node:assert';
import { analyze } from '../../src/core/analyze';
import { semanticRanges } from '../../src/core/output/semanticEncoding';
import { findQuotes } from '../../src/core/quotes/quotes';
import { textModel } from '../../src/core/text/model';
import { entitiesIn, type EntitySpec } from './support/entitiesIn';

// Attribution on wire copy (issue 9): each pattern on invented text, through the whole analysis.

/** Each quote: its text, kind, and speaker name (or the unnamed source's description, or null). */
function quotes(text: string): Array<[string, string, string | null]> {
  const a = analyze(text);
  return a.quotes.map((q) => [q.text, q.kind ?? 'quote', a.entities.find((e) => e.id === q.speakerId)?.name ?? q.speakerDescription ?? null]);
}

/** Each quote's speaker, with the entities typed as given (a typing error pinned), or the unnamed description. */
function speakersWith(text: string, specs: EntitySpec[]): Array<string | null> {
  const entities = entitiesIn(text, specs);
  return findQuotes(textModel(text), entities).quotes.map((q) => entities.find((e) => e.id === q.speakerId)?.name ?? q.speakerDescription ?? null);
}

const unattributed = (text: string) => analyze(text).findings.filter((f) => f.kind === 'unattributed-quote').length;

describe('attribution on wire copy', () => {
  describe('titles, nicknames and scare quotes are terms without a speaker', () => {
    const table: Array<[string, string, Array<[string, string, string | null]>]> = [
      ['a title after a word for a work', 'The council screened the film “Harvest Moon” for Ada Quill on Friday.', [['“Harvest Moon”', 'term', null]]],
      ['a nickname between given name and surname', 'Ada “Iron Fist” Quill said the vote would pass.', [['“Iron Fist”', 'term', null]]],
      ['a term after a naming word', 'The plan, dubbed “Project Tide”, stalled in Elmdale.', [['“Project Tide”', 'term', null]]],
      ['a title longer than a scare quote, though the sentence has a subject', 'Ada Quill screened the film “The Long Road Home” on Friday.', [['“The Long Road Home”', 'term', null]]],
      ['a term longer than a scare quote after a naming word', 'The plan, dubbed “the long slow tide”, stalled.', [['“the long slow tide”', 'term', null]]],
      ['a scare quote nothing attributes', 'The “reform” stalled in the Elmdale council for a year.', [['“reform”', 'term', null]]],
      ['a single-quoted term', 'Residents still call it the ‘old pier’ these days.', [['‘old pier’', 'term', null]]],
      ['a short quotation with a cue stays speech', '“Never,” said Ada Quill.', [['“Never,”', 'quote', 'Ada Quill']]],
      ['a cue keeps words after a naming word speech', 'Ada Quill said the council had earned the title “the worst in Elmdale.”', [['“the worst in Elmdale.”', 'quote', 'Ada Quill']]],
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
      ['the description ends before a place of its own', '“The team has no chance,” said one fan outside the stadium.', [['“The team has no chance,”', 'quote', 'one fan']]],
      ['the description ends before the sentence’s period', '“The team has no chance,” said one longtime fan.', [['“The team has no chance,”', 'quote', 'one longtime fan']]],
      ['a relative clause is part of the description, not its cue', '“It is too thin,” one trader, who asked not to be named, said.', [['“It is too thin,”', 'quote', 'one trader']]],
    ];
    for (const [name, text, expected] of table) it(name, () => assert.deepStrictEqual(quotes(text), expected));

    it('in the paragraph after another speaker’s, the unnamed source speaks, not the speaker before', () => {
      const text = '“Sell now,” said Ada Quill.\n\n“The market is too thin for that,” one trader said.';
      assert.deepStrictEqual(quotes(text).map((q) => q[2]), ['Ada Quill', 'one trader']);
    });
    it('a bare plural is an unnamed source too, and the paragraph after goes on with it', () => {
      const text = '“Sell now,” said Ada Quill.\n\n“The market is too thin,” local traders said.\n\n“Nobody will buy.”';
      assert.deepStrictEqual(quotes(text).map((q) => q[2]), ['Ada Quill', 'local traders', 'local traders']);
      assert.deepStrictEqual(quotes('“It was a loud bang,” witnesses told the Elmdale Ledger.').map((q) => q[2]), ['witnesses']);
    });
    it('a plural of things before a cue is no source (“…” measures added by …)', () => {
      assert.deepStrictEqual(quotes('The council blocked the bill because of “poison pill” measures added by Ada Quill.').map((q) => q[1]), ['term']);
    });
    it('he after an unnamed person who opened the sentence before is that person, not the one named earlier', () => {
      const text = '“Sell now,” said Ada Quill.\n\nOne trader was less sure. “The market is too thin for that,” he said.';
      assert.deepStrictEqual(quotes(text).map((q) => q[2]), ['Ada Quill', 'One trader']);
      // A person named in that sentence is the one he means.
      const named = '“Sell now,” said Ada Quill.\n\nA reporter asked Omar Diaz about the market. He replied: “It is too thin.”';
      assert.deepStrictEqual(quotes(named).map((q) => q[2]), ['Ada Quill', 'Omar Diaz']);
    });

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
      ['an employer after the name', '“We will grow,” Ada Quill of Brannock & Co. said.', 'Ada Quill'],
      ['an outlet that relays the words', 'The Elmdale Ledger quoted Ada Quill as saying, “The pier will close.”', 'Ada Quill'],
      ['an outlet that relays the words, after the quote', '“The pier will close,” the state news agency of Elmdale quoted the harbour master, Ada Quill, as saying.', 'Ada Quill'],
    ];
    for (const [name, text, speaker] of table) it(name, () => assert.deepStrictEqual(quotes(text).map((q) => q[2]), [speaker]));
    it('a name inside the employer’s name is part of it, not a speaker', () => {
      const text = '“We will grow,” Ada Quill of Brannock & Co. said.';
      assert.deepStrictEqual(speakersWith(text, [['PERSON', 'Ada Quill'], ['ORG', 'Brannock & Co.'], ['PERSON', 'Brannock']]), ['Ada Quill']);
    });
  });

  describe('pronouns prefer people over organizations', () => {
    it('he is the person, not the firm in the appositive', () => {
      assert.deepStrictEqual(quotes('Omar Diaz, an analyst at Brannock & Co., expects rates to rise. “It will be slow,” he said.').map((q) => q[2]), ['Omar Diaz']);
    });
    it('he is the person, not a nearer organization', () => {
      const text = 'Omar Diaz joined Brannock & Co. in May. “It will be slow,” he said.';
      assert.deepStrictEqual(speakersWith(text, [['PERSON', 'Omar Diaz', 'Diaz'], ['ORG', 'Brannock & Co.']]), ['Omar Diaz']);
    });
    it('he is not the employer a role names, even one typed as a person', () => {
      const text = 'Omar Diaz, an analyst at Mira Tolland, expects rates to rise. “It will be slow,” he said.';
      assert.deepStrictEqual(speakersWith(text, [['PERSON', 'Omar Diaz', 'Diaz'], ['PERSON', 'Mira Tolland']]), ['Omar Diaz']);
      const works = 'Omar Diaz, who works for Mira Tolland, expects rates to rise. “It will be slow,” he said.';
      assert.deepStrictEqual(speakersWith(works, [['PERSON', 'Omar Diaz', 'Diaz'], ['PERSON', 'Mira Tolland']]), ['Omar Diaz']);
    });
    it('it is the organization', () => {
      const text = 'Omar Diaz said Brannock & Co. was cautious. “Rates will rise slowly,” it said in a note.';
      assert.deepStrictEqual(speakersWith(text, [['PERSON', 'Omar Diaz', 'Diaz'], ['ORG', 'Brannock & Co.']]), ['Brannock & Co.']);
    });
  });

  describe('paragraphs', () => {
    it('a quotation whose paragraph ends open continues into the next, which opens with a mark', () => {
      const text = 'Ada Quill said the vote was close.\n“We lost by two votes and we will try again next year.\n“It is not over,” she said.';
      assert.deepStrictEqual(quotes(text).map((q) => q[2]), ['Ada Quill', 'Ada Quill']);
    });
    it('a continued quotation keeps its speaker though someone else speaks after it', () => {
      const text = 'Ada Quill said: “We lost by two votes.\n“We will try again next year.” Omar Diaz was not so sure.';
      assert.deepStrictEqual(quotes(text).map((q) => q[2]), ['Ada Quill', 'Ada Quill']);
    });
    it('the open piece takes the speaker of its continuation', () => {
      const text = '“We lost by two votes and we will try again next year.\n“It is not over,” Ada Quill said.';
      assert.deepStrictEqual(quotes(text).map((q) => q[2]), ['Ada Quill', 'Ada Quill']);
    });
    it('a follow-on paragraph inherits the speaker while nothing intervenes', () => {
      const text = '“We start today,” said Ada Quill.\n\n“And we finish tomorrow.”\n\n“Not so fast.” Omar Diaz shook his head at the plan.';
      assert.deepStrictEqual(quotes(text).map((q) => q[2]), ['Ada Quill', 'Ada Quill', null]);
    });
  });
});

describe('attribution: paraphrase, replies and clause breaks', () => {
  const speakers = (text: string) => quotes(text).map((q) => q[2]);
  it('a paragraph that is only a quotation, after one that paraphrases a speaker, is theirs', () => {
    assert.deepStrictEqual(speakers('Ada Quill said the pier would close in May.\n\n“We have no choice.”'), ['Ada Quill']);
    // Not after prose without a cue, nor for a heading in capitals.
    assert.deepStrictEqual(speakers('Ada Quill walked to the pier.\n\n“We have no choice.”'), [null]);
    assert.deepStrictEqual(speakers('Ada Quill said the pier would close in May.\n\n“WE HAVE NO CHOICE, SAYS THE MAYOR”'), [null]);
    // Nor for a cue whose subject does not open the sentence.
    assert.deepStrictEqual(speakers('The pier will close in May, the council heard, after Omar Diaz said it was unsafe.\n\n“We have no choice.”'), [null]);
  });
  it('fired back and shot back are cues; after a quote that ended its sentence they answer it', () => {
    assert.deepStrictEqual(speakers('“You are wrong,” Ada Quill shot back.'), ['Ada Quill']);
    assert.deepStrictEqual(speakers('Omar Diaz called the plan “a complete failure of the council.” Ada Quill fired back on Monday.'), ['Omar Diaz']);
  });
  it('a present form after a possessive in s’ is a noun, not a cue (Diaz’ comments)', () => {
    assert.deepStrictEqual(speakers('Ada Quill was unimpressed by Omar Diaz’ comments, telling reporters, “It is too late.”'), ['Ada Quill']);
  });
  it('a clause between the quote and a cue is not the cue’s subject', () => {
    assert.deepStrictEqual(speakers('Ada Quill accused Omar Diaz of spreading a “cruel and artful smear” about the pier while Diaz suggests she is out of touch.'), ['Ada Quill']);
    const coordinated = 'Ada Quill, the mayor, stressed her plan at a “Harbor Town Forum” hosted by the Elmdale Ledger and said she has one goal: “A pier that works for everyone.”';
    assert.deepStrictEqual(speakers(coordinated), ['Ada Quill', 'Ada Quill']);
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
