import * as vscode from 'vscode';
import type { Analyses } from '../analyses';
import type { AnnotatedAnalysis } from '../core/annotations';

export interface Target {
  document: vscode.TextDocument;
  analysis: AnnotatedAnalysis;
  offset: number;
  /** The document version the analysis and offset belong to. */
  version: number;
}

/**
 * What a command acts on: the document and offset passed by a hover link (`uri` as a string, JSON-safe),
 * else the active editor's article and cursor. Says why when there is nothing to act on.
 */
export async function resolveTarget(analyses: Analyses, uri?: string | vscode.Uri, offset?: number, version?: number): Promise<Target | undefined> {
  const editor = vscode.window.activeTextEditor;
  let document: vscode.TextDocument | undefined;
  if (uri) document = await vscode.workspace.openTextDocument(typeof uri === 'string' ? vscode.Uri.parse(uri) : uri);
  else document = editor?.document;
  if (!document || !analyses.isArticle(document)) {
    void vscode.window.showInformationMessage('Open an article first (Article: Open as Article reads any text file as one).');
    return undefined;
  }
  const analysis = await analyses.get(document);
  if (!analysis) return undefined; // too large or failed: Analyses has said so
  const cursor = editor?.document === document ? document.offsetAt(editor.selection.start) : 0;
  // An offset from a hover drawn before an edit is moved through the edits since.
  const at = offset !== undefined && version !== undefined ? analyses.currentSpan(document, { start: offset, end: offset }, version)?.start : offset;
  return { document, analysis, offset: at ?? cursor, version: document.version };
}
