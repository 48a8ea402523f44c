import type * as vscode from 'vscode';

/** The last segment of a URI's path: its file name (the browser has no node:path). */
export function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
