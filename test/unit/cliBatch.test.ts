import * as assert from 'node:assert';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze } from '../../src/core/analyze';
import { auditArticle, AuditTotals } from '../../src/core/audit';

const root = path.resolve(__dirname, '../../..');
const cli = path.join(root, 'dist/cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
const lines = (stdout: string) => stdout.trimEnd().split('\n').filter(Boolean).map((l) => JSON.parse(l));

describe('article-annotator batch: analyze --format jsonl, audit', function () {
  // Each test starts the CLI and its worker threads, on a machine that may be busy.
  this.timeout(60_000);
  let corpus: string;
  const articles: Record<string, string> = {
    'a.txt': '“We will rebuild the pier,” said Ada Quill, the harbor master of Elmdale.',
    'b.md': '# Storm\n\n“Nobody told us,” one fisherman said.\n\n“The pier is safe,” said Ada Quill.',
    'nested/c.article': 'Bram Oduya runs the Elmdale Ferry Company. “Boats sail at six,” he said.',
  };
  before(() => {
    assert.ok(fs.existsSync(cli), 'dist/cli.js is built (npm run compile)');
    corpus = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-batch-'));
    for (const [name, text] of Object.entries(articles)) {
      fs.mkdirSync(path.dirname(path.join(corpus, name)), { recursive: true });
      fs.writeFileSync(path.join(corpus, name), text);
    }
    // Not articles, or not walked: other extensions, hidden folders, installed packages.
    fs.writeFileSync(path.join(corpus, 'notes.json'), '{}');
    fs.mkdirSync(path.join(corpus, '.git'));
    fs.writeFileSync(path.join(corpus, '.git', 'x.txt'), 'hidden');
    fs.mkdirSync(path.join(corpus, 'node_modules'));
    fs.writeFileSync(path.join(corpus, 'node_modules', 'y.md'), 'package');
  });
  after(() => fs.rmSync(corpus, { recursive: true, force: true }));

  it('streams one JSON line per article: path, sha256 of the bytes, and the same analysis as analyze FILE', () => {
    const r = run('analyze', corpus, '--format', 'jsonl');
    assert.strictEqual(r.status, 0, r.stderr);
    assert.strictEqual(r.stderr, '', 'no progress bar when stderr is not a terminal');
    const out = lines(r.stdout);
    assert.deepStrictEqual(out.map((l) => path.relative(corpus, l.path)), ['a.txt', 'b.md', path.join('nested', 'c.article')]);
    for (const l of out) {
      const bytes = fs.readFileSync(l.path);
      assert.strictEqual(l.sha256, createHash('sha256').update(bytes).digest('hex'));
      assert.deepStrictEqual(l.analysis, JSON.parse(JSON.stringify(analyze(bytes.toString('utf8')))));
    }
  });

  it('gives the same lines in the same order on one worker and on several', () => {
    const many = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-batch-many-'));
    try {
      for (let i = 0; i < 40; i++) fs.writeFileSync(path.join(many, `${String(i).padStart(2, '0')}.txt`), Object.values(articles)[i % 3].repeat(1 + (i % 7)));
      const one = run('analyze', many, '--format', 'jsonl', '--jobs', '1');
      const four = run('analyze', many, '--format', 'jsonl', '--jobs', '4');
      assert.strictEqual(one.status, 0, one.stderr);
      assert.strictEqual(lines(one.stdout).length, 40);
      assert.strictEqual(four.stdout, one.stdout);
    } finally {
      fs.rmSync(many, { recursive: true, force: true });
    }
  });

  it('takes several files without --format', () => {
    const r = run('analyze', path.join(corpus, 'a.txt'), path.join(corpus, 'b.md'));
    assert.strictEqual(r.status, 0, r.stderr);
    assert.strictEqual(lines(r.stdout).length, 2);
  });

  it('reports an unreadable article on stderr and still streams the others, exiting 1', () => {
    const bad = path.join(corpus, 'nested', 'broken.txt');
    fs.writeFileSync(bad, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]));
    try {
      const r = run('analyze', corpus, '--format', 'jsonl');
      assert.strictEqual(r.status, 1);
      assert.strictEqual(lines(r.stdout).length, 3);
      assert.match(r.stderr, /broken\.txt: is a binary file/);
      assert.doesNotMatch(r.stderr, /\n\s+at /);
    } finally {
      fs.rmSync(bad);
    }
  });

  const usage: [string, string[], RegExp][] = [
    ['a missing input', ['analyze', 'no-such-dir', '--format', 'jsonl'], /no-such-dir: no such file or directory/],
    ['a bad --jobs', ['audit', '.', '--jobs', '0'], /--jobs takes a whole number/],
    ['another format', ['analyze', '.', '--format', 'csv'], /only jsonl/],
    ['an unknown option', ['audit', '.', '--fast'], /unknown option --fast/],
    ['audit without inputs', ['audit'], /name at least one file or directory/],
  ];
  for (const [what, args, message] of usage) {
    it(`${what}: one line on stderr, exit 2, nothing on stdout`, () => {
      const r = run(...args);
      assert.strictEqual(r.status, 2, r.stderr);
      assert.strictEqual(r.stdout, '');
      assert.match(r.stderr, message);
    });
  }

  it('audit DIR --json adds up the articles as the core audit does', () => {
    const r = run('audit', corpus, '--json', '--jobs', '2');
    assert.strictEqual(r.status, 0, r.stderr);
    const totals = new AuditTotals();
    for (const text of Object.values(articles)) totals.addAudit(auditArticle(text, analyze(text)));
    assert.deepStrictEqual(JSON.parse(r.stdout), JSON.parse(JSON.stringify(totals.result())));
    const audit = JSON.parse(r.stdout);
    assert.strictEqual(audit.articles, 3);
    assert.ok(audit.speakers.some((s: { name: string; articles: number }) => s.name === 'Ada Quill' && s.articles === 2), r.stdout);
    assert.ok(audit.speakers.some((s: { name: string; named: boolean }) => s.name === 'one fisherman' && !s.named), r.stdout);
  });

  it('audit DIR prints a table, with the gender figures only when asked and labelled an estimate', () => {
    const plain = run('audit', corpus);
    assert.strictEqual(plain.status, 0, plain.stderr);
    assert.match(plain.stdout, /^Source audit of 3 articles/);
    assert.match(plain.stdout, /distinct speakers: 3 \(named 2, unnamed 1\)/);
    assert.doesNotMatch(plain.stdout, /gender/i);
    const gender = run('audit', corpus, '--estimate-gender');
    assert.match(gender.stdout, /by gender \(an ESTIMATE from given names/);
    assert.match(gender.stdout, /unknown/);
  });
});
