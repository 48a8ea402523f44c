import { findEntities } from './entities/entities';
import type { EntityModel } from './entities/learned/model';
import { shippedModel } from './entities/learned/shipped';
import { findQuotes } from './quotes/quotes';
import { textModel } from './text/model';
import type { Analysis, Entity, Finding } from './types';

export interface AnalyzeOptions {
  /** The learned entity decision; null for the rules alone (as the eval compares). Defaults to the committed model. */
  entityModel?: EntityModel | null;
}

/**
 * Analyzes an article. Never throws: a stage that fails on some unforeseen input costs its own results, never the
 * whole analysis, and says so in an `analysis-failed` finding rather than passing for an empty result.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const entityModel = options.entityModel === undefined ? shippedModel() : options.entityModel;
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
  const entities = stage('entity', () => findEntities(model, entityModel), []);
  const { quotes, findings } = stage('quotation', () => findQuotes(model, speakingEntities(entities)), { quotes: [], findings: [] });
  return { entities, quotes, findings: [...failures, ...findings] };
}

/** The entities a quotation can be attributed to: names of other kinds (a product, an event) never speak. */
export function speakingEntities(entities: Entity[]): Entity[] {
  return entities.filter((e) => e.type !== 'OTHER');
}

/** A finding at the start of the text for a stage that threw. */
function failed(stage: string, error: unknown): Finding {
  const reason = error instanceof Error ? error.message : String(error);
  return { kind: 'analysis-failed', start: 0, end: 0, message: `The ${stage} analysis failed (${reason}): its results are missing.` };
}
