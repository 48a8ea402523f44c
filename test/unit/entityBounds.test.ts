import * as assert from 'node:assert';
import { findCandidates } from '../../src/core/entities/candidates';
import { findEntities } from '../../src/core/entities/entities';
import { textModel } from '../../src/core/text/model';

// Where a name starts and ends (issue 9's span errors), on invented text: the candidate names the rules find.

const candidates = (text: string) => findCandidates(textModel(text)).map((c) => c.text);

describe('entity boundaries', () => {
  // [what, text, names among the candidates, names that must not be candidates]
  const table: Array<[string, string, string[], string[]]> = [
    ['a title\'s "of" takes a place of several words whole', 'She met the President of the United States on Monday.', ['United States'], ['States']],
    ['… and the person after it', 'The Mayor of New York Ada Vell said so.', ['Ada Vell'], ['York Ada Vell']],
    ['an ordinary word opening a sentence starts a known place', 'New York Times reporters were there.', ['New York Times'], ['York Times']],
    ['… or a name with a head word', 'Grand Quillmere Lake froze early.', ['Grand Quillmere Lake'], ['Quillmere Lake']],
    ['… but not as a verb', 'Visiting Quillmere University, she spoke.', ['Quillmere University'], ['Visiting Quillmere University']],
    ['"and" joins two words that share a head word', 'The Food and Drug Administration approved it.', ['Food and Drug Administration'], ['Drug Administration']],
    ['… not a person to an organization', 'Ada Vell and Quillmere University signed.', ['Ada Vell', 'Quillmere University'], []],
    ['… and the of-phrase after the head', 'The Quillmere and Tarnby Court of Appeal ruled.', ['Quillmere and Tarnby Court of Appeal'], []],
    ['a name after a lowercase particle', 'Karim al-Vessar met Jean d’Orvelle in Port d’Ombrelle.', ['Karim al-Vessar', 'Jean d’Orvelle', 'Port d’Ombrelle'], ['Karim']],
    ['initials without periods', 'R T Vell and Dr. M K Quist met.', ['R T Vell', 'M K Quist'], ['Vell', 'Quist']],
    ['after an honorific, a title that is also a surname is the name', '“It works,” Mr. King added. Ms. Bishop agreed.', ['King', 'Bishop'], []],
    ['a sentence adverb that is also a given name is no part of a name', 'Even Tarnby, its only ally, said it was worried.', ['Tarnby'], ['Even Tarnby']],
    ['a title-case headline: an unknown word beside a given name', 'Maria Orvel Quistad\n\nMaria wrote the report.', ['Maria Orvel Quistad'], []],
    ['… but no ordinary word', 'Floods Threaten Farms\n\nRain fell on Monday.', [], ['Floods', 'Threaten', 'Farms', 'Floods Threaten Farms']],
    ['a label\'s colon does not cut a head word', 'For the intervener, Quillmere Lottery Corporation: Ada Vell.', ['Quillmere Lottery Corporation'], ['Quillmere Lottery']],
    ['a title before a head word is none', 'The General Assembly of Tarnby met.', ['General Assembly of Tarnby'], ['Assembly', 'Assembly of Tarnby']],
    ['… but a place word after a title may be a surname', 'Tarnovian President Park Sol-mi said so.', ['Park Sol-mi'], ['Tarnovian President Park Sol-mi']],
    ['… nor after a connector', 'She joined the Society for General Systems Research.', ['Society for General Systems Research'], ['Systems Research']],
    ['a hyphenated prefix inside a name', 'The Quillmere Anti-Fraud Office opened.', ['Quillmere Anti-Fraud Office'], ['Quillmere']],
    ['more head words before "of"', 'The Corps of Engineers worked near the Cape of Storms.', ['Corps of Engineers', 'Cape of Storms'], ['Corps', 'Cape']],
    ['no person before a plural noun', 'They sailed with Black Robin Haulers.', ['Black Robin Haulers'], ['Robin Haulers']],
    ['no person before a head word', 'He served the Holy Roman Empire.', ['Holy Roman Empire'], ['Roman Empire']],
  ];
  for (const [what, text, present, absent] of table) {
    it(what, () => {
      const found = candidates(text);
      for (const name of present) assert.ok(found.includes(name), `${name} in ${JSON.stringify(found)}`);
      for (const name of absent) assert.ok(!found.includes(name), `no ${name} in ${JSON.stringify(found)}`);
    });
  }

  it('a newspaper is an organization', () => {
    const entities = findEntities(textModel('Quillmere Chronicle and the Tarnby Courier agreed.'));
    assert.deepStrictEqual(entities.map((e) => `${e.name}:${e.type}`), ['Quillmere Chronicle:ORG', 'Tarnby Courier:ORG']);
  });
});
