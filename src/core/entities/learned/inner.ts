import { classify, type Typing } from '../classify';
import { candidate, isKnownPlace, type Candidate } from '../candidates';
import { mention, namedEntity, type Named } from '../named';
import { NAME_CONNECTORS } from '../../words/closedClasses';
import { isCapitalized, type Token } from '../../text/tokenize';
import type { TextModel } from '../../text/model';
import type { EntityType } from '../../types';
import { articleContext, candidateFeatures, extendContext, nameKey, type ArticleContext } from './features';
import { best, CLASSES, CLASS_COUNT, FeatureHasher, score, type EntityModel } from './model';

/** An inner name has at most this many words ("Santa Catarina" in "Federal University of Santa Catarina") ... */
const INNER_MAX_WORDS = 3;
/** ... and is looked for in names of at most this many: longer runs are lists and headlines, not names. */
const OUTER_MAX_WORDS = 8;

/** Spans inside the rules' names that may name something in their own right, with where they sit in it. */
export interface InnerCandidates {
  /** The rules' candidates followed by the inner spans, and their typings: one article context for both. */
  context: ArticleContext;
  /** Index in `context.candidates` of the first inner span. */
  from: number;
}

/**
 * Every span of one to INNER_MAX_WORDS words inside a rules' candidate that starts and ends with a capitalized
 * word that is not a connector ("Elmdale" and "Harbor Board" in "Elmdale Harbor Board", "Quill" in "Quill &
 * Moss"), typed by the rules as if it stood alone. The model keeps the few that name something of their own:
 * a place inside an organization's name, each partner of a firm, a name after a leading word that is not one.
 * Spans inside a known place of the name ("North" in "University of North Carolina") name no place of their own
 * and are left out, unless `placeParts` (the trainer's: the model learns from every span; with them left out of
 * training too, its weights moved enough to add two names to the sample article).
 * `rules` is the article context of the rules' candidates, when the caller has it.
 */
export function innerCandidates(
  text: TextModel,
  candidates: Candidate[],
  typings: Typing[],
  rules: ArticleContext = articleContext(text, candidates, typings),
  placeParts = false,
): InnerCandidates {
  const { tokens } = text;
  const spans: Candidate[] = [];
  const spanTypings: Typing[] = [];
  const where: string[] = [];
  candidates.forEach((c, i) => {
    const words = c.last - c.first;
    if (words < 2 || words > OUTER_MAX_WORDS) return;
    const found: Candidate[] = [];
    // Word ranges of the known places in the name, itself included.
    const places: Array<[number, number]> = !placeParts && isKnownPlace(c.text) ? [[c.first, c.last]] : [];
    for (let s = c.first; s < c.last; s++) {
      if (!boundary(tokens[s])) continue;
      for (let e = s + 1; e <= Math.min(c.last, s + INNER_MAX_WORDS); e++) {
        if ((s === c.first && e === c.last) || !boundary(tokens[e - 1])) continue;
        const start = tokens[s].start;
        const end = tokens[e - 1].end;
        const inner = candidate(start, end, text.text.slice(start, end), s, e, false);
        found.push(inner);
        if (!placeParts && e - s > 1 && isKnownPlace(inner.text)) places.push([s, e]);
      }
    }
    for (const inner of found) {
      const { first, last } = inner;
      if (places.some(([s, e]) => s <= first && last <= e && e - s > last - first)) continue;
      spans.push(inner);
      spanTypings.push(classify(inner, text));
      const at = first === c.first ? 'start' : last === c.last ? 'end' : 'middle';
      where.push(`${at}:${typings[i].type}`);
    }
  });
  const context = extendContext(rules, spans, spanTypings);
  context.inner = { from: candidates.length, where };
  return { context, from: candidates.length };
}

function boundary(t: Token): boolean {
  return isCapitalized(t) && !NAME_CONNECTORS.has(t.text);
}

/**
 * Adds the inner names the model keeps as mentions: of the entity with the same name when the article has one,
 * else of a new entity of the model's type, unless a person or a name of another kind. Spans already mentioned (the rules' own names inside names) stay.
 * Returns the entities this adds.
 */
export function addInnerNames(
  text: TextModel,
  candidates: Candidate[],
  typings: Typing[],
  named: Named[],
  model: EntityModel,
  rules?: ArticleContext,
): Named[] {
  const { context, from } = innerCandidates(text, candidates, typings, rules);
  const mentioned = new Set<string>();
  const byName = new Map<string, Named>();
  for (const n of named) {
    for (const m of n.entity.mentions) mentioned.add(`${m.start}:${m.end}`);
    for (const c of n.candidates) {
      const key = nameKey(c.text);
      if (!byName.has(key)) byName.set(key, n);
    }
  }
  const hasher = new FeatureHasher();
  const one = new Float64Array(CLASS_COUNT);
  const byText = new Map<string, Float64Array>();
  const inner = context.candidates.slice(from);
  const keys = context.keys.slice(from);
  inner.forEach((_, k) => {
    candidateFeatures(context, from + k, hasher);
    score(model, hasher.ids, hasher.count, one);
    const sum = byText.get(keys[k]);
    if (sum) for (let j = 0; j < CLASS_COUNT; j++) sum[j] += one[j];
    else byText.set(keys[k], Float64Array.from(one));
  });
  const added: Named[] = [];
  for (const [k, c] of inner.entries()) {
    const key = keys[k];
    const decision = CLASSES[best(byText.get(key)!)];
    if (decision === 'DROP' || mentioned.has(`${c.start}:${c.end}`)) continue;
    mentioned.add(`${c.start}:${c.end}`);
    let found = byName.get(key);
    // A person inside a name ("Quill" in "Quill & Moss") is one of the article's people only when it names them on
    // their own too: a firm's namesake would otherwise become a speaker beside the firm. So is a name of another
    // kind: inside an organization's name it is mostly its subject ("Foreign Affairs", "Tarnovian Studies").
    if (!found && (decision === 'PERSON' || decision === 'OTHER')) continue;
    if (!found) {
      found = namedEntity(decision as EntityType, c.text, [], [], []);
      byName.set(key, found);
      added.push(found);
    }
    found.entity.mentions.push(mention(c.start, c.end, c.text, found.entity.mentions.length ? 'alias' : 'name'));
    if (c.text !== found.entity.name && !found.entity.aliases.includes(c.text)) found.entity.aliases.push(c.text);
  }
  return added;
}
