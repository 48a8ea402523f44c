import { CALENDAR, CREED_WORDS, FUNCTION_WORDS, HONORIFICS, HYPHEN_PREFIXES, NAME_CONNECTORS, OPENING_WORDS, ORG_HEADS, ORG_OF_HEADS, PLACE_HEADS, ROLE_PREFIXES, TITLE_SURNAMES, TITLES, TITLE_MODIFIERS } from '../words/closedClasses';
import { lexicon, undotted } from '../words/lexicon';
import { PERSON_SPEECH_VERBS } from '../words/speechVerbs';
import type { TextModel } from '../text/model';
import { isCapitalized, type Token } from '../text/tokenize';
import type { Span } from '../types';

/** A capitalized run that may name an entity, after titles and sentence-initial words are taken off. */
export interface Candidate extends Span {
  text: string;
  /** Token range [first, last) of the name. */
  first: number;
  last: number;
  /** A person title stripped from before the name ("Secretary of State", "former President"). */
  title: string | undefined;
  /** The title with the words before it that describe the person ("Norwegian Trade Minister"). */
  titledAs: string | undefined;
  /** A lone ordinary word ("Western"): kept only when context or an alias supports it. */
  weak: boolean;
  /** A dateline in capitals opening a paragraph ("ELMDALE — …", "ELMDALE, Norway — …"): a place. */
  dateline: boolean;
  /** On a line in capitals, where the article's casing of the name is read from elsewhere. */
  capitals: boolean;
}

/**
 * A candidate with every field present from the start, in one order: all candidates share one object shape, so the
 * hot functions reading them stay optimized (a field added later gave them several shapes and V8 deoptimized them).
 */
export function candidate(start: number, end: number, text: string, first: number, last: number, weak: boolean, title?: string, titledAs?: string): Candidate {
  return { start, end, text, first, last, title, titledAs, weak, dateline: false, capitals: false };
}

const PARTICLES = new Set(['de', 'da', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'bin', 'al', 'le', 'la']);
/** A name after a lowercase particle joined to it ("al-Assad", "d'Alembert", "Côte d’Ivoire"). */
const PREFIXED_NAME = /^(?:al|el|ad|ar|as|ash|at|az|an|ud|ul|d|l|dell|dall)['’-]\p{Lu}/u;
const ROMAN = /^[IVXLC]{2,}$/;
/** The most words of a place name a title's "of" is read over. */
const MAX_PLACE_WORDS = 3;
const OPENERS = new Set(['“', '"', '‘', "'", '(', '[', '«']);

/**
 * Finds name candidates: maximal capitalized runs, split at titles, minus ordinary and nationality words, hashtags,
 * pieces of links, currencies ("US$") and adjectives ("Pro-Lisbon"). On a line in capitals or a headline, where
 * capitals say little, a word is a name only as the rest of the article writes it.
 */
export function findCandidates(model: TextModel): Candidate[] {
  const { text, tokens, sentences } = model;
  // Read once per token: the stages below ask again for the same tokens. Pushed into a literal, not mapped: a mapped
  // array's elements kind differs as the caller runs interpreted or optimized, which deoptimized the stages reading it.
  const nameWord: boolean[] = [];
  for (const t of tokens) nameWord.push(isNameWord(t));
  markBareInitials(tokens, sentences, nameWord);
  const cased = documentCasing(model, nameWord);
  const runs: Array<[number, number]> = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!nameWord[i] || CALENDAR.has(tokens[i].text) || !cased(i)) continue;
    const end = runEnd(tokens, sentences, nameWord, i, cased);
    runs.push([i, end]);
    i = end - 1;
  }
  // A run seen mid-sentence is a name at a sentence start too ("Fisheries Norway said …").
  const midSentence = new Set<string>();
  for (const [s, e] of runs) {
    if (isSentenceStart(model, s)) continue;
    midSentence.add(text.slice(tokens[s].start, tokens[e - 1].end));
    // The last word of a longer name seen elsewhere ("Ada Barrels") is a name at a sentence start too ("Barrels said").
    if (e - s > 1) midSentence.add(`word:${tokens[e - 1].text}`);
  }
  const out: Candidate[] = [];
  // A run splits into several names (a title's prefix, a person after a description, a place after "of"): a work
  // list rather than recursion, so no run is too long to read.
  const todo: Array<[number, number]> = [];
  const context: RunContext = { model, nameWord, midSentence, lowercase: lowercaseWords(tokens) };
  for (const run of runs) {
    todo.push(run);
    for (let next = todo.pop(); next; next = todo.pop()) addRun(context, next[0], next[1], out, todo);
  }
  out.sort((a, b) => a.start - b.start);
  markCommonNouns(tokens, out);
  for (const c of out) {
    if (isDateline(model, c)) c.dateline = true;
    if (model.lines[model.lineOf[c.first]].caps) c.capitals = true;
  }
  return out.filter((c) => !'#/'.includes(text[c.start - 1] || ' ') && text[c.end] !== '$' && !afterHyphenPrefix(tokens, c.first));
}

/**
 * Whether the capitals of token i can mark a name. On a line in capitals a word counts only when the article
 * writes it as a name elsewhere or the gazetteer knows the place ("STORMS WORSEN IN ELMDALE"); so in a title-case
 * headline, where every word is capitalized ("Storms Worsen in Elmdale"), with given names too.
 */
function documentCasing(model: TextModel, nameWord: readonly boolean[]): (i: number) => boolean {
  const { tokens, lines, lineOf, sentences } = model;
  const prose = new Set<string>();
  tokens.forEach((t, i) => {
    const line = lines[lineOf[i]];
    if (line.caps || line.titled || !nameWord[i]) return;
    if (i > 0 && sentences[i - 1] === sentences[i]) prose.add(t.text);
    else if (!isOrdinary(t.text)) prose.add(t.text);
  });
  return (i) => {
    const line = lines[lineOf[i]];
    const word = tokens[i].text;
    // Two capitals are as often a code or an abbreviation ("GF GA PTS") as a country.
    if (line.caps) return !FUNCTION_WORDS.has(word.toLowerCase()) && (prose.has(word) || prose.has(titleCase(word)) || (word.length > 2 && isKnownPlace(word)));
    if (line.titled && line.kind === 'headline') return headlineName(i) || besideHeadlineName(i);
    return true;
  };
  function headlineName(i: number): boolean {
    const word = tokens[i].text;
    return prose.has(word) || isKnownPlace(word) || lexicon().givenNames.has(word);
  }
  // A word the dictionary lacks, in a title-case headline, continues a name it stands beside ("Pablo Ruiz Fabo").
  function besideHeadlineName(i: number): boolean {
    const unknown = (k: number) => nameWord[k] && lineOf[k] === lineOf[i] && !isDictionaryWord(tokens[k].text);
    if (!unknown(i)) return false;
    const side = (step: number): boolean => {
      for (let k = i + step; k >= 0 && k < tokens.length && nameWord[k] && lineOf[k] === lineOf[i]; k += step) {
        if (headlineName(k)) return true;
        if (!unknown(k)) return false;
      }
      return false;
    };
    return side(-1) || side(1);
  }
}

/** "Pro-Lisbon": a name made into an adjective. */
function afterHyphenPrefix(tokens: Token[], i: number): boolean {
  return i > 1 && tokens[i - 1].text === '-' && tokens[i - 1].start === tokens[i - 2].end && HYPHEN_PREFIXES.has(tokens[i - 2].text);
}

/**
 * Lone capitalized words the article also uses as common nouns are weak: written in lowercase elsewhere
 * ("Salt … salt"), or counted in singular and plural ("a Kodak … the Kodaks").
 */
function markCommonNouns(tokens: Token[], candidates: Candidate[]): void {
  const lone = candidates.filter((c) => c.last - c.first === 1 && !c.title);
  const asked = new Set<string>();
  for (const { text: w } of lone) asked.add(w.endsWith('s') ? w.slice(0, -1) : w + 's').add(w.toLowerCase());
  const words = new Set<string>();
  for (const t of tokens) if (asked.has(t.text)) words.add(t.text);
  for (const c of lone) {
    const w = c.text;
    const counted = w.endsWith('s') ? words.has(w.slice(0, -1)) : words.has(w + 's');
    if (counted || words.has(w.toLowerCase())) c.weak = true;
  }
}

/** Whether the text has a token that is `word` and not capitalized; the set is made only if asked (rarely). */
function lowercaseWords(tokens: Token[]): (word: string) => boolean {
  let words: Set<string> | undefined;
  return (word) => (words ??= new Set(tokens.filter((t) => !isCapitalized(t)).map((t) => t.text))).has(word);
}

function isNameWord(t: Token): boolean {
  if (PREFIXED_NAME.test(t.text)) return true;
  if (!isCapitalized(t) || !/\p{L}{2}|\p{Lu}\./u.test(t.text) || HYPHEN_PREFIXES.has(t.text) || ROMAN.test(t.text) || OPENING_WORDS.has(t.text)) return false;
  // "WHO", "US": in capitals, a function word is an acronym; other words in capitals ("UNLESS", "STANDINGS") are
  // emphasis or a section's name.
  if (/^\p{Lu}+$/u.test(t.text)) return t.text.length < 4 || !(lexicon().words.has(t.text.toLowerCase()) || isCommonPlural(t.text.toLowerCase()));
  return !FUNCTION_WORDS.has(t.text.toLowerCase());
}

/**
 * "R T Ponce", "M K Vell": a capital letter standing alone (not "A" or "I") before a name in the same sentence and
 * line is an initial written without its period.
 */
function markBareInitials(tokens: Token[], sentences: Uint32Array, nameWord: boolean[]): void {
  for (let i = tokens.length - 2; i >= 0; i--) {
    const w = tokens[i].text;
    if (w.length !== 1 || w === 'A' || w === 'I' || !nameWord[i + 1] || sentences[i + 1] !== sentences[i] || tokens[i + 1].newlineBefore) continue;
    if (isCapitalized(tokens[i]) && tokens[i + 1].start === tokens[i].end + 1) nameWord[i] = true;
  }
}

/** A last word that makes a name an organization or a place. */
function isHead(word: string): boolean {
  return ORG_HEADS.has(word) || PLACE_HEADS.has(word);
}

/** Words that let "of", "for" and "and" join a run: organization heads and titles. */
function joinsClauses(word: string): boolean {
  return ORG_HEADS.has(word) || ORG_OF_HEADS.has(word) || TITLES.has(word) || PLACE_HEADS.has(word);
}

/** End (exclusive) of the capitalized run starting at token i, within its sentence. */
function runEnd(tokens: Token[], sentences: Uint32Array, nameWord: readonly boolean[], i: number, cased: (i: number) => boolean): number {
  let end = i + 1;
  let joins = joinsClauses(tokens[i].text);
  let hasOf = false;
  while (end < tokens.length && sentences[end] === sentences[i]) {
    const t = tokens[end];
    if (nameWord[end] && cased(end)) {
      joins ||= joinsClauses(t.text);
      end++;
      continue;
    }
    // "International Anti-Corruption Academy": a hyphenated prefix inside a name.
    if (HYPHEN_PREFIXES.has(t.text) && tokens[end + 1]?.text === '-' && tokens[end + 2]?.start === tokens[end].end + 1 && nameWord[end + 2] && cased(end + 2)) {
      end += 3;
      continue;
    }
    if (!NAME_CONNECTORS.has(t.text) || t.text === 'the') break;
    let next = end + 1;
    const headed = t.text === 'and' && !hasOf ? coordinatedHead(tokens, sentences, nameWord, cased, i, end) : -1;
    if (headed > 0) {
      end = headed;
      joins = true;
      continue;
    }
    if ((t.text === 'of' || t.text === 'for') && tokens[next]?.text === 'the') next++;
    if (next >= tokens.length || sentences[next] !== sentences[i] || !nameWord[next] || !cased(next)) break;
    if (!(t.text === '&' || PARTICLES.has(t.text) || joins)) break;
    // "and" joins only inside an of-phrase ("Union of Atheists and Agnostics"), not two names ("… Party and Quill …").
    if (t.text === 'and' && !(hasOf && !ORG_HEADS.has(tokens[end - 1].text))) break;
    hasOf ||= t.text === 'of' || t.text === 'for';
    end = next;
  }
  return end;
}

/** Longest name before "and" that can share the head word after it ("Food and Drug Administration"). */
const MAX_COORDINATED_WORDS = 2;

/**
 * "Food and Drug Administration", "Ways and Means Committee": before an "and" at token `and`, a run of one or two
 * words that is no person's or place's name joins the two words after it when they are a modifier and an
 * organization's head word. Returns the end (exclusive) of the name, or -1.
 */
function coordinatedHead(tokens: Token[], sentences: Uint32Array, nameWord: readonly boolean[], cased: (i: number) => boolean, start: number, and: number): number {
  if (and - start > MAX_COORDINATED_WORDS || lexicon().givenNames.has(tokens[start].text)) return -1;
  if (isKnownPlace(tokens.slice(start, and).map((t) => t.text).join(' '))) return -1;
  let end = and + 1;
  while (end < tokens.length && sentences[end] === sentences[start] && nameWord[end] && cased(end)) end++;
  return end - and === 3 && ORG_HEADS.has(tokens[end - 1].text) ? end : -1;
}

/** What splitting a run reads: the text model, which tokens can be name words, and the article's usage. */
interface RunContext {
  model: TextModel;
  nameWord: readonly boolean[];
  /** Runs and last words seen mid-sentence. */
  midSentence: Set<string>;
  /** Whether the article writes a word in lowercase. */
  lowercase: (word: string) => boolean;
}

/** Adds the name in tokens [s, e) to `out`, and the other names the run holds to `todo`. */
function addRun(context: RunContext, s: number, e: number, out: Candidate[], todo: Array<[number, number]>): void {
  const { model, nameWord, midSentence, lowercase } = context;
  const { text, tokens } = model;
  const lex = lexicon();
  if (lex.demonyms.has(text.slice(tokens[s].start, tokens[e - 1].end))) return;
  // "the Tarnby Sheriff’s office": a title with no name after it leaves the name before it; so does a label
  // ("Ann Lee Image: …").
  if (e - s > 1 && TITLES.has(tokens[e - 1].text) && !TITLES.has(tokens[e - 2].text) && !TITLE_MODIFIERS.has(tokens[e - 2].text)) e--;
  if (e - s > 1 && tokens[e]?.text === ':' && isOrdinary(tokens[e - 1].text) && !isHead(tokens[e - 1].text)) e--;
  let title = titleBlock(tokens, nameWord, s, e);
  // "Dean Hollis": a title that is also a given name, before one name, is the given name unless the article uses the
  // word as a role too ("the dean").
  const titleWord = title && tokens[title.from].text;
  if (title && title.to - title.from === 1 && e - title.to === 1 && lex.givenNames.has(titleWord!) && !lowercase(titleWord!.toLowerCase())) title = undefined;
  // "Chessmaster Anna Kowal": a word before a given name and surname describes the person.
  const person = title ? -1 : personStart(text, tokens, s, e);
  if (person > s) {
    todo.push([s, person]);
    s = person;
  }
  // "Chairman of the Nordic Centre …" with no person after: the organization remains.
  if (!title && TITLES.has(tokens[s].text) && tokens[s + 1]?.text === 'of' && s + 2 < e) {
    s += tokens[s + 2].text === 'the' ? 3 : 2;
    if (s >= e) return;
  }
  let titleText: string | undefined;
  let titledAs: string | undefined;
  let tail: [number, number] | undefined;
  if (title) {
    // What stands before the title is a name of its own ("US" in "US Senator Ada Quill") unless it only
    // describes the person ("Norwegian").
    let before = title.from;
    while (before > s && lex.demonyms.has(tokens[before - 1].text)) before--;
    if (before > s) todo.push([s, before]);
    let roleStart = title.from;
    if (roleStart === s && s > 0 && ROLE_PREFIXES.has(tokens[s - 1].text.toLowerCase())) roleStart = s - 1;
    titleText = text.slice(tokens[roleStart].start, tokens[title.to - 1].end);
    if (before < title.from) titledAs = text.slice(tokens[Math.min(before, roleStart)].start, tokens[title.to - 1].end);
    s = title.to;
    // A person's name ends at a connector: "Joe Smith of Vermont" is a person and a place.
    for (let k = s + 1; k < e; k++) {
      if (!nameWord[k] && !PARTICLES.has(tokens[k].text)) {
        tail = [k + 1 + (tokens[k + 1]?.text === 'the' ? 1 : 0), e];
        e = k;
        break;
      }
    }
  } else if (isSentenceStart(model, s) && !isKnownName(text.slice(tokens[s].start, tokens[e - 1].end), midSentence)) {
    if (isOrdinary(tokens[s].text) && !opensName(tokens, s, e)) {
      s++;
      while (s < e && !nameWord[s]) s++;
    } else if (e - s === 1 && initialWordNotName(tokens, s, midSentence)) {
      return;
    }
  }
  const name = s < e ? text.slice(tokens[s].start, tokens[e - 1].end) : '';
  if (name && !lex.demonyms.has(name) && !CREED_WORDS.has(name) && (titleText !== undefined || !onlyDescribes(tokens, s, e))) {
    const weak = !title && e - s === 1 && isOrdinary(name);
    out.push(candidate(tokens[s].start, tokens[e - 1].end, name, s, e, weak, titleText, titledAs));
  }
  if (tail && tail[0] < tail[1]) todo.push(tail);
}

const COMPASS = new Set(['North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Middle']);

/** Runs made only of nationality and compass words ("Polish Americans", "Northern European") or of titles ("Vice President"). */
function onlyDescribes(tokens: Token[], s: number, e: number): boolean {
  const lex = lexicon();
  let descriptive = true;
  let titles = true;
  for (let k = s; k < e; k++) {
    const w = tokens[k].text;
    descriptive &&= lex.demonyms.has(w) || COMPASS.has(w) || CREED_WORDS.has(w);
    titles &&= TITLES.has(w) || TITLE_MODIFIERS.has(w);
  }
  return (descriptive && !COMPASS.has(tokens[e - 1].text)) || titles;
}

/** A noun for what someone does or is ("Chessmaster", "Guitarist", "Historian"). */
const AGENT_NOUN = /(?:er|or|ist|man|woman|ian|ant|ent)$/;

/** Where a given name and surname start inside a run of capitalized words that is not an organization or place. */
function personStart(text: string, tokens: Token[], s: number, e: number): number {
  const lex = lexicon();
  if (e - s < 3 || isKnownPlace(text.slice(tokens[s].start, tokens[e - 1].end))) return -1;
  for (let k = s; k < e; k++) if (joinsClauses(tokens[k].text) || NAME_CONNECTORS.has(tokens[k].text)) return -1;
  // A surname is not the plural of a noun ("Black Robin Freighters").
  if (isCommonPlural(tokens[e - 1].text.toLowerCase())) return -1;
  // What stands before the given name must read as a description ("Chessmaster"), not as a name of its own ("Tran Van
  // Minh": a family name first).
  const first = tokens[s].text;
  if (!isOrdinary(first) && !lex.demonyms.has(first) && !AGENT_NOUN.test(first)) return -1;
  for (let k = s + 1; k < e - 1; k++) {
    if (!lex.givenNames.has(tokens[k].text)) continue;
    // Not after another given name or an initial ("L. Ron …"), nor when the given name is also a word.
    const before = tokens[k - 1].text;
    return lex.givenNames.has(before) || before.endsWith('.') || isOrdinary(tokens[k].text) ? -1 : k;
  }
  return -1;
}

/** The title block at the start of a run: titles and their modifiers, with "of (the) X" ("Speaker of the House"). */
function titleBlock(tokens: Token[], nameWord: readonly boolean[], s: number, e: number): { from: number; to: number } | undefined {
  for (let from = s; from < e - 1; from++) {
    const w = tokens[from].text;
    if (!TITLES.has(w) && !TITLE_MODIFIERS.has(w)) continue;
    let to = from;
    let hasTitle = false;
    while (to < e) {
      const t = tokens[to].text;
      if (TITLES.has(t)) hasTitle = true;
      else if (!TITLE_MODIFIERS.has(t)) {
        const of = t === 'of' && tokens[to + 1]?.text === 'the' ? 2 : 1;
        if (t === 'of' && hasTitle && to + of < e - 1 && nameWord[to + of]) {
          to += of + placeLength(tokens, to + of, e);
          continue;
        }
        break;
      }
      to++;
    }
    // "Mr. King": after an honorific, a title that is also a surname is the name.
    if (to >= e && from === e - 2 && HONORIFICS.has(w) && TITLE_SURNAMES.has(tokens[e - 1].text)) to = e - 1;
    if (!hasTitle || to >= e || !nameWord[to]) return undefined;
    // "General Motors", "President Hotel": the head word makes it an organization or place, not a titled person; so
    // does an organization's head right after the title ("General Assembly of …"; a place word there may be a surname:
    // "President Park"), and a connector before it ("Society for General Systems Research").
    if (isHead(tokens[e - 1].text) || ORG_HEADS.has(tokens[to].text) || (from > s && NAME_CONNECTORS.has(tokens[from - 1].text))) return undefined;
    return { from, to };
  }
  return undefined;
}

/**
 * Whether an ordinary word opening a sentence is the first word of the name after it: of a known place ("New York
 * Times", "Fort Worth") or of a name that ends in a head word ("Central Elmdale Business Journal", "Grand Lake"),
 * unless the word reads as a verb or adverb ("Visiting Elmdale University", "Currently Elmdale Council …").
 */
function opensName(tokens: Token[], s: number, e: number): boolean {
  if (placeLength(tokens, s, e) > 1) return true;
  return e - s > 1 && isHead(tokens[e - 1].text) && !/(?:ing|ly|ed)$/.test(tokens[s].text);
}

/** The words a title's "of" takes: a known place of several words whole ("President of the United States"), else one. */
function placeLength(tokens: Token[], k: number, e: number): number {
  for (let n = Math.min(e - k, MAX_PLACE_WORDS); n > 1; n--) {
    if (isKnownPlace(tokens.slice(k, k + n).map((t) => t.text).join(' '))) return n;
  }
  return 1;
}

function isSentenceStart(model: TextModel, i: number): boolean {
  const { tokens, sentences, lines, lineOf } = model;
  if (i === 0 || sentences[i - 1] !== sentences[i] || lines[lineOf[i]].datelineDash === i - 1) return true;
  return OPENERS.has(tokens[i - 1].text) && (i === 1 || sentences[i - 2] !== sentences[i] || tokens[i - 2].text === ':');
}

/**
 * A lone word opening a sentence or a quotation that is an ordinary word even though it is also a given name
 * ("Read the report", "Grant them time"), or the plural of an ordinary noun ("Forecasters warned", "Drivers
 * said"): not a name unless the article also uses it as one elsewhere.
 */
function initialWordNotName(tokens: Token[], s: number, midSentence: Set<string>): boolean {
  const word = tokens[s].text;
  if (midSentence.has(`word:${word}`) || midSentence.has(word) || isKnownPlace(word) || /^\p{Lu}+$/u.test(word)) return false;
  const lex = lexicon();
  const lower = word.toLowerCase();
  if (lex.words.has(lower)) return !PERSON_SPEECH_VERBS.has(tokens[s + 1]?.text ?? '');
  return !lex.givenNames.has(word) && isCommonPlural(lower);
}

/** Endings of inflected and derived words, each with what may replace it ("rising" ← "rise", "worried" ← "worry"). */
const INFLECTIONS: Array<[string, string[]]> = [
  ['ies', ['y']],
  ['ied', ['y']],
  ['ing', ['', 'e']],
  ['ed', ['', 'e']],
  ['est', ['', 'e']],
  ['er', ['', 'e']],
  ['ly', ['']],
  ['s', ['']],
];

/** A word of the dictionary, also inflected ("Worsens", "Rising", "Stopped"), in any case. */
function isDictionaryWord(word: string): boolean {
  const lex = lexicon();
  const lower = word.toLowerCase();
  if (lex.words.has(lower) || lex.nouns.has(lower)) return true;
  for (const [ending, replacements] of INFLECTIONS) {
    if (!lower.endsWith(ending) || lower.length - ending.length < 2) continue;
    const stem = lower.slice(0, -ending.length);
    // A doubled consonant before the ending ("stopped", "running").
    const undoubled = stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2] ? stem.slice(0, -1) : stem;
    if (replacements.some((r) => lex.words.has(stem + r) || lex.nouns.has(stem + r) || lex.words.has(undoubled + r))) return true;
  }
  return false;
}

/** "forecasters", "cities", "drivers": the plural of an ordinary noun or of an agent noun made from a word. */
export function isCommonPlural(lower: string): boolean {
  if (lower.length < 4 || !lower.endsWith('s') || lower.endsWith('ss')) return false;
  const lex = lexicon();
  const singulars = [lower.slice(0, -1)];
  if (lower.endsWith('es')) singulars.push(lower.slice(0, -2));
  if (lower.endsWith('ies')) singulars.push(lower.slice(0, -3) + 'y');
  return singulars.some((w) => {
    if (lex.words.has(w) || lex.nouns.has(w)) return true;
    // "forecaster" ← "forecast", "driver" ← "drive".
    if (!/(?:er|or)$/.test(w)) return false;
    const stem = w.slice(0, -2);
    return stem.length > 3 && (lex.words.has(stem) || lex.words.has(stem + 'e'));
  });
}

/**
 * A dateline: a name in capitals that opens a line before its dash ("ELMDALE — …", "ELMDALE, Norway — …").
 */
function isDateline(model: TextModel, c: Candidate): boolean {
  const line = model.lines[model.lineOf[c.first]];
  return line.kind === 'dateline' && line.first === c.first && !/\p{Ll}/u.test(c.text);
}

/** "ELMDALE" → "Elmdale", "SAINT-LUNEL" → "Saint-Lunel". */
export function titleCase(name: string): string {
  return name.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (m) => m.toUpperCase());
}

/** An ordinary English word that is not also a given name or a place. */
function isOrdinary(word: string): boolean {
  const lex = lexicon();
  // A contraction ("They’re") is as ordinary as the word it starts with.
  const base = word.replace(/['’]\p{L}+$/u, '');
  return lex.words.has(base.toLowerCase()) && !lex.givenNames.has(word) && !isKnownPlace(word);
}

function isKnownName(name: string, midSentence: Set<string>): boolean {
  return midSentence.has(name) || midSentence.has(`word:${name}`) || isKnownPlace(name);
}

/** Whether a word has a letter a-z: a cheap answer, without a copy in capitals, for most names. */
function hasAsciiLowercase(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

/** A place in the gazetteer, also when written in capitals as in datelines ("OSLO"). */
export function isKnownPlace(name: string): boolean {
  const lex = lexicon();
  if (lex.places.has(name) || lex.countries.has(undotted(name))) return true;
  if (name.length < 4 || hasAsciiLowercase(name) || name !== name.toUpperCase()) return false;
  const titled = titleCase(name);
  return lex.places.has(titled) || lex.countries.has(titled);
}
