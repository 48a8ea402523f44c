import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, fixturePath, openText, samplePath, waitFor } from './helpers';

const pkg = require('../../../../package.json');

describe('Article Annotator in VS Code', () => {
  afterEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

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
    const editor = await openText(fixturePath('quotes-article.txt'));
    assert.strictEqual(editor.document.languageId, 'plaintext');
    await vscode.commands.executeCommand('articleAnnotator.openAsArticle');
    const active = await waitFor(() => vscode.window.activeTextEditor?.document.languageId === 'article' && vscode.window.activeTextEditor, 'article language');
    assert.ok(active.document.uri.fsPath.endsWith('quotes-article.txt'));
  });

  it('opens files matching articleAnnotator.filePatterns as articles: samples/*.txt, by samples/.vscode/settings.json', async () => {
    // The tests run in the samples folder, as `npm start` opens it; the Open as Article test's fixture outside it
    // stays plain text.
    assert.strictEqual(vscode.workspace.workspaceFolders?.[0].uri.fsPath, samplePath(''));
    await openText(samplePath('river-flood-warning.txt'));
    await waitFor(() => vscode.window.activeTextEditor?.document.languageId === 'article', 'pattern match');
  });

  it('contributes the Entities view, which can be shown', async () => {
    const views = pkg.contributes.views.articleAnnotator.map((v: { id: string }) => v.id);
    assert.ok(views.includes('articleAnnotator.entities'));
    // The view's focus command exists only when VS Code has registered the view.
    await vscode.commands.executeCommand('articleAnnotator.entities.focus');
  });
});
