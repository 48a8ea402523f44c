import * as assert from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../../..');
const cli = path.join(root, 'dist/cli.js');
const sharedSample = path.join(root, '../shared/samples/tillerson-beijing.txt');
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });

describe('article-annotator CLI', () => {
  let tmp: string;
  before(() => {
    assert.ok(fs.existsSync(cli), 'dist/cli.js is built (npm run compile)');
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-test-'));
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  /** Checks the JSON shape docs/analysis-format.md documents, and that every offset indexes the text. */
  function assertAnalysisJson(stdout: string, text: string) {
    const a = JSON.parse(stdout);
    assert.ok(Array.isArray(a.entities) && Array.isArray(a.quotes) && Array.isArray(a.findings));
    for (const e of a.entities) {
      assert.match(e.id, /^\S+$/);
      assert.ok(['PERSON', 'ORG', 'PLACE', 'OTHER'].includes(e.type));
      assert.strictEqual(typeof e.name, 'string');
      assert.ok(Array.isArray(e.aliases));
      for (const m of e.mentions) {
        assert.strictEqual(text.slice(m.start, m.end), m.text);
        assert.ok(['name', 'alias', 'pronoun', 'description'].includes(m.kind));
      }
    }
    for (const q of a.quotes) {
      assert.strictEqual(text.slice(q.start, q.end), q.text);
      assert.ok(q.speakerId === null || a.entities.some((e: { id: string }) => e.id === q.speakerId));
    }
    return a;
  }

  for (const name of fs.readdirSync(path.join(root, 'samples')).filter((f) => f.endsWith('.txt'))) {
    it(`analyze samples/${name} --json prints the documented JSON`, () => {
      const r = run('analyze', path.join(root, 'samples', name), '--json');
      assert.strictEqual(r.status, 0, r.stderr);
      const a = assertAnalysisJson(r.stdout, fs.readFileSync(path.join(root, 'samples', name), 'utf8'));
      assert.ok(a.quotes.length > 0, 'the sample has quotations');
    });
  }

  it('analyze on the shared sample article prints the documented JSON', function () {
    if (!fs.existsSync(sharedSample)) {
      console.log('      (skipped: ../shared/samples is not on this machine)');
      this.skip();
    }
    const r = run('analyze', sharedSample, '--json');
    assert.strictEqual(r.status, 0, r.stderr);
    assertAnalysisJson(r.stdout, fs.readFileSync(sharedSample, 'utf8'));
  });

  it('prints a readable listing without --json', () => {
    const r = run('analyze', path.join(root, 'samples', 'harbor-bridge-vote.txt'));
    assert.strictEqual(r.status, 0, r.stderr);
    assert.match(r.stdout, /^Entities \(\d+\)/m);
    assert.match(r.stdout, /^Quotes \(\d+\)/m);
  });

  it('an empty file gives an empty analysis', () => {
    const file = path.join(tmp, 'empty.txt');
    fs.writeFileSync(file, '');
    const r = run('analyze', file, '--json');
    assert.strictEqual(r.status, 0, r.stderr);
    assert.deepStrictEqual(JSON.parse(r.stdout), { entities: [], quotes: [], findings: [] });
  });

  const failures: [string, () => string, RegExp][] = [
    ['a missing path', () => path.join(tmp, 'nope.txt'), /nope\.txt: no such file/],
    ['a directory', () => tmp, /is a directory/],
    ['a binary file', () => { const f = path.join(tmp, 'x.bin'); fs.writeFileSync(f, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13])); return f; }, /is a binary file/],
  ];
  for (const [what, file, message] of failures) {
    it(`${what}: one clear line on stderr, non-zero exit, no stack trace`, () => {
      const r = run('analyze', file(), '--json');
      assert.notStrictEqual(r.status, 0);
      assert.strictEqual(r.stdout, '');
      assert.match(r.stderr, message);
      assert.strictEqual(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.doesNotMatch(r.stderr, /\n\s+at /);
    });
  }

  it('wrong usage prints the usage and exits non-zero', () => {
    const r = run('frobnicate');
    assert.notStrictEqual(r.status, 0);
    assert.match(r.stderr, /usage: article-annotator/);
  });

  it('broken UTF-8 is read with replacement characters and a warning', () => {
    const file = path.join(tmp, 'latin1.txt');
    fs.writeFileSync(file, Buffer.from('Caf\xe9 owner said "fine."', 'latin1'));
    const r = run('analyze', file, '--json');
    assert.strictEqual(r.status, 0, r.stderr);
    assert.match(r.stderr, /not valid UTF-8/);
    assert.strictEqual(JSON.parse(r.stdout).quotes[0].text, '"fine."');
  });
});
