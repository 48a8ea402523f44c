import * as assert from 'node:assert';
import { analyze, speakingEntities } from '../../src/core/analyze';
import { clusterCandidates } from '../../src/core/entities/aliases';
import { findCandidates } from '../../src/core/entities/candidates';
import { classify } from '../../src/core/entities/classify';
import { findEntities } from '../../src/core/entities/entities';
import { findQuoteSpans } from '../../src/core/quotes/quoteSpans';
import { findQuotes } from '../../src/core/quotes/quotes';
import { textModel } from '../../src/core/text/model';
import type { Span } from '../../src/core/types';

/** mulberry32: a small seeded PRNG, so every run feeds the same inputs. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  'Ann', 'Lee', 'President', 'of', 'the', 'U.A.E.', 'said', 'he', ',', '.', '“', '”', '"', '‘', '’s', "'", '\n', '\r\n', '\n\n',
  '@x', '&', '-', '(', ')', 'Mr.', 'W.', 'University', 'Sea', 'and', ' ', '\t', '\u0000', '\u001b', '\ud800', '\udfff',
  '😀', 'é', 'İ', 'ß', '\u200b', '\u2028', 'Zürich', 'Århus', 'O’Neil', 'McDonald', 'X.Y.Z.', '...', '—',
];

function randomText(rand: () => number, length: number): string {
  let s = '';
  while (s.length < length) {
    s += rand() < 0.7 ? PIECES[Math.floor(rand() * PIECES.length)] : String.fromCharCode(Math.floor(rand() * 0x10000));
    if (rand() < 0.5) s += ' ';
  }
  return s;
}

function assertInText(text: string, span: Span, what: string): void {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= text.length,
    `${what} ${span.start}-${span.end} lies in the text (${text.length})`);
}

function assertSlice(text: string, span: Span & { text: string }, what: string): void {
  assertInText(text, span, what);
  assert.strictEqual(span.text, text.slice(span.start, span.end), `${what} text is the text at ${span.start}-${span.end}`);
}

/**
 * Runs every stage directly (a stage that throws fails the test here, where analyze's safety net would hide it as an
 * empty result) and checks what each hands on: offsets that index the text, nothing dropped or duplicated, and that
 * analyze returns exactly what its stages produced.
 */
function assertWellFormed(text: string): void {
  const model = textModel(text);
  const { tokens, sentences } = model;
  let previous = 0;
  for (const t of tokens) {
    assertSlice(text, t, 'token');
    assert.ok(t.start >= previous && t.end > t.start, `tokens in order and non-empty at ${t.start}`);
    previous = t.end;
  }
  assert.strictEqual(sentences.length, tokens.length, 'a sentence id per token');
  for (let i = 1; i < sentences.length; i++) assert.ok(sentences[i] >= sentences[i - 1], 'sentence ids never go back');

  const candidates = findCandidates(model);
  for (const c of candidates) {
    assertSlice(text, c, 'candidate');
    assert.ok(c.first >= 0 && c.first < c.last && c.last <= tokens.length, `candidate tokens ${c.first}-${c.last}`);
  }
  const typings = candidates.map((c) => classify(c, model));
  for (const t of typings) assert.ok(['PERSON', 'ORG', 'PLACE'].includes(t.type), `a type, not ${t.type}`);
  const clustered = clusterCandidates(candidates, typings).flatMap((cluster) => cluster.candidates);
  assert.strictEqual(new Set(clustered).size, clustered.length, 'no candidate in two clusters');
  const given = new Set(candidates);
  for (const c of clustered) assert.ok(given.has(c), 'clusters hold only the candidates they were given');

  const entities = findEntities(model);
  const ids = new Set<string>();
  for (const e of entities) {
    assert.ok(!ids.has(e.id), `duplicate id ${e.id}`);
    ids.add(e.id);
    assert.ok(e.mentions.length > 0, `${e.id} has mentions`);
    for (const m of e.mentions) {
      assertSlice(text, m, 'mention');
      assert.ok(m.start < m.end, 'a mention is not empty');
    }
  }
  const { spans, findings: markFindings } = findQuoteSpans(model);
  for (const s of spans) assertInText(text, s, 'quote span');
  for (const f of markFindings) assertInText(text, f, 'finding');
  const { quotes, findings } = findQuotes(model, speakingEntities(entities));
  assert.strictEqual(quotes.length, spans.length, 'every quote span is a quote, attributed or not');
  for (const q of quotes) {
    assertSlice(text, q, 'quote');
    assert.ok(q.speakerId === null || ids.has(q.speakerId), `speaker ${q.speakerId} is an entity`);
    if (q.speakerMention) assertInText(text, q.speakerMention, 'speaker mention');
    if (q.cue) assertInText(text, q.cue, 'cue');
  }
  for (const f of findings) assertInText(text, f, 'finding');
  assert.deepStrictEqual(analyze(text), { entities, quotes, findings }, 'analyze returns what its stages found, nothing swallowed');
}

describe('every analyzer stage on any string (seeded fuzz)', function () {
  this.timeout(60000); // each text goes through every stage, then through analyze again
  it('random Unicode, control characters, lone surrogates and quote marks', () => {
    const rand = prng(42);
    for (let i = 0; i < 300; i++) assertWellFormed(randomText(rand, Math.floor(rand() * 400)));
  });

  it('a 100k-character line with no spaces, and one of spaced words', () => {
    assertWellFormed('a'.repeat(100_000));
    assertWellFormed('Word '.repeat(20_000));
  });

  it('unbalanced quotes and CRLF paragraphs', () => {
    assertWellFormed('“Open, said Ann Lee.\r\n\r\n“Still open,” he said. ”\r\n"x');
  });

  it('thousands of capitalized words in one run', () => {
    const rand = prng(7);
    const words = Array.from({ length: 5000 }, () => 'Abc Of Xyz University Sea Lee'.split(' ')[Math.floor(rand() * 6)]);
    assertWellFormed(words.join(' '));
    assertWellFormed(words.join(' of '));
  });

  it('the empty string and whitespace', () => {
    for (const t of ['', ' ', '\n\n', '\r\n']) assert.deepStrictEqual(analyze(t).entities, []);
  });
});
