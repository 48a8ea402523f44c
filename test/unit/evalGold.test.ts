import * as assert from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { GoldError, parseEntityGold, parseJsonl } from '../../src/eval/gold';

const TEXT = 'Ada Quill met Elmdale Council.';
const line = (record: Record<string, unknown>) => JSON.stringify({ id: 'a', text: TEXT, ...record });
const good = line({ entities: [{ start: 0, end: 9, type: 'PERSON', text: 'Ada Quill', cluster: 1 }], quotes: [] });

/** Parsing fails with a GoldError whose one-line message matches. */
function assertGoldError(parse: () => unknown, message: RegExp): void {
  assert.throws(parse, (e: unknown) => {
    assert.ok(e instanceof GoldError, `a GoldError, not ${String(e)}`);
    assert.match(e.message, message);
    assert.doesNotMatch(e.message, /\n/);
    return true;
  });
}

describe('eval gold: malformed corpus lines', () => {
  it('well-formed lines parse, blank lines are skipped', () => {
    assert.strictEqual(parseJsonl(`${good}\n\n${line({ quotes: [{ start: 0, end: 9, speaker: null, speakerStart: null, speakerEnd: null }] })}\n`).length, 2);
  });

  const cases: [string, string, RegExp][] = [
    ['a line that is not JSON', `${good}\n{"id": "b", "text": `, /^line 2: not valid JSON \(/],
    ['a line that is not an object', `${good}\n\n[1, 2]`, /^line 3: should be object, not array$/],
    ['a missing text', JSON.stringify({ id: 'a', entities: [] }), /^line 1: "text" is missing$/],
    ['a text of the wrong type', JSON.stringify({ id: 'a', text: 42 }), /^line 1: "text": should be string, not number$/],
    ['a missing id', JSON.stringify({ text: TEXT, quotes: [] }), /^line 1: "id" is missing$/],
    ['entities that are not a list', line({ entities: 'Ada' }), /^line 1: "entities": should be array, not string$/],
    ['a span missing its end', line({ entities: [{ start: 0, type: 'PERSON', text: 'Ada' }] }), /^line 1: entities\[0\]: "end" is missing$/],
    ['an offset as a string', line({ entities: [{ start: '0', end: 9, type: 'PERSON', text: 'Ada Quill' }] }), /^line 1: entities\[0\]: "start": should be number, not string$/],
    ['an offset past the text', line({ entities: [{ start: 14, end: 99, type: 'ORG', text: 'Elmdale Council' }] }), /^line 1: entities\[0\]: "end" 99 is outside the text \(0 to 30 UTF-16 code units\)$/],
    ['a negative or fractional offset', line({ quotes: [{ start: -1, end: 3 }] }), /^line 1: quotes\[0\]: "start" -1 is outside the text/],
    ['start after end', line({ entities: [{ start: 9, end: 4, type: 'PERSON', text: 'Quill' }] }), /^line 1: entities\[0\]: "start" 9 is not before "end" 4$/],
    ['an unknown type', line({ entities: [{ start: 0, end: 9, type: 'person', text: 'Ada Quill' }] }), /^line 1: entities\[0\]: "type" should be one of PERSON, ORG, PLACE, OTHER, not "person"$/],
    ['span text that is not the text at its offsets', line({ entities: [{ start: 0, end: 9, type: 'PERSON', text: 'Ada Quil' }] }), /^line 1: entities\[0\]: "text" "Ada Quil" is not the text at 0-9 \("Ada Quill"\)$/],
    ['a quote speaker of the wrong type', line({ quotes: [{ start: 0, end: 9, speaker: 7 }] }), /^line 1: quotes\[0\]: "speaker": should be string or null, not number$/],
    ['speaker offsets outside the text', line({ quotes: [{ start: 0, end: 9, speakerStart: 20, speakerEnd: 40 }] }), /^line 1: quotes\[0\]: "speakerEnd" 40 is outside the text/],
    ['quotes_complete not a boolean', line({ quotes: [], quotes_complete: 'yes' }), /^line 1: "quotes_complete": should be boolean, not string$/],
    ['an empty file', '\n\n', /^no articles/],
    ['lines with nothing to score', line({}), /^nothing to score: no line lists "entities" or "quotes"$/],
  ];
  for (const [what, content, message] of cases) {
    it(`${what}: one clear message`, () => assertGoldError(() => parseJsonl(content), message));
  }
});

describe('eval gold: malformed .gold.json', () => {
  const gold = (record: Record<string, unknown>) => JSON.stringify({ id: 's', entities: [{ name: 'Ada Quill', type: 'PERSON', aliases: ['Quill'] }], ...record });

  it('a well-formed file parses', () => {
    assert.strictEqual(parseEntityGold(gold({ quotes: [{ start: 0, end: 9, speaker: 'Ada Quill' }] }), TEXT).entities?.length, 1);
  });
  const cases: [string, string, RegExp][] = [
    ['not JSON', '{"id": ', /^the file: not valid JSON/],
    ['entities missing', JSON.stringify({ id: 's' }), /^the file: "entities" is missing$/],
    ['an entity without a name', gold({ entities: [{ type: 'PERSON', aliases: [] }] }), /^entities\[0\]: "name" is missing$/],
    ['aliases not a list', gold({ entities: [{ name: 'Ada', type: 'PERSON', aliases: 'Quill' }] }), /^entities\[0\]: "aliases": should be array, not string$/],
    ['an alias not a string', gold({ entities: [{ name: 'Ada', type: 'PERSON', aliases: [null] }] }), /^entities\[0\]\.aliases\[0\]: should be string, not null$/],
    ['a quote past the text', gold({ quotes: [{ start: 0, end: 31 }] }), /^the file: quotes\[0\]: "end" 31 is outside the text/],
  ];
  for (const [what, content, message] of cases) {
    it(`${what}: one clear message`, () => assertGoldError(() => parseEntityGold(content, TEXT), message));
  }
});

describe('article-annotator eval on malformed gold', () => {
  const cli = path.resolve(__dirname, '../../../dist/cli.js');
  let tmp: string;
  before(() => {
    assert.ok(fs.existsSync(cli), 'dist/cli.js is built (npm run compile)');
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'eval-gold-'));
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  for (const [what, content, message] of [
    ['a bad JSON line', `${good}\n${good}\n{oops\n`, /bad\.jsonl: line 3: not valid JSON/],
    ['entities of the wrong type', line({ entities: { start: 0 } }), /bad\.jsonl: line 1: "entities": should be array, not object/],
    ['nothing to score', line({}), /bad\.jsonl: nothing to score/],
  ] as const) {
    it(`${what}: one line naming the file and line, exit 2, no internal error`, () => {
      const file = path.join(tmp, 'bad.jsonl');
      fs.writeFileSync(file, content);
      const r = spawnSync(process.execPath, [cli, 'eval', file], { encoding: 'utf8' });
      assert.strictEqual(r.status, 2, r.stderr);
      assert.strictEqual(r.stdout, '');
      assert.match(r.stderr, message);
      assert.doesNotMatch(r.stderr, /internal error/);
      assert.strictEqual(r.stderr.trim().split('\n').length, 1, r.stderr);
    });
  }
});
