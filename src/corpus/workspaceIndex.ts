import * as vscode from 'vscode';
import type { Analyses } from '../analyses';
import { AnalysisQueue, type WorkerPort } from '../analysisQueue';
import { CONFIG_SECTION } from '../constants';
import { SIDECAR_SUFFIX, sidecarPathFor } from '../core/annotations';
import { auditArticle, type SourceAudit } from '../core/audit';
import { annotatedAnalysis, toAnalysis } from '../core/corpus/annotated';
import { decodeArticle } from '../core/text/decode';
import type { Analysis } from '../core/types';
import { filePatterns, matchesFilePatterns } from '../filePatterns';
import { lineStarts } from './lineStarts';

/** One article of the workspace as the index keeps it: no text, only what the corpus views need. */
export interface IndexedArticle {
  uri: vscode.Uri;
  /** SHA-256 of the content the analysis is of, and of the annotation sidecar beside it when there is one; `unsaved` for edits. */
  hash: string;
  analysis: Analysis;
  audit: SourceAudit;
  lineStarts: number[];
}

interface CachedArticle {
  hash: string;
  analysis: Analysis;
  audit: SourceAudit;
  lineStarts: number[];
}

/** Files that are articles by name (the language contribution); `articleAnnotator.filePatterns` adds more. */
const ARTICLE_GLOBS = ['**/*.article', '**/*.article.txt', '**/*.article.md'];
const CACHE_FILE = 'corpus-index.json';
/** Bumped when the cached shape or the analyzer's output changes, so an old cache is dropped, not misread. */
const CACHE_VERSION = 1;
/** Views redraw at most this often while many articles come in. */
const CHANGE_DELAY_MS = 150;
/** The cache is written this long after the last change. */
const SAVE_DELAY_MS = 2000;
const MB = 1024 * 1024;
/** The hash of an entry from unsaved text: matches no file, so the disk is read again once the edits are gone. */
const UNSAVED = 'unsaved';
/** A reading's outcome when the file is no article now (gone, too large, not text). */
const GONE = Symbol('gone');

/** The SHA-256 of the parts one after the other, in hex; Web Crypto, so the same on Node and in the browser. */
async function sha256(...parts: Uint8Array[]): Promise<string> {
  const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((at, p) => (all.set(p, at), at + p.length), 0);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', all));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Every article of the workspace, analysed in the background on a worker thread of its own (the editor's analyses
 * never wait behind it), cached by content hash in the extension's storage so a restart re-reads only what changed,
 * and kept current by a file watcher and by the analyses of open articles as they are edited. Respects
 * `files.exclude` (through findFiles) and `articleAnnotator.maxFileSizeMB`.
 */
export class WorkspaceIndex implements vscode.Disposable {
  /** A worker of its own, so the editor's analyses never wait behind the corpus. */
  private readonly queue = new AnalysisQueue({
    startWorker: () => this.startWorker(),
    onAnalysis: () => undefined,
    // A failed article stays out of the corpus until it changes; the editor reports failures of open ones.
    onFailure: () => undefined,
  });
  private requests = 0;
  /** Each article's newest reading (from disk or from an editor); see `refresh`. */
  private readonly readings = new Map<string, number>();
  private lastReading = 0;
  private readonly articles = new Map<string, IndexedArticle>();
  private cache = new Map<string, CachedArticle>();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires (debounced) when articles were added, changed or removed. */
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [];
  private changeTimer: ReturnType<typeof setTimeout> | undefined;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private scan: Promise<void> | undefined;

  /** `startWorker`: a worker thread on Node, a Web Worker in the browser (src/platform.ts). */
  constructor(private readonly storage: vscode.Uri | undefined, private readonly analyses: Analyses, private readonly startWorker: () => WorkerPort) {
    this.subscriptions.push(
      this.changed,
      analyses.onDidUpdate((document) => this.fromDocument(document)),
      // Edits reverted, or never saved and closed: the article on disk is what the corpus holds again. (A revert's
      // content change can still say dirty; the dirty flag then clears in a change event of its own, without changes.)
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (!e.document.isDirty && this.articles.has(e.document.uri.toString())) void this.refresh(e.document.uri);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.articles.has(d.uri.toString()) && void this.refresh(d.uri)),
      vscode.workspace.onDidDeleteFiles((e) => e.files.forEach((uri) => this.removeUnder(uri))),
      vscode.workspace.onDidRenameFiles((e) => e.files.forEach(({ oldUri, newUri }) => {
        this.removeUnder(oldUri);
        void this.refresh(newUri);
      })),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`${CONFIG_SECTION}.filePatterns`) || e.affectsConfiguration('files.exclude')) this.rescan();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.rescan()),
    );
    this.watch();
  }

  /** The indexed articles, in no particular order. */
  all(): IndexedArticle[] {
    return [...this.articles.values()];
  }

  get(uri: vscode.Uri): IndexedArticle | undefined {
    return this.articles.get(uri.toString());
  }

  /** Resolves when the current scan (started by `start`) is done. */
  ready(): Promise<void> {
    return this.scan ?? Promise.resolve();
  }

  /** Loads the cache and scans the workspace, with a cancellable progress notification. */
  start(): Promise<void> {
    this.scan = this.loadCache().then(() => this.scanWithProgress());
    return this.scan;
  }

  private rescan(): void {
    this.watch();
    this.scan = (this.scan ?? Promise.resolve()).then(() => this.scanWithProgress());
  }

  private patterns(): string[] {
    return [...ARTICLE_GLOBS, ...filePatterns()];
  }

  /**
   * The workspace's articles (findFiles applies files.exclude). findFiles matches a glob against paths relative to
   * the workspace folder, the editor matches `articleAnnotator.filePatterns` against the whole path: files are
   * listed by a pattern's last segment and kept when the editor's matcher takes them.
   */
  private async listArticles(token: vscode.CancellationToken): Promise<Map<string, vscode.Uri>> {
    const found = new Map<string, vscode.Uri>();
    const add = (uris: vscode.Uri[]) => uris.forEach((uri) => found.set(uri.toString(), uri));
    for (const pattern of ARTICLE_GLOBS) add(await vscode.workspace.findFiles(pattern, undefined, undefined, token));
    for (const pattern of filePatterns()) {
      const name = pattern.split('/').pop()?.replace(/^\*\*$/, '') || '*';
      add((await vscode.workspace.findFiles(`**/${name}`, undefined, undefined, token)).filter((uri) => matchesFilePatterns(uri, [pattern])));
    }
    return found;
  }

  private watchers: vscode.Disposable[] = [];
  private watch(): void {
    this.watchers.forEach((w) => w.dispose());
    this.watchers = this.patterns().map((pattern) => {
      const watcher = vscode.workspace.createFileSystemWatcher(pattern);
      return vscode.Disposable.from(
        watcher,
        watcher.onDidCreate((uri) => void this.refresh(uri)),
        watcher.onDidChange((uri) => void this.refresh(uri)),
        watcher.onDidDelete((uri) => this.removeUnder(uri)),
      );
    });
    // Annotations saved, changed or removed beside an indexed article: it is read again with them.
    const sidecars = vscode.workspace.createFileSystemWatcher(`**/*${SIDECAR_SUFFIX}`);
    const article = (sidecar: vscode.Uri) => {
      const uri = sidecar.with({ path: sidecar.path.slice(0, -SIDECAR_SUFFIX.length) });
      if (this.articles.has(uri.toString())) void this.refresh(uri);
    };
    this.watchers.push(sidecars, sidecars.onDidCreate(article), sidecars.onDidChange(article), sidecars.onDidDelete(article));
  }

  private async scanWithProgress(): Promise<void> {
    if (!vscode.workspace.workspaceFolders?.length) return;
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Indexing articles', cancellable: true },
      async (progress, token) => {
        const found = await this.listArticles(token);
        for (const key of this.articles.keys()) if (!found.has(key)) this.remove(key);
        let done = 0;
        for (const uri of found.values()) {
          if (token.isCancellationRequested) return;
          progress.report({ message: `${done} of ${found.size}`, increment: 100 / found.size });
          await this.refresh(uri, true);
          done++;
        }
        // Cached articles no longer in the workspace are forgotten once a whole scan has seen it.
        for (const key of [...this.cache.keys()]) if (!found.has(key) && !this.articles.has(key)) this.cache.delete(key);
      },
    );
  }

  /** Whether the file is one findFiles would list: not under files.exclude. */
  private async included(uri: vscode.Uri): Promise<boolean> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return false;
    const relative = vscode.workspace.asRelativePath(uri, false);
    return (await vscode.workspace.findFiles(new vscode.RelativePattern(folder, relative), undefined, 1)).length > 0;
  }

  /**
   * Reads a file into the index (again), as the watcher does when it changes, unless it is open in article mode with
   * unsaved edits (its live analysis is newer). Only the newest reading of a file counts: one that finishes after a
   * newer reading, an edit or a deletion began (a file changed back while its changed text was being analysed) is
   * dropped, so a stale analysis never replaces a newer one.
   */
  async refresh(uri: vscode.Uri, listed = false): Promise<void> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open?.isDirty && this.analyses.isArticle(open)) return;
    const key = uri.toString();
    const reading = this.begin(key);
    // Gone or unreadable between listing and reading: it is not in the corpus.
    const entry = await this.read(uri, listed).catch((): typeof GONE => GONE);
    if (this.readings.get(key) !== reading) return;
    if (entry === GONE) this.remove(key);
    else if (entry) this.put(uri, entry);
  }

  /** Articles waiting for or in analysis (for tests). */
  get analysing(): number {
    return this.queue.pending;
  }

  /** Starts a reading of the article: readings begun before it are stale from now on. */
  private begin(key: string): number {
    this.readings.set(key, ++this.lastReading);
    return this.lastReading;
  }

  /** What the index should hold for a file: its entry, GONE when it is no article now, undefined when nothing changes. */
  private async read(uri: vscode.Uri, listed: boolean): Promise<CachedArticle | typeof GONE | undefined> {
    if (!listed && !(await this.included(uri))) return undefined;
    const limitMB = vscode.workspace.getConfiguration(CONFIG_SECTION, uri).get<number>('maxFileSizeMB', 5);
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.type !== vscode.FileType.File || stat.size > limitMB * MB) return GONE;
    const bytes = await vscode.workspace.fs.readFile(uri);
    const sidecar = await this.sidecarOf(uri);
    const hash = sidecar ? await sha256(bytes, sidecar) : await sha256(bytes);
    const key = uri.toString();
    if (this.articles.get(key)?.hash === hash) return undefined;
    const cached = this.cache.get(key);
    if (cached?.hash === hash) return cached;
    const decoded = decodeArticle(bytes);
    if (!decoded.ok) return GONE;
    const analyzed = await this.queue.analyze(key, this.requests++, () => decoded.text);
    if (!analyzed) return undefined;
    // Manual annotations, where a sidecar holds them, override the analyzer in the corpus as in the editor.
    const analysis = sidecar ? annotatedAnalysis(decoded.text, analyzed, new TextDecoder().decode(sidecar)) : analyzed;
    return { hash, analysis, audit: auditArticle(decoded.text, analysis), lineStarts: lineStarts(decoded.text) };
  }

  private async sidecarOf(uri: vscode.Uri): Promise<Uint8Array | undefined> {
    try {
      return await vscode.workspace.fs.readFile(uri.with({ path: sidecarPathFor(uri.path) }));
    } catch {
      return undefined;
    }
  }

  /**
   * An open article's analysis, as it is edited: the index follows the editor, saved or not. An analysis can arrive
   * for a version older than the text (the editor moved on), so a dirty document's entry is always replaced (the
   * newest version's analysis follows); a clean one is read from disk, whose content it shows.
   */
  private fromDocument(document: vscode.TextDocument): void {
    // Any scheme a workspace folder has: file: on the desktop, vscode-remote: or vscode-vfs: on the web. Untitled
    // and outside the workspace: no part of the corpus, and no reading of the analysis.
    if (document.isClosed || !vscode.workspace.getWorkspaceFolder(document.uri)) return;
    const latest = this.analyses.shown(document);
    if (!latest) return;
    if (!document.isDirty) return void this.refresh(document.uri);
    this.begin(document.uri.toString());
    const analysis = toAnalysis(latest);
    const text = document.getText();
    // Never a content hash: the file on disk differs, and the analysis may be of a version just before this text.
    this.put(document.uri, { hash: UNSAVED, analysis, audit: auditArticle(text, analysis), lineStarts: lineStarts(text) }, false);
  }

  private put(uri: vscode.Uri, entry: CachedArticle, cache = true): void {
    this.articles.set(uri.toString(), { uri, ...entry });
    if (cache) this.cache.set(uri.toString(), entry);
    else this.cache.delete(uri.toString());
    this.touch();
  }

  private remove(key: string): void {
    this.cache.delete(key);
    if (this.articles.delete(key)) this.touch();
  }

  /** A deleted file or folder: every article at or under it, and any reading of one still under way. */
  private removeUnder(uri: vscode.Uri): void {
    const key = uri.toString();
    const under = (k: string) => k === key || k.startsWith(key.endsWith('/') ? key : `${key}/`);
    for (const k of [...this.readings.keys()]) if (under(k)) this.begin(k);
    for (const k of [...this.articles.keys()]) if (under(k)) this.remove(k);
  }

  private touch(): void {
    clearTimeout(this.changeTimer);
    this.changeTimer = setTimeout(() => this.changed.fire(), CHANGE_DELAY_MS);
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.saveCache(), SAVE_DELAY_MS);
  }

  private async loadCache(): Promise<void> {
    if (!this.storage) return;
    try {
      const raw = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.storage, CACHE_FILE))));
      if (raw?.version === CACHE_VERSION && raw.articles && typeof raw.articles === 'object') this.cache = new Map(Object.entries(raw.articles));
    } catch {
      // No cache yet, or an unreadable one: everything is analysed afresh.
    }
  }

  private async saveCache(): Promise<void> {
    if (!this.storage) return;
    try {
      await vscode.workspace.fs.createDirectory(this.storage);
      const content = JSON.stringify({ version: CACHE_VERSION, articles: Object.fromEntries(this.cache) });
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(this.storage, CACHE_FILE), new TextEncoder().encode(content));
    } catch {
      // A cache that cannot be written only costs time at the next start.
    }
  }

  dispose(): void {
    clearTimeout(this.changeTimer);
    clearTimeout(this.saveTimer);
    void this.saveCache();
    this.queue.dispose();
    this.watchers.forEach((w) => w.dispose());
    this.subscriptions.forEach((s) => s.dispose());
  }
}
