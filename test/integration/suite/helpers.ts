import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'article-annotator.article-annotator';
export const repoRoot = path.resolve(__dirname, '../../../..');
export const samplePath = (name: string) => path.join(repoRoot, 'samples', name);
export const fixturePath = (name: string) => path.join(repoRoot, 'test/fixtures', name);
/** Evaluation material of this machine, outside the repository: tests using it skip when it is absent. */
export const sharedSample = path.join(repoRoot, '../shared/samples/tillerson-beijing.txt');

/** Resolves when `condition` holds, polling; VS Code applies language changes and views asynchronously. */
export async function waitFor<T>(condition: () => T | undefined | false, what: string, timeoutMs = 10000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = condition();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function openText(file: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  return vscode.window.showTextDocument(document);
}

const tempDirs: string[] = [];
/** A new temporary folder, removed (with what the test wrote in it) when the run ends. */
export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}
after(() => {
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
