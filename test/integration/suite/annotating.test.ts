import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ArticleAnnotatorApi } from '../../../src/extension';
import { EXTENSION_ID, repoRoot, tempDir, waitFor } from './helpers';

/** An invented article; each test works on its own copy, so sidecars never land in the repository. */
const FIXTURE = path.join(repoRoot, 'test/fixtures/annotating.article.txt');
const SIDECAR_SUFFIX = '.annotations.json';

async function api(): Promise<ArticleAnnotatorApi> {
  return vscode.extensions.getExtension<ArticleAnnotatorApi>(EXTENSION_ID)!.activate();
}

function copyFixture(): string {
  const file = path.join(tempDir('annotating-'), 'annotating.article.txt');
  fs.copyFileSync(FIXTURE, file);
  return file;
}

async function open(file: string): Promise<vscode.TextEditor> {
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(vscode.Uri.file(file)));
  assert.strictEqual(editor.document.languageId, 'article');
  const { analyses } = await api();
  await analyses.get(editor.document);
  return editor;
}

/** Selects the nth occurrence of `text`. */
function select(editor: vscode.TextEditor, text: string, nth = 0): vscode.Selection {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = editor.document.getText().indexOf(text, at + 1);
  assert.ok(at >= 0, `"${text}" occurs`);
  editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at + text.length));
  return editor.selection;
}

/** The tree rows under the root, flattened to label + description + contextValue. */
function rows<T>(tree: vscode.TreeDataProvider<T>, parent?: T): { node: T; label: string; description: string; context: string }[] {
  return ((tree.getChildren(parent) ?? []) as T[]).map((node) => {
    const item = tree.getTreeItem(node) as vscode.TreeItem;
    const label = typeof item.label === 'string' ? item.label : item.label?.label ?? '';
    return { node, label, description: String(item.description ?? ''), context: item.contextValue ?? '' };
  });
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n').replace(/&nbsp;/g, ' ');
}

const closeAll = () => vscode.commands.executeCommand('workbench.action.closeAllEditors');

describe('annotating an article', () => {
  let file: string;
  let editor: vscode.TextEditor;
  before(async () => {
    file = copyFixture();
    editor = await open(file);
  });
  after(closeAll);

  it('Annotate Selection as Place shows the place in the tree and the hover, and writes the sidecar', async () => {
    const { entities } = await api();
    select(editor, 'Elmdale', 2); // "a small trust in Elmdale": the analyzer took it for the library
    await vscode.commands.executeCommand('articleAnnotator.annotatePlace');
    const places = await waitFor(() => rows(entities).find((g) => g.label === 'Places'), 'a Places group');
    const elmdale = rows(entities, places.node).find((r) => r.label === 'Elmdale');
    assert.ok(elmdale, 'Elmdale is listed under Places');
    assert.match(elmdale.context, /^entity manual/);
    assert.match(elmdale.description, /manual/);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.selection.start.translate(0, 2));
    assert.match(hoverText(hovers), /Elmdale[\s\S]*place/);
    assert.ok(fs.existsSync(file + SIDECAR_SUFFIX), 'the sidecar is written when the user annotates');
  });

  it('Add Note… shows the note in the hover card and the tree tooltip', async () => {
    const { entities } = await api();
    select(editor, 'Elmdale', 2);
    await vscode.commands.executeCommand('articleAnnotator.addNote', undefined, 'checked against the county register');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.selection.start.translate(0, 2));
    assert.match(hoverText(hovers), /checked against the county register/);
    const places = rows(entities).find((g) => g.label === 'Places')!;
    const elmdale = rows(entities, places.node).find((r) => r.label === 'Elmdale')!;
    const tooltip = entities.getTreeItem(elmdale.node).tooltip as vscode.MarkdownString;
    assert.match(tooltip.value.replace(/&nbsp;/g, ' '), /checked against the county register/);
  });

  it('Set Speaker… attributes a quote to an entity and to an unnamed source', async () => {
    const { quotes } = await api();
    select(editor, 'felt like training');
    await vscode.commands.executeCommand('articleAnnotator.setSpeaker', undefined, { entity: 'Ada Quill' });
    const ada = await waitFor(() => rows(quotes).find((r) => r.label === 'Ada Quill' && r.description.startsWith('3')), 'three quotes of Ada Quill');
    assert.ok(rows(quotes, ada.node).some((r) => r.label.includes('felt like training') && /^quote manual/.test(r.context)));
    select(editor, 'less than feared');
    await vscode.commands.executeCommand('articleAnnotator.setSpeaker', undefined, { unnamed: 'a county spokesperson' });
    await waitFor(() => rows(quotes).find((r) => r.label.includes('a county spokesperson')), 'the unnamed source as a speaker');
    assert.ok(!rows(quotes).some((r) => r.label === 'Unattributed'), 'no unattributed quote is left');
  });

  it('Accept and Reject review suggestions, and the status bar counts them', async () => {
    const { reviewStatus, quotes } = await api();
    await waitFor(() => /Quotes 2\/4 reviewed/.test(reviewStatus.text), `2 of 4 quotes reviewed (${reviewStatus.text})`);
    select(editor, 'We lost every map');
    await vscode.commands.executeCommand('articleAnnotator.accept');
    await waitFor(() => /Quotes 3\/4 reviewed/.test(reviewStatus.text), `3 of 4 (${reviewStatus.text})`);
    const ada = rows(quotes).find((r) => r.label === 'Ada Quill')!;
    assert.ok(rows(quotes, ada.node).some((r) => r.label.includes('We lost every map') && /^quote accepted/.test(r.context)));
    select(editor, 'But not the readers');
    await vscode.commands.executeCommand('articleAnnotator.reject');
    await waitFor(() => /Quotes 3\/3 reviewed/.test(reviewStatus.text), `the rejected quote is gone (${reviewStatus.text})`);
    await vscode.commands.executeCommand('articleAnnotator.undoAnnotation');
    await waitFor(() => /Quotes 3\/4 reviewed/.test(reviewStatus.text), `undone (${reviewStatus.text})`);
    await vscode.commands.executeCommand('articleAnnotator.redoAnnotation');
    await waitFor(() => /Quotes 3\/3 reviewed/.test(reviewStatus.text), `redone (${reviewStatus.text})`);
  });

  it('re-anchors annotations when the text above them is edited', async () => {
    const { analyses } = await api();
    editor = await vscode.window.showTextDocument(editor.document);
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'UPDATED: '));
    const document = editor.document;
    const elmdale = await waitFor(() => {
      const a = analyses.latest(document);
      return a?.entities.find((e) => e.type === 'PLACE' && e.name === 'Elmdale');
    }, 'the place after the edit');
    assert.ok(elmdale.mentions.some((m) => m.start === document.getText().lastIndexOf('Elmdale') && m.status === 'manual'),
      `the annotated mention moved with the text: ${JSON.stringify(elmdale.mentions)}`);
    await document.save();
  });

  it('finds everything back from the sidecar after closing and reopening the article, changed while closed', async () => {
    const { reviewStatus, quotes } = await api();
    await closeAll();
    // VS Code may keep a closed document alive for a while; the article and its sidecar copied under a new name are
    // a document the extension has never seen, so everything in it comes from the sidecar.
    const reopened = path.join(path.dirname(file), 'reopened.article.txt');
    fs.copyFileSync(file + SIDECAR_SUFFIX, reopened + SIDECAR_SUFFIX);
    // Changed while closed: text added at the top, which the sidecar's anchors must survive.
    fs.writeFileSync(reopened, 'Second edition. ' + fs.readFileSync(file, 'utf8'));
    file = reopened;
    editor = await open(file);
    await waitFor(() => /Quotes 3\/3 reviewed/.test(reviewStatus.text), `the review state is back (${reviewStatus.text})`);
    assert.ok(rows(quotes).some((r) => r.label.includes('a county spokesperson')));
    const { analyses } = await api();
    const elmdale = analyses.latest(editor.document)!.entities.find((e) => e.type === 'PLACE' && e.name === 'Elmdale');
    assert.ok(elmdale, 'the manual place is back');
    assert.ok(elmdale.mentions.some((m) => m.start === editor.document.getText().lastIndexOf('Elmdale') && m.status === 'manual'),
      `the annotated mention is found again in the changed text: ${JSON.stringify(elmdale.mentions)}`);
  });

  it('picks up an external change to the sidecar (a git pull), for an article outside the workspace folders too', async () => {
    const { analyses } = await api();
    assert.strictEqual(vscode.workspace.getWorkspaceFolder(editor.document.uri), undefined, 'the article is outside the workspace');
    const sidecar = file + SIDECAR_SUFFIX;
    const before = fs.readFileSync(sidecar, 'utf8');
    assert.ok(before.includes('checked against the county register'));
    fs.writeFileSync(sidecar, before.replace('checked against the county register', 'confirmed by the town clerk'));
    await waitFor(() => analyses.latest(editor.document)?.entities.some((e) => e.note === 'confirmed by the town clerk'), 'the new note', 15000);
  });
});

describe('the editor’s own undo and redo after an annotation action', () => {
  after(closeAll);

  /** What the editor's key runs now: its binding of ours when the binding's context holds, else the editor's own command. */
  async function press(key: 'ctrl+z' | 'ctrl+y', document: vscode.TextDocument): Promise<string> {
    const { annotations } = await api();
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON;
    const binding = pkg.contributes.keybindings.find((k: { key: string }) => k.key === key);
    const contextKey = key === 'ctrl+z' ? 'articleAnnotator.undoIsAnnotation' : 'articleAnnotator.redoIsAnnotation';
    assert.ok(binding.when.includes(contextKey) && binding.when.includes('editorTextFocus'), binding.when);
    const state = annotations.editorUndo(document);
    const command = (key === 'ctrl+z' ? state.undo : state.redo) ? binding.command : key === 'ctrl+z' ? 'undo' : 'redo';
    await vscode.commands.executeCommand(command);
    return command;
  }

  it('Ctrl+Z right after annotating undoes the annotation, Ctrl+Y redoes it; after a text edit they are the text’s again', async () => {
    const { analyses } = await api();
    const editor = await open(copyFixture());
    const document = editor.document;
    const text = document.getText();
    const isPlace = () => analyses.latest(document)?.entities.some((e) => e.type === 'PLACE' && e.name === 'Elmdale' && e.status === 'manual');
    select(editor, 'Elmdale', 2);
    await vscode.commands.executeCommand('articleAnnotator.annotatePlace');
    await waitFor(isPlace, 'the place');
    assert.strictEqual(await press('ctrl+z', document), 'articleAnnotator.undoAnnotation');
    await waitFor(() => !isPlace(), 'the annotation undone by the editor’s undo');
    assert.strictEqual(document.getText(), text, 'the text is untouched');
    assert.strictEqual(await press('ctrl+y', document), 'articleAnnotator.redoAnnotation');
    await waitFor(isPlace, 'the annotation redone by the editor’s redo');

    // A text edit after the annotation: the keys are the text's again, though the annotation could still be undone.
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'UPDATED: '));
    assert.strictEqual(await press('ctrl+z', document), 'undo');
    await waitFor(() => document.getText() === text, 'the text edit undone');
    assert.ok(isPlace(), 'the annotation stays');

    // Annotate, edit, annotate: Ctrl+Z undoes the last annotation only, then goes to the text.
    select(editor, 'Milo Brandt');
    await vscode.commands.executeCommand('articleAnnotator.accept');
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'UPDATED: '));
    select(editor, 'Tarrow Rowing Club');
    await vscode.commands.executeCommand('articleAnnotator.annotateOrganization');
    assert.strictEqual(await press('ctrl+z', document), 'articleAnnotator.undoAnnotation');
    assert.strictEqual(await press('ctrl+z', document), 'undo');
    await waitFor(() => document.getText() === text, 'the text edit undone, not the accept before it');
  });
});

describe('every annotation action, through its command in the real VS Code', () => {
  let editor: vscode.TextEditor;
  let file: string;
  before(async () => {
    file = copyFixture();
    editor = await open(file);
  });
  after(closeAll);
  const run = (command: string, ...args: unknown[]) => vscode.commands.executeCommand(`articleAnnotator.${command}`, ...args);
  const now = async () => (await (await api()).analyses.get(editor.document))!;
  const entity = async (name: string) => (await now()).entities.find((e) => e.name === name);
  const spanOf = (text: string, nth = 0) => {
    const sel = select(editor, text, nth);
    return { start: editor.document.offsetAt(sel.start), end: editor.document.offsetAt(sel.end) };
  };

  it('Entities: annotate, rename, change type, merge, split, remove, add a mention, not an entity', async () => {
    const text = editor.document.getText();
    spanOf('Quillfeather fund');
    await run('annotateOther');
    assert.strictEqual((await entity('Quillfeather fund'))?.type, 'OTHER');
    await run('renameEntity', undefined, 'Quillfeather Trust');
    assert.ok(await entity('Quillfeather Trust'), 'renamed in the annotations');
    assert.strictEqual(editor.document.getText(), text, 'never in the text');
    await run('changeType', undefined, 'ORG');
    assert.strictEqual((await entity('Quillfeather Trust'))?.type, 'ORG');

    spanOf('small trust');
    await run('annotateOrganization');
    await run('mergeEntities', undefined, ['Quillfeather Trust']);
    const merged = (await now()).entities.filter((e) => e.mentions.some((m) => m.text === 'small trust' || m.text === 'Quillfeather fund'));
    assert.strictEqual(merged.length, 1, 'one entity after Merge Entities');
    assert.strictEqual(merged[0].mentions.length, 2);
    const trust = spanOf('small trust');
    await run('splitMention');
    const holding = async (t: string) => (await now()).entities.filter((e) => e.mentions.some((m) => m.text === t));
    const own = await holding('small trust');
    assert.ok(own.length === 1 && own[0].mentions.length === 1 && own[0].mentions[0].start === trust.start, 'Split Mention from Entity makes it an entity of its own');
    assert.ok((await holding('Quillfeather fund'))[0].id !== own[0].id);
    await run('removeAnnotation');
    assert.deepStrictEqual(await holding('small trust'), [], 'Remove Annotation');
    assert.strictEqual((await holding('Quillfeather fund')).length, 1, 'the other entity stays');

    const librarian = spanOf('the head librarian');
    await run('addMention', undefined, 'Ada Quill');
    assert.ok((await entity('Ada Quill'))?.mentions.some((m) => m.start === librarian.start && m.end === librarian.end && m.status === 'manual'), 'Add Selection as Mention of…');

    spanOf('Tarrow Rowing Club');
    assert.ok(await entity('Tarrow Rowing Club'), 'the analyzer found the club');
    await run('notAnEntity');
    assert.strictEqual(await entity('Tarrow Rowing Club'), undefined, 'Not an Entity suppresses it');
    assert.ok(!(await now()).entities.some((e) => e.mentions.some((m) => m.text === 'Tarrow Rowing Club')), 'and all its mentions');
  });

  it('Quotes: not a quote, a term, a quote of a selection with a typed speaker or nobody (Problems follow), a note', async () => {
    spanOf('less than feared');
    await run('markNotQuote');
    assert.ok(!(await now()).quotes.some((q) => q.text.includes('less than feared')), 'Mark as Not a Quote');
    spanOf('felt like training');
    await run('markTerm');
    assert.ok((await now()).terms.some((q) => q.text.includes('felt like training')), 'Mark as Term');
    assert.ok(!(await now()).quotes.some((q) => q.text.includes('felt like training')));

    const headline = spanOf('library reopens after the flood');
    await run('annotateQuote');
    const quoteAt = async () => (await now()).quotes.find((q) => q.start === headline.start && q.end === headline.end);
    assert.strictEqual((await quoteAt())?.status, 'manual', 'Annotate Selection as Quote');
    // Problems follow the annotations: the headline quote, said by nobody, is unattributed until it has a speaker.
    const unattributed = () => vscode.languages.getDiagnostics(editor.document.uri).some((d) => d.range.start.line === 0 && d.code === 'unattributed-quote');
    await waitFor(() => unattributed(), 'the annotated quote unattributed in Problems');
    await run('setSpeaker', undefined, { name: 'Bo Reed' });
    assert.match(JSON.stringify(await quoteAt()), /Bo Reed/, 'a typed name');
    await waitFor(() => !unattributed(), 'attributed in Problems');
    await run('setSpeaker', undefined, { none: true });
    assert.doesNotMatch(JSON.stringify(await quoteAt()), /Bo Reed/, 'nobody');
    await waitFor(() => unattributed(), 'unattributed again');
    await run('addNote', undefined, 'the headline, not speech');
    assert.strictEqual((await quoteAt())?.note, 'the headline, not speech', 'a note on a quote');
  });

  it('Review: Next Unreviewed selects a suggestion, Accept All reviews everything as one undoable action', async () => {
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await run('nextUnreviewed');
    const active = vscode.window.activeTextEditor!;
    const selected = { start: active.document.offsetAt(active.selection.start), end: active.document.offsetAt(active.selection.end) };
    const a = await now();
    const suggested = [...a.quotes, ...a.entities.flatMap((e) => e.mentions)].filter((x) => x.status === 'suggested');
    assert.ok(suggested.some((x) => x.start === selected.start && x.end === selected.end), `Next Unreviewed selected a suggestion (${JSON.stringify(selected)})`);
    await run('acceptAll');
    const { progress } = await now();
    assert.ok(progress.quotes.reviewed === progress.quotes.total && progress.entities.reviewed === progress.entities.total, JSON.stringify(progress));
    await run('undoAnnotation');
    const undone = (await now()).progress;
    assert.ok(undone.quotes.reviewed + undone.entities.reviewed < progress.quotes.total + progress.entities.total, 'Accept All undone in one step');
  });

  it('Orphaned: an annotation whose text is gone while the file was closed is kept, re-attached to a selection or deleted', async () => {
    const { entities } = await api();
    spanOf('Elmdale', 2);
    await run('annotatePlace');
    spanOf('Ada Quill');
    await run('addNote', undefined, 'the librarian since 2019');
    await editor.document.save();
    await closeAll();
    const changed = path.join(path.dirname(file), 'orphans.article.txt');
    fs.copyFileSync(file + SIDECAR_SUFFIX, changed + SIDECAR_SUFFIX);
    fs.writeFileSync(changed, fs.readFileSync(file, 'utf8').replace('a small trust in Elmdale', 'a small trust').replace('said Ada Quill, ', 'said the archivist, '));
    editor = await open(changed);
    const orphanRows = () => {
      const group = rows(entities).find((r) => r.label.startsWith('Orphaned'));
      return group ? rows(entities, group.node) : [];
    };
    await waitFor(() => orphanRows().length === 2, `two orphans listed (${JSON.stringify(orphanRows().map((r) => r.label))})`);
    const place = orphanRows().find((r) => r.label.includes('Elmdale'))!;
    assert.strictEqual(place.context, 'orphan');
    const trust = spanOf('small trust');
    await run('reattach', place.node);
    assert.ok((await now()).entities.some((e) => e.type === 'PLACE' && e.mentions.some((m) => m.start === trust.start && m.end === trust.end)), 'Re-attach to Selection');
    await waitFor(() => orphanRows().length === 1, 'one orphan left');
    await run('deleteOrphan', orphanRows()[0].node);
    await waitFor(() => orphanRows().length === 0, 'Delete Orphaned Annotation');
  });
});

describe('exporting and importing annotations from the palette', () => {
  let dir: string;
  before(async () => {
    dir = path.dirname(copyFixture());
    const editor = await open(path.join(dir, 'annotating.article.txt'));
    select(editor, 'Elmdale', 2);
    await vscode.commands.executeCommand('articleAnnotator.annotatePlace');
    select(editor, 'We lost every map');
    await vscode.commands.executeCommand('articleAnnotator.accept');
  });
  after(closeAll);

  it('Export Annotations… writes each format, reviewed items only unless suggestions are asked for', async () => {
    const text = fs.readFileSync(path.join(dir, 'annotating.article.txt'), 'utf8');
    const out = path.join(dir, 'out');
    fs.mkdirSync(out);
    const exportAs = (format: string, name: string, includeSuggestions = false) =>
      vscode.commands.executeCommand('articleAnnotator.exportAnnotations', format, { includeSuggestions, to: vscode.Uri.file(path.join(out, name)) });

    await exportAs('brat', 'story.ann');
    assert.strictEqual(fs.readFileSync(path.join(out, 'story.txt'), 'utf8'), text, 'brat gets the text as the .txt beside the .ann');
    assert.ok(fs.existsSync(path.join(out, 'annotation.conf')));
    const ann = fs.readFileSync(path.join(out, 'story.ann'), 'utf8');
    const spans = [...ann.matchAll(/^T\d+\t(\S+) (\d+) (\d+)\t(.*)$/gm)];
    assert.ok(spans.some((m) => m[1] === 'PLACE' && m[4] === 'Elmdale'), ann);
    assert.ok(spans.some((m) => m[1] === 'Quote' && m[4].includes('We lost every map')), ann);
    for (const [, , start, end, written] of spans) assert.strictEqual(text.slice(+start, +end), written, 'every span indexes the text exactly');
    assert.ok(!ann.includes('Milo Brandt'), 'the unreviewed suggestions are left out');

    await exportAs('gold', 'gold.jsonl');
    const gold = JSON.parse(fs.readFileSync(path.join(out, 'gold.jsonl'), 'utf8'));
    assert.strictEqual(gold.text, text);
    assert.ok(gold.entities.some((e: { type: string; text: string }) => e.type === 'PLACE' && e.text === 'Elmdale'));

    await exportAs('json', 'all.json', true);
    const json = JSON.parse(fs.readFileSync(path.join(out, 'all.json'), 'utf8'));
    assert.ok(json.quotes.some((q: { status: string }) => q.status === 'suggested'), 'suggestions, marked, when asked for');
    await exportAs('csv', 'quotes.csv');
    assert.match(fs.readFileSync(path.join(out, 'quotes.csv'), 'utf8'), /We lost every map.*accepted/);
    await exportAs('jsonl', 'doccano.jsonl');
    assert.match(fs.readFileSync(path.join(out, 'doccano.jsonl'), 'utf8'), /"PLACE"/);
  });

  it('Import Annotations… adds a brat .ann and a gold line to another copy as manual annotations, undoably', async () => {
    const { analyses } = await api();
    const out = path.join(dir, 'out');
    for (const source of ['story.ann', 'gold.jsonl']) {
      await closeAll();
      const copy = copyFixture();
      const editor = await open(copy);
      const places = () => analyses.latest(editor.document)?.entities.filter((e) => e.type === 'PLACE' && e.name === 'Elmdale' && e.status === 'manual') ?? [];
      assert.strictEqual(places().length, 0, 'a fresh copy has no annotation');
      await vscode.commands.executeCommand('articleAnnotator.importAnnotations', vscode.Uri.file(path.join(out, source)));
      await waitFor(() => places().length === 1, `the place imported from ${source}`);
      assert.ok(fs.readFileSync(copy + SIDECAR_SUFFIX, 'utf8').includes('Elmdale'), 'saved to the sidecar');
      await vscode.commands.executeCommand('articleAnnotator.undoAnnotation');
      await waitFor(() => places().length === 0, `the import of ${source} undone`);
    }
  });
});

/** A read-only file system (as a read-only folder or mount is to VS Code) holding one article. */
class ReadOnlyFileSystem implements vscode.FileSystemProvider {
  readonly files = new Map<string, Uint8Array>();
  readonly onDidChangeFile = new vscode.EventEmitter<vscode.FileChangeEvent[]>().event;
  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }
  stat(uri: vscode.Uri): vscode.FileStat {
    const data = this.files.get(uri.path);
    if (data) return { type: vscode.FileType.File, ctime: 0, mtime: 0, size: data.length, permissions: vscode.FilePermission.Readonly };
    if (uri.path === '/news') return { type: vscode.FileType.Directory, ctime: 0, mtime: 0, size: 0, permissions: vscode.FilePermission.Readonly };
    throw vscode.FileSystemError.FileNotFound(uri);
  }
  readDirectory(): [string, vscode.FileType][] {
    return [...this.files.keys()].map((p) => [p.slice(p.lastIndexOf('/') + 1), vscode.FileType.File]);
  }
  readFile(uri: vscode.Uri): Uint8Array {
    const data = this.files.get(uri.path);
    if (!data) throw vscode.FileSystemError.FileNotFound(uri);
    return data;
  }
  createDirectory(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }
  writeFile(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }
  delete(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }
  rename(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }
}

describe('articles whose sidecar cannot be written next to them', () => {
  afterEach(closeAll);
  const isPlace = async (document: vscode.TextDocument) => {
    const { analyses } = await api();
    return (await analyses.get(document))?.entities.some((e) => e.type === 'PLACE' && e.name === 'Elmdale' && e.status === 'manual');
  };

  it('a read-only article: annotations stay in memory with a warning, and Save Annotations Elsewhere… keeps them in a file', async () => {
    const readOnly = new ReadOnlyFileSystem();
    const registration = vscode.workspace.registerFileSystemProvider('article-readonly', readOnly, { isReadonly: true });
    try {
      const uri = vscode.Uri.from({ scheme: 'article-readonly', path: '/news/annotating.article.txt' });
      readOnly.files.set(uri.path, fs.readFileSync(FIXTURE));
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      const { annotations, analyses } = await api();
      await analyses.get(editor.document);
      select(editor, 'Elmdale', 2);
      await vscode.commands.executeCommand('articleAnnotator.annotatePlace');
      assert.match(await waitFor(() => annotations.problem(editor.document), 'the warning'), /annotating\.article\.txt is in a read-only folder: its annotations are kept in memory/);
      assert.ok(await isPlace(editor.document), 'the annotation is there, in memory');
      assert.deepStrictEqual([...readOnly.files.keys()], [uri.path], 'nothing written beside the article');

      const elsewhere = path.join(tempDir('annotating-elsewhere-'), 'annotating.article.txt.annotations.json');
      await vscode.commands.executeCommand('articleAnnotator.saveAnnotationsElsewhere', uri, vscode.Uri.file(elsewhere));
      assert.ok(fs.readFileSync(elsewhere, 'utf8').includes('"Elmdale"'), 'saved where the user chose');
      assert.strictEqual(annotations.problem(editor.document), undefined);
      select(editor, 'We lost every map');
      await vscode.commands.executeCommand('articleAnnotator.accept');
      assert.match(fs.readFileSync(elsewhere, 'utf8'), /"status":"accepted"/, 'later annotations go there too');
    } finally {
      await closeAll();
      registration.dispose();
    }
  });

  it('an untitled article: annotations in memory, then saved with the document in the sidecar of the file it becomes', async () => {
    const file = path.join(tempDir('annotating-untitled-'), 'untitled.article.txt');
    // An untitled document with a file path to save to (as Save As would give it), so saving needs no dialog.
    const untitled = await vscode.workspace.openTextDocument(vscode.Uri.file(file).with({ scheme: 'untitled' }));
    const editor = await vscode.window.showTextDocument(untitled);
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), fs.readFileSync(FIXTURE, 'utf8')));
    await vscode.languages.setTextDocumentLanguage(untitled, 'article');
    const { annotations } = await api();
    await waitFor(() => vscode.window.activeTextEditor?.document.languageId === 'article', 'the article language');
    const article = vscode.window.activeTextEditor!;
    select(article, 'Elmdale', 2);
    await vscode.commands.executeCommand('articleAnnotator.annotatePlace');
    assert.ok(await isPlace(article.document), 'the annotation, in memory');
    assert.strictEqual(annotations.problem(article.document), undefined, 'no warning: an untitled article has no sidecar yet');
    assert.ok(!fs.existsSync(file + SIDECAR_SUFFIX) && !fs.existsSync(file));
    assert.ok(await article.document.save(), 'saved');
    await waitFor(() => fs.existsSync(file + SIDECAR_SUFFIX) && fs.readFileSync(file + SIDECAR_SUFFIX, 'utf8').includes('"Elmdale"'), 'the sidecar of the saved file', 15000);
    const saved = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    assert.ok(await isPlace(saved), 'the saved article has the annotation');
  });
});

describe('a sidecar the extension cannot read', () => {
  afterEach(closeAll);

  it('a corrupt sidecar gets one clear message and survives byte-for-byte, copied aside before a new write', async () => {
    const file = copyFixture();
    const sidecar = file + SIDECAR_SUFFIX;
    const corrupt = Buffer.from('{"version": 1, "annotations": [ {"oops" \u0000 not json');
    fs.writeFileSync(sidecar, corrupt);
    const editor = await open(file);
    const { annotations } = await api();
    const problem = await waitFor(() => annotations.problem(editor.document), 'the problem');
    assert.match(problem, /annotating\.article\.txt\.annotations\.json/);
    assert.match(problem, /not valid|corrupt|cannot be read/i);
    assert.ok(fs.readFileSync(sidecar).equals(corrupt), 'untouched after opening');
    select(editor, 'Milo Brandt');
    await vscode.commands.executeCommand('articleAnnotator.accept');
    const aside = fs.readdirSync(path.dirname(file)).filter((f) => f.includes('.corrupt-'));
    assert.strictEqual(aside.length, 1, 'copied aside');
    assert.ok(fs.readFileSync(path.join(path.dirname(file), aside[0])).equals(corrupt), 'the copy is byte-for-byte');
    assert.ok(JSON.parse(fs.readFileSync(sidecar, 'utf8')), 'the new sidecar is valid');
  });

  it('a sidecar of a newer version is never overwritten', async () => {
    const file = copyFixture();
    const sidecar = file + SIDECAR_SUFFIX;
    const newer = Buffer.from('{"format": "article-annotator/annotations", "version": 999, "entities": [], "quotes": []}\n');
    fs.writeFileSync(sidecar, newer);
    const editor = await open(file);
    const { annotations } = await api();
    assert.match(await waitFor(() => annotations.problem(editor.document), 'the problem'), /newer/);
    select(editor, 'Milo Brandt');
    await vscode.commands.executeCommand('articleAnnotator.accept');
    assert.ok(fs.readFileSync(sidecar).equals(newer), 'untouched after annotating');
  });
});
