import * as assert from 'node:assert';
import { analyze } from '../../src/core/analyze';
import * as entities from '../../src/core/entities/entities';

// A stage that throws is reported, not passed off as an empty result (the stage is replaced for the test).

describe('analyze when a stage fails', () => {
  const original = entities.findEntities;
  const writable = entities as { findEntities: typeof entities.findEntities };
  afterEach(() => (writable.findEntities = original));

  it('reports the failed stage in findings and keeps what the other stages found', () => {
    writable.findEntities = () => {
      throw new Error('boom');
    };
    const a = analyze('“We start today,” said Ada Quill.');
    assert.deepStrictEqual(a.entities, []);
    assert.strictEqual(a.quotes.length, 1);
    const failed = a.findings.filter((f) => f.kind === 'analysis-failed');
    assert.deepStrictEqual(failed.map((f) => f.message), ['The entity analysis failed (boom): its results are missing.']);
  });

  it('reports nothing when every stage runs', () => {
    assert.ok(analyze('“We start today,” said Ada Quill.').findings.every((f) => f.kind !== 'analysis-failed'));
  });
});
