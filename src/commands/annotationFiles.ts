import * as vscode from 'vscode';
import type { AnnotationStore } from '../core/annotations';
import {
  AnnotationExport, bratFiles, carryOnto, EXPORT_FORMATS, fromBrat, fromRecord, type AnnotatedAnalysis, type ExportFormat, type ImportResult,
} from '../core/annotations';
import { counted } from '../plural';
import { fileName } from '../uris';
import { labelText, messageText } from '../untrustedText';

/** What the export and import commands work on: the active article, its annotated analysis and its annotations. */
export interface ArticleTarget {
  document: vscode.TextDocument;
  analysis: AnnotatedAnalysis;
  store: AnnotationStore;
}

const FORMATS: Record<ExportFormat, { label: string; detail: string; suffix: string; filter: [string, string[]] }> = {
  brat: { label: 'brat standoff', detail: 'a .ann beside the article’s text as .txt, for brat and INCEpTION', suffix: '.ann', filter: ['brat', ['ann']] },
  jsonl: { label: 'JSONL', detail: 'text and [start, end, label] spans, as doccano and Label Studio read them', suffix: '.jsonl', filter: ['JSONL', ['jsonl']] },
  csv: { label: 'CSV of quotes', detail: 'speaker, quote, line, kind, reviewed, note: for a spreadsheet', suffix: '.quotes.csv', filter: ['CSV', ['csv']] },
  json: { label: 'JSON', detail: 'entities and quotes with their review status', suffix: '.export.json', filter: ['JSON', ['json']] },
  gold: { label: 'gold corpus', detail: 'one JSON line, for article-annotator eval and npm run train', suffix: '.gold.jsonl', filter: ['JSONL', ['jsonl']] },
};

/** Warnings of an import quoted in its notification; the rest are counted. */
const MAX_WARNINGS_SHOWN = 3;

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const encode = (text: string) => new TextEncoder().encode(text);
const readIfExists = (uri: vscode.Uri) => Promise.resolve(vscode.workspace.fs.readFile(uri)).then(decode, () => undefined);
const shown = (uri: vscode.Uri) => messageText(vscode.workspace.asRelativePath(uri));

/** The article's file name without its last extension, and its folder (the workspace's for an untitled one). */
function beside(document: vscode.TextDocument): { folder: vscode.Uri | undefined; base: string } {
  if (document.uri.scheme === 'untitled') return { folder: vscode.workspace.workspaceFolders?.[0]?.uri, base: 'article' };
  const name = fileName(document.uri);
  return { folder: vscode.Uri.joinPath(document.uri, '..'), base: name.replace(/\.[^.]*$/, '') || name };
}

/**
 * `Article: Export Annotations…`: the article's annotations in a format of the CLI's `export` (the same code), to a
 * file chosen in a save dialog. Scripts pass the format and `{ includeSuggestions, to }` to skip the questions.
 */
export async function exportAnnotations(target: ArticleTarget, format?: ExportFormat, options?: { includeSuggestions?: boolean; to?: vscode.Uri }): Promise<void> {
  const chosen = format ?? (await vscode.window.showQuickPick(
    EXPORT_FORMATS.map((f) => ({ label: FORMATS[f].label, detail: FORMATS[f].detail, format: f })),
    { placeHolder: 'Export the annotations as…' },
  ))?.format;
  if (!chosen) return;
  const includeSuggestions = options?.includeSuggestions ?? (await vscode.window.showQuickPick([
    { label: 'Reviewed only', detail: 'manual and accepted annotations', include: false },
    { label: 'With suggestions', detail: 'the analyzer’s unreviewed items too, each marked “suggested”', include: true },
  ], { placeHolder: 'Include the suggestions still to review?' }))?.include;
  if (includeSuggestions === undefined) return;
  const { document, analysis } = target;
  const { folder, base } = beside(document);
  const [filterName, extensions] = FORMATS[chosen].filter;
  const to = options?.to ?? await vscode.window.showSaveDialog({
    defaultUri: folder && vscode.Uri.joinPath(folder, base + FORMATS[chosen].suffix),
    filters: { [filterName]: extensions },
    saveLabel: 'Export Annotations',
  });
  if (!to) return;
  const text = document.getText();
  const exported = new AnnotationExport(chosen, { includeSuggestions });
  const ann = exported.add(vscode.workspace.asRelativePath(document.uri), text, analysis);
  try {
    if (ann === undefined) await vscode.workspace.fs.writeFile(to, encode(exported.content(true)));
    else await writeBrat(to, text, ann);
  } catch (e) {
    void vscode.window.showErrorMessage(messageText(`Annotations not exported: ${e instanceof Error ? e.message : String(e)}`));
    return;
  }
  void vscode.window.showInformationMessage(`Exported the annotations of ${shown(document.uri)} (${FORMATS[chosen].label}) to ${shown(to)}.`);
}

/** brat's `.ann` where chosen, with the text as the `.txt` beside it and the folder's `annotation.conf`. */
async function writeBrat(ann: vscode.Uri, text: string, content: string): Promise<void> {
  const base = ann.with({ path: ann.path.replace(/\.ann$/i, '') });
  const conf = vscode.Uri.joinPath(ann, '..', 'annotation.conf');
  const txt = base.with({ path: `${base.path}.txt` });
  const files = bratFiles(base.path, conf.path, text, content, { txt: await readIfExists(txt), conf: (await readIfExists(conf)) !== undefined });
  for (const file of files) await vscode.workspace.fs.writeFile(ann.with({ path: file.path }), encode(file.content));
}

/**
 * `Article: Import Annotations…`: a brat `.ann` (over the `.txt` beside it, or the article's text) or a line of a
 * gold corpus (or doccano) JSONL file added to the article as manual annotations, in one undoable action. Annotations
 * made on another version of the text are carried over by their text and context.
 */
export async function importAnnotations(target: ArticleTarget, from?: vscode.Uri): Promise<void> {
  const { document, store } = target;
  const source = from ?? (await vscode.window.showOpenDialog({
    defaultUri: beside(document).folder,
    filters: { 'brat or JSONL': ['ann', 'jsonl'] },
    openLabel: 'Import Annotations',
  }))?.[0];
  if (!source) return;
  const text = document.getText();
  let imported: ImportResult | undefined;
  try {
    imported = await read(source, text);
  } catch (e) {
    void vscode.window.showErrorMessage(messageText(`${vscode.workspace.asRelativePath(source)}: ${e instanceof Error ? e.message : String(e)}; nothing imported.`));
    return;
  }
  if (!imported) return;
  const added = store.importDoc(imported.doc);
  const n = imported.warnings.length;
  const warnings = n ? ` ${counted(n, 'warning')}: ${imported.warnings.slice(0, MAX_WARNINGS_SHOWN).join('; ')}${n > MAX_WARNINGS_SHOWN ? '…' : ''}` : '';
  const message = messageText(`Imported ${counted(added, 'annotation')} from ${vscode.workspace.asRelativePath(source)} (Undo Annotation removes them).${warnings}`);
  void (warnings ? vscode.window.showWarningMessage(message) : vscode.window.showInformationMessage(message));
}

/** The file's annotations on the article's text; undefined when the user cancelled the choice of a record. */
async function read(source: vscode.Uri, text: string): Promise<ImportResult | undefined> {
  const content = decode(await vscode.workspace.fs.readFile(source));
  if (/\.ann$/i.test(source.path)) {
    const annotated = (await readIfExists(source.with({ path: source.path.replace(/\.ann$/i, '.txt') }))) ?? text;
    const result = fromBrat(annotated, content);
    return { doc: carryOnto(result.doc, annotated, text), warnings: result.warnings };
  }
  const records = content.split('\n').flatMap((line, n) => {
    if (!line.trim()) return [];
    try {
      return [fromRecord(JSON.parse(line) as Record<string, unknown>)];
    } catch (e) {
      throw new Error(`line ${n + 1} is not valid JSON (${e instanceof Error ? e.message : String(e)})`);
    }
  });
  if (records.length === 0) throw new Error('no annotations in it');
  // The record of this article: the one with its text, the only one, or the one the user picks.
  const record = records.find((r) => r.text === text) ?? (records.length === 1 ? records[0] : (await vscode.window.showQuickPick(
    records.map((r) => ({ label: labelText(r.id || '(no id)'), description: labelText(r.text.slice(0, 80)), record: r })),
    { placeHolder: 'None of the records has this article’s text: which one is it?' },
  ))?.record);
  return record && { doc: carryOnto(record.doc, record.text, text), warnings: record.warnings };
}
