/**
 * Growth shape of the annotation work done on every open, edit and analysis: loading a sidecar, re-anchoring after an
 * edit at the top, applying the annotations over the analysis. Ten times the annotations (over ten times the text)
 * must cost about ten times the time, never a hundred; ratios within one run, no wall-clock limit.
 */
import * as assert from 'node:assert';
import { AnnotationStore, applyAnnotations, parseAnnotations } from '../../src/core/annotations';
import { annotatedArticle, PER_PARAGRAPH, type Case } from './support/annotatedArticle';
import { timePerRun } from './timing';

/** Annotations in the smaller case; the larger has ten times as many. */
const N = 1_000;
const EDIT = 'Corrected: ';
/** Linear is about 10 (n log n a little more); quadratic would be about 100. */
const LINEAR = 30;

const work: [string, (c: Case) => () => void][] = [
  ['load: parse the sidecar and check every anchor', (c) => () => {
    const parsed = parseAnnotations(c.content);
    assert.strictEqual(parsed.kind, 'ok');
    if (parsed.kind === 'ok') new AnnotationStore(c.text, parsed.doc).reanchorToText(c.text);
  }],
  ['re-anchor after an edit at the top, live', (c) => () => new AnnotationStore(c.text, c.doc).applyEdits([{ offset: 0, length: 0, text: EDIT }], EDIT + c.text)],
  ['re-anchor after an edit at the top, while closed', (c) => () => new AnnotationStore(EDIT + c.text, c.doc).reanchorToText(EDIT + c.text, c.text)],
  ['re-anchor after an edit at the top, while closed, the old text unknown', (c) => () => new AnnotationStore(EDIT + c.text, c.doc).reanchorToText(EDIT + c.text)],
  ['apply the annotations over the analysis', (c) => () => applyAnnotations(c.analysis, c.doc)],
];

/** Tries again on a busy machine: a real quadratic fails every time, a stray pause not. */
const ATTEMPTS = 3;

describe('annotations: time grows linearly with their number', function () {
  this.timeout(180_000);
  const [small, large] = [annotatedArticle(N), annotatedArticle(10 * N)];
  for (const [name, run] of work) {
    it(name, () => {
      let ratio = Infinity;
      for (let i = 0; i < ATTEMPTS && !(ratio < LINEAR); i++) ratio = Math.min(ratio, timePerRun(run(large)) / timePerRun(run(small)));
      assert.ok(ratio < LINEAR, `10× the annotations took ${ratio.toFixed(1)}× the time`);
    });
  }

  it('the cases are what they claim', () => {
    const r = applyAnnotations(small.analysis, small.doc);
    assert.strictEqual(small.doc.entities.reduce((n, e) => n + e.mentions.length, 0) + small.doc.quotes.length, N);
    assert.strictEqual(r.quotes.filter((q) => q.status === 'accepted' && q.speakerLabel === 'Ada Quill').length, N / PER_PARAGRAPH);
    assert.ok(r.entities.some((e) => e.name === 'Bo Reed' && e.status === 'suggested'), 'the unannotated name stays a suggestion');
    assert.ok(!r.entities.some((e) => e.name === 'Elmdale'), 'the name nested in the annotated library is taken over');
    assert.strictEqual(new AnnotationStore(EDIT + small.text, small.doc).reanchorToText(EDIT + small.text), 0, 'every anchor is found again');
  });
});
