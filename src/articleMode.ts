import * as vscode from 'vscode';
import { LANGUAGE_ID } from './constants';

const MARKDOWN = 'markdown';
const STATE_KEY = 'articleMode.markdownFiles';
/** Markdown files remembered in article mode per workspace; the oldest are forgotten beyond this. */
const MAX_REMEMBERED = 1000;

/**
 * Which documents are articles: those in the `article` language, and Markdown files the user opened as articles.
 * Markdown keeps its language (and its own highlighting, preview and outline); the analysis lays its semantic
 * tokens, views, hovers and diagnostics over it. The files are remembered in the workspace state, so a Markdown
 * article is one again when it is reopened.
 */
export class ArticleMode implements vscode.Disposable {
  private readonly markdownFiles: string[];
  private readonly changed = new vscode.EventEmitter<vscode.TextDocument>();
  /** Fires when a document enters or leaves article mode without changing its language. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly state: vscode.Memento) {
    this.markdownFiles = state.get<string[]>(STATE_KEY, []);
  }

  isArticle(document: vscode.TextDocument): boolean {
    return document.languageId === LANGUAGE_ID || (document.languageId === MARKDOWN && this.markdownFiles.includes(document.uri.toString()));
  }

  /** Whether the document can be read as an article by overlay, staying Markdown. */
  isOverlay(document: vscode.TextDocument): boolean {
    return document.languageId === MARKDOWN && this.isArticle(document);
  }

  async enter(document: vscode.TextDocument): Promise<void> {
    if (document.languageId !== MARKDOWN || this.isArticle(document)) return;
    this.markdownFiles.push(document.uri.toString());
    this.markdownFiles.splice(0, Math.max(0, this.markdownFiles.length - MAX_REMEMBERED));
    await this.state.update(STATE_KEY, this.markdownFiles);
    this.changed.fire(document);
  }

  async leave(document: vscode.TextDocument): Promise<void> {
    const at = this.markdownFiles.indexOf(document.uri.toString());
    if (at === -1) return;
    this.markdownFiles.splice(at, 1);
    await this.state.update(STATE_KEY, this.markdownFiles);
    this.changed.fire(document);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
