import type { Candidate } from './candidates';
import { DETERMINERS, HONORIFICS, ROLE_NOUNS } from '../words/closedClasses';
import { lexicon } from '../words/lexicon';
import { mention, type Named } from './named';
import { isCapitalized, type Token } from '../text/tokenize';
import type { Entity } from '../types';

/** Named entities by the token where one of their names starts, and where one ends (exclusive). */
interface NameIndex {
  startsAt: Map<number, Named>;
  endsAt: Map<number, Named>;
}

const STOPS = new Set([',', '.', ';', ':', '“', '”', '"', '(', ')', '[', ']', '—', '–', '!', '?']);
/** Words that end a role phrase read backwards from a name ("a top official, X" stops at "a"). */
const BACK_STOPS = new Set([
  'the', 'a', 'an', 'whose', 'his', 'her', 'its', 'their', 'our', 'of', 'by', 'with', 'at', 'in', 'on', 'and', 'or', 'to',
  'from', 'for', 'said', 'says', 'told', 'as', 'is', 'was', 'that', 'who', 'but',
]);
const LINKS = new Set(['at', 'of', 'the', 'with', 'for', 'in']);
const MAX_PHRASE = 14;
const MAX_ROLE_WORDS = 3;

/**
 * Roles, affiliations and descriptions from titles ("Secretary of State X"), appositives after a name
 * ("X, director of research at the Lakeside Institute …"; "Lee, the trade minister,") and role nouns before one
 * ("staff writer X", "whose chairman, X"). The first evidence for each field wins.
 */
export function attachRoles(text: string, tokens: Token[], sentences: Uint32Array, named: Named[]): void {
  const at: NameIndex = { startsAt: new Map(), endsAt: new Map() };
  for (const n of named) {
    for (const c of n.candidates) {
      at.startsAt.set(c.first, n);
      at.endsAt.set(c.last, n);
    }
  }
  for (const n of named) {
    for (const c of n.candidates) {
      const e = n.entity;
      // An honorific ("Dr.", "Ms.") says nothing of what the person does: not a role.
      if (c.title && e.type === 'PERSON' && !HONORIFICS.has(c.title)) {
        e.role ??= c.title;
        if (c.titledAs) e.description ??= c.titledAs;
      }
      appositive(text, tokens, sentences, c, n, at.startsAt);
      if (e.type === 'PERSON') rolePrefix(text, tokens, sentences, c, e, at.endsAt);
    }
  }
}

/** Whether the token ends a phrase: punctuation, but not the comma inside a number ("a town of 12,000"). */
function stops(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!STOPS.has(t.text)) return false;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return !(t.text === ',' && before?.end === t.start && after?.start === t.end && /\d$/.test(before.text) && /^\d{3}/.test(after.text));
}

/**
 * A role in running text's case: "Staff writer" at the start of a line or after a byline's comma reads as
 * "staff writer", as the same role does mid-sentence. A role with a capital after its first word is a title
 * ("Foreign Minister") and keeps its capitals.
 */
function roleCase(phrase: string): string {
  const [first, ...rest] = phrase.split(' ');
  if (!/^\p{Lu}\p{Ll}+$/u.test(first) || rest.some((w) => /\p{Lu}/u.test(w))) return phrase;
  return first.toLowerCase() + phrase.slice(first.length);
}

function appositive(text: string, tokens: Token[], sentences: Uint32Array, c: Candidate, n: Named, startsAt: Map<number, Named>): void {
  const e = n.entity;
  const link = tokens[c.last]?.text;
  const from = c.last + 1;
  const head = tokens[from];
  if (!head || sentences[from] !== sentences[c.last]) return;
  // "Jane Doe / Agency": a photo or story credit.
  if (link === '/') {
    const org = startsAt.get(from);
    if (e.type === 'PERSON' && org?.entity.type === 'ORG') e.affiliation ??= org.entity.name;
    return;
  }
  if (link !== ',') return;
  let to = from;
  while (to < tokens.length && to - from < MAX_PHRASE && sentences[to] === sentences[from] && !stops(tokens, to)) to++;
  const closed = to > from && (to === tokens.length || sentences[to] !== sentences[from] || stops(tokens, to));
  const phrase = (a: number, b: number) => text.slice(tokens[a].start, tokens[b - 1].end);
  const lower = head.text.toLowerCase();
  if (closed && DETERMINERS.has(lower) && head.text === lower) {
    const hasRole = tokens.slice(from, to).some((t) => ROLE_NOUNS.has(t.text));
    if (e.type === 'PERSON' && !hasRole) return;
    const description = phrase(from, to);
    e.description ??= description;
    e.mentions.push(mention(tokens[from].start, tokens[to - 1].end, description, 'description'));
    // "Lee, the trade minister,"; "Ito, a professor of law at the Lakeside Institute,": the role without its determiner.
    if (e.type === 'PERSON') roleAndAffiliation(text, tokens, roleStart(tokens, from, to), to, closed, e, startsAt);
    return;
  }
  if (e.type !== 'PERSON' || !ROLE_NOUNS.has(head.text)) return;
  roleAndAffiliation(text, tokens, from, to, closed, e, startsAt);
}

/** "director of research at the Lakeside Institute …": the role runs up to the organization it names. */
function roleAndAffiliation(text: string, tokens: Token[], from: number, to: number, closed: boolean, e: Entity, startsAt: Map<number, Named>): void {
  if (from >= to) return;
  const phrase = (a: number, b: number) => text.slice(tokens[a].start, tokens[b - 1].end);
  for (let k = from + 1; k < to; k++) {
    const org = startsAt.get(k);
    if (!org || org.entity.type === 'PERSON') continue;
    let roleEnd = k;
    while (roleEnd > from + 1 && LINKS.has(tokens[roleEnd - 1].text)) roleEnd--;
    e.role ??= roleCase(phrase(from, roleEnd));
    e.affiliation ??= org.entity.name;
    return;
  }
  if (closed) e.role ??= roleCase(phrase(from, to));
}

/** Where a role starts once its determiners, possessive pronouns and possessors are off ("its", "the agency’s"). */
function roleStart(tokens: Token[], from: number, to: number): number {
  let s = from;
  while (s < to - 1) {
    if (DETERMINERS.has(tokens[s].text.toLowerCase()) || POSSESSIVES.has(tokens[s].text.toLowerCase())) s++;
    else if (POSSESSIVE_MARKS.has(tokens[s + 1].text) && s + 2 < to) s += 2;
    else break;
  }
  return s;
}

const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your', 'whose']);
const POSSESSIVE_MARKS = new Set(['’s', "'s", '’', "'"]);

function rolePrefix(text: string, tokens: Token[], sentences: Uint32Array, c: Candidate, e: Entity, endsAt: Map<number, Named>): void {
  let end = c.first;
  if (tokens[end - 1]?.text === ',') end--;
  if (!ROLE_NOUNS.has(tokens[end - 1]?.text ?? '')) return;
  const lex = lexicon();
  let start = end;
  while (start > 0 && end - start < 6 && sentences[start - 1] === sentences[c.first]) {
    const t = tokens[start - 1];
    const sentenceInitial = start - 1 === 0 || sentences[start - 2] !== sentences[start - 1];
    const describes = lex.demonyms.has(t.text) || (sentenceInitial && lex.words.has(t.text.toLowerCase()));
    if (BACK_STOPS.has(t.text.toLowerCase()) || !/^\p{L}/u.test(t.text) || (isCapitalized(t) && !describes)) break;
    start--;
  }
  start = roleStart(tokens, start, end);
  const phrase = text.slice(tokens[start].start, tokens[end - 1].end);
  if (end - start <= MAX_ROLE_WORDS) e.role ??= roleCase(phrase);
  else e.description ??= phrase;
  // "Courier staff writer X": the name just before the role is where the person works.
  const before = endsAt.get(start);
  const word = tokens[start - 1];
  if (before) {
    if (before.entity.type === 'ORG') e.affiliation ??= before.entity.name;
  } else if (word && isCapitalized(word) && !BACK_STOPS.has(word.text.toLowerCase()) && sentences[start - 1] === sentences[start] && /^\p{L}+$/u.test(word.text)) {
    e.affiliation ??= word.text;
  }
}
