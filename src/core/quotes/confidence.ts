/**
 * How sure an attribution is (`Quote.confidence`), by the way its speaker was found. The figures rank the ways
 * against each other, from the most explicit (a cue right beside the quote) to the most inferred (the sentence's
 * subject, a speaker carried over); docs/analysis-format.md lists them for readers of the JSON.
 */
export const CONFIDENCE = {
  /** A cue and its speaker right after the quote: `“…,” said X`, `“…,” X said`. */
  cueAfter: 0.95,
  /** A name after a dash under the quote: `“…” ― X`. */
  dashAfter: 0.9,
  /** A cue before the quote in its sentence: `X warned that … “…”`, `according to X`. */
  cueBefore: 0.85,
  /** The subject of a clause a colon ends: `X fired back: “…”`. */
  colonIntroduction: 0.8,
  /** A name right after the quote with a verb that is not a known cue: `“…,” X barked`. */
  otherVerbAfter: 0.7,
  /** A cue later in the quote's sentence. */
  cueLater: 0.7,
  /** A cue in the sentence before a quote that opens its own. */
  previousSentenceCue: 0.6,
  /** The subject of the quote's sentence, with no cue tying it to the quote. */
  sentenceSubject: 0.5,
  /** The only person the sentence before names. */
  previousSentencePerson: 0.5,
} as const;

/** Factors applied to the figures above when the speaker is named less directly or carried from elsewhere. */
export const CONFIDENCE_FACTOR = {
  /** The speaker phrase is a pronoun (`he said`), resolved to the nearest fitting entity. */
  pronoun: 0.85,
  /** The speaker phrase is a definite description (`the ministry said`). */
  description: 0.7,
  /** The speaker phrase matched an entity only by its exact name, not by a mention. */
  nameOnly: 0.8,
  /** The speaker of the quote before, in the same sentence or paragraph or multi-paragraph quote. */
  carried: 0.9,
  /** The speaker of the paragraph before, for a paragraph that is only a quotation. */
  nextParagraph: 0.7,
} as const;
