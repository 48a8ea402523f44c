import * as vscode from 'vscode';
import type { FileSystem } from './core/annotations';

/**
 * The core's sidecar file operations over `vscode.workspace.fs`, so sidecars work wherever the article lives
 * (local disk, remote, virtual file systems). Paths are URI paths on the article's scheme and authority.
 */
export class WorkspaceFileSystem implements FileSystem {
  constructor(private readonly base: vscode.Uri) {}

  uri(path: string): vscode.Uri {
    return this.base.with({ path, query: '', fragment: '' });
  }

  async readFile(path: string): Promise<string | undefined> {
    try {
      return new TextDecoder().decode(await vscode.workspace.fs.readFile(this.uri(path)));
    } catch (e) {
      if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return undefined;
      throw e;
    }
  }

  writeFile(path: string, content: string): Promise<void> {
    return Promise.resolve(vscode.workspace.fs.writeFile(this.uri(path), new TextEncoder().encode(content)));
  }

  rename(from: string, to: string): Promise<void> {
    return Promise.resolve(vscode.workspace.fs.rename(this.uri(from), this.uri(to), { overwrite: true }));
  }

  copyFile(from: string, to: string): Promise<void> {
    return Promise.resolve(vscode.workspace.fs.copy(this.uri(from), this.uri(to), { overwrite: false }));
  }

  unlink(path: string): Promise<void> {
    return Promise.resolve(vscode.workspace.fs.delete(this.uri(path)));
  }

  async siblings(path: string): Promise<string[]> {
    const folder = path.slice(0, path.lastIndexOf('/') + 1);
    const name = path.slice(folder.length);
    const entries = await vscode.workspace.fs.readDirectory(this.uri(folder));
    return entries.filter(([n, type]) => n.startsWith(name) && type === vscode.FileType.File).map(([n]) => folder + n);
  }
}
