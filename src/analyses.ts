import * as vscode from 'vscode';
import type { ViewRequest } from './analysisProtocol';
import { ANALYSIS_TIME_BUDGET_MS, AnalysisQueue, type AnalysisFailure, type ViewResult, type WorkerPort } from './analysisQueue';
import type { ArticleAnnotations } from './annotations';
import type { ArticleMode } from './articleMode';
import { CONFIG_SECTION, Commands } from './constants';
import type { AnnotatedAnalysis, AnnotationDoc } from './core/annotations';
import type { SemanticOptions } from './core/output/semanticEncoding';
import type { Analysis, Span } from './core/types';
import { EditLog, mapAnalysis, mapThrough } from './editLog';
import { semanticOptions } from './semanticTokens';
import { messageText } from './untrustedText';

const MB = 1024 * 1024;
const NO_ANNOTATIONS: AnnotationDoc = { entities: [], quotes: [] };

/**
 * The analyses of open articles: one per document version, computed in a worker (src/analysisQueue.ts:
 * the active article first, a stuck job abandoned), debounced while the user types, shared by every view and
 * provider. What they hand out always has offsets of the document's current version: an older analysis shown
 * while the new one is computed is moved through the edits made since. Articles above
 * `articleAnnotator.maxFileSizeMB` are analysed only on request. What they hand out has the person's annotations
 * applied (manual annotations override the analyzer), so every view, provider and export shows the same.
 */
export class Analyses implements vscode.Disposable {
  private readonly queue: AnalysisQueue;
  /** The newest finished analysis of each document, which views show while a newer one is computed. */
  private readonly finished = new Map<string, { version: number; analysis: Analysis; views?: ViewResult }>();
  /** The newest finished analysis moved onto the document's current version, made when first asked. */
  private readonly mapped = new Map<string, { version: number; analysis: Analysis }>();
  /** The version each handed-out analysis belongs to, for commands that get its offsets back later. */
  private readonly versions = new WeakMap<object, number>();
  private readonly edits = new Map<string, EditLog>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Large articles the user asked to analyse anyway. */
  private readonly allowedLarge = new Set<string>();
  /** Large articles whose size the user was told about. */
  private readonly warned = new Set<string>();
  /** A failed analysis is told once a session: a stuck article would otherwise say so on every edit. */
  private failureShown = false;
  private readonly updated = new vscode.EventEmitter<vscode.TextDocument>();
  /** Fires when a document's analysis is new (the view, diagnostics and the like redraw). */
  readonly onDidUpdate = this.updated.event;
  private readonly subscriptions: vscode.Disposable[];

  /** `startWorker`: a worker thread on Node, a Web Worker in the browser (src/platform.ts). */
  constructor(private readonly mode: ArticleMode, private readonly annotations: ArticleAnnotations, startWorker: () => WorkerPort) {
    this.queue = new AnalysisQueue({
      startWorker,
      onAnalysis: (key, version, analysis, views) => this.finish(key, version, analysis, views),
      onFailure: (failure) => this.failed(failure),
    });
    const follow = (editor: vscode.TextEditor | undefined) => this.queue.setActive(editor?.document.uri.toString());
    follow(vscode.window.activeTextEditor);
    this.subscriptions = [
      this.updated,
      // An annotation changes what every view shows without a new analysis.
      annotations.onDidChange((d) => this.finished.has(d.uri.toString()) && this.updated.fire(d)),
      vscode.window.onDidChangeActiveTextEditor(follow),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (!this.isArticle(e.document) || e.contentChanges.length === 0) return;
        this.logEdits(e);
        this.schedule(e.document);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri.toString())),
    ];
  }

  isArticle(document: vscode.TextDocument): boolean {
    return this.mode.isArticle(document);
  }

  /**
   * The newest finished analysis, with its offsets moved onto the current version when it is of an older one and
   * the person's annotations applied; undefined before the first one.
   */
  latest(document: vscode.TextDocument): AnnotatedAnalysis | undefined {
    const analysis = this.latestRaw(document);
    return analysis && this.annotate(document, analysis);
  }

  /**
   * The newest finished analysis for what shows it as a whole (the trees, the status bar, Problems, the corpus):
   * as `latest`, except that while the text is ahead of it and the article has no annotations (whose anchors are of
   * the current text), it is of its own version, unmoved (`versionOf` tells which; a row maps its span when used):
   * moving every offset of a long article's analysis costs time in proportion to it.
   */
  shown(document: vscode.TextDocument): AnnotatedAnalysis | undefined {
    const done = this.finished.get(document.uri.toString());
    const doc = this.annotations.held(document);
    if (!done || done.version === document.version || !doc || doc.entities.length + doc.quotes.length > 0) return this.latest(document);
    return this.annotate(document, done.analysis);
  }

  /** The analysis with the person's annotations applied (they override the analyzer), of the same version. */
  private annotate(document: vscode.TextDocument, analysis: Analysis): AnnotatedAnalysis {
    const annotated = this.annotations.apply(document, analysis);
    const version = this.versions.get(analysis);
    if (version !== undefined) this.versions.set(annotated, version);
    return annotated;
  }

  /**
   * Whether the document was edited after its newest finished analysis: `latest` would then move every offset of
   * that analysis onto the current text, which costs time in proportion to the article.
   */
  isBehind(document: vscode.TextDocument): boolean {
    const done = this.finished.get(document.uri.toString());
    return done !== undefined && done.version !== document.version;
  }

  private latestRaw(document: vscode.TextDocument): Analysis | undefined {
    const key = document.uri.toString();
    const done = this.finished.get(key);
    if (!done || done.version === document.version) return done?.analysis;
    const cached = this.mapped.get(key);
    if (cached?.version === document.version) return cached.analysis;
    const edits = this.edits.get(key)?.editsSince(done.version);
    if (!edits) return undefined; // too old to move: the fresh analysis is on its way
    const analysis = mapAnalysis(done.analysis, edits, document.getText());
    this.versions.set(analysis, document.version);
    this.mapped.set(key, { version: document.version, analysis });
    return analysis;
  }

  /**
   * The semantic tokens the worker encoded with the newest analysis, while they are what the provider would encode:
   * the analysis is of the current version, with the same annotations and options.
   */
  tokens(document: vscode.TextDocument, options: SemanticOptions): Uint32Array | undefined {
    const done = this.finished.get(document.uri.toString());
    if (!done?.views || done.version !== document.version) return undefined;
    const { tokens, request } = done.views;
    const same = this.annotations.holds(document, request.annotations) && request.entities === options.entities && request.quotes === options.quotes;
    return same ? tokens : undefined;
  }

  /** The version of the document an analysis handed out by `latest` or `get` belongs to. */
  versionOf(analysis: object): number | undefined {
    return this.versions.get(analysis);
  }

  /** A span of `version` moved onto the current version; undefined when the edits deleted it or the log is too short. */
  currentSpan<T extends Span>(document: vscode.TextDocument, span: T, version: number): T | undefined {
    if (version === document.version) return span;
    const edits = this.edits.get(document.uri.toString())?.editsSince(version);
    return edits && mapThrough(span, edits);
  }

  /**
   * The analysis of the current version, annotations applied, or undefined when it is no article, too large to
   * analyse unasked or it failed.
   */
  async get(document: vscode.TextDocument): Promise<AnnotatedAnalysis | undefined> {
    if (!this.isArticle(document)) return undefined; // providers registered for Markdown ask of every Markdown file
    if (this.tooLarge(document)) return undefined;
    clearTimeout(this.timers.get(document.uri.toString()));
    return this.annotated(document, this.start(document));
  }

  /** Reanalyses now, including an article above the size limit. */
  refresh(document: vscode.TextDocument): Promise<AnnotatedAnalysis | undefined> {
    const key = document.uri.toString();
    this.allowedLarge.add(key);
    this.queue.forget(key);
    return this.annotated(document, this.start(document));
  }

  private async annotated(document: vscode.TextDocument, pending: Promise<Analysis | undefined>): Promise<AnnotatedAnalysis | undefined> {
    const analysis = await pending;
    if (!analysis) return undefined;
    await this.annotations.ready(document);
    return this.annotate(document, analysis);
  }

  /** Whether the article is above the size limit and was not analysed on request; says so once. */
  tooLarge(document: vscode.TextDocument): boolean {
    const key = document.uri.toString();
    const limitMB = vscode.workspace.getConfiguration(CONFIG_SECTION, document).get<number>('maxFileSizeMB', 5);
    const size = document.offsetAt(document.lineAt(document.lineCount - 1).range.end); // the length, without copying the text
    if (this.allowedLarge.has(key) || size <= limitMB * MB) return false;
    if (!this.warned.has(key)) {
      this.warned.add(key);
      const name = messageText(vscode.workspace.asRelativePath(document.uri));
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

  private start(document: vscode.TextDocument): Promise<Analysis | undefined> {
    const key = document.uri.toString();
    if (!this.edits.has(key)) this.edits.set(key, new EditLog(document.version));
    // The store's doc is one object until the annotations change: what the worker computed with it serves while it
    // is the same (`ArticleAnnotations.holds`). Asking creates no annotation entry (the sidecar is read when the
    // analysis is handed out); before there is one, none are applied.
    const views = (): ViewRequest => ({ annotations: this.annotations.held(document) ?? NO_ANNOTATIONS, ...semanticOptions(document, this.mode) });
    return this.queue.analyze(key, document.version, () => document.getText(), views);
  }

  /** Keeps the newest finished analysis (an older version's job finishing late never replaces a newer one; a refresh does). */
  private finish(key: string, version: number, analysis: Analysis, views: ViewResult | undefined): void {
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    const done = this.finished.get(key);
    if (!document || document.isClosed || (done && done.version > version)) return;
    this.finished.set(key, { version, analysis, views });
    // The views take the analysis as soon as they hear of it: with the annotations the worker applied, not applied again here.
    if (views) this.annotations.adopt(document, analysis, views.request.annotations, views.annotated);
    this.mapped.delete(key);
    this.versions.set(analysis, version);
    this.updated.fire(document);
  }

  private failed({ key, reason, message }: AnalysisFailure): void {
    if (this.failureShown) return;
    this.failureShown = true;
    const name = messageText(vscode.workspace.asRelativePath(vscode.Uri.parse(key)));
    const why = reason === 'timeout' ? `it took longer than ${ANALYSIS_TIME_BUDGET_MS / 1000} s, so the analysis was stopped and restarted` : message;
    void vscode.window.showWarningMessage(`Article Annotator could not analyse ${name}: ${why}. It tries again after the next edit, or on Refresh Analysis.`);
  }

  private logEdits(e: vscode.TextDocumentChangeEvent): void {
    this.edits.get(e.document.uri.toString())?.record(
      e.document.version,
      e.contentChanges.map((c) => ({ offset: c.rangeOffset, length: c.rangeLength, text: c.text })),
    );
  }

  private forget(key: string): void {
    clearTimeout(this.timers.get(key));
    this.queue.cancel(key);
    for (const map of [this.finished, this.mapped, this.edits, this.timers]) map.delete(key);
    this.allowedLarge.delete(key);
    this.warned.delete(key);
  }

  dispose(): void {
    this.timers.forEach(clearTimeout);
    this.queue.dispose();
    this.subscriptions.forEach((s) => s.dispose());
  }
}
