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
});
