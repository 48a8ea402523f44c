import * as vscode from 'vscode';
import { CONFIG_SECTION, LANGUAGE_ID } from './constants';

const CANDIDATE_LANGUAGES = new Set(['plaintext', 'markdown']);

/**
 * Opens files matching `articleAnnotator.filePatterns` as articles. The language contribution covers
 * fixed names (*.article.txt); this covers the user's own folders of plain `.txt`/`.md` articles.
 */
export function registerFilePatterns(): vscode.Disposable {
  const apply = (document: vscode.TextDocument) => {
    if (!CANDIDATE_LANGUAGES.has(document.languageId)) return;
    const patterns = vscode.workspace.getConfiguration(CONFIG_SECTION, document).get<string[]>('filePatterns', []);
    if (patterns.some((pattern) => vscode.languages.match({ pattern }, document) > 0)) {
      void vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
    }
  };
  vscode.workspace.textDocuments.forEach(apply);
  return vscode.Disposable.from(
    vscode.workspace.onDidOpenTextDocument(apply),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${CONFIG_SECTION}.filePatterns`)) vscode.workspace.textDocuments.forEach(apply);
    }),
  );
}
