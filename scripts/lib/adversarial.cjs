// Adversarial inputs for the analyzer, each stressing one stage: shared by the growth tests (test/unit/*Growth.test.ts)
// and `npm run bench`, which reports seconds per MB on each at 1 MB and 4 MB. `make(n)` gives about n characters.

/** `unit` repeated to at least `length` characters. */
const repeat = (unit, length) => unit.repeat(Math.ceil(length / unit.length));

/** 0 → "Ba", 1 → "Be", …: a distinct capitalized word per index, letters only, so it reads as a name. */
function nameWord(i) {
  const syllables = ['ba', 'be', 'bi', 'bo', 'da', 'de', 'di', 'do', 'ka', 'ke', 'ki', 'ko', 'la', 'le', 'li', 'lo', 'ma', 'me', 'mi', 'mo'];
  let s = '';
  do {
    s += syllables[i % syllables.length];
    i = Math.floor(i / syllables.length);
  } while (i > 0);
  return s[0].toUpperCase() + s.slice(1);
}

/** Lines of `line(i)` for i = 0, 1, … up to n characters. */
function lines(n, line) {
  const out = [];
  for (let i = 0, length = 0; length < n; i++) {
    const s = line(i);
    out.push(s);
    length += s.length;
  }
  return out.join('');
}

const ADVERSARIAL = [
  // Every short name could abbreviate every long one that shares its first word (aliasTarget/abbreviates).
  ['many distinct names sharing a word', (n) => lines(n, (i) => `Ada ${nameWord(i)} Moss spoke. Ada ${nameWord(i)} left. `)],
  // One sentence with no end: every pronoun sees every name before it in the window (resolvePronouns).
  ['many pronouns in one long sentence', (n) => repeat('Ada Quill saw him and he saw her, ', n)],
  // Short quotations, each with its attribution (quote spans, attribution).
  ['dense short quotations', (n) => repeat('“Yes,” said Ada Quill. “No,” she added, “not “now”.” ', n)],
  // Marks of both shapes alternating with no text between (quote spans, cue search).
  ['alternating quotation marks', (n) => repeat('“"”"a', n)],
];

module.exports = { ADVERSARIAL, repeat };
