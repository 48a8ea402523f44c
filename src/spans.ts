import * as vscode from 'vscode';
import { isPhotoCredit, primaryMention } from './core/output/query';
import type { Mention, Span } from './core/types';

export function toRange(document: vscode.TextDocument, span: Span): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

export function toLocation(document: vscode.TextDocument, span: Span): vscode.Location {
  return new vscode.Location(document.uri, toRange(document, span));
}

/** Shows the span in its document, selected and centred. */
export async function revealSpan(uri: vscode.Uri, span: Span): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  const range = toRange(document, span);
  const editor = await vscode.window.showTextDocument(document, { selection: range, preserveFocus: false });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

/**
 * Where an entity is introduced in the body of the article (Go to Definition, the Outline, "Go to first
 * mention"): its first full name outside photo captions and credits. Only the lines of the names looked at are
 * read: the Outline asks after every edit, and a pass over a long article's whole text is milliseconds each time.
 */
export function introductionOf<M extends Mention>(document: vscode.TextDocument, entity: { mentions: M[] }): M | undefined {
  return primaryMention(entity, (mention: M) => inPhotoCaption(document, mention));
}

/** Whether the span lies on a photo credit's line or on its caption, the line above it (as `photoCaptions` finds them). */
function inPhotoCaption(document: vscode.TextDocument, span: Span): boolean {
  const { line } = document.positionAt(span.start);
  if (document.positionAt(span.end).line !== line) return false;
  return isPhotoCredit(document.lineAt(line).text) || (line + 1 < document.lineCount && isPhotoCredit(document.lineAt(line + 1).text));
}
