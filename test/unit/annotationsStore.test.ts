import * as assert from 'node:assert';
import { AnnotationStore, applyAnnotations, type AnnotatedAnalysis, type ReviewedEntity } from '../../src/core/annotations';
import { analyze } from '../../src/core';
import type { Analysis } from '../../src/core/types';
import { entity, textSpans } from './support/textSpans';

const text = '“We open Monday,” said Ada Quill, the mayor of Elmdale. Quill added: “Nobody waits.” The “new deal” is Acme Corp’s.';
const { span, mention } = textSpans(text);
const q1 = span('“We open Monday,”');
const q2 = span('“Nobody waits.”');
const q3 = span('“new deal”');

/** What the analyzer might say: Ada Quill (and "Quill"), Elmdale as a person (wrong), Monday as a place (wrong). */
const analysis: Analysis = {
  entities: [
    entity('e1', 'PERSON', 'Ada Quill', [mention('Ada Quill'), mention('Quill', 'alias', 50)]),
    entity('e2', 'PERSON', 'Elmdale', [mention('Elmdale')]),
    entity('e3', 'PLACE', 'Monday', [mention('Monday')]),
  ],
  quotes: [
    { ...q1, text: '“We open Monday,”', speakerId: 'e1', speakerMention: span('Ada Quill'), confidence: 0.9 },
    { ...q2, text: '“Nobody waits.”', speakerId: null },
    { ...q3, text: '“new deal”', speakerId: null },
  ],
  findings: [{ kind: 'unattributed-quote', ...q2, message: 'Quotation has no attributed speaker.' }, { kind: 'unattributed-quote', ...q3, message: 'Quotation has no attributed speaker.' }],
};

function setup() {
  const store = new AnnotationStore(text);
  const result = () => applyAnnotations(analysis, store.doc);
  const find = (r: AnnotatedAnalysis, name: string) => r.entities.find((e) => e.name === name)!;
  const quote = (r: AnnotatedAnalysis, s: { start: number }) => [...r.quotes, ...r.terms, ...r.rejected.quotes].find((q) => q.start === s.start)!;
  return { store, result, find, quote };
}

/** Every span in the result indexes the text exactly. */
function assertSpans(r: AnnotatedAnalysis) {
  for (const e of r.entities) for (const m of e.mentions) assert.strictEqual(text.slice(m.start, m.end), m.text);
  for (const q of [...r.quotes, ...r.terms]) assert.strictEqual(text.slice(q.start, q.end), q.text);
}

describe('annotations over the analysis', () => {
  it('without annotations, shows the analysis as suggestions', () => {
    const r = applyAnnotations(analysis, { entities: [], quotes: [] });
    assert.deepStrictEqual(r.entities.map((e) => [e.id, e.status]), [['e3', 'suggested'], ['e1', 'suggested'], ['e2', 'suggested']]);
    assert.deepStrictEqual(r.quotes.map((q) => [q.speakerLabel, q.status]), [['Ada Quill', 'suggested'], ['Unattributed', 'suggested'], ['Unattributed', 'suggested']]);
    assert.deepStrictEqual(r.progress, { entities: { reviewed: 0, total: 3 }, quotes: { reviewed: 0, total: 3 } });
    assert.strictEqual(r.findings.length, 2);
  });

  it('annotate a selection as an entity of any type, including Other', () => {
    const { store, result, find } = setup();
    const id = store.annotateEntity(span('Acme Corp'), 'ORG');
    store.annotateEntity(span('new deal'), 'OTHER', 'The New Deal');
    const r = result();
    assert.deepStrictEqual([find(r, 'Acme Corp').id, find(r, 'Acme Corp').status, find(r, 'Acme Corp').type], [id, 'manual', 'ORG']);
    assert.strictEqual(find(r, 'The New Deal').type, 'OTHER');
    assertSpans(r);
  });

  it('change the type, rename, add a mention: the suggestion becomes manual, keeping its mentions', () => {
    const { store, result, find } = setup();
    store.changeType(find(result(), 'Elmdale'), 'PLACE');
    let r = result();
    assert.deepStrictEqual([find(r, 'Elmdale').type, find(r, 'Elmdale').status], ['PLACE', 'manual']);
    assert.ok(!r.entities.some((e) => e.id === 'e2'), 'the suggestion is replaced, not doubled');
    store.rename(find(r, 'Ada Quill'), 'Mayor Ada Quill');
    r = result();
    assert.strictEqual(find(r, 'Mayor Ada Quill').mentions.length, 2);
    assert.strictEqual(text.includes('Mayor Ada Quill'), false, 'the article is not edited');
    assert.strictEqual(r.quotes[0].speakerLabel, 'Mayor Ada Quill', 'quotes follow the annotated speaker');
    store.addMention(find(r, 'Mayor Ada Quill'), span('the mayor'), 'description');
    assert.strictEqual(find(result(), 'Mayor Ada Quill').mentions.length, 3);
    assertSpans(result());
  });

  it('not an entity suppresses the suggestion, its mentions and its name; Remove Annotation brings it back', () => {
    const { store, result, find } = setup();
    store.notAnEntity(find(result(), 'Monday'));
    const r = result();
    assert.ok(!r.entities.some((e) => e.name === 'Monday'));
    assert.deepStrictEqual(r.rejected.entities.map((e) => [e.name, e.status]), [['Monday', 'rejected']]);
    // A later analysis finding "Monday" elsewhere is suppressed by name.
    const again = applyAnnotations({ ...analysis, entities: [...analysis.entities, entity('e9', 'PLACE', 'Monday', [])] }, store.doc);
    assert.ok(!again.entities.some((e) => e.name === 'Monday'));
    store.removeEntity(r.rejected.entities[0]);
    assert.ok(result().entities.some((e) => e.name === 'Monday' && e.status === 'suggested'));
  });

  it('merge entities and split a mention from one', () => {
    const { store, result, find } = setup();
    store.annotateEntity(span('mayor'), 'PERSON');
    store.merge(find(result(), 'Ada Quill'), [find(result(), 'mayor')]);
    let r = result();
    assert.deepStrictEqual(find(r, 'Ada Quill').mentions.map((m) => m.text), ['Ada Quill', 'mayor', 'Quill']);
    assert.ok(!r.entities.some((e) => e.name === 'mayor'));
    const newId = store.splitMention(find(r, 'Ada Quill'), span('Quill', 50));
    r = result();
    assert.deepStrictEqual(find(r, 'Ada Quill').mentions.map((m) => m.text), ['Ada Quill', 'mayor']);
    assert.deepStrictEqual(r.entities.find((e) => e.id === newId)!.mentions.map((m) => m.start), [span('Quill', 50).start]);
    assertSpans(r);
  });

  it('set a speaker: an entity, a new name, an unnamed source; the unattributed finding goes', () => {
    const { store, result, find, quote } = setup();
    store.setSpeaker(quote(result(), q2), { kind: 'entity', entity: find(result(), 'Ada Quill') });
    let r = result();
    assert.deepStrictEqual([quote(r, q2).speakerLabel, quote(r, q2).status], ['Ada Quill', 'manual']);
    assert.strictEqual(find(r, 'Ada Quill').status, 'accepted', 'picking a suggested speaker confirms the entity');
    assert.strictEqual(quote(r, q2).speakerId, find(r, 'Ada Quill').id);
    assert.strictEqual(r.findings.length, 1);
    store.setSpeaker(quote(r, q2), { kind: 'name', name: 'Bo Reed' });
    r = result();
    assert.strictEqual(quote(r, q2).speakerLabel, 'Bo Reed');
    assert.deepStrictEqual(find(r, 'Bo Reed').mentions, [], 'a speaker named only in the annotations');
    store.setSpeaker(quote(r, q2), { kind: 'unnamed', description: 'a city official' });
    r = result();
    assert.deepStrictEqual([quote(r, q2).speakerId, quote(r, q2).unnamedSource, quote(r, q2).speakerLabel], [null, 'a city official', 'unnamed source (a city official)']);
    assert.strictEqual(r.findings.length, 1, 'an unnamed source is an attribution');
  });

  it('mark as a term or not a quote; annotate a selection as a quote', () => {
    const { store, result, quote } = setup();
    store.setQuoteKind(quote(result(), q3), 'term');
    store.setQuoteKind(quote(result(), q1), 'not-a-quote');
    let r = result();
    assert.deepStrictEqual(r.quotes.map((q) => q.text), ['“Nobody waits.”']);
    assert.deepStrictEqual(r.terms.map((q) => q.text), ['“new deal”']);
    assert.deepStrictEqual(r.rejected.quotes.map((q) => q.text), ['“We open Monday,”']);
    assert.strictEqual(r.findings.length, 1, 'a term is not an unattributed quote');
    store.annotateQuote(span('Acme Corp’s'), { kind: 'name', name: 'Acme Corp' });
    r = result();
    assert.strictEqual(r.quotes.length, 2);
    assertSpans(r);
  });

  it('notes on entities and quotes; a suggestion with a note stays a suggestion', () => {
    const { store, result, find, quote } = setup();
    store.setNote(find(result(), 'Ada Quill'), 'Mayor since 2019 (city site)');
    store.setNote(quote(result(), q1), 'Checked: true');
    const r = result();
    assert.deepStrictEqual([find(r, 'Ada Quill').note, find(r, 'Ada Quill').status], ['Mayor since 2019 (city site)', 'suggested']);
    assert.deepStrictEqual([quote(r, q1).note, quote(r, q1).status, quote(r, q1).speakerLabel], ['Checked: true', 'suggested', 'Ada Quill']);
    assert.strictEqual(r.progress.quotes.reviewed, 0);
    store.setNote(find(r, 'Ada Quill'), '');
    assert.strictEqual(find(result(), 'Ada Quill').note, undefined);
  });

  it('accept, reject and accept all, with review progress', () => {
    const { store, result, find, quote } = setup();
    store.accept(quote(result(), q1), result());
    let r = result();
    assert.deepStrictEqual([quote(r, q1).status, quote(r, q1).speakerLabel], ['accepted', 'Ada Quill']);
    assert.deepStrictEqual(r.progress.quotes, { reviewed: 1, total: 3 });
    store.reject(find(r, 'Elmdale'));
    store.reject(quote(r, q3));
    r = result();
    assert.deepStrictEqual(r.progress.quotes, { reviewed: 1, total: 2 });
    store.acceptAll(r);
    r = result();
    assert.deepStrictEqual(r.progress, { entities: { reviewed: 2, total: 2 }, quotes: { reviewed: 2, total: 2 } });
    assert.strictEqual(store.doc.entities.filter((e) => e.name === 'Ada Quill').length, 1, 'accept all adopts each suggestion once');
    assert.ok(r.entities.every((e) => e.mentions.every((m) => m.status === 'accepted')));
    store.undo();
    assert.deepStrictEqual(result().progress.quotes, { reviewed: 1, total: 2 }, 'accept all is one action');
  });

  it('undo and redo each action, with the text edited in between', () => {
    const { store, result, find } = setup();
    store.rename(find(result(), 'Ada Quill'), 'A. Quill');
    store.changeType(find(result(), 'Elmdale'), 'PLACE');
    assert.strictEqual(store.undoLabel, 'Change Type');
    const prefix = 'Breaking: ';
    store.applyEdits([{ offset: 0, length: 0, text: prefix }], prefix + text);
    assert.ok(store.undo());
    assert.strictEqual(store.doc.entities.length, 1);
    assert.ok(store.undo());
    assert.strictEqual(store.doc.entities.length, 0);
    assert.ok(!store.undo());
    assert.ok(store.redo());
    const [a] = store.doc.entities;
    assert.strictEqual(a.name, 'A. Quill');
    assert.strictEqual(a.mentions[0].start, span('Ada Quill').start + prefix.length, 'a redone action lands on the edited text');
    assert.ok(store.redo());
    assert.strictEqual(store.doc.entities[1].mentions[0].start, span('Elmdale').start + prefix.length);
    store.annotateEntity({ start: 0, end: 8 }, 'OTHER');
    assert.ok(!store.canRedo, 'a new action clears redo');
  });

  it('orphans are listed, re-attached or deleted, never dropped', () => {
    const { store, result, find } = setup();
    store.accept(find(result(), 'Elmdale'));
    const at = span('of Elmdale');
    const newText = text.slice(0, at.start) + text.slice(at.end);
    store.applyEdits([{ offset: at.start, length: at.end - at.start, text: '' }], newText);
    const r = applyAnnotations({ entities: [], quotes: [], findings: [] }, store.doc);
    assert.deepStrictEqual(r.orphans.map((o) => [o.label, o.anchor.text]), [['Elmdale', 'Elmdale']]);
    assert.strictEqual(store.doc.entities.length, 1, 'kept');
    store.reattach(r.orphans[0], { start: newText.indexOf('the mayor'), end: newText.indexOf('the mayor') + 9 });
    assert.deepStrictEqual(store.doc.entities[0].mentions.map((m) => [m.text, m.orphaned]), [['the mayor', undefined]]);
    store.undo();
    store.deleteOrphan(applyAnnotations({ entities: [], quotes: [], findings: [] }, store.doc).orphans[0]);
    assert.strictEqual(store.doc.entities.length, 0);
  });

  it('gives the same doc object until something changes', () => {
    const { store, result, find } = setup();
    const empty = store.doc;
    assert.strictEqual(store.doc, empty);
    store.accept(find(result(), 'Ada Quill'));
    const accepted = store.doc;
    assert.notStrictEqual(accepted, empty);
    store.applyEdits([{ offset: text.length, length: 0, text: '!' }], text + '!');
    assert.strictEqual(store.doc, accepted, 'an edit that moves nothing');
    store.applyEdits([{ offset: 0, length: 0, text: '!' }], '!' + text + '!');
    assert.strictEqual(store.doc.entities[0].mentions[0].start, accepted.entities[0].mentions[0].start + 1);
    store.undo();
    assert.deepStrictEqual(store.doc.entities, []);
  });

  it('notifies listeners and counts versions', () => {
    const { store, result, find } = setup();
    const reasons: string[] = [];
    const stop = store.onDidChange((r) => reasons.push(r));
    store.accept(find(result(), 'Ada Quill'));
    store.applyEdits([{ offset: text.length, length: 0, text: ' End.' }], text + ' End.');
    store.undo();
    store.redo();
    stop();
    store.undo();
    assert.deepStrictEqual(reasons, ['action', 'undo', 'redo']);
    assert.strictEqual(store.version, 4);
  });

  it('works over the real analyzer', () => {
    const a = analyze(text);
    const store = new AnnotationStore(text);
    store.acceptAll(applyAnnotations(a, store.doc));
    const r = applyAnnotations(a, store.doc);
    assert.ok(r.entities.every((e: ReviewedEntity) => e.status === 'accepted'));
    assert.ok(r.quotes.every((q) => q.status === 'accepted'));
    assertSpans(r);
  });
});
