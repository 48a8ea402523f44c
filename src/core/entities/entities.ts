import { clusterCandidates, type Cluster } from './aliases';
import { findCandidates, type Candidate } from './candidates';
import { classify, harmonize, type Typing } from './classify';
import { decideCandidates } from './learned/decide';
import { articleContext } from './learned/features';
import { addInnerNames } from './learned/inner';
import type { EntityModel } from './learned/model';
import { shippedModel } from './learned/shipped';
import { mention, namedEntity, type Named } from './named';
import { nestedMentions } from './nested';
import { resolveHandles, resolvePronouns } from './references';
import { attachRoles } from './roles';
import type { TextModel } from '../text/model';
import type { Entity } from '../types';

/** The rules' stage of the pipeline: name candidates and how the rules type them (the verdict and its strength). */
export interface RuleCandidates {
  candidates: Candidate[];
  typings: Typing[];
}

/** Candidate names of the text model, each typed by the rules. */
export function ruleCandidates(model: TextModel): RuleCandidates {
  const candidates = findCandidates(model);
  const typings = candidates.map((c) => classify(c, model));
  harmonize(candidates, typings, model.tokens);
  return { candidates, typings };
}

/**
 * The people, organizations and places a text names, as a pipeline of small stages over the text model:
 * candidate names → classify (and harmonize) → the learned decision where the rules cannot decide (keep, drop,
 * type) → cluster aliases → roles → names inside names (the rules', then the model's) → pronouns and handles.
 * With `entityModel` null the rules decide alone.
 */
export function findEntities(model: TextModel, entityModel: EntityModel | null = shippedModel()): Entity[] {
  const { text, tokens, sentences } = model;
  const rules = ruleCandidates(model);
  // One article context of the rules' candidates for the decision and for the names inside names.
  const context = entityModel ? articleContext(model, rules.candidates, rules.typings) : undefined;
  const { candidates, typings } = entityModel ? decideCandidates(model, rules.candidates, rules.typings, entityModel, context) : rules;
  // Pushed into a literal (not mapped): V8 then makes even an article's empty list with the elements kind of the
  // others, and the stages iterating it are not deoptimized by an article without names.
  const named: Named[] = [];
  for (const cluster of clusterCandidates(candidates, typings)) named.push(toEntity(cluster));
  attachRoles(text, tokens, sentences, named);
  for (const n of nestedMentions(text, tokens, named)) named.push(n);
  if (entityModel) for (const n of addInnerNames(model, rules.candidates, rules.typings, named, entityModel, context)) named.push(n);
  resolvePronouns(tokens, sentences, named);
  resolveHandles(tokens, named);
  for (const { entity } of named) entity.mentions.sort((a, b) => a.start - b.start);
  // A literal again (see named above): the quotes stage iterates this list.
  const entities: Entity[] = [];
  for (const n of named) entities.push(n.entity);
  entities.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  entities.forEach((e, i) => (e.id = `e${i + 1}`));
  return entities;
}

/** An entity named by its fullest form, with every candidate as a mention. */
function toEntity(cluster: Cluster): Named {
  const candidates = [...cluster.candidates].sort((a, b) => a.start - b.start);
  let name = candidates[0].text;
  let most = fullness(name);
  for (const c of candidates) {
    const f = c.text === name ? most : fullness(c.text);
    if (f > most) [name, most] = [c.text, f];
  }
  const aliases = [...new Set(candidates.map((c) => c.text))].filter((t) => t !== name);
  const mentions = candidates.map((c) => mention(c.start, c.end, c.text, c.text === name ? 'name' : 'alias'));
  return namedEntity(cluster.typing.type, name, aliases, mentions, candidates);
}

function fullness(name: string): number {
  // Of two equally full names, the one in normal case ("Elmdale") rather than a dateline's capitals ("ELMDALE").
  const capitals = /\p{Ll}/u.test(name) ? 0 : 0.5;
  return name.split(' ').length * 1000 + name.replace(/\./g, '').length - capitals;
}
