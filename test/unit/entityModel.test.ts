import * as assert from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../src/core/analyze';
import { findEntities } from '../../src/core/entities/entities';
import { textModel } from '../../src/core/text/model';
import { CLASSES, CLASS_COUNT, decodeWeights, encodeWeights, FeatureHasher, TABLE_SIZE, type EntityModel } from '../../src/core/entities/learned/model';
import { shippedTraining, trainOn, SHIPPED_PROVENANCE } from '../../src/eval/learning';
import { weightsModule } from '../../src/eval/train';

/** A model that only knows its bias: every candidate it decides goes to `decision`. */
function biasModel(decision: (typeof CLASSES)[number]): EntityModel {
  const hasher = new FeatureHasher();
  hasher.add(1); // the bias template
  const weights = new Float32Array(TABLE_SIZE * CLASS_COUNT);
  weights[hasher.ids[0] * CLASS_COUNT + CLASSES.indexOf(decision)] = 100;
  return { weights, scale: 1 };
}

// Invented: "Zorblax" is a lone unknown word the rules can only guess at; "Ada Quill" has a given name.
const TEXT = 'Ada Quill of the Elmdale Harbor Board praised Zorblax on Monday. Zorblax is new.';

describe('learned entity decision', () => {
  it('weights survive their text form, sparse rows and negative bytes included', () => {
    const weights = new Int8Array(TABLE_SIZE * CLASS_COUNT);
    weights[0] = -128;
    weights[7 * CLASS_COUNT + 2] = 5;
    weights[(TABLE_SIZE - 1) * CLASS_COUNT + 4] = 127;
    const back = decodeWeights(encodeWeights(weights), 0.5);
    assert.deepStrictEqual(back.weights, weights);
    assert.strictEqual(back.scale, 0.5);
  });

  it('hashes features the same way every time, and templates apart', () => {
    const a = new FeatureHasher();
    a.add(3, 'quill');
    a.add(4, 'quill');
    a.add(3, 'quill');
    assert.strictEqual(a.ids[0], a.ids[2]);
    assert.notStrictEqual(a.ids[0], a.ids[1]);
    assert.ok(a.ids[0] >= 0 && a.ids[0] < TABLE_SIZE);
  });

  it('decides the names the rules cannot, and leaves their firm verdicts alone', () => {
    const names = (model: EntityModel | null) => findEntities(textModel(TEXT), model).map((e) => `${e.type} ${e.name}`).sort();
    const rules = names(null);
    assert.ok(rules.includes('PERSON Ada Quill') && rules.some((n) => n.endsWith(' Zorblax')), rules.join('; '));
    const dropped = names(biasModel('DROP'));
    assert.ok(!dropped.some((n) => n.endsWith(' Zorblax')), dropped.join('; '));
    assert.ok(dropped.includes('PERSON Ada Quill') && dropped.includes('ORG Elmdale Harbor Board'), dropped.join('; '));
    assert.ok(names(biasModel('OTHER')).includes('OTHER Zorblax'));
  });

  it('decides longer names the rules weakly call organizations, not groups, names with "the" inside or credits', () => {
    // Invented: every longer name here is an organization to the rules on a weak hint only.
    const text =
      'Oversight Committee Republicans seethed on Monday. Ada Quill spoke at the Center for the Study of Elmdale about the Harvest Games. ' +
      'According to the Blue Thimble, 300 people left.\n\n' +
      '(Ada Quill / Zorb Picture Works)\n\nOfficials met.\n';
    const names = (model: EntityModel | null) => findEntities(textModel(text), model).map((e) => `${e.type} ${e.name}`);
    const rules = names(null);
    for (const org of ['Committee Republicans', 'Center for the Study of Elmdale', 'Harvest Games', 'Zorb Picture Works']) {
      assert.ok(rules.includes(`ORG ${org}`), `${org}: ${rules.join('; ')}`);
    }
    const dropped = names(biasModel('DROP'));
    assert.ok(!dropped.includes('ORG Harvest Games'), dropped.join('; '));
    for (const kept of ['Committee Republicans', 'Center for the Study of Elmdale', 'Zorb Picture Works']) {
      assert.ok(dropped.includes(`ORG ${kept}`), `${kept}: ${dropped.join('; ')}`);
    }
    const other = names(biasModel('OTHER'));
    assert.ok(other.includes('OTHER Harvest Games'), other.join('; '));
    // A name cited as a source speaks: no name of another kind.
    assert.ok(other.includes('ORG Blue Thimble'), other.join('; '));
    // Retyped as a place or a person, the rules' verdict stands.
    assert.ok(names(biasModel('PLACE')).includes('ORG Harvest Games'));
  });

  it('decides the names inside names: a kept inner span is a mention of its own, a dropped one is not', () => {
    const mentions = (model: EntityModel | null) =>
      findEntities(textModel(TEXT), model).flatMap((e) => e.mentions.map((m) => ({ type: e.type, text: m.text, at: m.start })));
    const texts = (model: EntityModel | null) => mentions(model).map((m) => m.text).filter((t) => t !== 'Zorblax').sort();
    assert.deepStrictEqual(texts(null), ['Ada Quill', 'Elmdale Harbor Board']);
    assert.deepStrictEqual(texts(biasModel('DROP')), texts(null));
    const kept = mentions(biasModel('PLACE'));
    for (const inner of ['Elmdale', 'Harbor Board', 'Elmdale Harbor', 'Quill']) {
      assert.ok(kept.some((m) => m.text === inner && m.type === 'PLACE'), `${inner}: ${JSON.stringify(kept)}`);
    }
    assert.strictEqual(new Set(kept.map((m) => `${m.at}:${m.text}`)).size, kept.length, `one mention per span: ${JSON.stringify(kept)}`);
  });

  it('no name inside a known place of a name: "South Africa" in the university is one, "South" is not', () => {
    const text = 'Ada Quill studied at the University of South Africa.';
    const kept = findEntities(textModel(text), biasModel('PLACE')).flatMap((e) => e.mentions.map((m) => m.text));
    assert.ok(kept.includes('South Africa'), kept.join('; '));
    assert.ok(!kept.includes('South') && !kept.includes('Africa'), kept.join('; '));
  });

  it('a name of another kind inside a name is a mention only of a name the article uses on its own', () => {
    const entities = (text: string) => findEntities(textModel(text), biasModel('OTHER')).map((e) => `${e.type} ${e.name}`);
    const inside = 'Ada Quill teaches at the Tarnby Centre for Vessar Studies.';
    assert.ok(!entities(inside).some((n) => n.startsWith('OTHER ')), entities(inside).join('; '));
    assert.ok(entities(`${inside} She likes Vessar.`).includes('OTHER Vessar'));
  });

  it('names of other kinds are never speakers', () => {
    const text = 'Zorblax, on Monday, said: “It works.”';
    const analysis = analyze(text, { entityModel: biasModel('OTHER') });
    const other = new Set(analysis.entities.filter((e) => e.type === 'OTHER').map((e) => e.id));
    assert.ok(analysis.quotes.length > 0);
    for (const q of analysis.quotes) assert.ok(q.speakerId === null || !other.has(q.speakerId), JSON.stringify(q));
  });

  it('the shipped model is the one `npm run train` makes from ../shared (run it after changing the rules or features)', function () {
    const training = shippedTraining(path.resolve(__dirname, '../../..'));
    if ('missing' in training) {
      console.log(`      (skipped: ${training.missing.join(', ')} not here)`);
      return this.skip();
    }
    this.timeout(120_000);
    const committed = readFileSync(path.resolve(__dirname, '../../../src/core/entities/learned/weights.ts'), 'utf8');
    const trained = weightsModule(trainOn(training.docs), SHIPPED_PROVENANCE);
    assert.ok(trained === committed, 'src/core/entities/learned/weights.ts is not what training makes: run `npm run train`');
  });
});
