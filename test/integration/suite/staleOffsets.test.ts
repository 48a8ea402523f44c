import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { ArticleAnnotatorApi } from '../../../src/extension';
import { EXTENSION_ID, samplePath, waitFor } from './helpers';

/**
 * Offsets from an analysis of an older version (issue 11): after an edit, before the new analysis is in, the views
 * and their rows must still lead to the text they name, in the project's own sample.
 */
describe('navigating after an edit, before the new analysis', function () {
  let api: ArticleAnnotatorApi;
  let document: vscode.TextDocument;
  let editor: vscode.TextEditor;

  before(async () => {
    api = await vscode.extensions.getExtension<ArticleAnnotatorApi>(EXTENSION_ID)!.activate();
    // A long delay keeps the new analysis away while the test navigates.
    await vscode.workspace.getConfiguration('articleAnnotator').update('analysisDelay', 5000, vscode.ConfigurationTarget.Global);
    const content = fs.readFileSync(samplePath('harbor-bridge-vote.txt'), 'utf8');
    document = await vscode.workspace.openTextDocument({ language: 'article', content });
    editor = await vscode.window.showTextDocument(document);
    await api.analyses.get(document);
    await waitFor(() => api.entities.getChildren().length > 0, 'the Entities view');
  });
  after(async () => {
    await vscode.workspace.getConfiguration('articleAnnotator').update('analysisDelay', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  /** The rows of every mention in the Entities view, as drawn now. */
  function mentionRows(): { text: string; command: vscode.Command }[] {
    const tree = api.entities;
    return tree.getChildren().flatMap((group) => tree.getChildren(group)).flatMap((entity) =>
      tree.getChildren(entity).flatMap((node) => {
        const command = tree.getTreeItem(node).command;
        return 'mention' in node && command ? [{ text: node.mention.text, command }] : [];
      }));
  }

  async function click(row: { command: vscode.Command }): Promise<string> {
    await vscode.commands.executeCommand(row.command.command, ...(row.command.arguments ?? []));
    const active = vscode.window.activeTextEditor!;
    return active.document.getText(active.selection);
  }

  it('rows drawn before the edit, clicked after it, select the text they name', async () => {
    const before = mentionRows();
    assert.ok(before.length >= 3, 'the sample has mentions');
    const version = document.version;
    await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'UPDATED, with a new first paragraph.\n\n'));
    assert.ok(document.version > version);
    for (const row of [before[0], before[before.length - 1]]) assert.strictEqual(await click(row), row.text);
  });

  it('the latest analysis is of the edited text, and rows drawn now select what they name', async () => {
    const latest = api.analyses.latest(document)!;
    const text = document.getText();
    for (const e of latest.entities) for (const m of e.mentions) assert.strictEqual(text.slice(m.start, m.end), m.text, `${m.text} at ${m.start}`);
    for (const q of latest.quotes) assert.strictEqual(text.slice(q.start, q.end), q.text);
    const rows = mentionRows();
    for (const row of [rows[0], rows[rows.length - 1]]) assert.strictEqual(await click(row), row.text);
  });

  it('a hover link made before the edit still shows the mention it was made on', async () => {
    const analysis = (await api.analyses.get(document))!;
    const mention = analysis.entities[0].mentions[0];
    const version = document.version;
    await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'MORE. '));
    await vscode.commands.executeCommand('articleAnnotator.goToSpan', document.uri.toString(), { start: mention.start, end: mention.end }, version);
    const active = vscode.window.activeTextEditor!;
    assert.strictEqual(active.document.getText(active.selection), mention.text);
  });

  it('the fresh analysis comes in for the current version', async () => {
    const analysis = await waitFor(() => api.analyses.latest(document), 'an analysis');
    assert.strictEqual(api.analyses.versionOf((await api.analyses.get(document))!), document.version);
    assert.ok(analysis.entities.length > 0);
  });
});
