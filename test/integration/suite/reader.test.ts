import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { applyAnnotations, type AnnotatedAnalysis } from '../../../src/core/annotations';
import type { Entity, Mention } from '../../../src/core/types';
import type { ArticleAnnotatorApi } from '../../../src/extension';
import { ArticleSymbolProvider } from '../../../src/providers/symbols';
import { EntitiesTree } from '../../../src/views/entitiesTree';
import { EXTENSION_ID, openText, repoRoot, tempDir, waitFor } from './helpers';

/** The editor as a reader of articles, on the project's own fixture (issue 11): no material from ../shared. */
const fixture = path.join(repoRoot, 'test/fixtures/reader.article.txt');

async function api(): Promise<ArticleAnnotatorApi> {
  return vscode.extensions.getExtension<ArticleAnnotatorApi>(EXTENSION_ID)!.activate();
}

/** Offset of the nth occurrence of `text` in the document. */
function offsetOf(document: vscode.TextDocument, text: string, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = document.getText().indexOf(text, at + 1);
  assert.ok(at >= 0, `"${text}" occurs in the fixture`);
  return at;
}

const textOf = (document: vscode.TextDocument, range: vscode.Range) => document.getText(range);

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n').replace(/&nbsp;/g, ' ');
}

describe('the editor as a reader of articles', function () {
  let document: vscode.TextDocument;
  let analysis: AnnotatedAnalysis;

  before(async () => {
    const editor = await openText(fixture);
    document = await waitFor(() => editor.document.languageId === 'article' && editor.document, 'the fixture opening as an article');
    analysis = (await (await api()).analyses.get(document))!;
  });
  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('articles get prose defaults: word wrap, no ambiguous or invisible character boxes, no word suggestions', () => {
    const editor = vscode.workspace.getConfiguration('editor', { languageId: 'article' });
    assert.strictEqual(editor.get('wordWrap'), 'on');
    assert.strictEqual(editor.get('unicodeHighlight.ambiguousCharacters'), false);
    assert.strictEqual(editor.get('unicodeHighlight.invisibleCharacters'), false);
    assert.strictEqual(editor.get('wordBasedSuggestions'), 'off');
    assert.deepStrictEqual(editor.get('quickSuggestions'), { comments: 'off', strings: 'off', other: 'off' });
    assert.strictEqual(editor.get('semanticHighlighting.enabled'), true);
  });

  it('Outline symbols span their own text: each quotation and each entity where the body introduces it', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    const all = symbols.flatMap((s) => [s, ...s.children]);
    assert.ok(all.length >= 8, `symbols: ${all.map((s) => s.name).join(', ')}`);
    for (const s of all) {
      const text = textOf(document, s.range);
      assert.ok(s.range.start.line === s.range.end.line || /^“/.test(text), `"${s.name}" spans one name or one quotation, not a group: ${s.range.start.line}-${s.range.end.line}`);
      assert.ok(![vscode.SymbolKind.Variable, vscode.SymbolKind.Namespace, vscode.SymbolKind.Module, vscode.SymbolKind.Object].includes(s.kind), `${s.name}: kind ${vscode.SymbolKind[s.kind]}`);
    }
    assert.ok(!all.some((s) => ['People', 'Organizations', 'Places', 'Quotes'].includes(s.name)), 'no group symbols spanning the file');
    const ada = all.find((s) => s.name === 'Ada Quill')!;
    assert.strictEqual(ada.range.start.line, document.positionAt(offsetOf(document, 'Ada Quill', 1)).line, 'introduced in the body, not the photo caption');
    const quote = all.find((s) => s.kind === vscode.SymbolKind.String && s.name.startsWith('“We have waited'))!;
    assert.strictEqual(quote.detail, 'Ada Quill');
    assert.strictEqual(textOf(document, quote.range), '“We have waited thirty years for this bridge,”');
  });

  it('Go to Definition lands on the name\'s introduction in the body, not a photo caption', async () => {
    const at = document.positionAt(offsetOf(document, 'Quill said') + 1);
    const locations = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', document.uri, at);
    const target = locations.map((l) => ('targetRange' in l ? l.targetRange : l.range))[0];
    assert.strictEqual(document.offsetAt(target.start), offsetOf(document, 'Ada Quill', 1));
  });

  it('the innermost name wins: a person named inside an organization\'s description', async () => {
    const quill = offsetOf(document, 'Ada Quill', 1); // in "a think tank founded by Ada Quill"
    const inside = document.positionAt(quill + 2);
    const hover = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, inside));
    assert.match(hover, /\*\*Ada Quill\*\* — _person_/);
    assert.doesNotMatch(hover, /Orchard Forum/);
    const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', document.uri, inside);
    const person = analysis.entities.find((e) => e.name === 'Ada Quill')!;
    assert.strictEqual(highlights.length, person.mentions.length, 'highlights are the person\'s mentions');
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', document.uri);
    const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', document.uri);
    const at = document.positionAt(quill);
    let line = 0;
    let char = 0;
    let type: string | undefined;
    for (let i = 0; i < tokens.data.length; i += 5) {
      line += tokens.data[i];
      char = tokens.data[i] === 0 ? char + tokens.data[i + 1] : tokens.data[i + 1];
      if (line === at.line && char === at.character) type = legend.tokenTypes[tokens.data[i + 3]];
    }
    assert.strictEqual(type, 'person');
  });

  it('mention rows start with a whole word and highlight the mention; "1 mention" in the singular', async () => {
    const { entities } = await api();
    await waitFor(() => entities.getChildren().length > 0, 'the Entities view');
    const people = entities.getChildren().find((g) => entities.getTreeItem(g).label === 'People')!;
    const ada = entities.getChildren(people).find((n) => entities.getTreeItem(n).label === 'Ada Quill')!;
    const rows = entities.getChildren(ada).map((n) => entities.getTreeItem(n)).filter((i) => typeof i.label === 'object');
    assert.ok(rows.length >= 3, 'mention rows');
    for (const row of rows) {
      const label = row.label as vscode.TreeItemLabel;
      const [[from, to]] = label.highlights as [number, number][];
      assert.match(label.label.slice(from, to), /^(Ada Quill|Quill|a think tank.*|who)$/, label.label);
      assert.ok(from <= 26, `the mention is near the start, before any ellipsis: ${label.label}`);
      const lead = label.label.slice(0, from).replace(/^…/, '');
      const lineText = document.getText().split('\n').find((l) => l.includes(lead + label.label.slice(from, to)));
      assert.ok(lineText !== undefined, `the row's text is the article's: ${label.label}`);
      const at = lineText.indexOf(lead + label.label.slice(from, to));
      assert.ok(at === 0 || /\s/.test(lineText[at - 1]), `starts at a word: ${label.label}`);
    }
    const mara = entities.getChildren(people).find((n) => entities.getTreeItem(n).label === 'Mara Jensen')!;
    const item = entities.getTreeItem(mara);
    assert.match(String(item.description), /(^|· )1 mention$/);
    assert.match((item.tooltip as vscode.MarkdownString).value.replace(/&nbsp;/g, ' '), /1 mention, 0 quotes/);
  });

  it('the status bar shows the article\'s counts, and "Analysing…" while an edit waits for its analysis', async () => {
    const { status } = await api();
    const editor = await vscode.window.showTextDocument(document);
    await waitFor(() => /entities · \d+ quotes?/.test(status.text) && status.text, 'counts in the status bar');
    assert.match(status.text, new RegExp(`${analysis.entities.length} entities · ${analysis.quotes.length} quotes`));
    await editor.edit((e) => e.insert(document.positionAt(document.getText().length), '\nMore.'));
    assert.match(status.text, /Analysing/);
    await waitFor(() => /entities/.test(status.text), 'counts after the edit');
    await vscode.commands.executeCommand('articleAnnotator.refreshAnalysis');
    assert.match(status.text, /entities · /);
    await vscode.commands.executeCommand('undo');
  });

  it('Copy Quotes as CSV gives each row the file and line', async () => {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('articleAnnotator.copyQuotesCsv');
    const rows = (await vscode.env.clipboard.readText()).split('\r\n');
    assert.strictEqual(rows[0], 'file,line,start,end,speaker,quote,cue');
    const line = document.positionAt(offsetOf(document, '“We have waited')).line + 1;
    assert.ok(rows.some((r) => r.startsWith(`${vscode.workspace.asRelativePath(document.uri)},${line},`) && r.includes('Ada Quill')), rows.join('\n'));
  });

  it('Open as Article is offered for .txt and .md only, and says why on another file', async () => {
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON;
    const when: string = pkg.contributes.menus.commandPalette.find((m: { command: string }) => m.command === 'articleAnnotator.openAsArticle').when;
    assert.match(when, /resourceExtname/);
    const json = path.join(tempDir('article-'), 'export.json');
    fs.writeFileSync(json, '{ "quotes": ["“Hello,” said Ada Quill."] }\n');
    const editor = await openText(json);
    await vscode.commands.executeCommand('articleAnnotator.openAsArticle');
    await new Promise((r) => setTimeout(r, 300));
    assert.strictEqual(editor.document.languageId, 'json');
  });

  it('declares support for untrusted and virtual workspaces', () => {
    const { capabilities } = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON;
    assert.deepStrictEqual(capabilities.untrustedWorkspaces, { supported: true });
    assert.strictEqual(capabilities.virtualWorkspaces, true);
  });
});

describe('an entity with 200,000 mentions', () => {
  const count = 200_000;
  const text = 'Lee. '.repeat(count);
  const mentions: Mention[] = Array.from({ length: count }, (_, i) => ({ start: 5 * (count - 1 - i), end: 5 * (count - 1 - i) + 3, text: 'Lee', kind: 'name' }));
  const lee: Entity = { id: 'e1', type: 'PERSON', name: 'Lee', aliases: [], mentions };
  const ann: Entity = { id: 'e2', type: 'PERSON', name: 'Ann', aliases: [], mentions: [{ start: 0, end: 3, text: 'Lee', kind: 'name' }] };
  // What the views get: the analysis with (here no) annotations applied.
  const analysis = applyAnnotations({ entities: [lee, ann], quotes: [], findings: [] }, { entities: [], quotes: [] });

  it('sorts in the Entities view and outlines without overflowing the stack', async () => {
    const document = await vscode.workspace.openTextDocument({ content: text, language: 'plaintext' });
    const article = { analysis, document, onDidChange: () => ({ dispose() {} }) };
    const state = { get: <T>(_: string, fallback: T) => fallback, update: async () => {}, keys: () => [] };
    const tree = new EntitiesTree(article as never, state as never);
    tree.setSort('appearance');
    const [group] = tree.getChildren();
    assert.strictEqual(tree.getChildren(group).length, 2);
    const symbols = await new ArticleSymbolProvider({ get: async () => analysis } as never)
      .provideDocumentSymbols(document, new vscode.CancellationTokenSource().token);
    assert.strictEqual(symbols.length, 2);
    assert.deepStrictEqual(symbols.map((s) => document.offsetAt(s.range.start)), [0, 0]);
  });
});

describe('hover cards with hostile article text', () => {
  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('bare URLs, www. addresses, e-mail addresses, command links and HTML stay text', async () => {
    const editor = await openText(path.join(repoRoot, 'test/fixtures/hostile-links.article.txt'));
    const document = await waitFor(() => editor.document.languageId === 'article' && editor.document, 'article mode');
    await (await api()).analyses.get(document);
    const at = document.positionAt(offsetOf(document, 'Ada Quill') + 1);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, at);
    const value = hoverText(hovers);
    assert.match(value, /vote\.elmdale\.example/, 'the card quotes the text');
    // What the renderer would autolink: a scheme's "://", "www.", an address's "@"; and any Markdown link or tag.
    assert.doesNotMatch(value, /https?:\/\//);
    assert.doesNotMatch(value, /\bwww\./i);
    assert.doesNotMatch(value, /\w@\w/);
    assert.doesNotMatch(value, /<a\b/i);
    const links = [...value.matchAll(/\]\(([^)]*)\)/g)].map((m) => m[1]);
    assert.ok(links.length === 3 && links.every((l) => l.startsWith('command:articleAnnotator.')), `only the card's own commands: ${links.join(' ')}`);
  });
});
