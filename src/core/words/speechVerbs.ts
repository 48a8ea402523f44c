/**
 * The one list of speech verbs: the words that attribute a quotation (speech and writing verbs in every inflection),
 * the finite forms that make a name beside them a person, and the nouns that make an unnamed speaker an organization
 * ("the analysis"); role nouns for people ("the spokesman") are in closedClasses. The article grammar's cue verbs
 * (syntaxes/) must all be here: test/unit/speechVerbs.test.ts checks it.
 */

const words = (list: string) => list.split(/\s+/).filter(Boolean);

/** Regular verbs of saying, as bases; their inflections are cues, the bases themselves are mostly nouns ("a tweet"). */
const REGULAR = words(`
  accuse add acknowledge affirm agree allege announce answer argue ask assert boast call caution charge claim comment
  complain concede conclude confirm contend continue counter declare deny describe disclose emphasize emphasise exclaim
  explain insist joke lament laugh maintain mention muse note observe plead post predict proclaim promise protest
  recall recount reiterate remark remind repeat reply report respond retort reveal scoff scream shout snap sneer state
  stress suggest testify tweet urge vow warn whisper wonder yell pledge quip blast slam criticize praise concur
  recommend demand posit fume marvel chide criticise mock
`);

/** Irregular verbs: base, then its other forms. */
const IRREGULAR = [
  'say says said saying',
  'tell tells told telling',
  'write writes wrote written writing',
  'speak speaks spoke spoken speaking',
  'admit admits admitted admitting',
];

/** Multi-word cues: first word → the word that must follow it. */
const PHRASES: ReadonlyMap<string, string> = new Map([
  ['according', 'to'],
  ['went', 'on'],
  ['goes', 'on'],
  ['pointed', 'out'],
  ['points', 'out'],
  ['shot', 'back'],
  ['shoots', 'back'],
  ['fired', 'back'],
  ['fires', 'back'],
  ['hit', 'back'],
  ['hits', 'back'],
]);

function inflect(base: string): string[] {
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  if (/[^aeiou]y$/.test(base)) {
    const y = base.slice(0, -1);
    return [`${y}ies`, `${y}ied`, `${base}ing`];
  }
  const s = /(s|sh|ch|x|z)$/.test(base) ? `${base}es` : `${base}s`;
  // One-syllable verbs ending consonant-vowel-consonant double it (snap → snapped); "vow"/"yell" do not.
  const doubled = /^[^aeiou]*[aeiou][bdgmnpt]$/.test(base) ? base + base.slice(-1) : stem;
  return [s, `${doubled}ed`, `${doubled}ing`];
}

/** Every single-word cue form, lowercase. */
export const CUE_WORDS: ReadonlySet<string> = new Set([
  ...REGULAR.flatMap(inflect),
  ...IRREGULAR.flatMap(words),
]);

/**
 * Verbs whose subject is mostly a person: a name right before one of their past forms is a person ("Quill said"),
 * and before the present of the first few ("Quill says"); other present forms are as often nouns ("the Quill claims").
 */
const PERSON_SUBJECT = words('say tell write add ask explain note state argue insist warn urge announce reply recall claim comment acknowledge');
const PERSON_SUBJECT_PRESENT = 5;

/** The forms of PERSON_SUBJECT that make a name beside them a person, and "say" ("officials say"). */
export const PERSON_SPEECH_VERBS: ReadonlySet<string> = new Set([
  'say',
  ...PERSON_SUBJECT.flatMap((base, k) => {
    const forms = IRREGULAR.find((f) => f.startsWith(`${base} `))?.split(' ').slice(1) ?? inflect(base);
    return forms.filter((f) => !isParticiple(f) && (k < PERSON_SUBJECT_PRESENT || !f.endsWith('s')));
  }),
]);

/**
 * The length of the cue that starts with `word`, found at text[start] ("said", "according to"), or 0: a set lookup
 * per word, where a regular expression of every cue would try them all at every position.
 */
export function cueLength(text: string, start: number, word: string): number {
  // Cues are lowercase: only a capitalized word ("According") is worth lowercasing.
  const first = word.charCodeAt(0);
  const lower = first >= 65 && first <= 90 ? word.toLowerCase() : word;
  const second = PHRASES.get(lower);
  if (second === undefined) return CUE_WORDS.has(lower) ? word.length : 0;
  const wordEnd = start + word.length;
  const next = /^\s+(\p{L}+)/u.exec(text.slice(wordEnd, wordEnd + 16));
  return next && next[1].toLowerCase() === second ? word.length + next[0].length : 0;
}

/** Participles ("adding that …") attribute to the clause's subject, not to a name beside them. */
export function isParticiple(cue: string): boolean {
  return cue.endsWith('ing');
}

/** Nouns for speakers that are organizations or their texts ("the analysis said" → the agency that issued it). */
export const SOURCE_NOUNS: ReadonlySet<string> = new Set(words(`
  analysis commentary report statement editorial article newspaper paper agency ministry campaign study survey poll
  website site memo letter release network channel document filing complaint lawsuit suit indictment ruling opinion
  government administration department committee company firm group organization party council office embassy court
  magazine journal outlet station broadcaster union association foundation institute center centre bureau board
`));

/** Words that open a noun phrase naming no one in particular ("a spokesman", "sources"). */
export const INDEFINITE = /^(?:a|an|some|one|two|three|several|many|other|another|sources?|officials|people|critics|experts|analysts)\b/i;

/**
 * Nouns for people who are quoted without a name ("one trader", "a witness"), besides the role nouns in closedClasses:
 * a sentence that opens with one of them brings an unnamed speaker into view for the pronoun after it.
 */
export const UNNAMED_PEOPLE: ReadonlySet<string> = new Set(words(`
  trader dealer banker broker investor resident neighbor neighbour witness worker employee source insider voter
  supporter critic observer farmer driver passenger fan protester protestor participant person man woman customer
  shopper parent mother father student survivor victim relative friend colleague nurse soldier
`));

/** Pronouns that can speak, with the entity type they refer to. */
export const SPEAKING_PRONOUNS: ReadonlyMap<string, 'PERSON' | 'ORG'> = new Map([
  ['he', 'PERSON'],
  ['she', 'PERSON'],
  ['it', 'ORG'],
]);
