import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ArticleAnnotatorApi } from '../../../src/extension';
import { EXTENSION_ID, openText, repoRoot, tempDir, waitFor } from './helpers';

async function api(): Promise<ArticleAnnotatorApi> {
  return vscode.extensions.getExtension<ArticleAnnotatorApi>(EXTENSION_ID)!.activate();
}

async function hoverAt(document: vscode.TextDocument, text: string): Promise<string> {
  const at = document.positionAt(document.getText().indexOf(text) + 1);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, at);
  return hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n');
}

async function tokenTypes(document: vscode.TextDocument): Promise<Set<string>> {
  const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend | undefined>('vscode.provideDocumentSemanticTokensLegend', document.uri);
  const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', document.uri);
  const types = new Set<string>();
  if (legend && tokens) for (let i = 3; i < tokens.data.length; i += 5) types.add(legend.tokenTypes[tokens.data[i]]);
  return types;
}

describe('Markdown read as an article (an overlay: the document stays Markdown)', () => {
  let file: string;
  before(() => {
    // A fresh copy each run: article mode is remembered per file in the workspace state.
    file = path.join(tempDir('article-md-'), 'bridge.md');
    fs.copyFileSync(path.join(repoRoot, 'test/fixtures/overlay.md'), file);
  });
  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('contributes no grammar injected into every Markdown file, and declares its token scopes for Markdown', () => {
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON;
    assert.ok(pkg.contributes.grammars.every((g: { injectTo?: string[] }) => !g.injectTo), 'no injection grammar');
    const scopesOf = (language: string) =>
      pkg.contributes.semanticTokenScopes.find((s: { language?: string }) => s.language === language)?.scopes;
    const types = pkg.contributes.semanticTokenTypes.map((t: { id: string }) => t.id).sort();
    assert.deepStrictEqual(Object.keys(scopesOf('markdown')).sort(), types, 'every token type has a scope in Markdown');
    assert.deepStrictEqual(scopesOf('markdown'), scopesOf('article'), 'the overlay colours as an article does');
  });

  it('a Markdown file not opened as an article gets nothing from the extension', async () => {
    const { analyses } = await api();
    const editor = await openText(file);
    assert.strictEqual(editor.document.languageId, 'markdown');
    assert.strictEqual(analyses.isArticle(editor.document), false);
    assert.doesNotMatch(await hoverAt(editor.document, 'Ada Quill'), /_person_/);
    assert.ok(!(await tokenTypes(editor.document)).has('person'));
    // VS Code caches these symbols for the document's version, which Open as Article does not change.
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    assert.ok(!(symbols ?? []).some((s) => s.name === 'Ada Quill'), 'none of the article symbols (undefined when Markdown\'s own are not in yet)');
  });

  it('Open as Article keeps it Markdown and lays the analysis over it: hovers, tokens, Outline', async () => {
    const { analyses } = await api();
    const editor = await openText(file);
    await vscode.commands.executeCommand('articleAnnotator.openAsArticle');
    const document = editor.document;
    assert.strictEqual(document.languageId, 'markdown', 'still Markdown');
    await waitFor(() => analyses.latest(document), 'the analysis');
    assert.match(await hoverAt(document, 'Ada Quill'), /_person_/);
    const types = await tokenTypes(document);
    for (const t of ['person', 'quote', 'speaker']) assert.ok(types.has(t), `${t} tokens: ${[...types]}`);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    const names = symbols.flatMap((s) => [s, ...s.children]).map((s) => s.name);
    assert.ok(names.includes('Ada Quill') && names.some((n) => n.startsWith('“We have waited')), names.join(', '));
  });

  it('is remembered when the file is reopened, until Stop Reading as Article', async () => {
    const { analyses } = await api();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const editor = await openText(file);
    assert.strictEqual(editor.document.languageId, 'markdown');
    assert.strictEqual(analyses.isArticle(editor.document), true, 'still an article');
    await vscode.commands.executeCommand('articleAnnotator.leaveArticleMode');
    assert.strictEqual(analyses.isArticle(editor.document), false);
    assert.doesNotMatch(await hoverAt(editor.document, 'Ada Quill'), /_person_/);
  });
});
