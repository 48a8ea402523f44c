import * as assert from 'node:assert';
import { findEntities } from '../../src/core/entities/entities';
import type { Entity } from '../../src/core/types';
import { textModel } from '../../src/core/text/model';

// General entity rules, one table each: invented input → the entities expected (or absent) in it.

const find = (text: string, name: string): Entity | undefined => findEntities(textModel(text)).find((e) => e.name === name || e.aliases.includes(name));
const typeOf = (text: string, name: string) => find(text, name)?.type;

describe('entity rules', () => {
  describe('organization head words before "of" make an organization; place words before "of" a place', () => {
    const table: Array<[string, string, string]> = [
      ['The Water Authority of Brennick approved the budget.', 'Water Authority of Brennick', 'ORG'],
      ['Officials at the Harbor Board of Dunmere disagreed.', 'Harbor Board of Dunmere', 'ORG'],
      ['Ships waited outside the Port of Velmora for a week.', 'Port of Velmora', 'PLACE'],
      ['Fishermen crossed the Bay of Quarrel at dawn.', 'Bay of Quarrel', 'PLACE'],
    ];
    for (const [text, name, type] of table) it(`${name} → ${type}`, () => assert.strictEqual(typeOf(text, name), type));

    it('a place named after "of" is not an alias of the organization', () => {
      const text = 'DUNMERE — The Harbor Board of Dunmere met. Dunmere is growing fast, residents said.';
      const board = find(text, 'Harbor Board of Dunmere');
      assert.ok(board && !board.aliases.includes('Dunmere'), JSON.stringify(board));
      assert.strictEqual(find(text, 'Dunmere')?.type, 'PLACE');
    });
  });

  describe('datelines are places, merged with the name in normal case', () => {
    const table: Array<[string, string, string[]]> = [
      ['BRENNICK — Officials met on Monday. Brennick has two bridges.', 'Brennick', ['BRENNICK']],
      ['Storms hit.\n\nLOWMARSH, Norway — Crews worked overnight in Lowmarsh.', 'Lowmarsh', ['LOWMARSH']],
    ];
    for (const [text, name, aliases] of table) {
      it(text.split('—')[0].trim(), () => {
        const e = find(text, name);
        assert.strictEqual(e?.type, 'PLACE');
        assert.strictEqual(e?.name, name);
        assert.deepStrictEqual(e?.aliases, aliases);
      });
    }
    it('the word after the dash starts a sentence', () => {
      assert.strictEqual(find('TARVIK — Farmers warned of frozen pipes.', 'Farmers'), undefined);
    });
  });

  describe('ordinary words opening a sentence or a quotation are not names', () => {
    const table: Array<[string, string]> = [
      ['Volunteers warned on Friday that the dike could burst.', 'Volunteers'],
      ['Drivers said the road was closed.', 'Drivers'],
      ['Forecasters predicted more rain.', 'Forecasters'],
      ['“Grant them another week [of time],” the clerk said.', 'Grant'],
      ['“Read the [attached] letter first,” the clerk said.', 'Read'],
    ];
    for (const [text, word] of table) it(word, () => assert.strictEqual(find(text, word), undefined));

    it('a word used as a name elsewhere stays a name', () => {
      const text = 'The firm hired Nadia Barrels in May. Barrels said she was pleased.';
      assert.ok(find(text, 'Nadia Barrels')?.aliases.includes('Barrels'));
    });
  });

  describe('a kind-of-place noun marks a place; "the" + an ordinary word is no person', () => {
    const table: Array<[string, string, string]> = [
      ['Rents rose fast in the Quillby neighborhood last year.', 'Quillby', 'PLACE'],
      ['Her family farmed near the village of Saint-Orlan.', 'Saint-Orlan', 'PLACE'],
      ['They moved to the town of Fenwater in 1990.', 'Fenwater', 'PLACE'],
      ['Officials visited Corrib, a town of 4,000 people.', 'Corrib', 'PLACE'],
      ['Supplies came from the Blue Anchor, a charity.', 'Blue Anchor', 'ORG'],
      ['According to the Rose Society, numbers fell.', 'Rose Society', 'ORG'],
    ];
    for (const [text, name, type] of table) it(`${name} → ${type}`, () => assert.strictEqual(typeOf(text, name), type));
    it('a capitalized word opening a headline before a place noun is no place', () => {
      assert.notStrictEqual(typeOf('Brackwater town braces for storm\n\nThe water rose.', 'Brackwater'), 'PLACE');
    });
  });

  describe('roles lose determiners and possessives; honorifics are no roles', () => {
    const table: Array<[string, string, string | undefined, string | undefined]> = [
      ['The museum reopened. Its curator, Lena Vosk, was delighted.', 'Lena Vosk', 'curator', undefined],
      ['A spokeswoman, Mira Obel, declined to comment.', 'Mira Obel', 'spokeswoman', undefined],
      ['“It works,” said Tomas Hald, the company’s chief engineer.', 'Tomas Hald', 'chief engineer', undefined],
      ['Dr. Ines Varga, a professor of geology at Lakemont University, said the rock was old.', 'Ines Varga', 'professor of geology', 'Lakemont University'],
      ['Dr. Ines Varga said the rock was old.', 'Ines Varga', undefined, undefined],
      ['Ms. Ada Prell spoke first.', 'Ada Prell', undefined, undefined],
    ];
    for (const [text, name, role, affiliation] of table) {
      it(`${name}: ${role ?? 'no role'}`, () => {
        const e = find(text, name);
        assert.ok(e, `${name} found`);
        assert.strictEqual(e.role, role);
        assert.strictEqual(e.affiliation, affiliation);
      });
    }
  });
});
