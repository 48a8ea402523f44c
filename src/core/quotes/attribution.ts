import { CONFIDENCE, CONFIDENCE_FACTOR } from './confidence';
import { MentionIndex, type Cue, type Placed } from './attributionMentions';
import { sentenceEnd, sentenceStart, type TextModel } from '../text/model';
import type { QuoteSpan } from './quoteSpans';
import type { Entity, EntityType, Quote, Span } from '../types';
import { ABBREVIATIONS, FUNCTION_WORDS, ROLE_NOUNS } from '../words/closedClasses';
import { cueLength, INDEFINITE, isParticiple, SOURCE_NOUNS, SPEAKING_PRONOUNS, UNNAMED_PEOPLE } from '../words/speechVerbs';

/** Who said a quote, where that is written, and how sure we are. */
interface Attribution {
  /** The speaking entity; absent for an unnamed source, which has a description instead. */
  entity?: Entity;
  description?: string;
  mention: Span;
  cue?: Span;
  confidence: number;
}

/** How far (in characters) from a quotation its attribution is looked for: keeps the work per quote bounded. */
const WINDOW = 400;

const WORD = String.raw`[\p{L}\p{N}][\p{L}\p{N}.'’&-]*`;
const ADVERBS = String.raw`(?:also|later|then|now|still|previously|recently|once|again|further|repeatedly|publicly|simply|had|has|have|would|will|is|are|was|were|been)`;
/** Between a quote and what follows it: spaces, a comma, a dash. */
const LEAD = /^[\s,\u2014\u2013-]*/;
/** The speaker after a cue (`said Anna Berg, the mayor` → `Anna Berg`). */
const SPEAKER_AFTER = /^\s+([^,;:!?“”"(\n]{1,80})/;
/** Everything between a quote and its cue is the speaker (`“…,” X, the foreign minister, also told`). */
const SPEAKER_BEFORE = new RegExp(
  String.raw`^[\s,\u2014\u2013-]*(?!(?:when|as|while|because|if|after|before|since|until|where|which|who|that|and|but|or)\b)(${WORD}(?:\s+${WORD}){0,6}?)(\s*\([^()\n]{1,30}\))?(\s*,[^,“”"\n]{1,120},)?\s+(?:${ADVERBS}\s+){0,2}$`,
  'u',
);
/** `“…” ― Anna Berg`: a name after a dash, as under a pull quote or in a list of reactions. */
const DASH_THEN_SPEAKER = /^[^\S\n]*[\u2015\u2014\u2013-][^\S\n]*(\p{Lu}[^,;:!?“”"(\n]{0,60})/u;
/** What can start the speaker after a cue: a name, a pronoun or a definite description, not a clause ("said that …"). */
const SPEAKER_START = /^(?:\p{Lu}|(?:the|he|she|it)\b)/u;
/** A quote that ends its own sentence (`… neighborhood.”`) is not attributed by a clause that starts the next one. */
const SENTENCE_END = '.…';
const CLOSING_MARK = '"”»';
/** `, Okafor barked`: capitalized words, then a past or present verb form. */
const NAME_THEN_VERB = /^[\s,]*((?:\p{Lu}[\p{L}.’'-]*\s+){1,4})\p{Ll}+(?:ed|s)\b/u;
/** Words before a cue that make it a noun ("his tweet", "Okafor’s claims", "Sanders’ comments"). */
const NOUN_BEFORE = /(?:\b(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those)|['’]s|\p{L}['’])\s+$/iu;
/** What NOUN_BEFORE can match before the spaces: its longest word ("these") and the character before it. */
const NOUN_BEFORE_REACH = 6;
/** Words before a cue that can be its subject. */
const SUBJECT_BEFORE = new RegExp(String.raw`(?:\p{Lu}[\p{L}.’'-]*|\b(?:he|she|it|they|we|I)|[)”"»])(?:\s+${ADVERBS})*\s+$`, 'u');
const PROGRESSIVE = new RegExp(String.raw`\b(?:is|are|was|were|been)\s+$`, 'u');
const TRAILING_ADVERBS = new RegExp(String.raw`(?:\s+${ADVERBS})+\s*$`, 'u');
const CLAUSE_BREAK = /[,;:(“”"\u2014]|\s(?:and|but|while|as|because|when)\s/g;

/**
 * Attributes each quotation to a speaker entity, trying in order: an attribution right after the quote (`said X`,
 * `X said`, `― X`), one before it in its sentence (`X warned that … “…”`, `according to X`, `X fired back:`), a cue
 * later in the sentence, the quote before it in the same sentence, the sentence's subject; then the quote before it
 * in the paragraph or the multi-paragraph quote, a colon introduction or a cue in the previous sentence, and the
 * speaker of the paragraph before. Speakers are mapped to entities through their mentions; pronouns and definite
 * descriptions ("the analysis") go to the nearest entity of the right kind before them, outside quotations.
 */
export function attributeQuotes(model: TextModel, spans: readonly QuoteSpan[], entities: readonly Entity[]): Quote[] {
  const { text } = model;
  const index = new MentionIndex(model, entities, spans, spans.length > 0 ? verbCues(text) : []);
  const found: (Attribution | undefined)[] = [];
  spans.forEach((q, i) => {
    const sentence = { start: sentenceStart(model, q.start, q.paragraph.start, WINDOW), end: sentenceEnd(model, q.end, q.paragraph.end, WINDOW) };
    const nextQuote = spans[i + 1]?.start ?? Infinity;
    const sameSentence = i > 0 && spans[i - 1].end > sentence.start;
    const endsSentence = endsOwnSentence(text, q);
    found.push(
      after(text, index, q, Math.min(sentence.end, nextQuote, q.end + WINDOW), endsSentence && nextQuote) ??
        before(text, index, sentence.start, Math.max(sameSentence ? spans[i - 1].end : sentence.start, q.start - WINDOW), q.start) ??
        (endsSentence ? undefined : later(text, index, q.end, sentence.end)) ??
        (sameSentence ? carried(found[i - 1]) : undefined) ??
        sentenceSubject(text, index, sentence.start, q.start, undefined),
    );
  });
  carryOver(spans, found);
  spans.forEach((q, i) => {
    found[i] ??= previousSentence(text, index, q);
  });
  carryOver(spans, found);
  carryAcrossParagraphs(model, index, spans, found);
  return spans.map((q, i) => {
    const a = found[i];
    const quote: Quote = { start: q.start, end: q.end, text: model.source.slice(q.start, q.end), kind: 'quote', speakerId: a?.entity?.id ?? null };
    if (a?.description) quote.speakerDescription = a.description;
    if (a) Object.assign(quote, { speakerMention: a.mention, ...(a.cue && { cue: a.cue }), confidence: a.confidence });
    return quote;
  });
}

/**
 * An attribution that follows the quote: `, said X`, `, X said`, `, X, the minister, told reporters`, `― X`,
 * `, X barked`. `endedAt` is false unless the quote ended its own sentence; then it is where the next quote starts.
 */
function after(text: string, index: MentionIndex, quote: Span, to: number, endedAt: number | false): Attribution | undefined {
  const from = quote.end;
  const rest = text.slice(from, to);
  const dash = DASH_THEN_SPEAKER.exec(rest);
  if (dash) {
    const start = from + dash[0].length - dash[1].length;
    const found = speaker(text, index, { start, end: start + dash[1].length }, false, undefined, CONFIDENCE.dashAfter);
    if (found) return found;
  }
  const cue = mainCue(text, index.cuesWithin(from + LEAD.exec(rest)![0].length, to));
  if (!cue) return endedAt === false ? otherVerb(text, index, from, rest) : undefined;
  if (isParticiple(cue.word)) return quotedAs(text, index, from, cue, CONFIDENCE.cueAfter);
  const head = text.slice(from, cue.start);
  if (head.trim().replace(/^,/, '').trim() === '') {
    const a = SPEAKER_AFTER.exec(text.slice(cue.end, to));
    if (!a || !(SPEAKER_START.test(a[1]) || isUnnamed(a[1], false))) return undefined;
    const start = cue.end + a[0].length - a[1].length;
    return speaker(text, index, { start, end: start + a[1].length }, false, cue, CONFIDENCE.cueAfter);
  }
  const b = SPEAKER_BEFORE.exec(head);
  // Not a clause of its own between quote and cue (`… regarding X while Y suggests`, `… sponsored by Y and said`).
  if (b && NOT_A_SUBJECT.test(b[1])) return undefined;
  // After a quote that ended its sentence, `X fired back` answers it: X is the next speaker, not this one.
  if (!b || (endedAt !== false && (opensOwnClause(text, cue.end, to, endedAt) || REPLY.test(cue.word)))) return undefined;
  const start = from + b[0].indexOf(b[1]);
  return speaker(text, index, { start, end: start + b[1].length }, true, cue, CONFIDENCE.cueAfter);
}

/** A relative pronoun before a cue: the cue is the speaker's description, not the attribution (`one trader, who asked …, said`). */
const RELATIVE_BEFORE = new RegExp(String.raw`\b(?:who|which)\s+(?:${ADVERBS}\s+)?$`, 'u');

/** The first of `cues` outside a relative clause. */
function mainCue(text: string, cues: readonly Cue[]): Cue | undefined {
  for (const cue of cues) if (!RELATIVE_BEFORE.test(text.slice(Math.max(0, cue.start - 40), cue.start))) return cue;
  return undefined;
}

/**
 * After a quote that ended its own sentence, `X said` attributes it only when X's clause says nothing of its own:
 * no `that …` and no quotation of its own right after the cue (`Norland insisted that …`).
 */
function opensOwnClause(text: string, cueEnd: number, to: number, nextQuote: number): boolean {
  return nextQuote - cueEnd < OWN_QUOTE_REACH || /\bthat\b/.test(text.slice(cueEnd, to)) || CLAUSE_SUBJECT.test(text.slice(cueEnd, to));
}

/** A speaker phrase that holds a clause break or ends in a conjunction: the cue's subject is elsewhere. */
const NOT_A_SUBJECT = /\b(?:while|whereas|although|though|because|when|after|before|since|unless|regarding)\b|\s(?:and|but|or)$/;

/** A cue that answers what was said before it (`fired back`, `shot back`). */
const REPLY = /\sback$/;

/** A subject right after a cue opens a reported clause (`Kasich said he would …`), unlike `said Friday`, `told reporters`. */
const CLAUSE_SUBJECT = /^\s+(?:he|she|they|it|we|I|the|a|an|his|her|their|its|this|there)\b/;

/** How close after a cue a quotation is that cue's own. */
const OWN_QUOTE_REACH = 25;

/** `“…,” Okafor barked`: a named speaker right after the quote with a verb that is not a known cue. */
function otherVerb(text: string, index: MentionIndex, from: number, rest: string): Attribution | undefined {
  const m = NAME_THEN_VERB.exec(rest);
  if (!m) return undefined;
  const start = from + m[0].indexOf(m[1]);
  const found = speaker(text, index, { start, end: start + m[1].length }, true, undefined, CONFIDENCE.otherVerbAfter);
  return found?.entity?.type === 'PLACE' ? undefined : found;
}

/** Whether quote q ends with a sentence's end and its closing mark (`… neighborhood.”`). */
function endsOwnSentence(text: string, q: Span): boolean {
  return q.end - q.start >= 2 && CLOSING_MARK.includes(text[q.end - 1]) && SENTENCE_END.includes(text[q.end - 2]);
}

/**
 * Every cue of the text ("said", "according to") that reads as a verb where it stands (see verbCue), found and read
 * in one pass: attribution looks at the cues of many overlapping stretches, and quote-dense text would otherwise be
 * scanned, and each cue read, again for every quotation.
 */
function verbCues(text: string): Cue[] {
  const out: Cue[] = [];
  for (let start = 0; start < text.length; start++) {
    if (!isLetter(text, start) || (start > 0 && isLetter(text, start - 1))) continue;
    let wordEnd = start + 1;
    while (wordEnd < text.length && (isLetter(text, wordEnd) || text[wordEnd] === '-')) wordEnd++;
    const length = cueLength(text, start, text.slice(start, wordEnd));
    const cue = length > 0 ? verbCue(text, start, length) : undefined;
    if (cue) out.push(cue);
    start = wordEnd;
  }
  return out;
}

/** A letter (ASCII tested directly: the words scanned are mostly English). */
function isLetter(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  const c = code | 32;
  if (c >= 97 && c <= 122) return true;
  // Curly quotation marks and dashes (General Punctuation, which holds no letter) without a regular expression.
  if (code < 128 || (code >= GENERAL_PUNCTUATION_FROM && code <= GENERAL_PUNCTUATION_TO)) return false;
  return /\p{L}/u.test(text[i]);
}

const GENERAL_PUNCTUATION_FROM = 0x2000;
const GENERAL_PUNCTUATION_TO = 0x206f;

/**
 * NOUN_BEFORE.test(head), reading only the end of `head`: a pattern anchored at the end is otherwise tried from
 * every position, and this runs for every cue of the text.
 */
function nounBefore(head: string): boolean {
  const end = head.trimEnd().length;
  return end < head.length && NOUN_BEFORE.test(head.slice(Math.max(0, end - NOUN_BEFORE_REACH)));
}

/**
 * The cue at text[start, start + length) if it reads as a verb there: not after a determiner or possessive ("his
 * tweet"); present forms ("says", "tweets") only right after something that can be their subject, or after the quote
 * they attribute.
 */
function verbCue(text: string, start: number, length: number): Cue | undefined {
  const head = text.slice(Math.max(0, start - 40), start);
  const word = text.slice(start, start + length).toLowerCase();
  // A capitalized cue opens its sentence (`According to X`, `Said X:`); inside one it is part of a name ("United States").
  const capitalized = text[start] !== word[0];
  if (nounBefore(head) || (capitalized && /[\p{L}\p{N},]\s*$/u.test(head))) return undefined;
  const participle = isParticiple(word) && !PROGRESSIVE.test(head);
  if (!participle && !isPast(word) && !SUBJECT_BEFORE.test(head)) return undefined;
  return { start, end: start + length, word, participle };
}

const isPast = (cue: string) => /(?:ed|said|told|wrote|spoke|according\s+to|went\s+on|pointed\s+out|(?:shot|fired|hit)\s+back)$/.test(cue);

/**
 * An attribution earlier in the quote's sentence: the subject of a clause a colon ends, the subject of its last cue
 * (`X warned that … “…”`), or `according to X`. After a participle alone (`…, saying “…”`) the sentence's subject speaks.
 */
function before(text: string, index: MentionIndex, sentenceFrom: number, from: number, to: number): Attribution | undefined {
  const cues = index.cuesWithin(from, to);
  const cue = cues.filter((c) => !c.participle).pop();
  const relayed = cues.length > 0 && cues[cues.length - 1].participle ? quotedAs(text, index, from, cues[cues.length - 1], CONFIDENCE.cueBefore) : undefined;
  if (relayed) return relayed;
  const introduced = colonClause(text, index, from, to, cue);
  if (introduced) return introduced;
  if (!cue) return cues.length > 0 ? sentenceSubject(text, index, sentenceFrom, to, cues[cues.length - 1]) : undefined;
  return speakerOf(text, index, from, cue, to, CONFIDENCE.cueBefore);
}

/**
 * `…, Rubio fired back: “…”`: the subject of the clause a colon ends, whatever its verb, when no cue of that clause
 * names the speaker already.
 */
function colonClause(text: string, index: MentionIndex, from: number, to: number, cue: Span | undefined): Attribution | undefined {
  const head = text.slice(from, to);
  // The colon that only spaces follow, if any (what /:\s*$/ finds, without trying every position).
  const trimmed = head.trimEnd();
  const colon = trimmed.endsWith(':') ? trimmed.length - 1 : -1;
  if (colon < 0) return undefined;
  const start = from + Math.max(head.lastIndexOf(',', colon), head.lastIndexOf(';', colon), -1) + 1;
  if (cue && cue.start >= start) return undefined;
  const m = index.within({ start, end: from + colon }).find((p) => p.entity.type !== 'PLACE');
  return m && opensClause(text, start, m) ? { entity: m.entity, mention: { start: m.start, end: m.end }, confidence: CONFIDENCE.colonIntroduction } : undefined;
}

/** The speaker a cue names: after it for `according to X` and an opening `Said X:`, else its subject before it. */
function speakerOf(text: string, index: MentionIndex, from: number, cue: Cue, to: number, confidence: number): Attribution | undefined {
  const region = () => ({ start: cue.end, end: cue.end + text.slice(cue.end, to).match(/^[^,;:“”"]*/)![0].length });
  if (cue.word.startsWith('according')) return speaker(text, index, region(), false, cue, confidence);
  // Inverted order (`Said X:`, `In other words, explained X:`): nothing stands before the cue to be its subject.
  const inverted = /(?:^|[,:;])\s*$/.test(text.slice(from, cue.start)) && !index.within({ start: from, end: cue.start }).some((m) => m.entity.type !== 'PLACE');
  if (inverted) return speaker(text, index, region(), false, cue, confidence);
  return subjectOf(text, index, from, cue, confidence);
}

/** Whether a mention opens the clause that starts at `start`, titles aside (`President X …`). */
function opensClause(text: string, start: number, m: Span): boolean {
  return start <= m.start && /^\s*(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u.test(text.slice(start, m.start));
}

/** How far into its sentence a subject may start. */
const SUBJECT_REACH = 80;

/**
 * The subject of a sentence, from its first words: a person or organization named at its start or right after an
 * introductory phrase (`In a statement, President X …`), else the first person it names, else the first organization.
 */
function sentenceSubject(text: string, index: MentionIndex, from: number, to: number, cue: Span | undefined): Attribution | undefined {
  const agents = index.within({ start: from, end: to }).filter((p) => p.entity.type !== 'PLACE' && !index.inQuote(p.start));
  if (agents.length === 0) return undefined;
  const opening = (m: Placed) => opensClause(text, from, m) || opensClause(text, from + text.slice(from, m.start).indexOf(',') + 1, m);
  // An indefinite subject (`A spokesman told X: “…”`) is the speaker, unnamed.
  const named = !INDEFINITE.test(text.slice(from, to).replace(/^[^,]*,\s*/, ''));
  const m = agents.find(opening) ?? (named ? agents.find((p) => p.entity.type === 'PERSON' && p.start < from + SUBJECT_REACH) : undefined);
  return m && { entity: m.entity, mention: { start: m.start, end: m.end }, ...(cue && { cue: { start: cue.start, end: cue.end } }), confidence: CONFIDENCE.sentenceSubject };
}

/** A cue later in the sentence (`A cashier who “…” is held accountable, Lindqvist said.`). */
function later(text: string, index: MentionIndex, from: number, to: number): Attribution | undefined {
  for (const cue of index.cuesWithin(from, to)) if (!cue.participle) return speakerOf(text, index, from, cue, to, CONFIDENCE.cueLater);
  return undefined;
}

/** The subject before a cue, skipping adverbs and a comma-enclosed interruption (`X, standing next to Y, urged`). */
function subjectOf(text: string, index: MentionIndex, from: number, cue: Span, confidence: number): Attribution | undefined {
  let head = text.slice(from, cue.start);
  head = head.replace(TRAILING_ADVERBS, '').trimEnd();
  if (head.endsWith(')')) head = head.slice(0, Math.max(0, head.lastIndexOf('('))).trimEnd();
  let interruption: Span | undefined;
  if (head.endsWith(',')) {
    const comma = head.lastIndexOf(',', head.length - 2);
    if (comma >= 0) {
      interruption = { start: from + comma, end: from + head.length };
      head = head.slice(0, comma);
    }
  }
  // Coordinated verbs (`X bemoaned the unrest and said …`) share the sentence's subject.
  if (/\s(?:and|but|or|then)$/.test(head)) return sentenceSubject(text, index, from, cue.start, cue);
  let start = 0;
  for (const m of head.matchAll(CLAUSE_BREAK)) start = m.index + m[0].length;
  // A pronoun right before the cue is its whole subject (`… in what she calls`), not the names before it.
  const pronoun = /(?<![\p{L}’'])(?:he|she|it)$/iu.exec(head);
  if (pronoun) start = pronoun.index;
  const found = speaker(text, index, { start: from + start, end: from + head.length }, true, cue, confidence);
  // `A spokesman, Ada Quill, said`: the interruption names the unnamed subject.
  const named = found?.description && interruption ? index.within(interruption).find((m) => m.entity.type === 'PERSON') : undefined;
  return named ? { entity: named.entity, mention: { start: named.start, end: named.end }, cue, confidence } : found;
}

/**
 * The entity a speaker phrase names: a mention inside it (people and organizations before places, the one nearest
 * the cue), else a pronoun's or a definite description's referent, else an entity with exactly that name.
 */
function speaker(text: string, index: MentionIndex, region: Span, nearEnd: boolean, cue: Span | undefined, confidence: number): Attribution | undefined {
  const phrase = text.slice(region.start, region.end).trim();
  const mentions = index.within(region);
  const agents = mentions.filter((m) => m.entity.type !== 'PLACE');
  // The person speaks, not the employer named beside them (`said Harbor Hawks owner Ada Quill`); an unnamed source
  // stays unnamed (`a spokesman for the Elmdale council`) unless the phrase names the person (`A spokesman, Ada Quill,`).
  const people = agents.filter((m) => m.entity.type === 'PERSON');
  if (people.length === 0 && isUnnamed(phrase, nearEnd)) return unnamed(text, region, phrase, cue, confidence);
  const at = region.start + text.slice(region.start, region.end).indexOf(phrase);
  const pronounType = SPEAKING_PRONOUNS.get(phrase.toLowerCase());
  // He or she after an unnamed person who opened the sentence before is theirs (`One trader was less sure. … he said`).
  const source = pronounType === 'PERSON' ? unnamedSubject(text, index, at) : undefined;
  if (source) return { description: source, mention: { start: at, end: at + phrase.length }, cue, confidence: confidence * CONFIDENCE_FACTOR.pronoun };
  // A place speaks only as the whole subject (`Norland said`), not from inside a phrase (`the unrest in Halvern`).
  const places = mentions.filter((m) => text.slice(m.start, m.end) === phrase);
  const pool = people.length > 0 ? people : agents.length > 0 ? agents : places;
  // Of several, the one a role noun introduces (`Harbor Hawks owner Ada Quill`).
  const introduced = pool.length > 1 ? pool.find((p) => ROLE_NOUNS.has(/(\p{L}+)\s+$/u.exec(text.slice(Math.max(region.start, p.start - 30), p.start))?.[1] ?? '')) : undefined;
  const m = introduced ?? (nearEnd ? pool[pool.length - 1] : pool[0]);
  if (m) return { entity: m.entity, mention: { start: m.start, end: m.end }, cue, confidence };

  const word = phrase.match(/[\p{L}]+$/u)?.[0] ?? '';
  const descriptionType = /^the\s/i.test(phrase) && !INDEFINITE.test(phrase) ? nounType(word.toLowerCase()) : undefined;
  const type = pronounType ?? descriptionType;
  if (type) {
    // The subject of the pronoun's own sentence first (`Marquez says she …`), else the nearest mention before it.
    const sentence = index.sentenceStart(at);
    const subject = index.within({ start: sentence, end: at }).find((m) => m.entity.type === type && opensClause(text, sentence, m) && !index.inQuote(m.start));
    const referent = subject ?? personReferent(text, index, at, type);
    const mention = { start: at, end: at + phrase.length };
    return referent && { entity: referent.entity, mention, cue, confidence: confidence * (pronounType ? CONFIDENCE_FACTOR.pronoun : CONFIDENCE_FACTOR.description) };
  }
  const named = /^\p{Lu}/u.test(phrase) ? index.named(phrase) : undefined;
  return named && { entity: named, mention: { start: at, end: at + phrase.length }, cue, confidence: confidence * CONFIDENCE_FACTOR.nameOnly };
}

/**
 * An unnamed source: an indefinite phrase ("a police spokesman", "officials"), not an initial ("A. Quill"); as the
 * subject before a cue, also a bare plural ("traders said", "local residents told").
 */
function isUnnamed(phrase: string, subject: boolean): boolean {
  return (INDEFINITE.test(phrase) && !/^\p{Lu}\./u.test(phrase)) || (subject && isBarePlural(phrase));
}

/** A bare plural is a few words. */
const BARE_PLURAL_WORDS = 3;
/** Plurals of nouns for people by their ending ("traders", "residents"), and nouns for a group. */
const PEOPLE_PLURAL = /^(?:\p{Ll}+(?:ers|ors|ists|ians|ants|ents)|police|staff|people)$/u;

/**
 * Lowercase words, none a function word, the last a plural of people: a group, no one in particular ("local
 * residents"), not a plural of things ("measures added by …").
 */
function isBarePlural(phrase: string): boolean {
  const words = phrase.split(/\s+/);
  const lower = (w: string) => /^\p{Ll}[\p{Ll}-]*$/u.test(w) && !FUNCTION_WORDS.has(w);
  const last = words[words.length - 1];
  const singular = last.replace(/e?s$/, '');
  const people = PEOPLE_PLURAL.test(last) || (last !== singular && (ROLE_NOUNS.has(singular) || UNNAMED_PEOPLE.has(singular)));
  return words.length <= BARE_PLURAL_WORDS && words.every(lower) && people;
}

/** Where an unnamed source's description ends: before a clause, a time or a place of its own. */
const DESCRIPTION_END = /\s+(?:who|which|that|on|in|at|outside|after|before|when|while|as|during|last|this|yesterday|today)\b.*$/is;

/** A period that ends the sentence after a description (`said one fan.`), not one of an abbreviation (`Co.`). */
const FINAL_PERIOD = /(\p{L}+)\.$/u;

/** An attribution to an unnamed source: no entity, its description ("a police spokesman"). */
function unnamed(text: string, region: Span, phrase: string, cue: Span | undefined, confidence: number): Attribution {
  let description = phrase.replace(DESCRIPTION_END, '');
  const period = FINAL_PERIOD.exec(description);
  if (period && !ABBREVIATIONS.has(period[1])) description = description.slice(0, -1);
  const start = region.start + text.slice(region.start, region.end).indexOf(phrase);
  return { description, mention: { start, end: start + description.length }, cue, confidence };
}

/**
 * `the agency quoted Ada Quill as saying “…”`: the words are the one quoted, not the outlet's that relays them.
 * `cue` is the participle ("saying") after "as".
 */
function quotedAs(text: string, index: MentionIndex, from: number, cue: Cue, confidence: number): Attribution | undefined {
  const m = RELAYED.exec(text.slice(from, cue.start));
  if (!m) return undefined;
  const start = from + m.index + m[0].indexOf(m[1], m[0].indexOf(' '));
  return speaker(text, index, { start, end: start + m[1].length }, false, cue, confidence);
}

/** `quoted X as` right before a participle cue; X may have an appositive (`quoted the harbour master, Ada Quill, as`). */
const RELAYED = /\bquot(?:ed|es|ing)\s+([^;:“”"\n]{1,80}?),?\s+as\s+$/u;

/** Words that make the name after them someone's employer (`an analyst at X`, `who works for X`), with a role noun. */
const EMPLOYER_BEFORE = /(\p{L}+)\s+(?:at|for|of|with)\s+(?:the\s+)?$/u;
const PREPOSITION_BEFORE = /\s(?:at|for|of|with)\s+(?:the\s+)?$/u;
const EMPLOYED = new Set(['work', 'works', 'worked', 'working', 'employed']);

/** Whether mention m names an employer: after a role noun or a verb of working and a preposition. */
function isEmployer(text: string, m: Span): boolean {
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  // The preposition first: EMPLOYER_BEFORE tries its letters at every position of `before`.
  if (!PREPOSITION_BEFORE.test(before)) return false;
  const word = EMPLOYER_BEFORE.exec(before)?.[1].toLowerCase();
  return word !== undefined && (ROLE_NOUNS.has(word) || EMPLOYED.has(word));
}

/**
 * The nearest mention of `type` before `pos`. People before organizations: a person's pronoun never means the
 * employer a role names (`Omar Diaz, an analyst at Mira Tolland, … he said`), even one that reads as a person's name.
 */
function personReferent(text: string, index: MentionIndex, pos: number, type: EntityType): Placed | undefined {
  return index.referent(pos, type, (m) => type !== 'PERSON' || !isEmployer(text, m));
}

/** How many words may stand before the noun of an unnamed subject (`One veteran Elmdale trader`). */
const UNNAMED_MODIFIERS = 3;

/** A word that can follow the subject: its verb (`was`, `declined`, `says`) or a preposition (`for`), not a noun that goes on (`pick,`). */
const VERB_AFTER_SUBJECT = /^(?:was|is|were|are|had|has|did|does|would|could|will|can|may|might|who|for|at|of|with|from|in|on|\p{Ll}+ed|\p{Ll}+[^s]s)$/u;

/**
 * An unnamed person who opens the sentence before the pronoun's at `pos` (`One trader was less sure. “…,” he said.`),
 * when no person is named in that sentence or since: the description, for the pronoun.
 */
function unnamedSubject(text: string, index: MentionIndex, pos: number): string | undefined {
  const sentence = index.sentenceStart(pos);
  const from = Math.max(0, sentence - WINDOW);
  const end = from + text.slice(from, sentence).trimEnd().length;
  if (end === 0) return undefined;
  const previous = index.sentenceStart(end - 1);
  const referent = personReferent(text, index, pos, 'PERSON');
  if ((referent && referent.start >= previous) || index.inQuote(previous)) return undefined;
  const words = text.slice(previous, sentence).split(/\s+/, UNNAMED_MODIFIERS + 3);
  if (!/^(?:a|an|one|another)$/i.test(words[0])) return undefined;
  for (let k = 1; k < words.length - 1; k++) {
    const noun = words[k].toLowerCase();
    if (ROLE_NOUNS.has(noun) || UNNAMED_PEOPLE.has(noun)) return VERB_AFTER_SUBJECT.test(words[k + 1]) ? words.slice(0, k + 1).join(' ') : undefined;
    if (!/^[\p{L}-]+$/u.test(words[k])) return undefined;
  }
  return undefined;
}

function nounType(noun: string): EntityType | undefined {
  if (SOURCE_NOUNS.has(noun)) return 'ORG';
  if (ROLE_NOUNS.has(noun)) return 'PERSON';
  return undefined;
}

/** The speaker of an earlier quote, a little less sure. */
function carried(a: Attribution | undefined): Attribution | undefined {
  return a && { ...a, confidence: a.confidence * CONFIDENCE_FACTOR.carried };
}

/**
 * A paragraph that is only a quotation, right after a paragraph that ends with an attributed quote, goes on with the
 * same speaker (news runs one speaker's quotes paragraph after paragraph).
 */
function carryAcrossParagraphs(model: TextModel, index: MentionIndex, spans: readonly QuoteSpan[], found: (Attribution | undefined)[]): void {
  const { text } = model;
  for (let i = 1; i < spans.length; i++) {
    const [prev, q] = [spans[i - 1], spans[i]];
    if (found[i] || q.start !== q.paragraph.start || prev.paragraph === q.paragraph) continue;
    const adjacent = text.slice(prev.paragraph.end, q.paragraph.start).trim() === '';
    const endsPrevious = sentenceEnd(model, prev.end, prev.paragraph.end, WINDOW) >= prev.paragraph.end;
    const before = found[i - 1];
    // Only while nothing intervenes: no one else opens a sentence of the paragraph (`“No.” Omar Diaz shook his head.`).
    const opensSentence = (m: Placed) => index.sentenceStart(m.start, q.paragraph.start) === m.start;
    const intervenes = index.within(q.paragraph).some((m) => m.entity.type !== 'PLACE' && m.entity !== before?.entity && !index.inQuote(m.start) && opensSentence(m));
    if (adjacent && endsPrevious && before && !intervenes) found[i] = { ...before, confidence: before.confidence * CONFIDENCE_FACTOR.nextParagraph };
  }
}

/**
 * Quotes without their own attribution take the speaker of the quote before them in the paragraph, or of the
 * piece they continue across paragraphs; an open piece takes the speaker of its continuation.
 */
function carryOver(spans: readonly QuoteSpan[], found: (Attribution | undefined)[]): void {
  for (let i = 1; i < spans.length; i++) {
    const prev = found[i - 1];
    const linked = spans[i - 1].paragraph === spans[i].paragraph || spans[i - 1].continued;
    if (!found[i] && linked) found[i] = carried(prev);
  }
  for (let i = spans.length - 2; i >= 0; i--) {
    const next = found[i + 1];
    if (!found[i] && spans[i].continued) found[i] = carried(next);
  }
}

/**
 * A quote that opens its sentence with no attribution of its own: the speaker is the subject of the previous
 * sentence's cue (`Smith continued:` in the paragraph before counts), or the only person that sentence names.
 * A paragraph that is only a quotation also takes the speaker of a cue that ends the paragraph before in prose
 * (`Quill said the pier would close.` then `“We have no choice.”`): news paraphrases a speaker, then quotes them.
 */
function previousSentence(text: string, index: MentionIndex, q: QuoteSpan): Attribution | undefined {
  const own = index.sentenceStart(q.start, q.paragraph.start);
  if (text.slice(own, q.start).trim()) return undefined;
  const from = Math.max(0, own - WINDOW);
  const end = from + text.slice(from, own).trimEnd().length;
  const acrossParagraphs = own === q.paragraph.start;
  const colon = text[end - 1] === ':';
  // A quotation in capitals is a heading, not the speaker's next words.
  const quoteOnly = acrossParagraphs && text.slice(q.end, q.paragraph.end).trim() === '' && /\p{Ll}/u.test(text.slice(q.start, q.end));
  if (acrossParagraphs && !colon && !quoteOnly) return undefined;
  const start = index.sentenceStart(end - 1, from);
  // After prose, not after a quotation of its own (the paragraph carry decides those).
  if (acrossParagraphs && !colon && /["“”„«»]/.test(text.slice(start, end))) return undefined;
  const cue = index.cuesWithin(start, end).filter((c) => !c.participle).pop();
  if (acrossParagraphs && !colon) {
    // Only the subject that opens that sentence (`Quill said …`), not a name inside it (`… said Quill’s plan …`).
    const found = cue && speakerOf(text, index, start, cue, end, CONFIDENCE.previousSentenceCue);
    const opens = found?.entity && opensClause(text, start, found.mention);
    return opens ? { ...found, confidence: found.confidence * CONFIDENCE_FACTOR.nextParagraph } : undefined;
  }
  if (cue) return speakerOf(text, index, start, cue, end, CONFIDENCE.previousSentenceCue);
  const people = index.within({ start, end }).filter((m) => m.entity.type === 'PERSON');
  const only = people.every((m) => m.entity === people[0].entity) ? people[0] : undefined;
  return only && { entity: only.entity, mention: { start: only.start, end: only.end }, confidence: CONFIDENCE.previousSentencePerson };
}
