import * as assert from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../src/core/analyze';
import { parseEntityGold } from '../../src/eval/gold';
import { scoreEntityList } from '../../src/eval/entities';

// The shared sample article and its gold, read from ../shared when present (never copied into the repo).
const samples = path.resolve(__dirname, '../../../../shared/samples');
const goldFile = path.join(samples, 'tillerson-beijing.gold.json');

describe('entities on the shared sample article', function () {
  before(function () {
    if (!existsSync(goldFile)) {
      console.log(`    (skipped: ${goldFile} is not here)`);
      this.skip();
    }
  });

  const load = () => {
    const json = readFileSync(goldFile, 'utf8');
    const gold = parseEntityGold(json, readFileSync(path.join(samples, JSON.parse(json).text_file), 'utf8'));
    return { gold, entities: analyze(gold.text).entities };
  };

  it('finds every gold entity with the right type and merges its aliases, and nothing else', () => {
    const { gold, entities } = load();
    const { rows, extra } = scoreEntityList(gold.entities!, entities, gold.text);
    assert.deepStrictEqual(rows.filter((r) => !r.found).map((r) => r.gold.name), []);
    assert.deepStrictEqual(rows.filter((r) => r.merged < r.aliases).map((r) => r.gold.name), []);
    assert.deepStrictEqual(extra, []);
  });

  it('gives the analysts their roles and affiliations', () => {
    const { gold, entities } = load();
    for (const g of gold.entities!.filter((x) => x.affiliation && x.role && x.type === 'PERSON' && /^director/.test(x.role))) {
      const e = entities.find((x) => x.name === g.name);
      assert.ok(e, g.name);
      assert.strictEqual(e.role, g.role, `${g.name} role`);
      assert.strictEqual(e.affiliation, g.affiliation, `${g.name} affiliation`);
    }
  });

  it('describes the think tank by its appositive', () => {
    const { gold, entities } = load();
    for (const g of gold.entities!.filter((x) => x.type === 'ORG' && x.description?.startsWith('a '))) {
      assert.strictEqual(entities.find((x) => x.name === g.name)?.description, g.description);
    }
  });

  it('no mention crosses a title and a name, and every offset indexes the text', () => {
    const { gold, entities } = load();
    for (const e of entities) {
      for (const m of e.mentions) assert.strictEqual(gold.text.slice(m.start, m.end), m.text);
      assert.ok(!/^(State|Minister|President) /.test(e.name), e.name);
    }
  });
});
