import { minimatch } from 'minimatch';
import * as vscode from 'vscode';
import { CONFIG_SECTION, LANGUAGE_ID } from './constants';

const CANDIDATE_LANGUAGES = new Set(['plaintext', 'markdown']);

/** `articleAnnotator.filePatterns` for a file (a folder's settings can set them). */
export function filePatterns(scope?: vscode.Uri | vscode.TextDocument): string[] {
  return vscode.workspace.getConfiguration(CONFIG_SECTION, scope).get<string[]>('filePatterns', []);
}

/**
 * Whether a file matches one of the patterns. A pattern is matched against the file's whole path, as VS Code matches
 * a document selector's glob: the samples' pattern (any folder named samples) holds in a workspace opened at
 * samples/ itself. The editor and the corpus index both ask here, so they take the same files for articles.
 */
export function matchesFilePatterns(uri: vscode.Uri, patterns: readonly string[]): boolean {
  return patterns.some((pattern) => minimatch(uri.path, pattern, { dot: true }));
}

/**
 * Opens files matching `articleAnnotator.filePatterns` as articles. The language contribution covers
 * fixed names (*.article.txt); this covers the user's own folders of plain `.txt`/`.md` articles.
 */
export function registerFilePatterns(): vscode.Disposable {
  const apply = (document: vscode.TextDocument) => {
    if (!CANDIDATE_LANGUAGES.has(document.languageId)) return;
    if (matchesFilePatterns(document.uri, filePatterns(document))) void vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
  };
  vscode.workspace.textDocuments.forEach(apply);
  return vscode.Disposable.from(
    vscode.workspace.onDidOpenTextDocument(apply),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${CONFIG_SECTION}.filePatterns`)) vscode.workspace.textDocuments.forEach(apply);
    }),
  );
}
