import * as vscode from 'vscode';

/**
 * Appends article text to Markdown as plain text. appendText escapes Markdown syntax but not `<`, so HTML in an
 * article is turned into entities too. The renderer would still autolink bare URLs, `www.` addresses and e-mail
 * addresses, so the characters it looks for (the colon of `https:`, the dot of `www.`, the `@`) become character
 * references: they show as themselves but are not read as a link. Nothing a file contains becomes markup or a link.
 */
export function appendArticleText(md: vscode.MarkdownString, text: string): vscode.MarkdownString {
  const escaped = new vscode.MarkdownString(undefined, md.supportThemeIcons)
    .appendText(text.replace(/&/g, '&amp;').replace(/</g, '&lt;')).value
    .replace(/:/g, '&#58;')
    .replace(/@/g, '&#64;')
    .replace(/\b(www)\./gi, '$1&#46;');
  return md.appendMarkdown(escaped);
}
