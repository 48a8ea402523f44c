import * as vscode from 'vscode';
import type { Span } from './core/types';

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

/** One line of context around a span for lists: whitespace folded, long text cut at both ends. */
export function preview(text: string, span: Span, width = 60): string {
  const before = text.slice(Math.max(0, span.start - width / 2), span.start);
  const after = text.slice(span.end, span.end + width / 2);
  const lineStart = Math.max(before.lastIndexOf('\n') + 1, 0);
  const lineEnd = after.indexOf('\n') === -1 ? after.length : after.indexOf('\n');
  return (before.slice(lineStart) + text.slice(span.start, span.end) + after.slice(0, lineEnd)).replace(/\s+/g, ' ').trim();
}
