import type { Candidate } from '../candidates';
import type { Typing } from '../classify';
import type { TextModel } from '../../text/model';
import type { EntityType } from '../../types';
import { articleContext, candidateFeatures, FIRM, nameKey, type ArticleContext } from './features';
import { best, CLASSES, CLASS_COUNT, FeatureHasher, score, type EntityModel } from './model';

/** Only one-word names are left to the model: longer ones carry their own evidence (and the model's cost on news). */
const MODEL_DECIDES_UP_TO_WORDS = 1;
/** A kept candidate's strength: that of the rules' context evidence (2) ... */
const KEPT_STRENGTH = 2;
/** ... plus up to this much for how far the winning class leads the next one, so confident mentions outvote. */
const CONFIDENCE_SPAN = 0.99;

/**
 * Whether the model, not the rules, decides this candidate: a short name the rules have no firm evidence for
 * anywhere in the article (measured in docs/model.md: overruling firm verdicts too wins on other genres but loses
 * on news, where the rules were written), and that is not short for a name they are sure of ("Quill" after
 * "Ada Quill"). Names in tables (scores, standings) stay with the rules' table reading: the training corpus has
 * almost none.
 */
export function modelDecides(ctx: ArticleContext, i: number): boolean {
  const c = ctx.candidates[i];
  return (
    ctx.typings[i].strength < FIRM &&
    c.last - c.first <= MODEL_DECIDES_UP_TO_WORDS &&
    !ctx.lineKind(c.first).startsWith('table') &&
    !ctx.anchored.has(nameKey(c.text))
  );
}

/**
 * The learned decision over the rules' candidates: where the rules have no firm evidence, each candidate is
 * dropped, or kept and typed PERSON, ORG, PLACE or OTHER by the model, which reads the rules' own verdict among
 * its features. One article, one decision per name: the scores of every mention with the same text add up.
 * `ctx` is the article context of the candidates, when the caller has it. Returns the kept candidates and their typings.
 */
export function decideCandidates(
  text: TextModel,
  candidates: Candidate[],
  typings: Typing[],
  model: EntityModel,
  ctx: ArticleContext = articleContext(text, candidates, typings),
): { candidates: Candidate[]; typings: Typing[] } {
  const hasher = new FeatureHasher();
  const all = new Float64Array(candidates.length * CLASS_COUNT);
  const one = new Float64Array(CLASS_COUNT);
  for (let i = 0; i < candidates.length; i++) {
    if (!modelDecides(ctx, i)) continue;
    candidateFeatures(ctx, i, hasher);
    score(model, hasher.ids, hasher.count, one);
    all.set(one, i * CLASS_COUNT);
  }
  // Summed once per name, not once per mention: a name mentioned n times would otherwise cost n².
  const byName = new Map<string, Float64Array>();
  const kept: Candidate[] = [];
  const keptTypings: Typing[] = [];
  for (let i = 0; i < candidates.length; i++) {
    if (!modelDecides(ctx, i)) {
      kept.push(candidates[i]);
      keptTypings.push(typings[i]);
      continue;
    }
    const key = nameKey(candidates[i].text);
    let scores = byName.get(key);
    if (!scores) {
      scores = new Float64Array(CLASS_COUNT);
      for (const j of ctx.byText.get(key)!) {
        if (modelDecides(ctx, j)) for (let k = 0; k < CLASS_COUNT; k++) scores[k] += all[j * CLASS_COUNT + k];
      }
      byName.set(key, scores);
    }
    const top = best(scores);
    if (CLASSES[top] === 'DROP') continue;
    let second = -Infinity;
    for (let k = 0; k < CLASS_COUNT; k++) if (k !== top && scores[k] > second) second = scores[k];
    const lead = scores[top] - second;
    kept.push(candidates[i]);
    keptTypings.push({ type: CLASSES[top] as EntityType, strength: KEPT_STRENGTH + Math.min(CONFIDENCE_SPAN, lead / (lead + 1)) });
  }
  return { candidates: kept, typings: keptTypings };
}
