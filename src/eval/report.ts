import type { Analysis } from '../core/types';
import type { GoldDoc } from './gold';

/** A gold article with the analysis to score. */
export interface Scored {
  gold: GoldDoc;
  analysis: Analysis;
}

/** What one scorer found on one gold file: printable lines, one summary phrase, and the numbers. */
export interface Section {
  title: string;
  lines: string[];
  summary: string;
  data: unknown;
}

/** Scores a gold file's articles; returns nothing when the file has no gold of its kind. */
export type Scorer = (docs: Scored[]) => Section | undefined;

/** Precision, recall and F1 from counts; 0 where undefined. */
export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

export const fixed = (x: number): string => x.toFixed(3);

/** One file's sections as text. */
export function formatSections(file: string, sections: Section[]): string {
  const out = [`== ${file}`];
  for (const s of sections) out.push(`-- ${s.title}`, ...s.lines.map((l) => `  ${l}`));
  if (!sections.length) out.push('  (no gold this evaluator scores)');
  return out.join('\n');
}
