import * as vscode from 'vscode';
import type { ArticleMode } from '../articleMode';
import { LANGUAGE_ID } from '../constants';

/** Languages and file extensions that can be read as an article (package.json offers the command for them only). */
const READABLE_LANGUAGES = new Set(['plaintext', 'markdown']);
const READABLE_EXTENSIONS = /\.(txt|md)$/i;

/**
 * `Article: Open as Article`: reads the active text file as an article (it takes the article language) or the
 * active Markdown file (it stays Markdown, with the analysis laid over it, and is remembered as an article).
 */
export async function openAsArticle(mode: ArticleMode): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('Open a text or Markdown file first, then run “Open as Article”.');
    return;
  }
  const document = editor.document;
  if (mode.isArticle(document)) return;
  if (document.languageId === 'markdown') return mode.enter(document);
  if (!READABLE_LANGUAGES.has(document.languageId) && !READABLE_EXTENSIONS.test(document.uri.path)) {
    // The language id, not the file name: a name is the file's own text and is not put into a message.
    void vscode.window.showInformationMessage(
      `“Open as Article” reads plain text (.txt) and Markdown (.md) files; this is a ${document.languageId} file, whose analysis would be noise.`);
    return;
  }
  await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
}

/** `Article: Stop Reading as Article`: a Markdown file read as an article goes back to plain Markdown. */
export async function leaveArticleMode(mode: ArticleMode): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  if (document && mode.isOverlay(document)) await mode.leave(document);
}
