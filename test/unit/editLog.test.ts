import * as assert from 'node:assert';
import { analyze } from '../../src/core/analyze';
import { EditLog, mapAnalysis } from '../../src/editLog';

describe('an older analysis moved through the edits since', () => {
  const before = 'Ada Quill, the mayor of Elmdale, said: “We will build it.” Quill smiled.';

  it('every span lands on the same words of the edited text', () => {
    const log = new EditLog(1);
    log.record(2, [{ offset: 0, length: 0, text: 'ELMDALE — ' }]);
    log.record(3, [{ offset: before.length + 10, length: 0, text: ' Then she left.' }, { offset: 10 + 15, length: 0, text: 'deputy ' }]);
    const after = 'ELMDALE — Ada Quill, the deputy mayor of Elmdale, said: “We will build it.” Quill smiled. Then she left.';
    const mapped = mapAnalysis(analyze(before), log.editsSince(1)!, after);
    const original = analyze(before);
    assert.strictEqual(mapped.quotes.length, original.quotes.length);
    assert.strictEqual(mapped.quotes[0].text, original.quotes[0].text);
    assert.strictEqual(after.slice(mapped.quotes[0].start, mapped.quotes[0].end), '“We will build it.”');
    for (const e of mapped.entities) for (const m of e.mentions) assert.strictEqual(after.slice(m.start, m.end), m.text);
    const names = mapped.entities.flatMap((e) => e.mentions.map((m) => m.text));
    assert.ok(names.includes('Ada Quill') && names.includes('Elmdale'), names.join(', '));
    assert.strictEqual(mapAnalysis(original, log.editsSince(3)!, before), original, 'no edits: the same analysis');
  });

  it('spans the edits deleted are left out, an entity with no mention left too', () => {
    const mapped = mapAnalysis(analyze(before), [{ offset: 0, length: 31, text: '' }], before.slice(31));
    assert.ok(mapped.entities.every((e) => e.mentions.length > 0));
    assert.ok(!mapped.entities.some((e) => e.name === 'Elmdale'));
  });

  it('the log does not reach back before its start or past its cap', () => {
    const log = new EditLog(5);
    assert.strictEqual(log.editsSince(4), undefined);
    assert.deepStrictEqual(log.editsSince(5), []);
    for (let v = 6; v <= 10_006; v++) log.record(v, [{ offset: 0, length: 0, text: 'x' }]);
    assert.strictEqual(log.editsSince(5), undefined, 'the oldest events were let go');
    assert.strictEqual(log.editsSince(10_000)!.length, 6);
  });
});
