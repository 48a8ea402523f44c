import { PERSON_SPEECH_VERBS } from '../../words/speechVerbs';
import { CREED_WORDS } from '../../words/closedClasses';
import type { Candidate } from '../candidates';
import type { Typing } from '../classify';
import type { TextModel } from '../../text/model';
import type { Token } from '../../text/tokenize';
import type { EntityType } from '../../types';
import { articleContext, candidateFeatures, FIRM, nameKey, type ArticleContext } from './features';
import { best, CLASSES, CLASS_COUNT, FeatureHasher, score, type EntityModel } from './model';

/** A kept candidate's strength: that of the rules' context evidence (2) ... */
const KEPT_STRENGTH = 2;
/** ... plus up to this much for how far the winning class leads the next one, so confident mentions outvote. */
const CONFIDENCE_SPAN = 0.99;
/**
 * What the model may make of a longer name the rules weakly call an organization: drop it, keep it, or call it a
 * name of another kind. Retyped as a place or a person, the rules' verdict stands: GUM's places include buildings
 * and institutions that news calls organizations ("White House"), and its people are lone names.
 */
const LONGER_ORG_DECISIONS: ReadonlySet<string> = new Set(['DROP', 'ORG', 'OTHER']);

/**
 * Whether the model, not the rules, decides this candidate: one the rules have no firm evidence for anywhere in
 * the article (measured in docs/model.md: overruling firm verdicts too wins on other genres but loses on news,
 * where the rules were written) and that is not short for a name they are sure of ("Quill" after "Ada Quill"). Of
 * longer names, only those the rules call organizations on a weak hint ("Harvest Games", "Zorb Picture Works"),
 * none with "the" inside ("Center for the Study of …": the training gold cuts such names, so the model would drop
 * them all) and none named for its members' party or creed ("Senate Republicans": a body that speaks in news, but
 * no name in GUM, which leaves groups out). Names in tables (scores, standings) and photo credits stay with the
 * rules' reading of those lines: the training corpus has almost none.
 */
export function modelDecides(ctx: ArticleContext, i: number): boolean {
  const c = ctx.candidates[i];
  const typing = ctx.typings[i];
  if (typing.strength >= FIRM || ctx.anchored.has(nameKey(c.text))) return false;
  const line = ctx.lineKind(c.first);
  if (line.startsWith('table') || line.startsWith('credit')) return false;
  if (c.last - c.first === 1) return true;
  if (typing.type !== 'ORG' || CREED_WORDS.has(ctx.tokens[c.last - 1].text)) return false;
  for (let k = c.first + 1; k < c.last - 1; k++) if (ctx.tokens[k].text === 'the') return false;
  return true;
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
    const longer = candidates[i].last - candidates[i].first > 1;
    if ((longer && !LONGER_ORG_DECISIONS.has(CLASSES[top])) || (CLASSES[top] === 'OTHER' && citedAsSource(ctx.tokens, candidates[i]))) {
      kept.push(candidates[i]);
      keptTypings.push(typings[i]);
      continue;
    }
    if (CLASSES[top] === 'DROP') continue;
    let second = -Infinity;
    for (let k = 0; k < CLASS_COUNT; k++) if (k !== top && scores[k] > second) second = scores[k];
    const lead = scores[top] - second;
    kept.push(candidates[i]);
    keptTypings.push({ type: CLASSES[top] as EntityType, strength: KEPT_STRENGTH + Math.min(CONFIDENCE_SPAN, lead / (lead + 1)) });
  }
  return { candidates: kept, typings: keptTypings };
}

/**
 * A name cited as a source ("according to the Red Cross", "Quill said", "said Quill") speaks, so it is no name of
 * another kind: the rules' verdict stands where the model would call it one.
 */
function citedAsSource(tokens: Token[], c: Candidate): boolean {
  let k = c.first - 1;
  if (tokens[k]?.text === 'the') k--;
  if (tokens[k]?.text === 'to' && tokens[k - 1]?.text.toLowerCase() === 'according') return true;
  return PERSON_SPEECH_VERBS.has(tokens[c.last]?.text ?? '') || tokens[c.first - 1]?.text === 'said';
}
