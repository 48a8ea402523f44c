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
  /** Each candidate's text as `nameKey` gives it. */
  keys: string[];
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
  /** What the features read of single tokens, each computed once per article: most tokens sit in several candidates. */
  words: TokenWords;
}

/**
 * Per token, its text in lowercase and as a name key, its shape and affixes, each computed when first asked for:
 * the inner spans (inner.ts) read the same tokens again and again, and lowercasing is costly.
 */
export class TokenWords {
  private readonly keys: string[];
  private readonly shapes: string[];
  private readonly suffixes: string[];
  private readonly prefixes: string[];
  private readonly endings: string[];

  private texts?: Set<string>;

  private readonly tokens: Token[];

  constructor(private readonly model: TextModel) {
    this.tokens = model.tokens;
    [this.keys, this.shapes, this.suffixes, this.prefixes, this.endings] = [0, 1, 2, 3, 4].map(() => new Array<string>(this.tokens.length));
  }

  /** Whether some token's text is `text`. */
  has(text: string): boolean {
    this.texts ??= new Set(this.tokens.map((t) => t.text));
    return this.texts.has(text);
  }

  /** Token k's text in lowercase; "<s>" before the first and "</s>" after the last. */
  lower(k: number): string {
    if (k < 0) return '<s>';
    if (k >= this.tokens.length) return '</s>';
    return this.model.lower(k);
  }

  /** Token k's text as `nameKey` gives it. */
  key(k: number): string {
    return (this.keys[k] ??= nameKey(this.tokens[k].text));
  }

  shape(k: number): string {
    return (this.shapes[k] ??= shape(this.tokens[k].text));
  }

  /** The last three letters, in lowercase. */
  suffix(k: number): string {
    return (this.suffixes[k] ??= this.tokens[k].text.slice(-3).toLowerCase());
  }

  /** The first AFFIX letters and, for a longer word, the last AFFIX, in lowercase. */
  affixes(k: number): [string, string] {
    const word = this.tokens[k].text;
    this.prefixes[k] ??= word.slice(0, AFFIX).toLowerCase();
    this.endings[k] ??= word.length > AFFIX ? word.slice(-AFFIX).toLowerCase() : '';
    return [this.prefixes[k], this.endings[k]];
  }
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
  const lineKind = (k: number) => (lines[lineOf[k]].caps ? `${lines[lineOf[k]].kind}-caps` : lines[lineOf[k]].kind);
  const words = new TokenWords(model);
  const none: ArticleContext = { tokens, sentences, candidates: [], typings: [], keys: [], lineKind, lowercase: new Set(), byText: new Map(), votes: new Map(), partOf: new Map(), anchored: new Set(), words };
  return extendContext(none, candidates, typings);
}

/**
 * The context of `base`'s candidates followed by `more`: what articleContext gives for them all, without reading
 * `base`'s candidates again. `base` stays as it was.
 */
export function extendContext(base: ArticleContext, more: Candidate[], moreTypings: Typing[]): ArticleContext {
  const { words } = base;
  const from = base.candidates.length;
  // The lowercase forms of one-word candidates that the article also uses.
  const lowercase = new Set(base.lowercase);
  for (const c of more) {
    if (c.last - c.first !== 1) continue;
    const lower = c.text.toLowerCase();
    if (words.has(lower)) lowercase.add(lower);
  }
  const byText = new Map(base.byText);
  const partOf = new Map(base.partOf);
  const anchored = new Set(base.anchored);
  const keys = [...base.keys];
  more.forEach((c, k) => {
    const i = from + k;
    const typing = moreTypings[k];
    const key = nameKey(c.text);
    keys.push(key);
    if (c.dateline || typing.strength >= FIRM) anchored.add(key);
    if (c.last - c.first > 1 && typing.strength >= FIRM) {
      anchored.add(words.key(c.first));
      anchored.add(words.key(c.last - 1));
    }
    const list = byText.get(key);
    // Lists are copied before they grow, so that `base` and its memoized votes stay right.
    if (!list) byText.set(key, [i]);
    else if (list === base.byText.get(key)) byText.set(key, [...list, i]);
    else list.push(i);
    if (c.last - c.first < 2) return;
    for (let w = c.first; w < c.last; w++) {
      const where = w === c.first ? 'first' : w === c.last - 1 ? 'last' : 'mid';
      if (!partOf.has(words.key(w))) partOf.set(words.key(w), `${where}:${typing.type}`);
    }
  });
  return {
    ...base,
    candidates: [...base.candidates, ...more],
    typings: [...base.typings, ...moreTypings],
    keys,
    lowercase,
    byText,
    votes: new Map(base.votes),
    partOf,
    anchored,
  };
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
  const { tokens, candidates, typings, words } = ctx;
  const c = candidates[i];
  const typing = typings[i];
  const lex = lexicon();
  const first = tokens[c.first].text;
  const last = tokens[c.last - 1].text;
  const prev = tokens[c.first - 1]?.text ?? '<s>';
  const next = tokens[c.last]?.text ?? '</s>';
  const firstLower = words.lower(c.first);
  const lastLower = words.lower(c.last - 1);
  const prevLower = words.lower(c.first - 1);
  const nextLower = words.lower(c.last);
  const letters = shape(c.text);
  const length = String(Math.min(c.last - c.first, LENGTH_CAP));
  const rule = ruleName(typing);
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
  out.add(F.Text, c.text === first ? firstLower : c.text.toLowerCase());
  out.add(F.First, firstLower);
  out.add(F.Last, lastLower);
  out.add(F.Suffix, words.suffix(c.last - 1));
  out.add(F.Prev, prevLower);
  out.add(F.Next, nextLower);
  out.add(F.RuleByPrev, rule, prevLower);
  out.add(F.Prev2, words.lower(c.first - 2), prevLower);
  out.add(F.Next2, nextLower, words.lower(c.last + 1));
  const opening = c.first === 0 || ctx.sentences[c.first - 1] !== ctx.sentences[c.first];
  const openingKind = opening ? 'sentence' : isCapitalized(tokens[c.first - 1]) ? 'capital' : 'word';
  out.add(F.Opening, openingKind);
  out.add(F.OpeningByRule, openingKind, rule);
  if (isKnownPlace(c.text)) out.add(F.Gazetteer, 'place');
  if (lex.countries.has(undotted(c.text))) out.add(F.Gazetteer, 'country');
  if (lex.demonyms.has(c.text)) out.add(F.Gazetteer, 'demonym');
  if (lex.givenNames.has(first)) out.add(F.Gazetteer, 'given');
  if (lex.words.has(firstLower)) out.add(F.Gazetteer, 'word-first');
  if (lex.words.has(lastLower)) out.add(F.Gazetteer, 'word-last');
  if (lex.nouns.has(lastLower)) out.add(F.Gazetteer, 'noun-last');
  if (ORG_HEADS.has(last)) out.add(F.Head, 'org');
  if (PLACE_HEADS.has(last)) out.add(F.Head, 'place');
  if (TITLES.has(prev)) out.add(F.Head, 'title-before');
  if (ROLE_NOUNS.has(nextLower)) out.add(F.Head, 'role-after');
  if (PERSON_SPEECH_VERBS.has(next) || PERSON_SPEECH_VERBS.has(prev)) out.add(F.Cue, 'speech');
  const key = ctx.keys[i];
  const same = ctx.byText.get(key)!;
  out.add(F.Count, String(Math.min(same.length, COUNT_CAP)));
  out.add(F.CountByRule, String(Math.min(same.length, COUNT_CAP)), typing.type);
  out.add(F.ShapeByLength, letters, length);
  out.add(F.Votes, majority(ctx, same));
  if (c.last - c.first === 1 && ctx.lowercase.has(firstLower)) {
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
  const [prefix, ending] = words.affixes(c.first);
  out.add(F.Affixes, prefix, ending);
  out.add(F.ContextShape, tokens[c.first - 1] ? words.shape(c.first - 1) : '<s>', tokens[c.last] ? words.shape(c.last) : '</s>');
  if (ctx.inner && i >= ctx.inner.from) {
    const where = ctx.inner.where[i - ctx.inner.from];
    out.add(F.Inner, where);
    out.add(F.InnerByRule, where, rule);
  }
}

/** The rules' verdict as a feature value ("ORG2"), made once per verdict (the rules have a few strengths). */
function ruleName(typing: Typing): string {
  let byStrength = RULE_NAMES.get(typing.type);
  if (!byStrength) RULE_NAMES.set(typing.type, (byStrength = new Map()));
  let name = byStrength.get(typing.strength);
  if (name !== undefined) return name;
  name = `${typing.type}${typing.strength}`;
  if (byStrength.size < RULE_NAMES_KEPT) byStrength.set(typing.strength, name);
  return name;
}

const RULE_NAMES = new Map<string, Map<number, string>>();
/** Strengths remembered per type: any other strength (none the rules give) is spelled out each time. */
const RULE_NAMES_KEPT = 16;

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
