import * as vscode from 'vscode';
import { analyze, type Analysis } from './core';
import { LANGUAGE_ID } from './constants';

/** Analyses of open articles, computed once per document version. */
export class Analyses implements vscode.Disposable {
  private readonly cache = new Map<string, { version: number; analysis: Analysis }>();
  private readonly changed = new vscode.EventEmitter<vscode.TextDocument>();
  /** Fires when an article's text changed, so views showing it refresh. */
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor() {
    this.subscriptions = [
      this.changed,
      vscode.workspace.onDidChangeTextDocument((e) => this.isArticle(e.document) && this.changed.fire(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => this.cache.delete(d.uri.toString())),
    ];
  }

  isArticle(document: vscode.TextDocument): boolean {
    return document.languageId === LANGUAGE_ID;
  }

  get(document: vscode.TextDocument): Analysis {
    const key = document.uri.toString();
    const hit = this.cache.get(key);
    if (hit && hit.version === document.version) return hit.analysis;
    const analysis = analyze(document.getText());
    this.cache.set(key, { version: document.version, analysis });
    return analysis;
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
  }
}
