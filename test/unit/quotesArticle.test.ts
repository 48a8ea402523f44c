import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../src/core';

/** The whole pipeline (entities, then quotes) on an article of our own: every quote and its speaker's name. */
describe('quotes and speakers in a fixture article', () => {
  const text = fs.readFileSync(path.resolve(__dirname, '../../../test/fixtures/quotes-article.txt'), 'utf8');

  function speakers(article: string): Array<[string, string | null]> {
    const analysis = analyze(article);
    return analysis.quotes.map((q) => [q.text, analysis.entities.find((e) => e.id === q.speakerId)?.name ?? null]);
  }

  const expected: Array<[string, string | null]> = [
    ['“another decade of delay.”', 'Laura Benson'],
    ['“We have waited long enough,”', 'Laura Benson'],
    ['“The water will not wait for us.”', 'Laura Benson'],
    ['“reckless”', 'Daniel Reyes'],
    ['“rushed.”', 'Daniel Reyes'],
    ['“Nobody has read the numbers,”', 'Daniel Reyes'],
    ['“Not one of us.”', 'Daniel Reyes'],
    ['“The current design underestimates storm surge,”', 'Coastal Research Institute'],
    ['“I’ll keep asking,”', 'Daniel Reyes'],
    ['“This city has always built for the next generation, not for the next election.', 'Laura Benson'],
    ['“We will do it again.”', 'Laura Benson'],
  ];

  it('finds every quotation with its speaker, and no apostrophe as a quote', () => {
    assert.deepStrictEqual(speakers(text), expected);
  });

  it('gives the same answers with CRLF line ends', () => {
    assert.deepStrictEqual(speakers(text.replace(/\n/g, '\r\n')), expected.map(([q, s]) => [q.replace(/\n/g, '\r\n'), s]));
  });

  it('reports no finding in it', () => {
    assert.deepStrictEqual(analyze(text).findings, []);
  });
});
