import type * as vscode from 'vscode';

/**
 * Appends article text to Markdown as plain text. appendText escapes Markdown syntax but not `<`,
 * so HTML in an article is turned into entities too: nothing a file contains can become markup or a link.
 */
export function appendArticleText(md: vscode.MarkdownString, text: string): vscode.MarkdownString {
  return md.appendText(text.replace(/&/g, '&amp;').replace(/</g, '&lt;'));
}
