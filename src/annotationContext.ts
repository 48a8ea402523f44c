import * as vscode from 'vscode';
import type { Analyses } from './analyses';
import type { ArticleAnnotations } from './annotations';
import { mentionAt } from './core/output/query';

/** Context keys for the editor's Annotate menu: only what applies at the cursor is offered. */
const KEYS = {
  atEntity: 'articleAnnotator.atEntity',
  atQuote: 'articleAnnotator.atQuote',
  atSuggestion: 'articleAnnotator.atSuggestion',
  atAnnotation: 'articleAnnotator.atAnnotation',
  canUndo: 'articleAnnotator.canUndoAnnotation',
  canRedo: 'articleAnnotator.canRedoAnnotation',
  /** The editor's Undo / Redo keys revert / repeat an annotation action (nothing but annotations changed since). */
  undoIsAnnotation: 'articleAnnotator.undoIsAnnotation',
  redoIsAnnotation: 'articleAnnotator.redoIsAnnotation',
} as const;

export function registerAnnotationContext(analyses: Analyses, annotations: ArticleAnnotations): vscode.Disposable {
  const last = new Map<string, boolean>();
  const set = (key: string, value: boolean) => {
    if (last.get(key) === value) return;
    last.set(key, value);
    void vscode.commands.executeCommand('setContext', key, value);
  };
  const update = () => {
    const editor = vscode.window.activeTextEditor;
    // While the text is ahead of its analysis (the user is typing) the keys wait for the fresh one, which updates them.
    if (editor && analyses.isBehind(editor.document)) return;
    const analysis = editor && analyses.isArticle(editor.document) ? analyses.latest(editor.document) : undefined;
    if (!editor || !analysis) {
      for (const key of Object.values(KEYS)) set(key, false);
      return;
    }
    const offset = editor.document.offsetAt(editor.selection.start);
    const entity = mentionAt(analysis, offset)?.entity;
    const quote = analysis.quotes.find((q) => q.start <= offset && offset < q.end);
    const store = annotations.store(editor.document);
    set(KEYS.atEntity, entity !== undefined);
    set(KEYS.atQuote, quote !== undefined);
    set(KEYS.atSuggestion, entity?.status === 'suggested' || quote?.status === 'suggested');
    set(KEYS.atAnnotation, entity?.annotationId !== undefined || quote?.annotationId !== undefined);
    set(KEYS.canUndo, store.canUndo);
    set(KEYS.canRedo, store.canRedo);
    const editorUndo = annotations.editorUndo(editor.document);
    set(KEYS.undoIsAnnotation, editorUndo.undo);
    set(KEYS.redoIsAnnotation, editorUndo.redo);
  };
  return vscode.Disposable.from(
    vscode.window.onDidChangeTextEditorSelection(update),
    vscode.window.onDidChangeActiveTextEditor(update),
    analyses.onDidUpdate(update),
    // At once, not after the analysis that follows: an Undo right after typing or annotating must go to the right one.
    annotations.onDidChange(update),
    vscode.workspace.onDidChangeTextDocument((e) => e.document === vscode.window.activeTextEditor?.document && update()),
  );
}
