/**
 * Exports of the applied annotations (reviewed items, and suggestions only when asked, marked as such) and imports
 * of other tools' annotations as annotations (docs/annotations-format.md, "Export and import").
 */
import type { AnnotatedAnalysis } from '../types';
import { toBrat } from './brat';
import { toGold } from './gold';
import { toJsonl } from './jsonl';
import { quoteRows } from './quotesCsv';
import { reviewedOnly, toStandoff } from './standoff';

export const EXPORT_FORMATS = ['brat', 'jsonl', 'csv', 'json', 'gold'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  includeSuggestions: boolean;
}

/** brat's `.ann` for the article's `.txt`. */
export function exportBrat(text: string, result: AnnotatedAnalysis, options: ExportOptions): string {
  return toBrat(text, toStandoff(reviewedOnly(result, options.includeSuggestions)));
}

/** One doccano-style JSON line. */
export function exportJsonl(id: string, text: string, result: AnnotatedAnalysis, options: ExportOptions): string {
  return toJsonl(id, text, toStandoff(reviewedOnly(result, options.includeSuggestions)));
}

/** One gold corpus line; its quotes are complete when no suggested quote was left out. */
export function exportGold(id: string, text: string, result: AnnotatedAnalysis, options: ExportOptions): string {
  const complete = options.includeSuggestions || result.quotes.every((q) => q.status !== 'suggested');
  return toGold(id, text, reviewedOnly(result, options.includeSuggestions), complete);
}

/** The CSV rows of one article's quotes (join articles' rows with `quotesCsv`). */
export function exportCsvRows(file: string, text: string, result: AnnotatedAnalysis, options: ExportOptions): string[][] {
  return quoteRows(file, text, reviewedOnly(result, options.includeSuggestions));
}

/** The applied annotations as JSON (the analysis format with review statuses), for one article. */
export function exportJson(file: string, result: AnnotatedAnalysis, options: ExportOptions): object {
  const { entities, quotes, terms, findings, progress } = reviewedOnly(result, options.includeSuggestions);
  return { file, entities, quotes, terms, findings, progress };
}

export { fromBrat, BRAT_CONF, fragments } from './brat';
export { fromJsonlRecord } from './jsonl';
export { fromGoldRecord } from './gold';
export { quotesCsv, QUOTES_CSV_HEADER } from './quotesCsv';
export { fromStandoff, reviewedOnly, toStandoff, type ImportResult, type Standoff } from './standoff';
export { AnnotationExport, bratFiles, carryOnto, EXPORT_FILE_NAMES, fromRecord } from './files';
