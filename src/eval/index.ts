/** Scoring the analyzer against gold files: one scorer per kind of gold, each a section of the report. */
import { analyze } from '../core/analyze';
import { entityScorer } from './entities';
import { quoteScorer } from './quotes';
import type { GoldDoc } from './gold';
import type { Scorer, Section } from './report';

export { parseEntityGold, parseJsonl, type GoldDoc } from './gold';
export { formatSections, type Section } from './report';

/** The scorers the eval command runs, in report order. */
export const SCORERS: Scorer[] = [entityScorer, quoteScorer];

/** Analyzes each gold article once and runs every scorer on the results. */
export function evaluate(docs: GoldDoc[], scorers: Scorer[] = SCORERS): Section[] {
  const scored = docs.map((gold) => ({ gold, analysis: analyze(gold.text) }));
  return scorers.map((s) => s(scored)).filter((s): s is Section => s !== undefined);
}
