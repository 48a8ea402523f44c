import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { ArticleAnnotatorApi } from '../../../src/extension';
import { EXTENSION_ID, waitFor } from './helpers';

const SCHEME = 'article-memfs';

/** Files in memory, as a virtual workspace has them: nothing on disk for Node's fs to read. */
class MemoryFileSystem implements vscode.FileSystemProvider {
  private readonly files = new Map<string, Uint8Array>();
  private readonly emitter = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.emitter.event;
  watch(): vscode.Disposable {
    return { dispose() {} };
  }
  stat(uri: vscode.Uri): vscode.FileStat {
    const data = this.files.get(uri.path);
    if (data) return { type: vscode.FileType.File, ctime: 0, mtime: 0, size: data.length };
    if ([...this.files.keys()].some((p) => p.startsWith(`${uri.path.replace(/\/$/, '')}/`))) return { type: vscode.FileType.Directory, ctime: 0, mtime: 0, size: 0 };
    throw vscode.FileSystemError.FileNotFound(uri);
  }
  readDirectory(): [string, vscode.FileType][] {
    return [];
  }
  createDirectory(): void {}
  readFile(uri: vscode.Uri): Uint8Array {
    const data = this.files.get(uri.path);
    if (!data) throw vscode.FileSystemError.FileNotFound(uri);
    return data;
  }
  writeFile(uri: vscode.Uri, content: Uint8Array): void {
    this.files.set(uri.path, content);
  }
  delete(uri: vscode.Uri): void {
    this.files.delete(uri.path);
  }
  rename(from: vscode.Uri, to: vscode.Uri): void {
    this.files.set(to.path, this.readFile(from));
    this.files.delete(from.path);
  }
}

describe('an article in a virtual file system', () => {
  const memory = new MemoryFileSystem();
  let registration: vscode.Disposable;
  before(() => {
    registration = vscode.workspace.registerFileSystemProvider(SCHEME, memory);
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    registration.dispose();
  });

  it('is analysed, and exported through workspace.fs', async () => {
    const { analyses } = await vscode.extensions.getExtension<ArticleAnnotatorApi>(EXTENSION_ID)!.activate();
    const article = vscode.Uri.from({ scheme: SCHEME, path: '/news/vote.article.txt' });
    await vscode.workspace.fs.writeFile(article, new TextEncoder().encode('Vote set\n\n“We are ready,” said Ada Quill, the mayor of Elmdale.\n'));
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(article));
    assert.strictEqual(editor.document.languageId, 'article');
    const analysis = await waitFor(() => analyses.latest(editor.document), 'the analysis');
    assert.ok(analysis.entities.some((e) => e.name === 'Ada Quill'));
    const destination = vscode.Uri.from({ scheme: SCHEME, path: '/news/vote.analysis.json' });
    await vscode.commands.executeCommand('articleAnnotator.exportAnalysis', destination);
    const exported = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(destination)));
    assert.deepStrictEqual(exported.quotes.map((q: { text: string }) => q.text), ['“We are ready,”']);
  });
});
