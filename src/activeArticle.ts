import * as vscode from 'vscode';
import type { Analyses } from './analyses';
import type { ArticleMode } from './articleMode';
import type { AnnotatedAnalysis } from './core/annotations';

/**
 * The article the sidebar shows: the active editor's document when it is an article. Focus moving to the
 * sidebar or a panel keeps it; another kind of file in the editor clears it. Keeps the context key
 * `articleAnnotator.articleActive` in step, for welcome views and menus (`editorLangId` is unset while
 * focus is in the sidebar).
 */
export class ActiveArticle implements vscode.Disposable {
  private current: vscode.TextDocument | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when the article changes or its analysis is renewed. */
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly analyses: Analyses, mode: ArticleMode) {
    this.subscriptions = [
      this.changed,
      vscode.window.onDidChangeActiveTextEditor((editor) => editor && this.follow(editor.document)),
      // Changing a document's language reopens it, without changing the active editor.
      vscode.workspace.onDidOpenTextDocument((d) => d === vscode.window.activeTextEditor?.document && this.follow(d)),
      analyses.onDidUpdate((d) => d === this.current && this.changed.fire()),
      // A Markdown file entering or leaving article mode keeps its language and editor.
      mode.onDidChange((d) => d === vscode.window.activeTextEditor?.document && this.follow(d)),
    ];
    this.follow(vscode.window.activeTextEditor?.document);
  }

  get document(): vscode.TextDocument | undefined {
    return this.current && !this.current.isClosed ? this.current : undefined;
  }

  /**
   * The newest analysis of the article, as the views show it (`Analyses.shown`: possibly of an older version, see
   * `version`); asks for one when there is none yet.
   */
  get analysis(): AnnotatedAnalysis | undefined {
    const document = this.document;
    if (!document) return undefined;
    const analysis = this.analyses.shown(document);
    if (!analysis) void this.analyses.get(document);
    return analysis;
  }

  /** The document version the newest analysis's offsets belong to (what tree rows pass to Go to Text). */
  get version(): number | undefined {
    const analysis = this.analysis;
    return analysis && this.analyses.versionOf(analysis);
  }

  private follow(document: vscode.TextDocument | undefined): void {
    const next = document && this.analyses.isArticle(document) ? document : undefined;
    void vscode.commands.executeCommand('setContext', 'articleAnnotator.articleActive', next !== undefined);
    if (next === this.current) return;
    this.current = next;
    this.changed.fire();
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
  }
}
