import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadGrammar, root, snapshot, tokenize, type LineTokens } from '../grammar/engine';

/** The shared sample lives outside the repository and is never copied into it; its gold file says what it holds. */
const SAMPLE = path.resolve(root, '../shared/samples/tillerson-beijing.txt');
const GOLD = SAMPLE.replace(/\.txt$/, '.gold.json');
/** The sample's tokens for a reviewer to read, written where git ignores it (the article's text stays out of git). */
const SNAPSHOT = path.join(root, 'test-results/grammar', `${path.basename(SAMPLE, '.txt')}.snap`);

interface Gold {
  quotes: { start: number; end: number; speaker: string }[];
  entities: { name: string; aliases: string[] }[];
}

/** Scope lists of each character of the text (line breaks included, with no scopes). */
function scopesByOffset(lines: LineTokens[]): string[][] {
  const out: string[][] = [];
  for (const { line, tokens } of lines) {
    for (const t of tokens) for (let i = t.startIndex; i < Math.min(t.endIndex, line.length); i++) out.push(t.scopes);
    out.push([]);
  }
  return out;
}

describe('article grammar on the shared sample article', function () {
  let text: string;
  let gold: Gold;
  let scopes: string[][];
  before(async function () {
    if (!fs.existsSync(SAMPLE) || !fs.existsSync(GOLD)) {
      console.log(`    (skipped: ${SAMPLE} is not here)`);
      this.skip();
    }
    text = fs.readFileSync(SAMPLE, 'utf8');
    gold = JSON.parse(fs.readFileSync(GOLD, 'utf8')) as Gold;
    const lines = tokenize(await loadGrammar('text.article'), text);
    fs.mkdirSync(path.dirname(SNAPSHOT), { recursive: true });
    fs.writeFileSync(SNAPSHOT, snapshot(lines));
    scopes = scopesByOffset(lines);
    assert.strictEqual(scopes.length, text.length + 1, 'one scope list per character (LF line breaks)');
  });

  const has = (offset: number, scope: string) => scopes[offset].some((s) => s.startsWith(scope));

  it('scopes exactly the gold quotations as double-quoted strings, marks included', () => {
    const inGold = new Array<boolean>(text.length).fill(false);
    for (const q of gold.quotes) {
      for (let i = q.start; i < q.end; i++) inGold[i] = true;
      assert.ok(has(q.start, 'punctuation.definition.string.begin'), `quotation at ${q.start} opens with its mark`);
      assert.ok(has(q.end - 1, 'punctuation.definition.string.end'), `quotation at ${q.start} closes with its mark`);
    }
    const wrong = inGold.flatMap((expected, i) => (expected !== has(i, 'string.quoted.double.article') ? [i] : []));
    assert.deepStrictEqual(wrong.slice(0, 5), [], `${wrong.length} characters disagree with the gold quotations`);
  });

  it('names only gold people and organizations as speakers, outside quotations', () => {
    const names = gold.entities.flatMap((e) => [e.name, ...e.aliases]);
    const speakers = spans(scopes, 'entity.name.function.speaker.article');
    assert.ok(speakers.length >= 8, `${speakers.length} speaker names found`);
    for (const s of speakers) {
      const name = text.slice(s.start, s.end);
      assert.ok(names.some((n) => name.endsWith(n)), `"${name}" ends with a gold name`);
      assert.ok(!has(s.start, 'string.quoted'), `"${name}" is not inside a quotation`);
    }
  });

  it('scopes the headline, the photo credit, the contributors, the related list and the update notes', () => {
    const lineScopes = (pattern: RegExp) => {
      const at = text.search(pattern);
      assert.ok(at >= 0, `the sample has a line matching ${pattern}`);
      return scopes[at + (text.slice(at).search(/\S/))];
    };
    const first = (pattern: RegExp, scope: string) => assert.ok(lineScopes(pattern).some((s) => s.startsWith(scope)), `${pattern} is ${scope}`);
    first(/^/, 'markup.heading.headline.article');
    first(/^\(.*\/.*\)$/m, 'comment.line.credit.article');
    first(/^Special correspondent/m, 'comment.line.byline.contributors.article');
    first(/^For more\b.*follow @/m, 'comment.line.related.article');
    first(/^\d{1,2}:\d{2} [ap]\.m\.:/m, 'comment.line.update.article');
    first(/^This article was originally published/m, 'comment.line.update.article');
    const related = spans(scopes, 'markup.italic.related.article');
    assert.strictEqual(related.length, 3, 'three related headlines');
  });
});

/** Maximal runs of characters carrying `scope`. */
function spans(scopes: string[][], scope: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  scopes.forEach((list, i) => {
    if (!list.includes(scope)) return;
    const last = out[out.length - 1];
    if (last && last.end === i) last.end = i + 1;
    else out.push({ start: i, end: i + 1 });
  });
  return out;
}
