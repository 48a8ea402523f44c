import * as assert from 'node:assert';
import * as fs from 'node:fs';
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

describe('long articles', function () {
  this.timeout(120000);
  let api: ArticleAnnotatorApi;

  before(async () => {
    api = await vscode.extensions.getExtension<ArticleAnnotatorApi>(EXTENSION_ID)!.activate();
  });
  afterEach(async () => {
    await vscode.workspace.getConfiguration('articleAnnotator').update('maxFileSizeMB', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('a keystroke in a 1 MB article keeps the extension host free while the worker analyses (measured)', async () => {
    const text = longArticle(1024 * 1024);
    const document = await vscode.workspace.openTextDocument({ language: 'article', content: text });
    const editor = await vscode.window.showTextDocument(document);
    await api.analyses.get(document);

    const inThread = require(path.join(repoRoot, 'dist/core.js')) as typeof import('../../../src/core');
    const t0 = performance.now();
    inThread.analyze(text);
    const inThreadMs = performance.now() - t0;

    const delay = monitorEventLoopDelay({ resolution: 1 });
    delay.enable();
    const updated = new Promise<void>((resolve) => api.analyses.onDidUpdate((d) => d === document && resolve()));
    const t1 = performance.now();
    await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'x'));
    await updated;
    const roundTripMs = performance.now() - t1;
    delay.disable();
    const longestBlockMs = delay.max / 1e6;
    console.log(`      1 MB article, one keystroke: extension host's longest block ${longestBlockMs.toFixed(1)} ms ` +
      `(analysing in the host's thread would block ${inThreadMs.toFixed(0)} ms); analysis back after ${roundTripMs.toFixed(0)} ms ` +
      '(debounce included)');
    assert.strictEqual(api.analyses.latest(document), await api.analyses.get(document), 'the analysis is of the edited version');
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
