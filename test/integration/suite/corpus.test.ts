import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ArticleAnnotatorApi } from '../../../src/extension';
import { EXTENSION_ID, repoRoot, waitFor } from './helpers';

// The tests' workspace is samples/; the invented articles of test/fixtures/corpus are copied into a folder of it
// for these tests and removed after them.
const fixtures = path.join(repoRoot, 'test/fixtures/corpus');
const workspaceCopy = path.join(repoRoot, 'samples/corpus-test');
const article = (name: string) => path.join(workspaceCopy, name);
/** The index and the view follow files through a watcher and debounced analyses: allow a busy machine time. */
const SETTLE_MS = 20000;

async function api(): Promise<ArticleAnnotatorApi> {
  return vscode.extensions.getExtension<ArticleAnnotatorApi>(EXTENSION_ID)!.activate();
}

/** The Corpus view's entity rows as label → the article rows under it. */
async function corpusView(): Promise<Map<string, string[]>> {
  const { tree } = (await api()).corpus;
  const rows = new Map<string, string[]>();
  for (const group of tree.getChildren()) {
    for (const entity of tree.getChildren(group)) {
      rows.set(String(tree.getTreeItem(entity).label), tree.getChildren(entity).map((a) => path.basename(String(tree.getTreeItem(a).label))));
    }
  }
  return rows;
}

async function waitForView(what: string, condition: (rows: Map<string, string[]>) => boolean): Promise<Map<string, string[]>> {
  let rows: Map<string, string[]>;
  const until = Date.now() + SETTLE_MS;
  while (!condition((rows = await corpusView()))) {
    if (Date.now() > until) assert.fail(`timed out waiting for ${what}; the view shows ${JSON.stringify([...rows])}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return rows;
}

describe('the workspace as a corpus', function () {
  this.timeout(60000);

  before(async () => {
    fs.rmSync(workspaceCopy, { recursive: true, force: true });
    fs.cpSync(fixtures, workspaceCopy, { recursive: true });
    const { corpus } = await api();
    await corpus.index.start();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(workspaceCopy, { recursive: true, force: true });
  });

  it('the Corpus view lists a person named in two articles, with both articles and their quotes', async () => {
    const rows = await waitForView('Ada Quill in two articles', (r) => r.get('Ada Quill')?.length === 2);
    assert.deepStrictEqual(rows.get('Ada Quill'), ['elmdale-pier.article.txt', 'ferry-strike.article.txt']);
    assert.deepStrictEqual(rows.get('Corin Vale'), ['market-day.article.txt']);
    const { tree } = (await api()).corpus;
    const people = tree.getChildren().find((g) => tree.getTreeItem(g).label === 'People')!;
    const ada = tree.getChildren(people).find((e) => tree.getTreeItem(e).label === 'Ada Quill')!;
    assert.match(String(tree.getTreeItem(ada).description), /^2 articles · 3 quotes$/);
    const quotes = tree.getChildren(ada).flatMap((a) => tree.getChildren(a)).map((q) => String(tree.getTreeItem(q).label));
    assert.ok(quotes.some((q) => q.includes('We will have boats tied up here')), quotes.join('\n'));
    assert.ok(quotes.some((q) => q.includes('We will keep the lights on')), quotes.join('\n'));
  });

  it('indexes the samples, made articles by the folder\'s articleAnnotator.filePatterns, as the editor does', async () => {
    // The workspace is samples/ itself and its pattern names the folder ("**/samples/*.txt"): the editor matches it
    // against the whole path, and so must the index (a workspace-relative match found no sample).
    const { index } = (await api()).corpus;
    const indexed = index.all().map((a) => path.relative(repoRoot, a.uri.fsPath)).filter((p) => !p.includes('corpus-test')).sort();
    assert.deepStrictEqual(indexed, ['samples/harbor-bridge-vote.txt', 'samples/river-flood-warning.txt']);
    const rows = await corpusView();
    assert.deepStrictEqual(rows.get('Elena Marquez'), ['harbor-bridge-vote.txt']);
    assert.deepStrictEqual(rows.get('Isabelle Roux'), ['river-flood-warning.txt']);
  });

  it('the filter narrows the Corpus view as in the Entities view', async () => {
    const { tree } = (await api()).corpus;
    tree.setFilter('quill');
    try {
      const names = tree.getChildren().flatMap((g) => tree.getChildren(g)).map((e) => tree.getTreeItem(e).label);
      assert.deepStrictEqual(names, ['Ada Quill']);
    } finally {
      tree.setFilter('');
    }
  });

  it('Ctrl+T (workspace symbols) finds the person in both articles', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Ada Quill');
    const ours = symbols.filter((s) => s.name === 'Ada Quill');
    assert.deepStrictEqual(ours.map((s) => path.basename(s.location.uri.fsPath)).sort(), ['elmdale-pier.article.txt', 'ferry-strike.article.txt']);
    for (const s of ours) {
      const document = await vscode.workspace.openTextDocument(s.location.uri);
      assert.strictEqual(document.getText(s.location.range), 'Ada Quill');
    }
  });

  it('the source audit counts the workspace articles and exports CSV and a standalone HTML page', async () => {
    const { corpus } = await api();
    await vscode.commands.executeCommand('articleAnnotator.showSourceAudit', 'workspace');
    const audit = await waitFor(() => corpus.audit.audit, 'the audit report');
    const ada = audit.speakers.find((s) => s.name === 'Ada Quill');
    assert.deepStrictEqual([ada?.quotes, ada?.articles], [3, 2]);
    assert.ok(audit.speakers.some((s) => s.name === 'Corin Vale'));
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'audit-export-'));
    try {
      const csv = await corpus.audit.export('csv', vscode.Uri.file(path.join(tmp, 'audit.csv')));
      assert.match(fs.readFileSync(csv!.fsPath, 'utf8'), /^speaker,named,type,/);
      const html = fs.readFileSync((await corpus.audit.export('html', vscode.Uri.file(path.join(tmp, 'audit.html'))))!.fsPath, 'utf8');
      assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
      assert.match(html, /Ada Quill/);
      assert.doesNotMatch(html, /<script|https?:/, 'standalone: no script, nothing remote');
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    }
  });

  it('editing one article updates the Corpus view', async () => {
    const document = await vscode.workspace.openTextDocument(article('ferry-strike.article.txt'));
    const editor = await vscode.window.showTextDocument(document);
    const text = document.getText();
    await editor.edit((edit) => {
      for (let at = text.indexOf('Quill'); at !== -1; at = text.indexOf('Quill', at + 1)) {
        edit.replace(new vscode.Range(document.positionAt(at), document.positionAt(at + 'Quill'.length)), 'Renn');
      }
    });
    const rows = await waitForView('Ada Quill in one article', (r) => r.get('Ada Quill')?.length === 1 && r.has('Ada Renn'));
    assert.deepStrictEqual(rows.get('Ada Quill'), ['elmdale-pier.article.txt']);
    assert.deepStrictEqual(rows.get('Ada Renn'), ['ferry-strike.article.txt']);
    // Back to the original words, saved: the index follows the save.
    await editor.edit((edit) => edit.replace(new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), text));
    assert.ok(await document.save(), 'saved');
    await waitForView('the saved text again', (r) => r.get('Ada Quill')?.length === 2 && !r.has('Ada Renn'));
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('a file changed back while its changed text is being analysed keeps the text it has now', async () => {
    // A .txt beside the fixtures matches no article pattern, so no watcher reads it: only the test's readings do.
    const { index } = (await api()).corpus;
    const file = article('rowing-club.txt');
    const uri = vscode.Uri.file(file);
    const names = () => index.get(uri)?.analysis.entities.map((e) => e.name) ?? [];
    const saved = 'Rowing club news\n\n“We row at dawn,” said Wren Ashby, the club captain.\n';
    // Long enough that its analysis is still running when the file is changed back and read again.
    const changed = saved + '\n“The tide decides when we leave the slipway,” said Bram Tolliver, who coaches the juniors.\n'.repeat(3000);
    try {
      fs.writeFileSync(file, saved);
      await index.refresh(uri);
      assert.ok(names().includes('Wren Ashby'), names().join(', '));
      fs.writeFileSync(file, changed);
      const slow = index.refresh(uri);
      await waitFor(() => index.analysing > 0, 'the changed text in analysis');
      fs.writeFileSync(file, saved);
      await index.refresh(uri);
      await slow;
      assert.deepStrictEqual(names(), ['Wren Ashby'], 'the analysis of the text the file has now, not of the one it had');
    } finally {
      const edit = new vscode.WorkspaceEdit();
      edit.deleteFile(uri, { ignoreIfNotExists: true });
      await vscode.workspace.applyEdit(edit);
    }
    assert.strictEqual(index.get(uri), undefined, 'deleted, it leaves the index');
  });

  it('manual annotations override the analysis of an article with unsaved edits, anchored to the unsaved text', async () => {
    const { index } = (await api()).corpus;
    const file = article('harbor-lamps.article.txt');
    const uri = vscode.Uri.file(file);
    const text = 'Harbor lamps relit\n\nVolunteers relit the lamps along the old quay on Sunday, said Wren Ashby.\n';
    const start = text.indexOf('old quay');
    const end = start + 'old quay'.length;
    // A place the analyzer does not find, annotated by hand (docs/annotations-format.md).
    const mention = { kind: 'name', start, end, text: 'old quay', before: text.slice(Math.max(0, start - 32), start), after: text.slice(end, end + 32) };
    fs.writeFileSync(`${file}.annotations.json`, JSON.stringify({
      format: 'article-annotator/annotations', version: 1,
      entities: [{ id: 'a1', status: 'manual', type: 'PLACE', name: 'Old Quay', mentions: [mention] }], quotes: [],
    }));
    fs.writeFileSync(file, text);
    const quay = () => index.get(uri)?.analysis.entities.find((e) => e.name === 'Old Quay');
    await waitFor(() => quay(), 'the saved article with its annotation in the index', SETTLE_MS);
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    try {
      await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'LATE EDITION. '));
      const moved = await waitFor(() => index.get(uri)?.hash === 'unsaved' && quay()?.mentions[0].start !== start && quay(), 'the unsaved text in the index', SETTLE_MS);
      const at = moved.mentions[0];
      assert.strictEqual(document.getText().slice(at.start, at.end), 'old quay', 'anchored to the unsaved text');
      assert.strictEqual(moved.type, 'PLACE');
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      const edit = new vscode.WorkspaceEdit();
      edit.deleteFile(uri);
      edit.deleteFile(vscode.Uri.file(`${file}.annotations.json`));
      await vscode.workspace.applyEdit(edit);
    }
  });

  it('deleting an article removes it from the Corpus view', async () => {
    fs.rmSync(article('market-day.article.txt'));
    const rows = await waitForView('Corin Vale gone', (r) => !r.has('Corin Vale'));
    assert.strictEqual(rows.get('Ada Quill')?.length, 2);
  });
});
