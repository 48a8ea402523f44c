import * as assert from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CUE_WORDS, PERSON_SPEECH_VERBS } from '../../src/core/words/speechVerbs';

/** The word alternations of the article grammar that list speech verbs: every `(?:…|said|…)` group. */
function grammarVerbLists(): string[][] {
  const grammar = readFileSync(join(__dirname, '../../../syntaxes/article.tmLanguage.json'), 'utf8');
  return [...grammar.matchAll(/\(\?:((?:[a-z]+\|)*said(?:\|[a-z]+)*)\)/g)].map((m) => m[1].split('|'));
}

describe('one speech-verb list', () => {
  it('the grammar lists its cue verbs in several rules', () => assert.ok(grammarVerbLists().length >= 3));

  it('every cue verb of the grammar is a cue of the analyzer', () => {
    const missing = [...new Set(grammarVerbLists().flat())].filter((w) => !CUE_WORDS.has(w));
    assert.deepStrictEqual(missing, []);
  });

  it('the verbs that make a name a person are cues', () => {
    assert.deepStrictEqual([...PERSON_SPEECH_VERBS].filter((w) => !CUE_WORDS.has(w)), []);
  });
});
