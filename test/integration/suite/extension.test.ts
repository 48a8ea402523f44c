import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { EXTENSION_ID, openText, samplePath, sharedSample, waitFor } from './helpers';

const pkg = require('../../../../package.json');

describe('Article Annotator in VS Code', () => {
  afterEach(async () => {
    await vscode.workspace.getConfiguration('articleAnnotator').update('filePatterns', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('is activated by opening a text file', async () => {
    await openText(samplePath('harbor-bridge-vote.txt'));
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    await waitFor(() => extension.isActive, 'activation');
  });

  it('registers every command it contributes', async () => {
    const registered = new Set(await vscode.commands.getCommands(true));
    const contributed: string[] = pkg.contributes.commands.map((c: { command: string }) => c.command);
    assert.ok(contributed.length > 0);
    for (const id of contributed) assert.ok(registered.has(id), `${id} is registered`);
  });

  it('Open as Article switches a .txt editor to the article language', async () => {
    const editor = await openText(samplePath('harbor-bridge-vote.txt'));
    assert.strictEqual(editor.document.languageId, 'plaintext');
    await vscode.commands.executeCommand('articleAnnotator.openAsArticle');
    const active = await waitFor(() => vscode.window.activeTextEditor?.document.languageId === 'article' && vscode.window.activeTextEditor, 'article language');
    assert.ok(active.document.uri.fsPath.endsWith('harbor-bridge-vote.txt'));
  });

  it('Open as Article is one command away for the shared sample article, when present', async function () {
    if (!fs.existsSync(sharedSample)) {
      console.log('      (skipped: ../shared/samples is not on this machine)');
      this.skip();
    }
    await openText(sharedSample);
    await vscode.commands.executeCommand('articleAnnotator.openAsArticle');
    await waitFor(() => vscode.window.activeTextEditor?.document.languageId === 'article', 'article language');
  });

  it('opens files matching articleAnnotator.filePatterns as articles', async () => {
    await vscode.workspace.getConfiguration('articleAnnotator').update('filePatterns', ['**/river-*.txt'], vscode.ConfigurationTarget.Global);
    const editor = await openText(samplePath('river-flood-warning.txt'));
    await waitFor(() => editor.document.languageId === 'article' || vscode.window.activeTextEditor?.document.languageId === 'article', 'pattern match');
  });

  it('contributes the Entities view, which can be shown', async () => {
    const views = pkg.contributes.views.articleAnnotator.map((v: { id: string }) => v.id);
    assert.ok(views.includes('articleAnnotator.entities'));
    // The view's focus command exists only when VS Code has registered the view.
    await vscode.commands.executeCommand('articleAnnotator.entities.focus');
  });
});
