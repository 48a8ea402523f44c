import * as vscode from 'vscode';
import { AnalysisClient } from './analysisClient';
import type { ArticleMode } from './articleMode';
import { CONFIG_SECTION, Commands } from './constants';
import type { Analysis } from './core/types';

interface Entry {
  version: number;
  promise: Promise<Analysis>;
}

const MB = 1024 * 1024;

/**
 * The analyses of open articles: one per document version, computed off the extension host's thread,
 * debounced while the user types, shared by every view and provider. Articles above
 * `articleAnnotator.maxFileSizeMB` are analysed only on request.
 */
export class Analyses implements vscode.Disposable {
  private readonly client = new AnalysisClient();
  /** The newest requested analysis of each document. */
  private readonly requested = new Map<string, Entry>();
  /** The newest finished analysis of each document, which views show while a newer one is computed. */
  private readonly finished = new Map<string, { version: number; analysis: Analysis }>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Large articles the user asked to analyse anyway. */
  private readonly allowedLarge = new Set<string>();
  /** Large articles whose size the user was told about. */
  private readonly warned = new Set<string>();
  private readonly updated = new vscode.EventEmitter<vscode.TextDocument>();
  /** Fires when a document's analysis is new (the view, diagnostics and the like redraw). */
  readonly onDidUpdate = this.updated.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly mode: ArticleMode) {
    this.subscriptions = [
      this.updated,
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.isArticle(e.document) && e.contentChanges.length > 0) this.schedule(e.document);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri.toString())),
    ];
  }

  isArticle(document: vscode.TextDocument): boolean {
    return this.mode.isArticle(document);
  }

  /** The newest finished analysis, possibly of an older version; undefined before the first one. */
  latest(document: vscode.TextDocument): Analysis | undefined {
    return this.finished.get(document.uri.toString())?.analysis;
  }

  /** The analysis of the current version, or undefined when it is no article or too large to analyse unasked. */
  async get(document: vscode.TextDocument): Promise<Analysis | undefined> {
    if (!this.isArticle(document)) return undefined; // providers registered for Markdown ask of every Markdown file
    const key = document.uri.toString();
    const hit = this.requested.get(key);
    if (hit && hit.version === document.version) return hit.promise;
    if (this.tooLarge(document)) return undefined;
    clearTimeout(this.timers.get(key));
    return this.start(document);
  }

  /** Reanalyses now, including an article above the size limit. */
  refresh(document: vscode.TextDocument): Promise<Analysis> {
    const key = document.uri.toString();
    this.allowedLarge.add(key);
    this.requested.delete(key);
    return this.start(document);
  }

  /** Whether the article is above the size limit and was not analysed on request; says so once. */
  tooLarge(document: vscode.TextDocument): boolean {
    const key = document.uri.toString();
    const limitMB = vscode.workspace.getConfiguration(CONFIG_SECTION, document).get<number>('maxFileSizeMB', 5);
    const size = document.offsetAt(document.lineAt(document.lineCount - 1).range.end); // the length, without copying the text
    if (this.allowedLarge.has(key) || size <= limitMB * MB) return false;
    if (!this.warned.has(key)) {
      this.warned.add(key);
      const name = vscode.workspace.asRelativePath(document.uri);
      void vscode.window
        .showInformationMessage(
          `${name} is ${(size / MB).toFixed(1)} MB, above the ${limitMB} MB set in articleAnnotator.maxFileSizeMB, so it is not analysed as you type.`,
          'Analyze Now',
        )
        .then((choice) => choice && vscode.commands.executeCommand(Commands.refreshAnalysis, document.uri));
    }
    return true;
  }
  private schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    const delay = vscode.workspace.getConfiguration(CONFIG_SECTION, document).get<number>('analysisDelay', 300);
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      if (!document.isClosed && !this.tooLarge(document)) void this.get(document);
    }, delay));
  }

  private start(document: vscode.TextDocument): Promise<Analysis> {
    const key = document.uri.toString();
    const version = document.version;
    const promise = this.client.analyze(document.getText()).then((analysis) => {
      const done = this.finished.get(key);
      // Results of superseded versions are dropped; the newest request's result is what views show.
      if (!document.isClosed && (!done || done.version <= version) && this.requested.get(key)?.version === version) {
        this.finished.set(key, { version, analysis });
        this.updated.fire(document);
      }
      return analysis;
    });
    this.requested.set(key, { version, promise });
    return promise;
  }

  private forget(key: string): void {
    clearTimeout(this.timers.get(key));
    for (const map of [this.requested, this.finished, this.timers]) map.delete(key);
    this.allowedLarge.delete(key);
    this.warned.delete(key);
  }

  dispose(): void {
    this.timers.forEach(clearTimeout);
    this.client.dispose();
    this.subscriptions.forEach((s) => s.dispose());
  }
}
