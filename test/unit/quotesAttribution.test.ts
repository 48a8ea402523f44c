import * as assert from 'node:assert';
import { findQuotes } from '../../src/core/quotes/quotes';
import type { EntityType } from '../../src/core/types';
import { textModel } from '../../src/core/text/model';
import { entitiesIn } from './support/entitiesIn';

/** Each quote's text → its speaker's name (or null). */
function speakers(text: string, specs: Array<[EntityType, string, ...string[]]>): Array<[string, string | null]> {
  const entities = entitiesIn(text, specs);
  return findQuotes(textModel(text), entities).quotes.map((q) => [q.text, entities.find((e) => e.id === q.speakerId)?.name ?? null]);
}

const ANNA: [EntityType, string, string] = ['PERSON', 'Anna Berg', 'Berg'];
const OMAR: [EntityType, string, string] = ['PERSON', 'Omar Diaz', 'Diaz'];
const CITY: [EntityType, string] = ['PLACE', 'Halvern'];
const PRESS: [EntityType, string] = ['ORG', 'Northern Press Agency'];

describe('quote attribution', () => {
  const cases: Array<[string, string, Array<[EntityType, string, ...string[]]>, Array<[string, string | null]>]> = [
    ['said X', '“We are ready,” said Anna Berg, the mayor.', [ANNA], [['“We are ready,”', 'Anna Berg']]],
    ['X said', '“We are ready,” Berg said on Monday.', [ANNA], [['“We are ready,”', 'Anna Berg']]],
    ['X says', '“It works,” Berg says.', [ANNA], [['“It works,”', 'Anna Berg']]],
    ['X told reporters', '“Not yet,” Diaz told reporters.', [OMAR], [['“Not yet,”', 'Omar Diaz']]],
    ['X wrote on Twitter', '“Sad!” Diaz wrote on Twitter.', [OMAR], [['“Sad!”', 'Omar Diaz']]],
    ['according to X', '“Costs will rise,” according to Berg.', [ANNA], [['“Costs will rise,”', 'Anna Berg']]],
    ['According to X, before the quote', 'According to Berg, “costs will rise.”', [ANNA], [['“costs will rise.”', 'Anna Berg']]],
    ['an appositive between speaker and cue', '“Both sides are tired,” Diaz, the foreign minister, told reporters.', [OMAR], [['“Both sides are tired,”', 'Omar Diaz']]],
    ['X added', '“And soon,” Berg added.', [ANNA], [['“And soon,”', 'Anna Berg']]],
    ['X warned that … “…”', 'In Halvern, Berg warned that the risk was at a “very high level.”', [ANNA, CITY], [['“very high level.”', 'Anna Berg']]],
    ['a subject with an interruption', 'Omar Diaz, standing next to Berg, urged calm and “patience.”', [ANNA, OMAR], [['“patience.”', 'Omar Diaz']]],
    ['a party label in parentheses', '“We will see,” Rep. Omar Diaz (D-Ore.) said Friday.', [OMAR], [['“We will see,”', 'Omar Diaz']]],
    ['a colon introduction', 'Berg told the council: “We start today.”', [ANNA], [['“We start today.”', 'Anna Berg']]],
    ['a colon introduction in the paragraph before', 'Berg continued:\n\n“We start today.”', [ANNA], [['“We start today.”', 'Anna Berg']]],
    ['a split quote: the second part goes to the same speaker', '“First,” Berg said. “Second.”', [ANNA], [['“First,”', 'Anna Berg'], ['“Second.”', 'Anna Berg']]],
    ['a pronoun speaker resolves to the person before it', 'Diaz spoke for an hour in Halvern.\n\n“It went well,” he said.', [OMAR, CITY], [['“It went well,”', 'Omar Diaz']]],
    ['a pronoun skips names inside quotations', 'Diaz met the press.\n\n“Berg is wrong,” said Ann. “Fully,” he said.', [ANNA, OMAR], [['“Berg is wrong,”', null], ['“Fully,”', 'Omar Diaz']]],
    ['a non-person speaker: the analysis → its agency', 'A commentary from the official Northern Press Agency warned Diaz. “Talk, do not threaten,” the analysis said.', [PRESS, OMAR], [['“Talk, do not threaten,”', 'Northern Press Agency']]],
    ['a participle cue goes to the clause subject', 'Diaz attacked the plan, saying, “It fails.”', [OMAR], [['“It fails.”', 'Omar Diaz']]],
    ['a progressive cue', 'Berg is calling the plan “a mistake.”', [ANNA], [['“a mistake.”', 'Anna Berg']]],
    ['a cue later in the sentence', 'A clerk who “takes a pen” is fired, Berg said.', [ANNA], [['“takes a pen”', 'Anna Berg']]],
    ['a multi-paragraph quote keeps its speaker', 'Berg said: “The first part.\n\n“The second part.”', [ANNA], [['“The first part.', 'Anna Berg'], ['“The second part.”', 'Anna Berg']]],
    ['a nominal cue (“his tweet”) is not a verb', 'Diaz read Berg’s tweet about “a bad deal” aloud.', [ANNA, OMAR], [['“a bad deal”', 'Omar Diaz']]],
    ['a name after a dash', '“We stay.” ― Anna Berg\n“We go.” ― Omar Diaz', [ANNA, OMAR], [['“We stay.”', 'Anna Berg'], ['“We go.”', 'Omar Diaz']]],
    ['a clause after a sentence-final quote belongs to the next sentence', 'Berg called it “a bad plan.” Diaz said that it was fine.', [ANNA, OMAR], [['“a bad plan.”', 'Anna Berg']]],
    ['a short attribution after a sentence-final quote still counts', 'The vote was close. “We won.” Berg said Friday.', [ANNA], [['“We won.”', 'Anna Berg']]],
    ['a cue before a clause is not followed by its speaker', 'Berg said the plan “clearly” suggests that Diaz was right.', [ANNA, OMAR], [['“clearly”', 'Anna Berg']]],
    ['coordinated verbs share the subject', 'Omar Diaz visited Halvern and said the fix was “a start.”', [OMAR, CITY], [['“a start.”', 'Omar Diaz']]],
    ['the subject after an introductory phrase', 'In a Northern Press Agency interview, Anna Berg called it “a start.”', [ANNA, PRESS], [['“a start.”', 'Anna Berg']]],
    ['says X after the quote', '“It works,” says Anna Berg.', [ANNA], [['“It works,”', 'Anna Berg']]],
    ['an opening cue before its speaker', 'Said Berg: “We start today.”', [ANNA], [['“We start today.”', 'Anna Berg']]],
    ['a dash after a no-break space', '“We stay.”\u00a0\u2015 Anna Berg', [ANNA], [['“We stay.”', 'Anna Berg']]],
    ['a subordinate clause after the quote is not an attribution', 'Berg said “we won,” when Diaz accused her of cheating.', [ANNA, OMAR], [['“we won,”', 'Anna Berg']]],
    ['a plural noun is not a cue', 'Berg called it “a disgrace” in angry comments to Diaz.', [ANNA, OMAR], [['“a disgrace”', 'Anna Berg']]],
    ['a verb that is not a cue, right after the quote', '“Go back,” Berg barked.', [ANNA], [['“Go back,”', 'Anna Berg']]],
    ['quotes before their attribution share it', 'Taxes are “too high” and “unfair,” Anna Berg, the mayor, declared.', [ANNA], [['“too high”', 'Anna Berg'], ['“unfair,”', 'Anna Berg']]],
    ['an inverted attribution after an introductory phrase', 'In other words, explained Omar Diaz: “It fails.”', [OMAR], [['“It fails.”', 'Omar Diaz']]],
    ['a quote-only paragraph continues the speaker of the paragraph before', '“We start today,” said Anna Berg.\n\n“And we finish tomorrow.”', [ANNA], [['“We start today,”', 'Anna Berg'], ['“And we finish tomorrow.”', 'Anna Berg']]],
    ['but not when the paragraph before goes on after its quote', '“We start today,” said Anna Berg. The council met for hours.\n\n“And we finish.”', [ANNA], [['“We start today,”', 'Anna Berg'], ['“And we finish.”', null]]],
    ['an indefinite subject does not turn the attribution around', 'A spokesman told Halvern Radio: “No comment.”', [['ORG', 'Halvern Radio']], [['“No comment.”', null]]],
    ['a colon ends a clause whose subject speaks, whatever the verb', 'When Berg spoke, Omar Diaz fired back: “Not so.”', [ANNA, OMAR], [['“Not so.”', 'Omar Diaz']]],
    ['a colon after a cue of its own clause keeps the cue’s subject', 'Anna Berg told Northern Press Agency: “Not so.”', [ANNA, PRESS], [['“Not so.”', 'Anna Berg']]],
    ['a pronoun goes to its sentence’s subject before a nearer name', 'Berg says she admires Diaz’s courage in what she calls “a war of words.”', [ANNA, OMAR], [['“a war of words.”', 'Anna Berg']]],
    ['a capitalized cue inside a name is not a cue', 'Diaz said the United States had “contained” it.', [OMAR, ['PLACE', 'United States']], [['“contained”', 'Omar Diaz']]],
    ['a reported clause after a sentence-final quote is not its attribution', 'Berg spoke first. “We won.” Diaz said he would fight on.', [ANNA, OMAR], [['“We won.”', 'Anna Berg']]],
    ['an indefinite speaker stays unattributed', '“It was chaos,” a spokesman said.', [ANNA], [['“It was chaos,”', null]]],
    ['no speaker anywhere stays unattributed', 'The sign read “Closed.”', [], [['“Closed.”', null]]],
  ];
  for (const [name, text, specs, expected] of cases) {
    it(name, () => assert.deepStrictEqual(speakers(text, specs), expected));
  }

  it('gives the speaker mention, the cue and a confidence', () => {
    const text = '“We are ready,” said Anna Berg.';
    const [q] = findQuotes(textModel(text), entitiesIn(text, [ANNA])).quotes;
    assert.strictEqual(text.slice(q.speakerMention!.start, q.speakerMention!.end), 'Anna Berg');
    assert.strictEqual(text.slice(q.cue!.start, q.cue!.end), 'said');
    assert.ok(q.confidence! > 0.5 && q.confidence! <= 1);
  });

  it('reports unattributed quotes and lone marks as findings in text order', () => {
    const text = 'The sign read “Closed.” Then a lone “mark.\n\nEnd.';
    assert.deepStrictEqual(
      findQuotes(textModel(text), []).findings.map((f) => [f.kind, text.slice(f.start, f.end)]),
      [['unattributed-quote', '“Closed.”'], ['unbalanced-quote', '“']],
    );
  });
});
