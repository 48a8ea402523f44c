import * as assert from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

interface Converted {
  id: string;
  text: string;
  license: string;
  entities: Array<{ start: number; end: number; type: string; text: string; cluster: string }>;
}
const { parseConllu, convertDocument } = require('../../../scripts/lib/gum.cjs') as {
  parseConllu(content: string): unknown[];
  convertDocument(doc: unknown, extra?: Record<string, string>): Converted;
};

// An invented GUM-style document: titles, a hyphenated name, an organization with "of", a name inside a
// multiword token ("Elmdale's"), a plural group, a date, a product, an e-mail address.
const fixture = readFileSync(path.resolve(__dirname, '../../../test/fixtures/gum-mini.conllu'), 'utf8');

describe('GUM import (scripts/import-gum.mjs)', () => {
  const docs = parseConllu(fixture);
  const doc = convertDocument(docs[0], { license: 'CC BY 2.5 (Wikinews)' });

  it('joins paragraphs by a blank line and sentences by a space, as ../shared/corpus does', () => {
    assert.strictEqual(docs.length, 1);
    assert.strictEqual(doc.id, 'GUM_news_elmdale');
    assert.strictEqual(doc.license, 'CC BY 2.5 (Wikinews)');
    assert.strictEqual(doc.text, "Elmdale honors Ada Quill\n\nUS President Bo Moss-Tarn visited the Bank of Elmdale's office. Zorbians met Monday. They use Quillnet at ada@example.org.");
  });

  it('keeps the named mentions with their spans: no titles, no plural groups, no dates or addresses', () => {
    for (const e of doc.entities) assert.strictEqual(doc.text.slice(e.start, e.end), e.text);
    assert.deepStrictEqual(
      doc.entities.map((e) => `${e.type} ${e.text} ${e.cluster}`),
      ['PLACE Elmdale 1', 'PERSON Ada Quill 2', 'PLACE US 4', 'PERSON Bo Moss-Tarn 3', 'ORG Bank of Elmdale 5', 'PLACE Elmdale 1', 'OTHER Quillnet 8'],
    );
  });

  it('says where an entity bracket does not match', () => {
    const broken = fixture.replace('Entity=2)', '_');
    assert.throws(() => convertDocument(parseConllu(broken.replace('Entity=(2-person', 'Entity=2)(2-person'))[0]), /2 closes without opening in GUM_news_elmdale/);
  });
});
