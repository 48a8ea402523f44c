import * as assert from 'node:assert';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { serializeAnnotations, Sidecar, STALE_TEMP_MS } from '../../src/core/annotations';
import { nodeFileSystem } from '../../src/node/fileSystem';
import { bigDoc } from './support/sidecarWriter';

const writer = path.join(__dirname, 'support', 'sidecarWriter.js');

/** Runs the writer; resolves with its output once it exits, killing it with SIGKILL when `killOn` appears (or after `killAfter` ms). */
function runWriter(file: string, mode: string, kill: { on?: string; after?: number } = {}): Promise<{ out: string; signal: NodeJS.Signals | null; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, file, mode], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (kill.on && out.includes(kill.on)) child.kill('SIGKILL');
      if (kill.after !== undefined && out.includes('saving')) setTimeout(() => child.kill('SIGKILL'), kill.after);
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve({ out, code, signal }));
  });
}

describe('annotations sidecar: faults while writing', function () {
  this.timeout(60_000);
  let tmp: string;
  let file: string;
  const previous = serializeAnnotations(bigDoc(50, 'previous'));
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sidecar-fault-'));
    file = path.join(tmp, 'story.txt.annotations.json');
    fs.writeFileSync(file, previous);
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('a write that fails halfway leaves the previous sidecar intact and no temporary file', async () => {
    const r = await runWriter(file, 'throw');
    assert.strictEqual(r.code, 0);
    assert.match(r.out, /"kind":"error".*EIO.*the previous file is unchanged/);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), previous);
    assert.deepStrictEqual(fs.readdirSync(tmp), ['story.txt.annotations.json']);
  });

  it('a process killed (SIGKILL) in the middle of writing leaves the previous sidecar intact', async () => {
    const r = await runWriter(file, 'stall', { on: 'half-written' });
    assert.strictEqual(r.signal, 'SIGKILL');
    assert.strictEqual(fs.readFileSync(file, 'utf8'), previous);
    // Only the half-written temporary file is left beside it, never in its place.
    assert.deepStrictEqual(fs.readdirSync(tmp).filter((f) => f !== 'story.txt.annotations.json').map((f) => f.replace(/\d+/g, 'N')), ['story.txt.annotations.json.tmp-NTNZ-N']);
    // The next load, once the leftover is stale, removes it.
    await new Sidecar(nodeFileSystem, file).load();
    assert.strictEqual(fs.readdirSync(tmp).length, 2, 'a fresh leftover may be a write in progress: kept');
    const later = await new Sidecar(nodeFileSystem, file, () => new Date(Date.now() + STALE_TEMP_MS + 1000)).load();
    assert.strictEqual(later.kind, 'ok');
    assert.deepStrictEqual(fs.readdirSync(tmp), ['story.txt.annotations.json']);
  });

  it('killed at random moments of repeated saves, the sidecar is always one whole version', async () => {
    const versions = new Set([previous, serializeAnnotations(bigDoc(2000, 'even')), serializeAnnotations(bigDoc(2000, 'odd'))]);
    for (const after of [0, 7, 23, 41, 97]) {
      const r = await runWriter(file, 'loop', { after });
      assert.strictEqual(r.signal, 'SIGKILL', JSON.stringify(r));
      assert.ok(versions.has(fs.readFileSync(file, 'utf8')), `killed ${after} ms into saving: a whole version`);
      for (const f of fs.readdirSync(tmp)) if (f.includes('.tmp-')) fs.unlinkSync(path.join(tmp, f));
    }
  });
});
