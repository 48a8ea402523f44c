import * as vscode from 'vscode';
import { photoCaptions, primaryMention } from './core/output/query';
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

const captions = new WeakMap<object, Span[]>();

/**
 * Where an entity is introduced in the body of the article (Go to Definition, the Outline, "Go to first
 * mention"): its first full name outside photo captions and credits, which are found once per analysis.
 */
export function introductionOf<M extends Mention>(document: vscode.TextDocument, analysis: object, entity: { mentions: M[] }): M | undefined {
  let skip = captions.get(analysis);
  if (!skip) captions.set(analysis, (skip = photoCaptions(document.getText())));
  return primaryMention(entity, skip);
}
