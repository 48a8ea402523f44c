import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import * as vscode from 'vscode';
import type { ArticleAnnotatorApi } from '../../../src/extension';
import { EXTENSION_ID, repoRoot } from './helpers';

/** About `bytes` of article text, from the project's own samples. */
function longArticle(bytes: number): string {
  const dir = path.join(repoRoot, 'samples');
  const one = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n\n');
  return one.repeat(Math.ceil(bytes / one.length)).slice(0, bytes);
}

/**
 * The extension host's longest block on a keystroke, as a share of what analysing the same text in its own thread
 * blocks, both measured in the same round (the median of interleaved rounds). Analysing in the host's thread would
 * make it 1 or more. The target is a block under 50 ms where analysing 1 MB in the thread takes about 800 ms
 * (idle machine): 0.06, not yet reached. Before the analysis came in parts and the semantic tokens from the worker it
 * was 0.2 (idle); now 0.087 and 0.100 on an idle machine (in-thread analysis is quicker there, so the ratio is higher)
 * and 0.02 to 0.06 on a loaded one. The bound lies between today's idle figures and the old 0.2: it catches a return to it without
 * failing on the spread of idle runs; what remains is mostly VS Code's own work on the 1 MB text (link detection, the
 * merge-conflict extension, sending the Outline).
 */
const MAX_BLOCK_RATIO = 0.15;
const ROUNDS = 5;
/** Time after the fresh analysis arrives for the views, diagnostics, outline and semantic tokens to take it. */
const SETTLE_MS = 2000;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

describe('long articles', function () {
  // Three rounds of analysing 1 MB in this thread and in the worker: about 15 s on a quiet machine, over 2 minutes
  // with a load average of 30 on 2 cores.
  this.timeout(600_000);
  let api: ArticleAnnotatorApi;

  before(async () => {
    api = await vscode.extensions.getExtension<ArticleAnnotatorApi>(EXTENSION_ID)!.activate();
  });
  afterEach(async () => {
    await vscode.workspace.getConfiguration('articleAnnotator').update('maxFileSizeMB', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('a keystroke in a 1 MB article keeps the extension host free while the worker analyses', async () => {
    const text = longArticle(1024 * 1024);
    const document = await vscode.workspace.openTextDocument({ language: 'article', content: text });
    const editor = await vscode.window.showTextDocument(document);
    await api.analyses.get(document);

    const inThread = require(path.join(repoRoot, 'dist/core.js')) as typeof import('../../../src/core');
    const inThreadMs: number[] = [];
    const blockMs: number[] = [];
    const roundTripMs: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const t0 = performance.now();
      inThread.analyze(document.getText());
      inThreadMs.push(performance.now() - t0);

      const delay = monitorEventLoopDelay({ resolution: 1 });
      delay.enable();
      const updated = new Promise<void>((resolve) => api.analyses.onDidUpdate((d) => d === document && resolve()));
      const t1 = performance.now();
      await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'x'));
      await updated;
      roundTripMs.push(performance.now() - t1);
      await new Promise((r) => setTimeout(r, SETTLE_MS));
      delay.disable();
      blockMs.push(delay.max / 1e6);
      assert.strictEqual(api.analyses.latest(document), await api.analyses.get(document), 'the analysis is of the edited version');
    }
    const ratio = median(blockMs.map((b, i) => b / inThreadMs[i]));
    console.log(`      1 MB article, a keystroke (medians of ${ROUNDS}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.availableParallelism()} cores): ` +
      `extension host's longest block ${median(blockMs).toFixed(0)} ms (analysing in the host's thread would block ${median(inThreadMs).toFixed(0)} ms: ` +
      `ratio ${ratio.toFixed(3)}); analysis back after ${median(roundTripMs).toFixed(0)} ms (debounce included); ` +
      `longest blocks ${blockMs.map((b) => b.toFixed(0)).join(', ')} ms; in the thread ${inThreadMs.map((b) => b.toFixed(0)).join(', ')} ms`);
    assert.ok(ratio < MAX_BLOCK_RATIO, `the longest block is ${ratio.toFixed(2)} of analysing in the host's thread (at most ${MAX_BLOCK_RATIO})`);
  });

  it('an article over articleAnnotator.maxFileSizeMB is analysed only on request', async () => {
    await vscode.workspace.getConfiguration('articleAnnotator').update('maxFileSizeMB', 0.5, vscode.ConfigurationTarget.Global);
    const document = await vscode.workspace.openTextDocument({ language: 'article', content: longArticle(700 * 1024) });
    await vscode.window.showTextDocument(document);
    assert.strictEqual(await api.analyses.get(document), undefined, 'not analysed unasked');
    assert.deepStrictEqual(api.entities.getChildren(), [], 'the Entities view stays empty');
    await vscode.commands.executeCommand('articleAnnotator.refreshAnalysis');
    const analysis = api.analyses.latest(document);
    assert.ok(analysis && analysis.quotes.length > 0, 'analysed on request');
  });
});
