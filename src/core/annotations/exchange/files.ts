/**
 * Exports and imports as files, shared by the CLI (`export`, `import`) and the palette's Export / Import
 * Annotations: which format writes what, how several articles join into one file, brat's files beside each other,
 * and imported annotations carried onto the article's text when it changed since they were made.
 */
import { AnnotationStore } from '../store';
import type { AnnotatedAnalysis, AnnotationDoc } from '../types';
import { BRAT_CONF } from './brat';
import { fromGoldRecord } from './gold';
import { exportBrat, exportCsvRows, exportGold, exportJson, exportJsonl, type ExportFormat, type ExportOptions } from './index';
import { fromJsonlRecord } from './jsonl';
import { quotesCsv } from './quotesCsv';
import type { ImportResult } from './standoff';

/** The file an export of articles goes to, by format (brat writes `<article>.ann` and `<article>.txt` instead). */
export const EXPORT_FILE_NAMES: Record<Exclude<ExportFormat, 'brat'>, string> = {
  jsonl: 'annotations.jsonl', csv: 'quotes.csv', json: 'annotations.json', gold: 'gold.jsonl',
};

/** Articles' exports in one format, joined into one file's content; brat's `.ann` of each article is returned by `add`. */
export class AnnotationExport {
  private readonly lines: string[] = [];
  private readonly rows: string[][] = [];
  private readonly objects: object[] = [];

  constructor(readonly format: ExportFormat, private readonly options: ExportOptions) {}

  /** Adds an article (`file`: its name in the export); for brat, returns its `.ann`. */
  add(file: string, text: string, result: AnnotatedAnalysis): string | undefined {
    const { format, options } = this;
    if (format === 'brat') return exportBrat(text, result, options);
    if (format === 'jsonl') this.lines.push(exportJsonl(file, text, result, options));
    else if (format === 'gold') this.lines.push(exportGold(file, text, result, options));
    else if (format === 'csv') this.rows.push(...exportCsvRows(file, text, result, options));
    else this.objects.push(exportJson(file, result, options));
    return undefined;
  }

  /** The joined file; `single`: a JSON export of one article is that article's object rather than a list. */
  content(single: boolean): string {
    if (this.format === 'csv') return quotesCsv(this.rows);
    if (this.format === 'json') return JSON.stringify(single && this.objects.length === 1 ? this.objects[0] : this.objects, null, 2) + '\n';
    return this.lines.map((l) => l + '\n').join('');
  }
}

/**
 * brat's files for an article exported as `<base>.ann`: the `.ann`, `<base>.txt` holding exactly the text (brat and
 * INCEpTION read the offsets against it; written only when missing) and the `annotation.conf` of their folder, `conf`
 * (only when missing). Throws when `<base>.txt` exists with another text: it is never overwritten.
 */
export function bratFiles(base: string, conf: string, text: string, ann: string, existing: { txt: string | undefined; conf: boolean }): { path: string; content: string }[] {
  const txt = `${base}.txt`;
  if (existing.txt !== undefined && existing.txt !== text) throw new Error(`${txt}: exists with another text; not overwritten`);
  const files = [{ path: `${base}.ann`, content: ann }];
  if (existing.txt === undefined) files.push({ path: txt, content: text });
  if (!existing.conf) files.push({ path: conf, content: BRAT_CONF });
  return files;
}

/** Gold corpus entities have `start`; doccano's have `start_offset` (or there is only a `label` list). */
export function isGoldRecord(record: Record<string, unknown>): boolean {
  const first = Array.isArray(record.entities) ? (record.entities[0] as Record<string, unknown> | undefined) : undefined;
  return first ? 'start' in first : Array.isArray(record.quotes);
}

/** One JSONL line read as the gold corpus format or doccano's (told apart by its fields unless `format` says). */
export function fromRecord(record: Record<string, unknown>, format?: 'gold' | 'jsonl'): ImportResult & { text: string; id: string } {
  const gold = format === 'gold' || (format === undefined && isGoldRecord(record));
  return gold ? fromGoldRecord(record) : fromJsonlRecord(record);
}

/** Annotations made on `from`, carried onto the article's text `to` by their text and context (what is gone is orphaned). */
export function carryOnto(doc: AnnotationDoc, from: string, to: string): AnnotationDoc {
  if (from === to) return doc;
  const moved = new AnnotationStore(from, doc);
  moved.reanchorToText(to, from);
  return moved.doc;
}
