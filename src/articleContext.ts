import * as vscode from 'vscode';
import { LANGUAGE_ID } from './constants';

/**
 * Keeps the context key `articleAnnotator.articleActive` true while the active editor holds an article.
 * Views and menus use it rather than `editorLangId`, which is unset when focus is in the sidebar.
 */
export function trackActiveArticle(): vscode.Disposable {
  const update = () => {
    const active = vscode.window.activeTextEditor?.document.languageId === LANGUAGE_ID;
    void vscode.commands.executeCommand('setContext', 'articleAnnotator.articleActive', active);
  };
  update();
  return vscode.Disposable.from(
    vscode.window.onDidChangeActiveTextEditor(update),
    // Changing a document's language reopens it.
    vscode.workspace.onDidOpenTextDocument(() => setTimeout(update, 0)),
  );
}
