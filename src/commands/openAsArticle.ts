import * as vscode from 'vscode';
import { LANGUAGE_ID } from '../constants';

/** Languages and file extensions that can be read as an article (package.json offers the command for them only). */
const READABLE_LANGUAGES = new Set(['plaintext', 'markdown']);
const READABLE_EXTENSIONS = /\.(txt|md)$/i;

/** `Article: Open as Article`: reads the active text or Markdown file as an article. */
export async function openAsArticle(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('Open a text or Markdown file first, then run “Open as Article”.');
    return;
  }
  const document = editor.document;
  if (document.languageId === LANGUAGE_ID) return;
  if (!READABLE_LANGUAGES.has(document.languageId) && !READABLE_EXTENSIONS.test(document.uri.path)) {
    // The language id, not the file name: a name is the file's own text and is not put into a message.
    void vscode.window.showInformationMessage(
      `“Open as Article” reads plain text (.txt) and Markdown (.md) files; this is a ${document.languageId} file, whose analysis would be noise.`);
    return;
  }
  await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
}
