import * as vscode from 'vscode';
import { LANGUAGE_ID } from '../constants';

/** `Article: Open as Article`: reads the active text or Markdown file as an article. */
export async function openAsArticle(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('Open a text or Markdown file first, then run “Open as Article”.');
    return;
  }
  if (editor.document.languageId !== LANGUAGE_ID) {
    await vscode.languages.setTextDocumentLanguage(editor.document, LANGUAGE_ID);
  }
}
