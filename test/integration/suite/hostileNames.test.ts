import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ArticleAnnotatorApi } from '../../../src/extension';
import { EXTENSION_ID, samplePath, waitFor } from './helpers';

/** How VS Code finds links in a notification (vs/base/common/linkedText.ts): what must not match. */
const NOTIFICATION_LINK = /\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^)\s]+)(?: (["'])(.+?)(\3))?\)/i;
const HOSTILE = '[Click to read](command:workbench.action.closeAllEditors)';
const visible = (message: string) => message.replace(/\u200b/g, '');

/**
 * File names are the file's own text (issue 11): a file named like a command link must show its name in a
 * notification as written, and never become a link that runs the command.
 */
describe('a file named like a command link', function () {
  let api: ArticleAnnotatorApi;
  let dir: string;
  let file: string;
  const shown: string[] = [];
  const window = vscode.window as { -readonly [K in keyof typeof vscode.window]: (typeof vscode.window)[K] };
  const original = { info: window.showInformationMessage, warning: window.showWarningMessage };

  before(async () => {
    api = await vscode.extensions.getExtension<ArticleAnnotatorApi>(EXTENSION_ID)!.activate();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-'));
    file = path.join(dir, `${HOSTILE}.article.txt`);
    fs.copyFileSync(samplePath('harbor-bridge-vote.txt'), file);
    // Every message the extension shows goes through here first (the extension and this test share the API object).
    const record = <T extends (...args: never[]) => unknown>(show: T) => ((message: string, ...rest: never[]) => {
      shown.push(message);
      return (show as unknown as (...args: unknown[]) => unknown)(message, ...rest);
    }) as unknown as T;
    window.showInformationMessage = record(original.info);
    window.showWarningMessage = record(original.warning);
  });
  after(async () => {
    window.showInformationMessage = original.info;
    window.showWarningMessage = original.warning;
    await vscode.workspace.getConfiguration('articleAnnotator').update('maxFileSizeMB', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => (shown.length = 0));

  function assertInert(message: string | undefined): void {
    assert.ok(message, 'a message was shown');
    assert.ok(visible(message).includes(HOSTILE), `the name shows as written: ${message}`);
    assert.doesNotMatch(message, NOTIFICATION_LINK, 'no link forms in the message');
  }

  it('Export Analysis names it without making a link', async () => {
    const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    await vscode.window.showTextDocument(document);
    await waitFor(() => document.languageId === 'article', 'the file opening as an article');
    await api.analyses.get(document);
    await vscode.commands.executeCommand('articleAnnotator.exportAnalysis', vscode.Uri.file(path.join(dir, `${HOSTILE}.json`)));
    const message = await waitFor(() => shown.find((m) => m.startsWith('Exported')), 'the export message');
    assertInert(message);
    assert.ok(visible(message).includes(`${HOSTILE}.json`), 'the destination as written too');
  });

  it('the size notice names it without making a link', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.getConfiguration('articleAnnotator').update('maxFileSizeMB', 0.001, vscode.ConfigurationTarget.Global);
    // Another file of that name, not analysed yet.
    const large = path.join(dir, `${HOSTILE} (large).article.txt`);
    fs.copyFileSync(file, large);
    const document = await vscode.workspace.openTextDocument(vscode.Uri.file(large));
    await vscode.window.showTextDocument(document);
    await waitFor(() => document.languageId === 'article', 'the file opening as an article');
    assert.strictEqual(await api.analyses.get(document), undefined, 'too large to analyse unasked');
    assertInert(await waitFor(() => shown.find((m) => m.includes('maxFileSizeMB')), 'the size notice'));
  });
});
