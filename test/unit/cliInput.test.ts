import * as assert from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../../..');
const cli = path.join(root, 'dist/cli.js');
const sample = path.join(root, 'samples/harbor-bridge-vote.txt');
/** A hung CLI ends the test at this timeout instead of hanging the suite. */
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 20000 });

/** One line on stderr, exit code 2, nothing on stdout: how the CLI refuses what it cannot read. */
function assertRefused(r: ReturnType<typeof run>, message: RegExp): void {
  assert.strictEqual(r.error, undefined, `the CLI ended by itself (${r.error?.message})`);
  assert.strictEqual(r.status, 2, r.stderr);
  assert.strictEqual(r.stdout, '');
  assert.match(r.stderr, message);
  assert.strictEqual(r.stderr.trim().split('\n').length, 1, r.stderr);
}

describe('article-annotator CLI on hostile input', function () {
  this.timeout(60000);
  let tmp: string;
  before(() => {
    assert.ok(fs.existsSync(cli), 'dist/cli.js is built (npm run compile)');
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-input-'));
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('a FIFO is refused at once, not waited on', () => {
    const fifo = path.join(tmp, 'article.txt');
    execFileSync('mkfifo', [fifo]);
    assertRefused(run('analyze', fifo), /article\.txt: is not a regular file/);
  });

  it('in a batch, a FIFO is reported and skipped while the other articles are analysed', () => {
    const fifo = path.join(tmp, 'batch.fifo');
    execFileSync('mkfifo', [fifo]);
    const r = run('analyze', fifo, sample, '--format', 'jsonl', '--jobs', '1');
    assert.strictEqual(r.error, undefined, `the CLI ended by itself (${r.error?.message})`);
    assert.strictEqual(r.status, 1, r.stderr);
    assert.match(r.stderr, /batch\.fifo: is not a regular file/);
    assert.deepStrictEqual(r.stdout.trim().split('\n').map((l) => JSON.parse(l).path), [sample]);
  });

  it('/dev/zero is refused, not read until memory runs out', () => {
    assertRefused(run('analyze', '/dev/zero', '--json'), /\/dev\/zero: is not a regular file/);
  });

  it('a file above --max-size is refused with its size and the limit', () => {
    const big = path.join(tmp, 'big.txt');
    fs.writeFileSync(big, 'word '.repeat(230_000)); // 1.1 MB
    assertRefused(run('analyze', big, '--max-size', '1'), /big\.txt: is 1\.1 MB, above the limit of 1 MB \(raise it with --max-size MB\)/);
    assert.strictEqual(run('analyze', big, '--max-size', '2', '--json').status, 0);
  });

  it('--max-size must be a positive number; unknown options are refused', () => {
    assertRefused(run('analyze', sample, '--max-size', 'lots'), /--max-size takes a number of MB above 0/);
    const r = run('analyze', sample, '--frobnicate');
    assert.strictEqual(r.status, 2);
    assert.match(r.stderr, /Unknown option '--frobnicate'[\s\S]*usage: article-annotator/);
  });

  for (const [encoding, bytes] of [
    ['UTF-16LE', (s: string) => Buffer.from(`\uFEFF${s}`, 'utf16le')],
    ['UTF-16BE', (s: string) => Buffer.from(`\uFEFF${s}`, 'utf16le').swap16()],
  ] as const) {
    it(`${encoding} with a BOM is read as the same article as UTF-8`, () => {
      const file = path.join(tmp, `${encoding}.txt`);
      fs.writeFileSync(file, bytes(fs.readFileSync(sample, 'utf8')));
      const r = run('analyze', file, '--json');
      assert.strictEqual(r.status, 0, r.stderr);
      assert.strictEqual(r.stderr, '');
      assert.deepStrictEqual(JSON.parse(r.stdout), JSON.parse(run('analyze', sample, '--json').stdout));
    });
  }

  describe('terminal control sequences in the article', () => {
    const hostile = 'Ada Quill, the mayor of Elmdale, said: “We \x1b[2J\x1b[31mwill\x1b[0m \x1b]0;pwned\x07build \x1b]8;;https://x.test\x1b\\it\x1b]8;;\x1b\\\u202e.” Quill\x08\x08 smiled.\r\n';
    let file: string;
    before(() => {
      file = path.join(tmp, 'ansi.txt');
      fs.writeFileSync(file, hostile);
    });

    it('are stripped from the readable listing', () => {
      const r = run('analyze', file);
      assert.strictEqual(r.status, 0, r.stderr);
      assert.match(r.stdout, /Quotes \(1\)/);
      assert.doesNotMatch(r.stdout, /(?![\t\n])[\p{Cc}\u202e]/u, JSON.stringify(r.stdout));
      assert.match(r.stdout, /“We will build it\.”/);
    });

    it('stay exact in the JSON', () => {
      const r = run('analyze', file, '--json');
      assert.strictEqual(r.status, 0, r.stderr);
      const quote = JSON.parse(r.stdout).quotes[0];
      assert.strictEqual(quote.text, hostile.slice(quote.start, quote.end));
      assert.ok(quote.text.includes('\x1b[2J'), 'the escape sequence is kept');
    });

    it('are stripped from a file name in an error message', () => {
      const r = run('analyze', path.join(tmp, 'no\x1b[2Jsuch.txt'));
      assert.strictEqual(r.status, 2);
      assert.match(r.stderr, /nosuch\.txt: no such file/);
      assert.ok(!r.stderr.includes('\x1b'), JSON.stringify(r.stderr));
    });
  });
});
