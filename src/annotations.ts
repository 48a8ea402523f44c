import * as vscode from 'vscode';
import { Commands } from './constants';
import {
  AnnotationStore, Sidecar, applyAnnotations, sidecarPathFor, type AnnotatedAnalysis, type AnnotationDoc, type ChangeReason,
  type LoadResult, type SaveResult, type TextEdit,
} from './core/annotations';
import type { Analysis } from './core/types';
import { messageText } from './untrustedText';
import { WorkspaceFileSystem } from './sidecarFs';

/** One open article's annotations and where they are kept. */
interface Entry {
  document: vscode.TextDocument;
  store: AnnotationStore;
  /** Resolves once the sidecar is read (at once for an untitled document). */
  loaded: Promise<void>;
  /** Where the annotations are saved; undefined keeps them in memory (untitled, or not writable and not moved). */
  sidecar?: Sidecar;
  fs?: WorkspaceFileSystem;
  /** What is wrong with the sidecar, as told to the user; undefined when all is well. */
  problem?: string;
  watcher?: vscode.Disposable;
  applied?: { analysis: Analysis; version: number; result: AnnotatedAnalysis };
  /** Saves run one after the other, so a quick second action never races the first one's write. */
  saving: Promise<void>;
  /**
   * Annotation actions (and undos) since the text was last edited: while there are, the editor's own undo (redo)
   * reverts (repeats) them, since the last thing done to the article was an annotation, not an edit.
   */
  sinceEdit: { undo: number; redo: number };
}

const isEmpty = (doc: AnnotationDoc) => doc.entities.length + doc.quotes.length === 0;

/** A write refused for want of permission (a read-only folder, file system or mount), as Node and VS Code word it. */
const READ_ONLY = /NoPermissions|EACCES|EPERM|EROFS|read-?only/i;

/** How long a saved untitled article's annotations wait for the file it became to open. */
const UNTITLED_HANDOVER_MS = 10_000;

/**
 * The annotations of open articles: read from the sidecar `<file>.annotations.json` when an article opens, kept
 * anchored while it is edited, written (atomically, through the core's `Sidecar`) only when the user annotates, and
 * reloaded when another program changes the sidecar. Nothing the extension did not read is overwritten.
 */
export class ArticleAnnotations implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  /** Annotations of untitled articles just closed, waiting for the file they were saved as. */
  private readonly handover: { text: string; doc: AnnotationDoc; until: number }[] = [];
  private readonly changed = new vscode.EventEmitter<vscode.TextDocument>();
  /** Fires when a document's annotations change by an action, undo, redo or a reload (not by typing). */
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor() {
    this.subscriptions = [
      this.changed,
      vscode.workspace.onDidChangeTextDocument((e) => {
        const entry = this.entries.get(e.document.uri.toString());
        if (!entry || e.contentChanges.length === 0) return;
        entry.sinceEdit = { undo: 0, redo: 0 };
        // Changes in one event are against the text before it; applied last first, earlier offsets stay valid.
        const edits: TextEdit[] = [...e.contentChanges]
          .sort((a, b) => b.rangeOffset - a.rangeOffset)
          .map((c) => ({ offset: c.rangeOffset, length: c.rangeLength, text: c.text }));
        // The text is read only when the store needs it (annotations to move, or an action): it costs time in
        // proportion to the article, on every keystroke. Actions run after every listener of this change.
        entry.store.applyEdits(edits, () => e.document.getText());
      }),
      // Saving the article saves its anchors with it, so the sidecar's offsets match the text on disk.
      vscode.workspace.onDidSaveTextDocument((d) => {
        const entry = this.entries.get(d.uri.toString());
        if (entry && (entry.store.doc.entities.length || entry.store.doc.quotes.length)) void this.save(entry);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d)),
    ];
  }

  /** The article's annotations, read from its sidecar the first time. */
  entry(document: vscode.TextDocument): Entry {
    const key = document.uri.toString();
    let entry = this.entries.get(key);
    if (entry && entry.document !== document) {
      this.dispose1(entry);
      entry = undefined;
    }
    if (!entry) {
      const created: Entry = {
        document, store: new AnnotationStore(document.getText()), loaded: Promise.resolve(), saving: Promise.resolve(), sinceEdit: { undo: 0, redo: 0 },
      };
      created.store.onDidChange((reason) => this.onStoreChange(created, reason));
      created.loaded = this.load(created);
      this.entries.set(key, created);
      entry = created;
    }
    return entry;
  }

  /** The article's annotations when they are held already: a query that creates no entry (as `store` does). */
  held(document: vscode.TextDocument): AnnotationDoc | undefined {
    const entry = this.entries.get(document.uri.toString());
    return entry?.document === document ? entry.store.doc : undefined;
  }

  store(document: vscode.TextDocument): AnnotationStore {
    return this.entry(document).store;
  }

  /** Resolves when the article's sidecar has been read. */
  ready(document: vscode.TextDocument): Promise<void> {
    return this.entry(document).loaded;
  }

  /** Resolves when the article's pending sidecar writes are done. */
  saved(document: vscode.TextDocument): Promise<void> {
    return this.entry(document).saving;
  }

  /** Whether the editor's undo and redo would revert or repeat an annotation action rather than a text edit. */
  editorUndo(document: vscode.TextDocument): { undo: boolean; redo: boolean } {
    const entry = this.entries.get(document.uri.toString());
    if (!entry) return { undo: false, redo: false };
    return { undo: entry.sinceEdit.undo > 0 && entry.store.canUndo, redo: entry.sinceEdit.redo > 0 && entry.store.canRedo };
  }

  /** What is wrong with the article's sidecar (corrupt, newer, not writable), as told to the user. */
  problem(document: vscode.TextDocument): string | undefined {
    return this.entries.get(document.uri.toString())?.problem;
  }

  /** The analysis with the article's annotations applied, computed once per analysis and annotation version. */
  apply(document: vscode.TextDocument, analysis: Analysis): AnnotatedAnalysis {
    const entry = this.entry(document);
    const { applied, store } = entry;
    if (applied?.analysis === analysis && applied.version === store.version) return applied.result;
    const result = applyAnnotations(analysis, store.doc);
    entry.applied = { analysis, version: store.version, result };
    return result;
  }

  /**
   * Whether the article's annotations are `doc` (or there are none, as in `doc`): what was computed with `doc` holds.
   * False while none are held (nothing has asked for them yet).
   */
  holds(document: vscode.TextDocument, doc: AnnotationDoc): boolean {
    const held = this.held(document);
    return held !== undefined && (held === doc || (isEmpty(held) && isEmpty(doc)));
  }

  /**
   * Takes `result`, `analysis` with `doc` applied (by the analysis worker), as what `apply` gives while the article's
   * annotations are `doc`: applying them to a long article's analysis held the extension host tens of milliseconds.
   */
  adopt(document: vscode.TextDocument, analysis: Analysis, doc: AnnotationDoc, result: AnnotatedAnalysis): void {
    if (!this.holds(document, doc)) return;
    const entry = this.entry(document);
    entry.applied = { analysis, version: entry.store.version, result };
  }

  /** Where the sidecar is (or would be), for messages. */
  private displayName(entry: Entry): string {
    return entry.sidecar && entry.fs ? vscode.workspace.asRelativePath(entry.fs.uri(entry.sidecar.path)) : vscode.workspace.asRelativePath(entry.document.uri);
  }

  private async load(entry: Entry): Promise<void> {
    const { document } = entry;
    if (document.uri.scheme === 'untitled') return;
    entry.fs = new WorkspaceFileSystem(document.uri);
    entry.sidecar = new Sidecar(entry.fs, sidecarPathFor(document.uri.path));
    const adopted = this.adoptUntitled(document);
    this.applyLoad(entry, await entry.sidecar.load());
    if (adopted && entry.store.doc.entities.length + entry.store.doc.quotes.length === 0) {
      entry.store.replaceAll(adopted);
      await this.save(entry);
    }
    this.watch(entry);
    if (entry.store.version > 0) this.changed.fire(document);
  }

  /** Takes over the annotations of the untitled article this file was saved from, if any. */
  private adoptUntitled(document: vscode.TextDocument): AnnotationDoc | undefined {
    const text = document.getText();
    // Only an untitled article still open: a closed one's entry may have been made again by a late analysis.
    const open = [...this.entries.values()].find((e) => e.document.uri.scheme === 'untitled' && !e.document.isClosed && e.document.getText() === text);
    if (open) return open.store.doc;
    const now = Date.now();
    const i = this.handover.findIndex((h) => h.until > now && h.text === text);
    return i < 0 ? undefined : this.handover.splice(i, 1)[0].doc;
  }

  private applyLoad(entry: Entry, result: LoadResult): void {
    const name = this.displayName(entry);
    entry.problem = undefined;
    switch (result.kind) {
      case 'ok': {
        entry.store.replaceAll(result.doc);
        // The article may have changed while closed (or under a git pull): anchors are found again by their text.
        const orphans = entry.store.reanchorToText(entry.document.getText());
        if (orphans > 0) {
          void vscode.window.showWarningMessage(messageText(`${orphans} annotation${orphans === 1 ? '' : 's'} of ${vscode.workspace.asRelativePath(entry.document.uri)} could not be found in the text any more; they are kept under “Orphaned” in the Entities view.`));
        }
        return;
      }
      case 'missing':
        return;
      case 'corrupt':
        entry.problem = `${name} is not a valid annotations file (${this.detail(entry, result.message)}). It is left as it is; new annotations are saved after it is copied aside.`;
        break;
      case 'newer-version':
        entry.problem = `${name} was written by a newer version of Article Annotator (format version ${result.version}). It is left as it is and never overwritten; annotations made now stay in memory.`;
        break;
      case 'error':
        entry.problem = `Cannot read ${name} (${this.detail(entry, result.message)}); annotations made now stay in memory.`;
        entry.sidecar = undefined;
        break;
    }
    void vscode.window.showWarningMessage(messageText(entry.problem));
  }

  /** A core message without the path it starts with (messages name the file once, relative to the workspace). */
  private detail(entry: Entry, message: string): string {
    const prefix = `${entry.sidecar?.path}: `;
    return message.startsWith(prefix) ? message.slice(prefix.length) : message;
  }

  /** Reloads the sidecar when another program (a git pull, a colleague's sync) changes it. */
  private watch(entry: Entry): void {
    if (!entry.sidecar || !entry.fs) return;
    const sidecar = entry.fs.uri(entry.sidecar.path);
    const folder = vscode.Uri.joinPath(sidecar, '..');
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, sidecar.path.slice(folder.path.length + 1)));
    // Events are matched by their file: watchers of same-named files in other folders have been seen to get each other's.
    const reload = (uri: vscode.Uri) => {
      for (const e of this.entries.values()) {
        if (e.sidecar && e.fs?.uri(e.sidecar.path).toString() === uri.toString()) void this.queue(e, () => this.reloadIfChanged(e));
      }
    };
    entry.watcher = vscode.Disposable.from(watcher, watcher.onDidChange(reload), watcher.onDidCreate(reload), watcher.onDidDelete(reload));
  }

  private async reloadIfChanged(entry: Entry): Promise<void> {
    const sidecar = entry.sidecar;
    if (!sidecar || entry.document.isClosed || !(await sidecar.changedOnDisk().catch(() => false))) return; // our own write
    const before = entry.store.version;
    this.applyLoad(entry, await sidecar.load());
    if (entry.store.version !== before) {
      this.changed.fire(entry.document);
      void vscode.window.setStatusBarMessage(messageText(`Annotations reloaded: ${this.displayName(entry)} changed on disk`), 5000);
    }
  }

  private onStoreChange(entry: Entry, reason: ChangeReason): void {
    const run = entry.sinceEdit;
    if (reason === 'action') entry.sinceEdit = { undo: run.undo + 1, redo: 0 };
    else if (reason === 'undo') entry.sinceEdit = { undo: Math.max(0, run.undo - 1), redo: run.redo + 1 };
    else if (reason === 'redo') entry.sinceEdit = { undo: run.undo + 1, redo: Math.max(0, run.redo - 1) };
    else if (reason === 'reload') entry.sinceEdit = { undo: 0, redo: 0 };
    if (reason === 'edit') return; // typing: the analysis that follows redraws, and the sidecar is saved with the article
    if (reason === 'reload') return; // fired by the caller once the load is complete
    this.changed.fire(entry.document);
    void this.save(entry);
  }

  /** Writes the sidecar after an annotation action; says so once when it cannot. */
  save(entry: Entry): Promise<void> {
    const run = async () => {
      if (!entry.sidecar) return;
      const result = await entry.sidecar.save(entry.store.doc);
      this.afterSave(entry, result);
    };
    return this.queue(entry, run);
  }

  /** Runs sidecar work after what is queued for the entry; a failure is reported, never left to block the queue. */
  private queue(entry: Entry, work: () => Promise<void>): Promise<void> {
    entry.saving = entry.saving.then(work).catch((e: unknown) => {
      void vscode.window.showErrorMessage(messageText(`Annotations of ${vscode.workspace.asRelativePath(entry.document.uri)}: ${e instanceof Error ? e.message : String(e)}`));
    });
    return entry.saving;
  }

  private afterSave(entry: Entry, result: SaveResult): void {
    const name = this.displayName(entry);
    switch (result.kind) {
      case 'saved':
        if (result.backup && entry.fs) {
          const backup = vscode.workspace.asRelativePath(entry.fs.uri(result.backup));
          void vscode.window.showInformationMessage(messageText(`The unreadable ${name} was copied to ${backup} before the new annotations were saved.`));
        }
        entry.problem = undefined;
        return;
      case 'unchanged':
      case 'blocked': // said when it was loaded
        return;
      case 'conflict':
        entry.problem = `${name} was changed by another program; your change is kept in memory and not saved over it.`;
        void vscode.window.showWarningMessage(messageText(entry.problem), 'Reload from Disk', 'Save Elsewhere…').then((choice) => {
          if (choice === 'Reload from Disk') void this.reloadIfChanged(entry);
          else if (choice) void vscode.commands.executeCommand(Commands.saveAnnotationsElsewhere, entry.document.uri);
        });
        return;
      case 'error':
        entry.problem = READ_ONLY.test(result.message) || vscode.workspace.fs.isWritableFileSystem(entry.document.uri.scheme) === false
          ? `${vscode.workspace.asRelativePath(entry.document.uri)} is in a read-only folder: its annotations are kept in memory while it is open.`
          : `Cannot save the annotations of ${vscode.workspace.asRelativePath(entry.document.uri)} next to it (${this.detail(entry, result.message)}). They are kept in memory while it is open.`;
        entry.sidecar = undefined;
        void vscode.window.showWarningMessage(messageText(entry.problem), 'Save Elsewhere…').then((choice) => {
          if (choice) void vscode.commands.executeCommand(Commands.saveAnnotationsElsewhere, entry.document.uri);
        });
    }
  }

  /** Saves the annotations to a sidecar the user chooses (the article's folder is read-only, or for a copy). */
  async saveElsewhere(document: vscode.TextDocument, to: vscode.Uri): Promise<void> {
    const entry = this.entry(document);
    await entry.loaded;
    entry.watcher?.dispose();
    entry.fs = new WorkspaceFileSystem(to);
    entry.sidecar = new Sidecar(entry.fs, to.path);
    const existing = await entry.sidecar.load();
    if (existing.kind === 'newer-version' || existing.kind === 'error') {
      entry.sidecar = undefined;
      void vscode.window.showWarningMessage(messageText(`${vscode.workspace.asRelativePath(to)}: ${this.detail(entry, existing.message)}. Choose another file.`));
      return;
    }
    await this.save(entry);
    this.watch(entry);
    if (!entry.problem) void vscode.window.showInformationMessage(messageText(`Annotations saved to ${vscode.workspace.asRelativePath(to)}.`));
  }

  private forget(document: vscode.TextDocument): void {
    const entry = this.entries.get(document.uri.toString());
    if (!entry || entry.document !== document) return;
    const doc = entry.store.doc;
    if (document.uri.scheme === 'untitled' && doc.entities.length + doc.quotes.length > 0) {
      this.handover.push({ text: document.getText(), doc, until: Date.now() + UNTITLED_HANDOVER_MS });
    }
    this.dispose1(entry);
  }

  private dispose1(entry: Entry): void {
    entry.watcher?.dispose();
    this.entries.delete(entry.document.uri.toString());
  }

  dispose(): void {
    for (const entry of this.entries.values()) entry.watcher?.dispose();
    this.subscriptions.forEach((s) => s.dispose());
  }
}
