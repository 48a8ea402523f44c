import * as assert from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { AnnotationStore, applyAnnotations, serializeAnnotations } from '../../src/core/annotations';
import { analyze } from '../../src/core';

const root = path.resolve(__dirname, '../../..');
const cli = path.join(root, 'dist/cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
const text = '“We open Monday,” said Ada Quill, the mayor of Elmdale.\n“Nobody waits,” she added. Bo Reed disagreed.\n';

describe('article-annotator export and import', function () {
  // Each test runs the CLI a few times; the machine may be busy.
  this.timeout(60_000);
  let tmp: string;
  let article: string;
  before(() => assert.ok(fs.existsSync(cli), 'dist/cli.js is built (npm run compile)'));
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-annotations-'));
    article = path.join(tmp, 'story.txt');
    fs.writeFileSync(article, text);
    // A person accepted the first quote and annotated Bo Reed by hand.
    const store = new AnnotationStore(text);
    const result = applyAnnotations(analyze(text), store.doc);
    store.accept(result.quotes[0], result);
    const bo = text.indexOf('Bo Reed');
    store.annotateEntity({ start: bo, end: bo + 7 }, 'PERSON');
    fs.writeFileSync(`${article}.annotations.json`, serializeAnnotations(store.doc));
  });
  afterEach(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
    fs.rmSync(`${tmp}-out`, { recursive: true, force: true });
  });

  it('exports brat next to a .txt article, reviewed annotations only', () => {
    const r = run('export', article, '--format', 'brat');
    assert.strictEqual(r.status, 0, r.stderr);
    const ann = fs.readFileSync(path.join(tmp, 'story.ann'), 'utf8');
    assert.match(ann, /^T\d+\tPERSON \d+ \d+\tBo Reed$/m);
    assert.match(ann, /^T\d+\tQuote 0 17\t“We open Monday,”$/m);
    assert.ok(!ann.includes('“Nobody waits,”'), 'the unreviewed quote is left out');
    assert.ok(!/suggested/.test(ann));
    assert.ok(fs.existsSync(path.join(tmp, 'annotation.conf')));
    assert.strictEqual(fs.readFileSync(article, 'utf8'), text, 'the article is untouched');
  });

  it('exports every format of a folder, with suggestions when asked', () => {
    const out = `${tmp}-out`; // outside the folder exported, which is walked for articles
    for (const format of ['brat', 'jsonl', 'csv', 'json', 'gold']) {
      const r = run('export', tmp, '--format', format, '--include-suggestions', '--out', out);
      assert.strictEqual(r.status, 0, `${format}: ${r.stderr}`);
    }
    assert.deepStrictEqual(fs.readdirSync(out).sort(), ['annotation.conf', 'annotations.json', 'annotations.jsonl', 'gold.jsonl', 'quotes.csv', 'story.ann', 'story.txt']);
    const csv = fs.readFileSync(path.join(out, 'quotes.csv'), 'utf8');
    assert.match(csv, /,quote,accepted,\r\n/);
    assert.match(csv, /,quote,suggested,\r\n/);
    const gold = JSON.parse(fs.readFileSync(path.join(out, 'gold.jsonl'), 'utf8'));
    assert.strictEqual(gold.quotes_complete, true);
    const scored = run('eval', path.join(out, 'gold.jsonl'));
    assert.strictEqual(scored.status, 0, scored.stderr);
    assert.match(scored.stdout, /summary: gold\.jsonl: entity F1/);
  });

  it('prints JSONL, gold and CSV to stdout without --out', () => {
    const r = run('export', article, '--format', 'jsonl');
    assert.strictEqual(r.status, 0, r.stderr);
    const record = JSON.parse(r.stdout);
    assert.strictEqual(record.text, text);
    for (const [start, end] of record.label) assert.ok(text.slice(start, end).length > 0);
    // Accepting the quote confirmed its speaker, with the mentions the analyzer gave them.
    assert.deepStrictEqual(record.label.map(([s, e]: number[]) => text.slice(s, e)), ['“We open Monday,”', 'Ada Quill', 'the mayor of Elmdale', 'she', 'Bo Reed']);
  });

  it('imports brat into a new article’s sidecar, and again adds nothing', () => {
    assert.strictEqual(run('export', article, '--format', 'brat', '--out', path.join(tmp, 'b')).status, 0);
    fs.mkdirSync(path.join(tmp, 'copy'));
    fs.copyFileSync(path.join(tmp, 'b', 'story.txt'), path.join(tmp, 'copy', 'story.txt'));
    fs.copyFileSync(path.join(tmp, 'b', 'story.ann'), path.join(tmp, 'copy', 'story.ann'));
    const r = run('import', path.join(tmp, 'copy', 'story.ann'));
    assert.strictEqual(r.status, 0, r.stderr);
    assert.match(r.stdout, /story\.txt\.annotations\.json: 3 annotations added/);
    const sidecar = path.join(tmp, 'copy', 'story.txt.annotations.json');
    const first = fs.readFileSync(sidecar, 'utf8');
    const again = run('import', path.join(tmp, 'copy', 'story.ann'));
    assert.match(again.stdout, /0 annotations added/);
    assert.strictEqual(fs.readFileSync(sidecar, 'utf8'), first, 'unchanged, not rewritten differently');
    // The re-exported brat equals the original export.
    assert.strictEqual(run('export', path.join(tmp, 'copy', 'story.txt'), '--format', 'brat').status, 0);
    assert.strictEqual(fs.readFileSync(path.join(tmp, 'copy', 'story.ann'), 'utf8'), fs.readFileSync(path.join(tmp, 'b', 'story.ann'), 'utf8'));
  });

  it('imports gold JSONL, writing each article when it does not exist', () => {
    assert.strictEqual(run('export', article, '--format', 'gold', '--out', path.join(tmp, 'g')).status, 0);
    const r = run('import', path.join(tmp, 'g', 'gold.jsonl'), '--out', path.join(tmp, 'corpus'));
    assert.strictEqual(r.status, 0, r.stderr);
    const imported = path.join(tmp, 'corpus', fs.readdirSync(path.join(tmp, 'corpus')).find((f) => f.endsWith('.txt'))!);
    assert.strictEqual(fs.readFileSync(imported, 'utf8'), text);
    assert.match(fs.readFileSync(`${imported}.annotations.json`, 'utf8'), /"name":"Bo Reed"/);
  });

  it('a corrupt sidecar: one clear message, exit 1, the file byte for byte as it was', () => {
    const sidecar = `${article}.annotations.json`;
    const corrupt = Buffer.from('{"format": "article-annotator/annotations", "version": 1, "entities": [\u0000');
    fs.writeFileSync(sidecar, corrupt);
    const r = run('export', article, '--format', 'csv');
    assert.strictEqual(r.status, 1);
    assert.match(r.stderr, /story\.txt\.annotations\.json: not valid JSON .*; skipped/);
    assert.strictEqual(r.stderr.trim().split('\n').length, 1);
    fs.writeFileSync(path.join(tmp, 'story.ann'), 'T1\tPERSON 0 3\t“We\n');
    assert.strictEqual(run('import', path.join(tmp, 'story.ann')).status, 1);
    assert.deepStrictEqual(fs.readFileSync(sidecar), corrupt);
  });

  it('a newer version’s sidecar is never written', () => {
    const sidecar = `${article}.annotations.json`;
    const newer = fs.readFileSync(sidecar, 'utf8').replace('"version": 1', '"version": 9');
    fs.writeFileSync(sidecar, newer);
    fs.writeFileSync(path.join(tmp, 'story.ann'), 'T1\tPERSON 23 32\tAda Quill\n');
    const r = run('import', path.join(tmp, 'story.ann'));
    assert.strictEqual(r.status, 1);
    assert.match(r.stderr, /newer Article Annotator \(format version 9/);
    assert.strictEqual(fs.readFileSync(sidecar, 'utf8'), newer);
  });

  it('refuses a missing format or an unknown one with one line', () => {
    for (const args of [['export', article], ['export', article, '--format', 'xml'], ['import', article, '--format', 'csv']]) {
      const r = run(...args);
      assert.strictEqual(r.status, 2);
      assert.match(r.stderr, /^article-annotator: (export needs --format|import reads --format)/);
    }
  });
});
