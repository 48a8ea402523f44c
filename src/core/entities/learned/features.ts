import { isKnownPlace, titleCase, type Candidate } from '../candidates';
import type { Typing } from '../classify';
import { ORG_HEADS, PLACE_HEADS, ROLE_NOUNS, TITLES } from '../../words/closedClasses';
import { PERSON_SPEECH_VERBS } from '../../words/speechVerbs';
import { lexicon, undotted } from '../../words/lexicon';
import { isCapitalized, type Token } from '../../text/tokenize';
import type { TextModel } from '../../text/model';
import type { FeatureHasher } from './model';

/** What the features of one article's candidates read: the rules' output and a few facts about the whole text. */
export interface ArticleContext {
  tokens: Token[];
  sentences: Uint32Array;
  candidates: Candidate[];
  typings: Typing[];
  /** The kind of each token's line, from the text model, with "-caps" for a line in capitals. */
  lineKind: (token: number) => string;
  /** Words the article also writes in lowercase ("salt" beside "Salt"). */
  lowercase: Set<string>;
  /** Candidate indices by their text (as `nameKey` gives it). */
  byText: Map<string, number[]>;
  /** The rules' majority type of each `byText` list, filled as features ask for it. */
  votes: Map<number[], string>;
  /** The rules' type of the longer names a one-word candidate could be short for, by the word. */
  partOf: Map<string, string>;
  /**
   * Names the rules are sure of, in the form `nameKey` gives: any they typed on firm evidence somewhere in the
   * article, the first or last word of such a longer name, a dateline in normal case.
   */
  anchored: Set<string>;
  /** From index `from` on, the candidates are spans inside the rules' names (inner.ts): where each sits in its name. */
  inner?: { from: number; where: string[] };
}

// Compiled once: a bundler may turn a literal with \p{…} into a constructor call where it stands.
const LOWERCASE = /\p{Ll}/u;

/** Whether a word has a lowercase letter; plain ASCII is checked without a regular expression. */
function hasLowercase(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
    if (c >= 128) return LOWERCASE.test(word);
  }
  return false;
}

/** The rules' notion of the same name: apostrophes straightened, a word in capitals as in normal case. */
export function nameKey(text: string): string {
  const straight = text.includes('’') ? text.replace(/’/g, "'") : text;
  return hasLowercase(straight) ? straight : titleCase(straight);
}

export function articleContext(model: TextModel, candidates: Candidate[], typings: Typing[]): ArticleContext {
  const { tokens, sentences, lines, lineOf } = model;
  // The lowercase forms of one-word candidates, and which of them the article also uses.
  const lowercase = new Set<string>();
  for (const c of candidates) if (c.last - c.first === 1) lowercase.add(c.text.toLowerCase());
  const used = new Set<string>();
  for (const t of tokens) if (lowercase.has(t.text)) used.add(t.text);
  const byText = new Map<string, number[]>();
  const partOf = new Map<string, string>();
  const anchored = new Set<string>();
  candidates.forEach((c, i) => {
    if (c.dateline || typings[i].strength >= FIRM) anchored.add(nameKey(c.text));
    if (c.last - c.first > 1 && typings[i].strength >= FIRM) {
      anchored.add(nameKey(tokens[c.first].text));
      anchored.add(nameKey(tokens[c.last - 1].text));
    }
    const key = nameKey(c.text);
    const list = byText.get(key);
    if (list) list.push(i);
    else byText.set(key, [i]);
    if (c.last - c.first < 2) return;
    const type = typings[i].type;
    for (let k = c.first; k < c.last; k++) {
      const w = nameKey(tokens[k].text);
      const where = k === c.first ? 'first' : k === c.last - 1 ? 'last' : 'mid';
      if (!partOf.has(w)) partOf.set(w, `${where}:${type}`);
    }
  });
  return { tokens, sentences, candidates, typings, lineKind: (k) => (lines[lineOf[k]].caps ? `${lines[lineOf[k]].kind}-caps` : lines[lineOf[k]].kind), lowercase: used, byText, votes: new Map(), partOf, anchored };
}

/** Feature templates: a number each, so their hashes never collide by name. */
const enum F {
  Bias = 1,
  Rule,
  RuleType,
  Weak,
  Titled,
  Dateline,
  Length,
  Shape,
  Text,
  First,
  Last,
  Suffix,
  Prev,
  Next,
  Prev2,
  Next2,
  Opening,
  Gazetteer,
  Count,
  Votes,
  Lowercase,
  PartOf,
  Line,
  Number,
  Possessive,
  Bracket,
  RuleByLength,
  RuleByPrev,
  Head,
  Cue,
  LineByRule,
  CountByRule,
  OpeningByRule,
  ShapeByLength,
  LowercaseByRule,
  Affixes,
  ContextShape,
  Inner,
  InnerByRule,
}

/** The rules' strength from which their verdict is firm: a gazetteer entry, a telling context, a title or head word. */
export const FIRM = 2;
const LENGTH_CAP = 4;
const COUNT_CAP = 4;
/** Letters of the first word's prefix and suffix. */
const AFFIX = 3;

/** Hashes the features of candidate i into `out`. */
export function candidateFeatures(ctx: ArticleContext, i: number, out: FeatureHasher): void {
  const { tokens, candidates, typings } = ctx;
  const c = candidates[i];
  const typing = typings[i];
  const lex = lexicon();
  const first = tokens[c.first].text;
  const last = tokens[c.last - 1].text;
  const prev = tokens[c.first - 1]?.text ?? '<s>';
  const next = tokens[c.last]?.text ?? '</s>';
  const prevLower = prev.toLowerCase();
  const nextLower = next.toLowerCase();
  const letters = shape(c.text);
  const length = String(Math.min(c.last - c.first, LENGTH_CAP));
  const rule = `${typing.type}${typing.strength}`;
  out.reset();
  out.add(F.Bias);
  out.add(F.Rule, rule);
  out.add(F.RuleType, typing.type);
  if (c.weak) out.add(F.Weak);
  if (c.title) out.add(F.Titled, c.title.toLowerCase());
  if (c.dateline) out.add(F.Dateline);
  out.add(F.Length, length);
  out.add(F.RuleByLength, rule, length);
  out.add(F.Shape, letters);
  out.add(F.Text, c.text.toLowerCase());
  out.add(F.First, first.toLowerCase());
  out.add(F.Last, last.toLowerCase());
  out.add(F.Suffix, last.slice(-3).toLowerCase());
  out.add(F.Prev, prevLower);
  out.add(F.Next, nextLower);
  out.add(F.RuleByPrev, rule, prevLower);
  out.add(F.Prev2, (tokens[c.first - 2]?.text ?? '<s>').toLowerCase(), prevLower);
  out.add(F.Next2, nextLower, (tokens[c.last + 1]?.text ?? '</s>').toLowerCase());
  const opening = c.first === 0 || ctx.sentences[c.first - 1] !== ctx.sentences[c.first];
  const openingKind = opening ? 'sentence' : isCapitalized(tokens[c.first - 1]) ? 'capital' : 'word';
  out.add(F.Opening, openingKind);
  out.add(F.OpeningByRule, openingKind, rule);
  if (isKnownPlace(c.text)) out.add(F.Gazetteer, 'place');
  if (lex.countries.has(undotted(c.text))) out.add(F.Gazetteer, 'country');
  if (lex.demonyms.has(c.text)) out.add(F.Gazetteer, 'demonym');
  if (lex.givenNames.has(first)) out.add(F.Gazetteer, 'given');
  if (lex.words.has(first.toLowerCase())) out.add(F.Gazetteer, 'word-first');
  if (lex.words.has(last.toLowerCase())) out.add(F.Gazetteer, 'word-last');
  if (lex.nouns.has(last.toLowerCase())) out.add(F.Gazetteer, 'noun-last');
  if (ORG_HEADS.has(last)) out.add(F.Head, 'org');
  if (PLACE_HEADS.has(last)) out.add(F.Head, 'place');
  if (TITLES.has(prev)) out.add(F.Head, 'title-before');
  if (ROLE_NOUNS.has(nextLower)) out.add(F.Head, 'role-after');
  if (PERSON_SPEECH_VERBS.has(next) || PERSON_SPEECH_VERBS.has(prev)) out.add(F.Cue, 'speech');
  const key = nameKey(c.text);
  const same = ctx.byText.get(key)!;
  out.add(F.Count, String(Math.min(same.length, COUNT_CAP)));
  out.add(F.CountByRule, String(Math.min(same.length, COUNT_CAP)), typing.type);
  out.add(F.ShapeByLength, letters, length);
  out.add(F.Votes, majority(ctx, same));
  if (c.last - c.first === 1 && ctx.lowercase.has(first.toLowerCase())) {
    out.add(F.Lowercase);
    out.add(F.LowercaseByRule, typing.type);
  }
  if (c.last - c.first === 1) out.add(F.PartOf, ctx.partOf.get(key) ?? 'none');
  const line = ctx.lineKind(c.first);
  out.add(F.Line, line);
  out.add(F.LineByRule, line, typing.type);
  if (isNumber(tokens[c.first - 1]) || isNumber(tokens[c.last])) out.add(F.Number);
  if (next === "'s" || next === '’s') out.add(F.Possessive);
  if (prev === '(' || next === '(') out.add(F.Bracket, prev === '(' ? 'in' : 'before');
  out.add(F.Affixes, first.slice(0, AFFIX).toLowerCase(), first.length > AFFIX ? first.slice(-AFFIX).toLowerCase() : '');
  out.add(F.ContextShape, tokens[c.first - 1] ? shape(prev) : '<s>', tokens[c.last] ? shape(next) : '</s>');
  if (ctx.inner && i >= ctx.inner.from) {
    const where = ctx.inner.where[i - ctx.inner.from];
    out.add(F.Inner, where);
    out.add(F.InnerByRule, where, rule);
  }
}

/** The rules' type of most mentions with the same text (the first on ties); counted once per name. */
function majority(ctx: ArticleContext, same: number[]): string {
  if (same.length < 2) return 'single';
  let top = ctx.votes.get(same);
  if (top === undefined) {
    top = countVotes(ctx, same);
    ctx.votes.set(same, top);
  }
  return top;
}

function countVotes(ctx: ArticleContext, same: number[]): string {
  const counts = new Map<string, number>();
  let top = '';
  for (const k of same) {
    const type = ctx.typings[k].type;
    const n = (counts.get(type) ?? 0) + 1;
    counts.set(type, n);
    if (n > (counts.get(top) ?? 0)) top = type;
  }
  return top;
}

function isNumber(t: Token | undefined): boolean {
  if (!t) return false;
  const c = t.text.charCodeAt(0);
  return c >= 48 && c <= 57;
}

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{N}/u;

/** An ASCII letter's or digit's kind without a regular expression; undefined for anything else. */
function asciiKind(code: number): string | undefined {
  if (code >= 65 && code <= 90) return 'X';
  if (code >= 97 && code <= 122) return 'x';
  if (code >= 48 && code <= 57) return 'd';
  return undefined;
}

/** "Ada Quill" → "Xx Xx", "UN" → "X", "J." → "X.": letters by case, runs collapsed. */
function shape(text: string): string {
  let s = '';
  let previous = '';
  for (const ch of text) {
    const kind = asciiKind(ch.charCodeAt(0)) ?? (UPPER.test(ch) ? 'X' : LOWER.test(ch) ? 'x' : DIGIT.test(ch) ? 'd' : ch);
    if (kind !== previous) s += kind;
    previous = kind;
  }
  return s;
}
