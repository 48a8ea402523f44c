/**
 * How much the learned decision adds to the rules, measured only on documents it did not train on:
 * document-level k-fold cross-validation on a training corpus, and train-on-one / test-on-another.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findEntities } from '../core/entities/entities';
import { textModel } from '../core/text/model';
import type { EntityModel } from '../core/entities/learned/model';
import type { EntityType } from '../core/types';
import { scoreSpans } from './entities';
import { parseJsonl, type GoldDoc } from './gold';
import { fixed, type Prf } from './report';
import { examplesOf, train, type Example } from './train';

export { parseJsonl };
export { weightsModule } from './train';

export const FOLDS = 5;

/** What the shipped model learns from, in ../shared/corpus: every GUM file (gum.dev is news, the analyzer's kind of text). */
export const SHIPPED_TRAINING = ['gum.train.jsonl', 'gum.dev.jsonl'];

/**
 * Gold in the repository (docs/data.md): openly licensed GUM documents ../shared lacks, made by
 * scripts/import-gum.mjs. On the training side of every measurement (`npm run eval`); not yet in the shipped model:
 * trained with them, it adds two names inside names to the sample article (docs/model.md).
 */
export const EXTRA_TRAINING = ['data/gum-extra.jsonl'];

/** Where the shipped model's documents come from, for the weights file's header. */
export const SHIPPED_PROVENANCE = `../shared/corpus/{${SHIPPED_TRAINING.join(',')}}`;

/** The repository's extra training documents (EXTRA_TRAINING), read from the checkout at `root`. */
export function extraTraining(root: string): GoldDoc[] {
  return EXTRA_TRAINING.flatMap((f) => parseJsonl(readFileSync(join(root, f), 'utf8')));
}

/** Everything the shipped model learns from, or the ../shared files missing beside the checkout at `root`. */
export function shippedTraining(root: string): { docs: GoldDoc[] } | { missing: string[] } {
  const corpus = join(root, '../shared/corpus');
  const files = SHIPPED_TRAINING.map((f) => join(corpus, f));
  const missing = files.filter((f) => !existsSync(f));
  return missing.length ? { missing } : { docs: files.flatMap((f) => parseJsonl(readFileSync(f, 'utf8'))) };
}

type Scores = Record<EntityType | 'ALL', Prf>;

export interface Comparison {
  rules: Scores;
  learned: Scores;
}

/** The folds: documents sorted by id, dealt round-robin, so the split depends on the ids alone. */
export function folds(docs: GoldDoc[], k = FOLDS): GoldDoc[][] {
  const sorted = [...docs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const out: GoldDoc[][] = Array.from({ length: k }, () => []);
  sorted.forEach((d, i) => out[i % k].push(d));
  return out;
}

/** Trains on documents in id order. */
export function trainOn(docs: GoldDoc[]): EntityModel {
  const sorted = [...docs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const examples: Example[] = [];
  for (const d of sorted) examples.push(...examplesOf(d));
  return train(examples);
}

function compare(tested: Array<{ doc: GoldDoc; model: EntityModel }>): Comparison {
  const rules = tested.map(({ doc }) => ({ gold: doc.spans ?? [], predicted: findEntities(textModel(doc.text), null) }));
  const learned = tested.map(({ doc, model }) => ({ gold: doc.spans ?? [], predicted: findEntities(textModel(doc.text), model) }));
  return { rules: scoreSpans(rules), learned: scoreSpans(learned) };
}

/** Each fold scored by a model trained on the other folds and `extra`; the counts pooled over all documents. */
export function crossValidate(docs: GoldDoc[], extra: GoldDoc[] = [], k = FOLDS): Comparison {
  const parts = folds(docs, k);
  return compare(parts.flatMap((test, i) => {
    const model = trainOn([...parts.filter((_, j) => j !== i).flat(), ...extra]);
    return test.map((doc) => ({ doc, model }));
  }));
}

/** A model trained on `trainDocs`, scored on `testDocs`. */
export function heldOut(trainDocs: GoldDoc[], testDocs: GoldDoc[]): Comparison {
  const model = trainOn(trainDocs);
  return compare(testDocs.map((doc) => ({ doc, model })));
}

/** Each document scored by a model trained on `others` and the rest of `docs` (leave one out). */
export function leaveOneOut(docs: GoldDoc[], others: GoldDoc[]): Comparison {
  return compare(docs.map((doc) => ({ doc, model: trainOn([...others, ...docs.filter((d) => d !== doc)]) })));
}

/** Rules alone and with the learned decision, side by side, per type. */
export function formatComparison(title: string, c: Comparison): string {
  const row = (t: EntityType | 'ALL') => {
    const cell = (s: Prf) => `${fixed(s.precision)} ${fixed(s.recall)} ${fixed(s.f1)}`;
    return `  ${t.padEnd(7)} ${cell(c.rules[t])}   ${cell(c.learned[t])}`;
  };
  return [
    `-- ${title}`,
    '          rules alone (P R F1)    rules + learned (P R F1)',
    ...(['PERSON', 'ORG', 'PLACE', 'ALL'] as const).map(row),
  ].join('\n');
}
