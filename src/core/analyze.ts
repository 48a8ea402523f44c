import { findEntities } from './entities/entities';
import { findQuotes } from './quotes/quotes';
import { textModel } from './text/model';
import type { Analysis } from './types';

/** Analyzes an article. Never throws: odd input yields an empty or partial analysis. */
export function analyze(text: string): Analysis {
  const model = textModel(text);
  const entities = safely(() => findEntities(model), []);
  const { quotes, findings } = safely(() => findQuotes(model, entities), { quotes: [], findings: [] });
  return { entities, quotes, findings };
}

/** A stage that fails on some unforeseen input costs its own results, never the whole analysis. */
function safely<T>(stage: () => T, fallback: T): T {
  try {
    return stage();
  } catch {
    return fallback;
  }
}
