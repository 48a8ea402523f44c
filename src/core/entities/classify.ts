import { isKnownPlace, type Candidate } from './candidates';
import { DETERMINERS, ORG_HEADS, ORG_OF_HEADS, ORG_PREPOSITIONS, PLACE_HEADS, PLACE_NOUNS, PLACE_PREPOSITIONS, ROLE_NOUNS, SAINT_PREFIXES } from '../words/closedClasses';
import { lexicon, undotted } from '../words/lexicon';
import { PERSON_SPEECH_VERBS } from '../words/speechVerbs';
import type { TextModel } from '../text/model';
import type { Token } from '../text/tokenize';
import type { EntityType } from '../types';

/** A type with how strongly the evidence supports it: 3 form (title, head word), 2 gazetteer or context, 1 hint. */
export interface Typing {
  type: EntityType;
  strength: number;
}

const INITIAL = /^\p{Lu}\.?$/u;
const NUMBER = /^\p{N}/u;
const ACRONYM = /^(?:\p{Lu}\.?){2,}$|^\p{Lu}[\p{Lu}\p{N}]+$/u;

/** Types one candidate from its own words, the gazetteers and its immediate context. */
export function classify(c: Candidate, model: TextModel): Typing {
  const { tokens } = model;
  const lex = lexicon();
  if (c.title) return { type: 'PERSON', strength: 3 };
  const words: string[] = [];
  for (let k = c.first; k < c.last; k++) words.push(tokens[k].text);
  const first = words[0];
  const last = words[words.length - 1];
  const prev = c.first > 0 ? model.lower(c.first - 1) : undefined;
  const next = c.last < tokens.length ? model.lower(c.last) : undefined;
  const afterComma = next === ',' ? tokens[c.last + 1]?.text : undefined;

  // A score or standings line ("Elmdale 106 Quillport 95", "1. Elmdale 10 7 23"): a name beside its numbers is a
  // team, even one named after its city; a given name and surname stays a player.
  const line = model.lines[model.lineOf[c.first]];
  const scored = startsWithNumber(tokens[c.last]) || startsWithNumber(tokens[c.first - 1]);
  if (line.kind === 'table' && scored && !(words.length > 1 && lex.givenNames.has(first))) return { type: 'ORG', strength: 3 };
  if (c.dateline || lex.countries.has(undotted(c.text))) return { type: 'PLACE', strength: 3 };
  if (words.length > 1 && ORG_HEADS.has(last)) return { type: 'ORG', strength: 3 };
  if (words.length > 2 && ORG_OF_HEADS.has(first) && words[1] === 'of') return { type: 'ORG', strength: 3 };
  // "Harbor Board of Elmdale", "Water Authority for the Coast": a head word before "of" or "for" makes an organization.
  if (words.slice(0, -1).some((w, k) => k > 0 && ORG_HEADS.has(w) && (words[k + 1] === 'of' || words[k + 1] === 'for'))) return { type: 'ORG', strength: 3 };
  // "Port of Elmdale", "Bay of Quills": a place word heading an of-phrase names a place.
  if (words.length > 2 && PLACE_HEADS.has(first) && words[1] === 'of') return { type: 'PLACE', strength: 3 };
  // "the Elmdale neighborhood", "the village of Saint-Lunel", "Elmdale, a town of …": a kind of place names it.
  if (placeNounContext(c, tokens)) return { type: 'PLACE', strength: 2 };
  // After "the", a given name that is also an ordinary word ("the Red Lantern", "the Rose Theatre") does not make a
  // person: people are not "the X" (an initial still does: "the Ada K. Quill years").
  const personal = prev !== 'the' || !lex.words.has(model.lower(c.first));
  // "Ada Lane Hill": a given name and two more words is a person even when the last is a place word.
  if (personal && words.length > 2 && lex.givenNames.has(first) && !ORG_OF_HEADS.has(first)) return { type: 'PERSON', strength: 2 };
  if (words.length > 1 && PLACE_HEADS.has(last)) return { type: 'PLACE', strength: 3 };
  if (isKnownPlace(c.text)) return { type: 'PLACE', strength: 2 };
  if (words.length > 1 && ((personal && lex.givenNames.has(first)) || words.some((w) => INITIAL.test(w)))) return { type: 'PERSON', strength: 2 };
  if (ACRONYM.test(c.text)) return { type: 'ORG', strength: 2 };
  if (PERSON_SPEECH_VERBS.has(next ?? '') || (prev === 'said' && next !== 'that')) return { type: 'PERSON', strength: 2 };
  if (afterComma && (ROLE_NOUNS.has(afterComma) || afterComma === 'who')) return { type: 'PERSON', strength: 2 };
  if (ROLE_NOUNS.has(prev ?? '') && tokens[c.first - 1].text === prev) return { type: 'PERSON', strength: 2 };
  if (afterComma && isKnownPlace(afterComma)) return { type: 'PLACE', strength: 2 };
  if (words.length > 1 && last.endsWith('s') && lex.nouns.has(model.lower(c.last - 1))) return { type: 'ORG', strength: 1 };
  // "Congress", "Parliament": a head word on its own names the body.
  if (words.length === 1 && ORG_HEADS.has(first)) return { type: 'ORG', strength: 1 };
  if (PLACE_PREPOSITIONS.has(prev ?? '')) return { type: 'PLACE', strength: 1 };
  // "Saint-Lunel", "St. Aldric" with no other evidence: saints' names mostly name places.
  if (/^(?:Saint|Sainte|San|Santa|São)-\p{Lu}/u.test(first) || (words.length > 1 && SAINT_PREFIXES.has(first) && !c.title)) return { type: 'PLACE', strength: 1 };
  if (prev === 'the' || ORG_PREPOSITIONS.has(prev ?? '')) return { type: 'ORG', strength: 1 };
  if (ROLE_NOUNS.has(next ?? '')) return { type: 'ORG', strength: 1 };
  // People's names rarely start with an ordinary word or a place ("Silver Harbour", "Oslo Courier").
  if (words.length > 1) return { type: startsLikeOrg(first) ? 'ORG' : 'PERSON', strength: 1 };
  // A lone unknown word that is not a given name is more often a brand or a movement than a person's only name.
  return lex.givenNames.has(c.text) ? { type: 'PERSON', strength: 1 } : { type: 'ORG', strength: 0.5 };
}

/** Whether a token starts with a digit or another number character; ASCII is read without a regular expression. */
function startsWithNumber(t: Token | undefined): boolean {
  if (!t) return false;
  const c = t.text.charCodeAt(0);
  return c < 128 ? c >= 48 && c <= 57 : NUMBER.test(t.text);
}

const SENTENCE_ENDS = new Set(['.', '!', '?', '“', '"', '‘', ':', '—']);

/** A kind-of-place noun right after the name, before "of" just before it, or heading an appositive after it. */
function placeNounContext(c: Candidate, tokens: Token[]): boolean {
  const next = tokens[c.last]?.text;
  // Not a headline or sentence opening ("Harbour city votes …"), where any word is capitalized.
  const opening = c.first === 0 || tokens[c.first].newlineBefore || SENTENCE_ENDS.has(tokens[c.first - 1].text);
  if (next && PLACE_NOUNS.has(next) && !opening) return true;
  if (tokens[c.first - 1]?.text === 'of' && PLACE_NOUNS.has(tokens[c.first - 2]?.text ?? '')) return true;
  return next === ',' && DETERMINERS.has(tokens[c.last + 1]?.text ?? '') && PLACE_NOUNS.has(tokens[c.last + 2]?.text ?? '');
}

function startsLikeOrg(word: string): boolean {
  const lex = lexicon();
  if (lex.givenNames.has(word)) return false;
  return lex.words.has(word.toLowerCase()) || isKnownPlace(word) || lex.demonyms.has(word);
}

const COORDINATORS = new Set(['and', 'or', '&', ',']);

/**
 * One type for coordinated names: a name with no evidence of its own ("Moss and Quill", "Zorb, Quax and Vilt")
 * takes the type of a name it is listed with.
 */
export function harmonize(candidates: Candidate[], typings: Typing[], tokens: Token[]): void {
  const listed = (a: number, b: number) =>
    candidates[a].last < candidates[b].first &&
    candidates[b].first - candidates[a].last <= 2 &&
    tokens.slice(candidates[a].last, candidates[b].first).every((t) => COORDINATORS.has(t.text));
  const adopt = (i: number, from: number) => {
    const c = candidates[i];
    if (typings[i].strength >= 1 || c.weak || typings[from].strength < 1) return;
    typings[i] = { type: typings[from].type, strength: 1 };
  };
  for (let i = 1; i < candidates.length; i++) if (listed(i - 1, i)) adopt(i, i - 1);
  for (let i = candidates.length - 2; i >= 0; i--) if (listed(i, i + 1)) adopt(i, i + 1);
}
