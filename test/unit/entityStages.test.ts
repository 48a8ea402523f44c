import * as assert from 'node:assert';
import { findCandidates } from '../../src/core/entities/candidates';
import { classify } from '../../src/core/entities/classify';
import { findEntities } from '../../src/core/entities/entities';
import { sentenceIds, sentenceRanges } from '../../src/core/text/sentences';
import { textModel } from '../../src/core/text/model';
import { scanToken, skipSpaces, tokenize, TOKEN } from '../../src/core/text/tokenize';

// Tables of input → expected, one per stage of the entity pipeline (src/core/entities/entities.ts), on invented sentences.

const candidatesOf = (text: string) => findCandidates(textModel(text));

describe('entity stages', () => {
  describe('tokenize', () => {
    const table: Array<[string, string[]]> = [
      ['Mr. Abe met the U.A.E. envoy.', ['Mr.', 'Abe', 'met', 'the', 'U.A.E.', 'envoy', '.']],
      ['Lisbon’s port', ['Lisbon', '’s', 'port']],
      ["Oslo's mayor", ['Oslo', "'s", 'mayor']],
      ['Anne-Marie Dubois of AT&T', ['Anne-Marie', 'Dubois', 'of', 'AT&T']],
      ['John F. Quill', ['John', 'F.', 'Quill']],
      ['follow @JaneRoe now', ['follow', '@JaneRoe', 'now']],
      ['“Yes,” she said', ['“', 'Yes', ',', '”', 'she', 'said']],
    ];
    for (const [input, expected] of table) {
      it(input, () => assert.deepStrictEqual(tokenize(input).map((t) => t.text), expected));
    }
    it('offsets index the input, newlines are recorded', () => {
      const text = 'Ann\r\nLee 😀 x';
      const tokens = tokenize(text);
      for (const t of tokens) assert.strictEqual(text.slice(t.start, t.end), t.text);
      assert.deepStrictEqual(tokens.map((t) => t.newlineBefore), [false, true, false, false]);
    });
    it('the hand-written scanner matches where the TOKEN pattern does, on random text', () => {
      // Letters of every case (a title-case ǅ, astral 𝐀), marks, digits of other scripts, Unicode spaces, joiners, a
      // lone surrogate: one character at a time, so every pair and triple of them occurs.
      const alphabet = ['A', 'b', 'U', 'S', 'É', 'é', 'ß', 'ǅ', '𝐀', '\u0301', '1', '٣', '½', '.', ' ', '\t', '\n', '\u00a0', '\u2003', '\ufeff', '-', "'", '’', '&', '@', '_', '😀', '\ud800', '“', '"'];
      let seed = 7;
      const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
      for (let n = 0; n < 300; n++) {
        let text = '';
        for (let k = 0; k < 40; k++) text += alphabet[Math.floor(random() * alphabet.length)];
        const expected = [...text.matchAll(TOKEN)].map((m) => [m.index, m.index + m[0].length]);
        const actual: number[][] = [];
        for (let at = skipSpaces(text, 0); at < text.length; at = skipSpaces(text, actual[actual.length - 1][1])) actual.push([at, scanToken(text, at)]);
        assert.deepStrictEqual(actual, expected, JSON.stringify(text));
      }
    });
  });

  describe('sentences', () => {
    const table: Array<[string, string[]]> = [
      ['It rained. Then it stopped.', ['It rained .', 'Then it stopped .']],
      ['Mr. Abe left. Dr. Ito stayed.', ['Mr. Abe left .', 'Dr. Ito stayed .']],
      ['He visited the U.A.E. last year.', ['He visited the U.A.E. last year .']],
      ['He left the U.A.E. The trip ended.', ['He left the U.A.E.', 'The trip ended .']],
      ['“Go home.” She left.', ['“ Go home . ”', 'She left .']],
      ['A headline\nThe body starts here.', ['A headline', 'The body starts here .']],
    ];
    for (const [input, expected] of table) {
      it(input.replace('\n', '⏎'), () => {
        const tokens = tokenize(input);
        const ranges = sentenceRanges(sentenceIds(tokens));
        assert.deepStrictEqual(ranges.map(([s, e]) => tokens.slice(s, e).map((t) => t.text).join(' ')), expected);
      });
    }
  });

  describe('candidate names', () => {
    const table: Array<[string, string[]]> = [
      ['Prime Minister Ana Silva met the press.', ['Ana Silva']],
      ['Secretary of Energy Paul Weber spoke.', ['Paul Weber']],
      ['They met at the Institute for the Study of Deserts in Lima.', ['Institute for the Study of Deserts', 'Lima']],
      ['Still, Olga Petrov said no.', ['Olga Petrov']],
      ['The Norwegian delegation left.', []],
      ['South African officials and North Korean envoys met.', []],
      ['Kenya’s capital is Nairobi.', ['Kenya', 'Nairobi']],
      ['Rep. Joe Hardy of Ohio voted.', ['Joe Hardy', 'Ohio']],
      ['Brazilian President Carla Mendes arrived.', ['Carla Mendes']],
      ['Leaders of Peru and Chile met.', ['Peru', 'Chile']],
      ['On Monday the talks began.', []],
      ['The Pro-Lisbon camp and the Tarnovia-related firm met.', ['Tarnovia']],
      ['Use #FreeMaria and pay US$ 5 in English.', []],
      ['Salt matters. Salt is cheap, and salt is old.', []],
      ['Fans cheered Chessmaster Anna Kowal and flew to San Jose.', ['Chessmaster', 'Anna Kowal', 'San Jose']],
      ['Photo of Ann Lee Image: a camera.', ['Ann Lee']],
      ['It was written by Q. Ron Vale.', ['Q. Ron Vale']],
      ['photos at pic.example.com/Xk3Pq9 now.', []],
      ['Many Polish Americans and the Vice President agreed.', []],
      ['A word from Speaker of the House Ida Rune today.', ['Ida Rune']],
    ];
    for (const [input, expected] of table) {
      it(input, () => assert.deepStrictEqual(candidatesOf(input).map((c) => c.text), expected));
    }
    it('keeps the stripped title as the role', () => {
      const [c] = candidatesOf('It was former Governor Tom Brandvold.');
      assert.strictEqual(c.title, 'former Governor');
    });
  });

  it('a word also used as a common noun is weak: lowercase elsewhere, or singular and plural', () => {
    const weak = (text: string) => candidatesOf(text).map((c) => `${c.text}:${c.weak}`);
    assert.deepStrictEqual(weak('Zorbium helps. We need zorbium.'), ['Zorbium:true']);
    assert.deepStrictEqual(weak('He sold a Kodak and two Kodaks to Nairobi.'), ['Kodak:true', 'Kodaks:true', 'Nairobi:false']);
  });

  describe('classify', () => {
    const table: Array<[string, string]> = [
      ['Officials from Germany arrived.', 'Germany:PLACE'],
      ['He studied at the University of Leeds.', 'University of Leeds:ORG'],
      ['Ships crossed the Arabian Sea.', 'Arabian Sea:PLACE'],
      ['Minister Ola Berg left.', 'Ola Berg:PERSON'],
      ['Jennifer Okafor arrived late.', 'Jennifer Okafor:PERSON'],
      ['The report by NATO was late.', 'NATO:ORG'],
      ['“We will win,” said Quinlan.', 'Quinlan:PERSON'],
      ['The festival moved to Nairobi.', 'Nairobi:PLACE'],
      ['NEW DELHI — Talks resumed.', 'NEW DELHI:PLACE'],
      ['Shares of Brightwave Systems fell.', 'Brightwave Systems:ORG'],
    ];
    for (const [input, expected] of table) {
      it(input, () => {
        const model = textModel(input);
        const [c] = findCandidates(model);
        assert.strictEqual(`${c.text}:${classify(c, model).type}`, expected);
      });
    }
  });

  describe('aliases and references', () => {
    const table: Array<[string, Array<[string, string[]]>]> = [
      ['Maria Lopez won. Lopez thanked voters.', [['Maria Lopez', ['Lopez']]]],
      ['President Obi Nwosu spoke. Nwosu smiled.', [['Obi Nwosu', ['Nwosu']]]],
      ['The National Ports Authority met. The N.P.A. voted.', [['National Ports Authority', ['N.P.A.']]]],
      ['The U.A.E. and the United Arab Emirates are one.', [['United Arab Emirates', ['U.A.E.']]]],
      ['James O’Neill spoke. Later O\'Neill left.', [['James O’Neill', ["O'Neill"]]]],
      ['The Church of Tarnovia grew. The Church denied it.', [['Church of Tarnovia', ['Church']]]],
    ];
    for (const [input, expected] of table) {
      it(input, () => assert.deepStrictEqual(findEntities(textModel(input)).map((e) => [e.name, e.aliases]), expected));
    }
    it('resolves he to the only person in view, and not when two are', () => {
      const one = findEntities(textModel('Karl Mertens arrived. He was tired.'));
      assert.deepStrictEqual(one[0].mentions.filter((m) => m.kind === 'pronoun').map((m) => m.text), ['He']);
      const two = findEntities(textModel('Karl Mertens met Jonas Vik. He was tired.'));
      assert.ok(two.every((e) => e.mentions.every((m) => m.kind !== 'pronoun')));
    });
    it('an appositive description is a mention', () => {
      const [e] = findEntities(textModel('Aiko Tanaka, the trade minister, spoke.'));
      assert.deepStrictEqual(e.mentions.map((m) => `${m.kind}:${m.text}`), ['name:Aiko Tanaka', 'description:the trade minister']);
    });
  });

  describe('roles, affiliations and descriptions', () => {
    const table: Array<[string, string, Partial<Record<'role' | 'affiliation' | 'description', string>>]> = [
      ['“Fine,” said Dana Krol, director of research at the Lakeside Institute.', 'Dana Krol', { role: 'director of research', affiliation: 'Lakeside Institute' }],
      ['Senator Eli Moss voted.', 'Eli Moss', { role: 'Senator' }],
      ['The region’s leader, Omar Haddad, resigned.', 'Omar Haddad', { role: 'leader' }],
      ['Staff writer Nina Berg contributed.', 'Nina Berg', { role: 'staff writer' }],
      ['Special correspondent Nina Berg reported from Elmdale.', 'Nina Berg', { role: 'special correspondent' }],
      ['Elmdale, a town of 12,000 on the river, voted.', 'Elmdale', { description: 'a town of 12,000 on the river' }],
      ['They met at the Harbor Foundation, a charity founded by sailors.', 'Harbor Foundation', { description: 'a charity founded by sailors' }],
    ];
    for (const [input, name, expected] of table) {
      it(input, () => {
        const e = findEntities(textModel(input)).find((x) => x.name === name);
        assert.ok(e, `${name} found`);
        for (const [k, v] of Object.entries(expected)) assert.strictEqual(e[k as keyof typeof expected], v, k);
      });
    }
  });
});
