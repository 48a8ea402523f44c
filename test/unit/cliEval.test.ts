import * as assert from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../../..');
const cli = path.join(root, 'dist/cli.js');
const fixture = (name: string) => path.join(root, 'test/fixtures', name);
const run = (...args: string[]) => spawnSync(process.execPath, [cli, 'eval', ...args], { encoding: 'utf8' });

describe('article-annotator eval', () => {
  before(() => assert.ok(fs.existsSync(cli), 'dist/cli.js is built (npm run compile)'));

  it('scores corpus lines per type with B³, and gold by name, ending with one summary line', () => {
    const r = run(fixture('eval-mini.jsonl'), fixture('eval-mini.gold.json'));
    assert.strictEqual(r.status, 0, r.stderr);
    const lines = r.stdout.trimEnd().split('\n');
    assert.match(r.stdout, /== eval-mini\.jsonl\n-- entities \(exact span\)/);
    for (const t of ['PERSON', 'ORG', 'PLACE', 'ALL']) assert.match(r.stdout, new RegExp(`^  ${t} +1\\.000 +1\\.000 +1\\.000`, 'm'));
    assert.match(r.stdout, /B³ over gold mentions\): P 1\.000 R 1\.000 F1 1\.000/);
    assert.match(r.stdout, /found with the right type: 3\/3\n {2}aliases merged: 1\/1/);
    assert.match(lines[lines.length - 1], /^summary: eval-mini\.jsonl: entity F1 1\.000, B³ 1\.000.*; eval-mini\.gold\.json: entities 3\/3, aliases 1\/1, 0 not in gold/);
  });

  it('--json gives the numbers per file and section', () => {
    const r = run(fixture('eval-mini.jsonl'), '--json');
    const [file] = JSON.parse(r.stdout);
    assert.strictEqual(file.file, 'eval-mini.jsonl');
    assert.strictEqual(file.sections[0].data.spans.ALL.f1, 1);
  });

  it('a file that is not gold: one clear line, exit 2', () => {
    const r = run(fixture('eval-mini.txt'));
    assert.strictEqual(r.status, 2);
    assert.match(r.stderr, /^article-annotator: .*eval-mini\.txt: (not a gold file|a \.gold\.json needs a text_file)/);
  });
});
