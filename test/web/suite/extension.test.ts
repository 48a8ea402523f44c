import * as vscode from 'vscode';
import type { ArticleAnnotatorApi } from '../../../src/extension';
import { equal, ok, sameMembers } from './assert';

const EXTENSION_ID = 'article-annotator.article-annotator';
/** The index and the views follow the worker's analyses: allow a busy machine time. */
const SETTLE_MS = 30000;

/** What test/web/run.mjs wrote into the test workspace: the sample's entities as the analyzer finds them on Node. */
interface Expected {
  sample: string;
  entities: string[];
  corpus: { articles: string[]; person: string; personArticles: string[] };
}

const folder = () => vscode.workspace.workspaceFolders![0].uri;

async function expected(): Promise<Expected> {
  return JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder(), 'expected.json'))));
}

async function api(): Promise<ArticleAnnotatorApi> {
  const extension = vscode.extensions.getExtension<ArticleAnnotatorApi>(EXTENSION_ID);
  ok(extension, `${EXTENSION_ID} is installed`);
  return extension.activate();
}

async function waitFor<T>(value: () => T | undefined | false, what: string, describe: () => string): Promise<T> {
  for (const until = Date.now() + SETTLE_MS; ; await new Promise((r) => setTimeout(r, 100))) {
    const found = value();
    if (found) return found;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}; ${describe()}`);
  }
}

const label = (item: vscode.TreeItem) => String(typeof item.label === 'object' ? item.label.label : item.label);
const baseName = (text: string) => text.slice(text.lastIndexOf('/') + 1);

describe('Article Annotator in VS Code for the Web (the web-worker extension host)', () => {
  it('runs in a browser web worker, without Node', () => {
    const scope = globalThis as { process?: { versions?: { node?: string } }; importScripts?: unknown };
    equal(scope.process?.versions?.node, undefined, 'Node version');
    equal(typeof scope.importScripts, 'function', 'importScripts (a web worker)');
    equal(vscode.env.uiKind, vscode.UIKind.Web, 'uiKind');
  });

  it('activates, analyses a sample in its Web Worker, and the Entities view lists the entities Node finds', async () => {
    const { sample, entities } = await expected();
    const { entities: tree } = await api();
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder(), sample)));
    const rows = () => tree.getChildren().flatMap((group) => tree.getChildren(group)).map((node) => label(tree.getTreeItem(node)));
    await waitFor(() => rows().length > 0, 'the Entities view', () => `the active editor is ${vscode.window.activeTextEditor?.document.languageId}`);
    sameMembers(rows(), entities, `the Entities view of ${sample}`);
  });

  it('hovers over a name with its card', async () => {
    const { entities } = await expected();
    const document = vscode.window.activeTextEditor!.document;
    const at = document.positionAt(document.getText().indexOf(entities[0]) + 1);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, at);
    // The card's Markdown keeps a name's spaces as &nbsp; (names never wrap).
    const text = hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n').replace(/&nbsp;/g, ' ');
    ok(text.includes(`**${entities[0]}**`), `a hover card naming ${entities[0]}; got ${text}`);
  });

  it('indexes the workspace (vscode.workspace.fs, Web Crypto) and the Corpus view lists a person of two articles with both', async () => {
    const { corpus } = await expected();
    const { index, tree } = (await api()).corpus;
    await index.ready();
    const indexed = () => index.all().map((a) => baseName(a.uri.path));
    await waitFor(() => corpus.articles.every((a) => indexed().includes(a)), 'the index', () => `it holds ${indexed().join(', ')}`);
    for (const article of index.all()) ok(/^[0-9a-f]{64}$/.test(article.hash), `a SHA-256 content hash for ${article.uri.path}, got ${article.hash}`);
    const articlesOf = (name: string) => {
      const entity = tree.getChildren().flatMap((group) => tree.getChildren(group)).find((node) => label(tree.getTreeItem(node)) === name);
      return entity && tree.getChildren(entity).map((article) => baseName(label(tree.getTreeItem(article))));
    };
    const rows = await waitFor(() => articlesOf(corpus.person)?.length === corpus.personArticles.length && articlesOf(corpus.person),
      `${corpus.person} in the Corpus view`, () => `it lists ${JSON.stringify(articlesOf(corpus.person))}`);
    sameMembers(rows, corpus.personArticles, `the articles of ${corpus.person}`);
  });

  it('the source audit of the workspace counts the quoted person, in its webview', async () => {
    const { corpus } = await expected();
    const { audit } = (await api()).corpus;
    await vscode.commands.executeCommand('articleAnnotator.showSourceAudit', 'workspace');
    const speaker = await waitFor(() => audit.audit?.speakers.find((s) => s.name === corpus.person), `${corpus.person} in the audit`,
      () => `it lists ${JSON.stringify(audit.audit?.speakers.map((s) => s.name))}`);
    equal(speaker.articles, corpus.personArticles.length, `the articles quoting ${corpus.person}`);
  });

  it('annotating a word writes the sidecar beside the article through vscode.workspace.fs', async () => {
    const { sample } = await expected();
    const { entities: tree } = await api();
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder(), sample)));
    const word = 'Tuesday';
    const at = editor.document.getText().indexOf(word);
    editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at + word.length));
    await vscode.commands.executeCommand('articleAnnotator.annotateOther');
    const sidecar = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder(), `${sample}.annotations.json`))));
    ok(JSON.stringify(sidecar).includes(word), `the sidecar holds ${word}: ${JSON.stringify(sidecar)}`);
    const others = () => tree.getChildren().filter((g) => label(tree.getTreeItem(g)) === 'Other names').flatMap((g) => tree.getChildren(g)).map((n) => label(tree.getTreeItem(n)));
    await waitFor(() => others().includes(word), `${word} under Other names`, () => `it lists ${JSON.stringify(others())}`);
  });
});
