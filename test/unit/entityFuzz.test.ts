import * as assert from 'node:assert';
import { analyze } from '../../src/core/analyze';

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

function assertWellFormed(text: string): void {
  const a = analyze(text);
  const ids = new Set<string>();
  for (const e of a.entities) {
    assert.ok(!ids.has(e.id), `duplicate id ${e.id}`);
    ids.add(e.id);
    assert.ok(e.mentions.length > 0);
    for (const m of e.mentions) {
      assert.ok(m.start >= 0 && m.start < m.end && m.end <= text.length, `${m.start}-${m.end} in ${text.length}`);
      assert.strictEqual(text.slice(m.start, m.end), m.text);
    }
  }
}

describe('analyze on any string (seeded fuzz)', () => {
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
