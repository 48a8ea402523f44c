import * as assert from 'node:assert';
import { findQuoteSpans } from '../../src/core/quotes/quoteSpans';
import { textModel } from '../../src/core/text/model';

/** The quoted texts found in `text`, and the lone marks reported. */
function quoted(text: string): { quotes: string[]; lone: string[] } {
  const { spans, findings } = findQuoteSpans(textModel(text));
  return { quotes: spans.map((s) => text.slice(s.start, s.end)), lone: findings.map((f) => `${text[f.start]}@${f.start}`) };
}

describe('quotation spans', () => {
  const cases: Array<[string, string, string[], string[]?]> = [
    ['curly quotes', 'She said “we will win” today.', ['“we will win”']],
    ['straight quotes', 'He said "no deal," and left.', ['"no deal,"']],
    ['nested single quotes are part of their quote', '“They have been ‘playing’ us,” he wrote.', ['“They have been ‘playing’ us,”']],
    ['a short partial quote', 'urged calm and a “cool-headed” response', ['“cool-headed”']],
    ['a quote split by its attribution', '“First,” she said. “Second.”', ['“First,”', '“Second.”']],
    ['apostrophes never open or close', 'Don’t ask about the ’90s or Lee’s “plan” now.', ['“plan”']],
    ['straight marks read by context', 'a "quote" and "another one"', ['"quote"', '"another one"']],
    ['a mark of the other shape inside a quote belongs to it', '"He asked: “Why?” and left."', ['"He asked: “Why?” and left."']],
    ['a left mark used to close', 'a site called “Move Here If He Wins“ that pitches', ['“Move Here If He Wins“']],
    ['guillemets and low marks', 'il a dit «non» et „ja“ danach', ['«non»', '„ja“']],
    ['CRLF paragraphs', '“One,” he said.\r\n\r\n“Two.”\r\n', ['“One,”', '“Two.”']],
    ['a quote across a single line break stays one quote', '“One line\nand the next,” she said.', ['“One line\nand the next,”']],
    ['an unclosed mark is reported, not stretched', 'He said “this never ends.\n\nNext paragraph “here” too.', ['“here”'], ['“@8']],
    ['a lone closing mark is reported', 'Nothing opened here” at all.', [], ['”@19']],
    ['a second opening makes the first lone', '“broken start and “a real one” here', ['“a real one”'], ['“@0']],
    ['single-quoted words outside a double quote', 'Headline: It’s ‘in Their Heads.’ and she wasn\'t \'forced\' to go', ['‘in Their Heads.’', "'forced'"]],
    ['apostrophes never pair up', 'rock ’n’ roll in the ’90s at the Joneses’ house, don’t', []],
    ['a single pair around a double quote is not a quote', '‘a “b” c’', ['“b”']],
    ['empty text', '', []],
  ];
  for (const [name, text, quotes, lone = []] of cases) {
    it(name, () => assert.deepStrictEqual(quoted(text), { quotes, lone }));
  }

  it('a multi-paragraph quote: the open piece ends at its paragraph, the next paragraph reopens it', () => {
    const text = 'He said: “The first part runs on.\n\n“The second part ends here,” he added.';
    const { spans, findings } = findQuoteSpans(textModel(text));
    assert.deepStrictEqual(spans.map((s) => [text.slice(s.start, s.end), s.continued]), [
      ['“The first part runs on.', true],
      ['“The second part ends here,”', false],
    ]);
    assert.deepStrictEqual(findings, []);
  });

  it('offsets index the text and spans come in text order', () => {
    const text = '“a” ”b“ "c" “d ‘e’ f” "g';
    const { spans, findings } = findQuoteSpans(textModel(text));
    for (const s of spans) assert.ok(s.start < s.end && s.end <= text.length);
    assert.deepStrictEqual(spans.map((s) => s.start), [...spans.map((s) => s.start)].sort((a, b) => a - b));
    for (const f of findings) assert.match(text[f.start], /["“”]/);
  });
});
