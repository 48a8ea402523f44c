import { findEntities } from './entities/entities';
import { findQuotes } from './quotes/quotes';
import { textModel } from './text/model';
import type { Analysis, Finding } from './types';

/**
 * Analyzes an article. Never throws: a stage that fails on some unforeseen input costs its own results, never the
 * whole analysis, and says so in an `analysis-failed` finding rather than passing for an empty result.
 */
export function analyze(text: string): Analysis {
  const failures: Finding[] = [];
  const stage = <T>(name: string, run: () => T, fallback: T): T => {
    try {
      return run();
    } catch (e) {
      failures.push(failed(name, e));
      return fallback;
    }
  };
  const model = stage('text', () => textModel(text), undefined);
  if (!model) return { entities: [], quotes: [], findings: failures };
  const entities = stage('entity', () => findEntities(model), []);
  const { quotes, findings } = stage('quotation', () => findQuotes(model, entities), { quotes: [], findings: [] });
  return { entities, quotes, findings: [...failures, ...findings] };
}

/** A finding at the start of the text for a stage that threw. */
function failed(stage: string, error: unknown): Finding {
  const reason = error instanceof Error ? error.message : String(error);
  return { kind: 'analysis-failed', start: 0, end: 0, message: `The ${stage} analysis failed (${reason}): its results are missing.` };
}
