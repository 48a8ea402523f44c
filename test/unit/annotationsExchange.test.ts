import * as assert from 'node:assert';
import {
  AnnotationExport, AnnotationStore, applyAnnotations, bratFiles, carryOnto, exportBrat, exportCsvRows, exportGold, exportJson, exportJsonl, fromBrat, fromGoldRecord,
  fromJsonlRecord, quotesCsv, type AnnotatedAnalysis, type AnnotationDoc, type ReviewedEntity,
} from '../../src/core/annotations';
import { analyze } from '../../src/core';
import { parseJsonl } from '../../src/eval/gold';
import type { Analysis } from '../../src/core/types';

const none: Analysis = { entities: [], quotes: [], findings: [] };
const text = [
  'Zoë Brandt 🎉 of Elmdale said: “We open Monday.',
  '“And nobody waits,” she added. Acme Corp’s “new deal” was =SUM(A1) news to Bo Reed’s aides.',
  '“No comment,” an aide said. “Fine,” said someone.',
].join('\n');
const at = (needle: string, from = 0) => {
  const start = text.indexOf(needle, from);
  assert.ok(start >= 0, needle);
  return { start, end: start + needle.length };
};

/** Annotations using every field the formats can carry, on a text with line breaks, accents and an emoji. */
function fullDoc(): AnnotationDoc {
  const s = new AnnotationStore(text);
  const acmeSuggested: Analysis = { ...none, entities: [{ id: 'e1', type: 'ORG', name: 'Acme Corp', aliases: [], mentions: [{ ...at('Acme Corp'), text: 'Acme Corp', kind: 'name' }] }] };
  const r = () => applyAnnotations(acmeSuggested, s.doc);
  const entity = (id: string) => r().entities.find((e) => e.id === id)!;
  const zoe = s.annotateEntity(at('Zoë Brandt'), 'PERSON');
  s.addMention(entity(zoe), at('she'), 'pronoun');
  s.rename(entity(zoe), 'Zoë Brandt-Ilves');
  s.setNote(entity(zoe), 'name: starts like a marker\nsecond line\twith a tab \\ and a backslash');
  s.annotateEntity(at('Elmdale'), 'PLACE');
  s.accept(r().entities.find((e) => e.name === 'Acme Corp')!);
  s.annotateEntity(at('new deal'), 'OTHER');
  const q1 = s.annotateQuote({ start: at('“We open').start, end: at('waits,”').end }, { kind: 'entity', entity: entity(zoe) });
  s.setNote(r().quotes.find((q) => q.annotationId === q1)!, 'Checked against the recording.');
  const term = s.annotateQuote(at('“new deal”'));
  s.setQuoteKind(r().quotes.find((q) => q.annotationId === term)!, 'term');
  s.annotateQuote(at('=SUM(A1) news'), { kind: 'name', name: 'Bo Reed' });
  s.annotateQuote(at('“No comment,”'), { kind: 'unnamed', description: 'an aide' });
  s.annotateQuote(at('“Fine,”'), { kind: 'unnamed', description: '' });
  return s.doc;
}

/** The doc with ids replaced by positions, so docs from different sources compare. */
function canonical(doc: AnnotationDoc) {
  const entities = [...doc.entities].sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  const index = new Map(entities.map((e, i) => [e.id, i]));
  return {
    entities: entities.map(({ id: _id, ...e }) => e),
    quotes: [...doc.quotes].sort((a, b) => a.start - b.start).map(({ id: _id, speaker, ...q }) => ({
      ...q, speaker: speaker?.kind === 'entity' ? { kind: 'entity', index: index.get(speaker.id) } : speaker,
    })),
  };
}

/** brat's rules, as its standoff documentation states them. */
function assertValidBrat(ann: string, txt: string) {
  const ids = new Set<string>();
  assert.ok(ann.endsWith('\n'));
  for (const line of ann.slice(0, -1).split('\n')) {
    const fields = line.split('\t');
    const id = fields[0];
    assert.ok(!ids.has(id), `unique id ${id}`);
    ids.add(id);
    if (id.startsWith('T')) {
      assert.strictEqual(fields.length, 3, line);
      const m = /^([A-Za-z_][\w-]*) (\d+ \d+(?:;\d+ \d+)*)$/.exec(fields[1]);
      assert.ok(m, `T line: ${line}`);
      const parts = m[2].split(';').map((p) => p.split(' ').map(Number));
      for (const [a, b] of parts) {
        assert.ok(a < b && b <= txt.length);
        assert.ok(!/[\r\n]/.test(txt.slice(a, b)), 'no line break inside a fragment');
      }
      assert.strictEqual(fields[2], parts.map(([a, b]) => txt.slice(a, b)).join(' '), 'the text field is the fragments joined by spaces');
    } else if (id.startsWith('R')) {
      const m = /^(\w+) Arg1:(T\d+) Arg2:(T\d+)$/.exec(fields[1]);
      assert.ok(m && ids.has(m[2]) && ids.has(m[3]), `R line: ${line}`);
    } else if (id.startsWith('A')) {
      const m = /^(\w+) (T\d+)( [\w-]+)?$/.exec(fields[1]);
      assert.ok(m && ids.has(m[2]), `A line: ${line}`);
    } else {
      assert.match(fields[1], /^AnnotatorNotes T\d+$/);
      assert.ok(ids.has(fields[1].split(' ')[1]));
      assert.strictEqual(fields.length, 3);
    }
  }
}

describe('annotation exports', () => {
  const doc = fullDoc();
  const result = applyAnnotations(none, doc);

  it('brat: valid standoff, a quote across a line break written as fragments', () => {
    const ann = exportBrat(text, result, { includeSuggestions: false });
    assertValidBrat(ann, text);
    assert.match(ann, /\tQuote \d+ \d+;\d+ \d+\t“We open Monday\. “And nobody waits,”\n/);
    assert.match(ann, /\tStatus T\d+ accepted\n/);
    assert.match(ann, /\tSpeaker Arg1:T\d+ Arg2:T1\n/);
    assert.match(ann, /\tAnnotatorNotes T1\tnote: name: starts like a marker\\nsecond line\\twith a tab \\\\ and a backslash\n/);
  });

  it('brat: import(export(x)) is x', () => {
    const back = fromBrat(text, exportBrat(text, result, { includeSuggestions: false }));
    assert.deepStrictEqual(back.warnings, []);
    assert.deepStrictEqual(canonical(back.doc), canonical(doc));
  });

  it('JSONL: every span indexes the text, and import(export(x)) is x', () => {
    const line = exportJsonl('story.txt', text, result, { includeSuggestions: false });
    assert.ok(!line.includes('\n'));
    const record = JSON.parse(line);
    assert.strictEqual(record.text, text);
    for (const [start, end, label] of record.label) assert.ok(Number.isInteger(start) && start < end && end <= text.length && typeof label === 'string');
    for (const e of record.entities) assert.deepStrictEqual([e.start_offset, e.end_offset], record.label[e.id - 1].slice(0, 2));
    const ids = new Set(record.entities.map((e: { id: number }) => e.id));
    for (const r of record.relations) assert.ok(ids.has(r.from_id) && ids.has(r.to_id));
    const back = fromJsonlRecord(record);
    assert.deepStrictEqual(back.warnings, []);
    assert.deepStrictEqual(canonical(back.doc), canonical(doc));
  });

  it('JSONL: doccano sequence labels alone are read too', () => {
    const back = fromJsonlRecord({ text, label: [[0, 10, 'PER'], [at('Elmdale').start, at('Elmdale').end, 'LOC'], [0, 3, 'Unknown']] });
    assert.deepStrictEqual(back.doc.entities.map((e) => [e.type, e.name, e.status]), [['PERSON', 'Zoë Brandt', 'manual'], ['PLACE', 'Elmdale', 'manual']]);
    assert.strictEqual(back.warnings.length, 1);
  });

  it('gold: the corpus format the evaluator reads, offsets exact; entities, clusters and speakers come back', () => {
    const line = exportGold('story', text, result, { includeSuggestions: false });
    const [gold] = parseJsonl(line);
    assert.strictEqual(gold.text, text);
    for (const s of gold.spans!) assert.strictEqual(text.slice(s.start, s.end), s.text);
    const record = JSON.parse(line);
    for (const q of record.quotes) {
      assert.strictEqual(text.slice(q.start, q.end), q.text);
      if (q.speakerStart !== null) assert.ok(text.slice(q.speakerStart, q.speakerEnd).length > 0);
    }
    assert.strictEqual(record.quotes_complete, true);
    assert.deepStrictEqual(record.quotes.map((q: { speaker: string | null }) => q.speaker), ['Zoë Brandt-Ilves', 'Bo Reed', null, null]);
    const back = fromGoldRecord(record);
    assert.deepStrictEqual(back.warnings, []);
    // Gold keeps named mentions, types, clusters and speakers; not pronouns, names, kinds, statuses or notes.
    const named = canonical(doc).entities.map((e) => [e.type, e.mentions.filter((m) => m.kind !== 'pronoun').map((m) => m.text)]);
    assert.deepStrictEqual(back.doc.entities.map((e) => [e.type, e.mentions.map((m) => m.text)]), named);
    assert.deepStrictEqual(back.doc.quotes.map((q) => q.speaker?.kind), ['entity', 'name', 'none', 'none']);
  });

  it('CSV: one row a quote with line, speaker, kind, review and note; formulas defused', () => {
    const csv = quotesCsv(exportCsvRows('story.txt', text, result, { includeSuggestions: false }));
    const lines = csv.trimEnd().split('\r\n');
    assert.strictEqual(lines[0], 'file,line,speaker,quote,kind,reviewed,note');
    assert.ok(lines.some((l) => l.startsWith('story.txt,1,Zoë Brandt-Ilves,"“We open Monday.\n“And nobody waits,”",quote,manual,Checked against the recording.')));
    assert.ok(csv.includes(`story.txt,2,Bo Reed,"'=SUM(A1) news",quote,manual,`), 'a cell starting with = is not a formula');
    assert.ok(csv.includes('story.txt,2,,“new deal”,term,manual,'));
  });

  it('suggestions only when asked, and marked', () => {
    const analysis = analyze('“We will build it,” said Ada Quill, the mayor of Elmdale.');
    const t = '“We will build it,” said Ada Quill, the mayor of Elmdale.';
    const r: AnnotatedAnalysis = applyAnnotations(analysis, { entities: [], quotes: [] });
    assert.ok(r.quotes.length > 0 && r.entities.length > 0, 'the analyzer suggests something');
    const without = { includeSuggestions: false };
    const withSuggestions = { includeSuggestions: true };
    assert.strictEqual(exportBrat(t, r, without), '');
    assert.deepStrictEqual(JSON.parse(exportJsonl('a', t, r, without)).label, []);
    assert.strictEqual(JSON.parse(exportGold('a', t, r, without)).quotes_complete, false);
    assert.strictEqual(exportCsvRows('a', t, r, without).length, 0);
    assert.deepStrictEqual((exportJson('a', r, without) as { entities: ReviewedEntity[] }).entities, []);
    const ann = exportBrat(t, r, withSuggestions);
    assertValidBrat(ann, t);
    assert.strictEqual(ann.match(/^T/gm)!.length, ann.match(/\tStatus T\d+ suggested$/gm)!.length, 'every span marked');
    assert.ok(JSON.parse(exportGold('a', t, r, withSuggestions)).entities.every((e: { status?: string }) => e.status === 'suggested'));
    assert.ok(exportCsvRows('a', t, r, withSuggestions).every((row) => row[5] === 'suggested'));
  });

  it('imports add to a store as one undoable action, without doubling what is there', () => {
    const store = new AnnotationStore(text, doc);
    const back = fromBrat(text, exportBrat(text, result, { includeSuggestions: false }));
    assert.strictEqual(store.importDoc(back.doc), 0);
    const empty = new AnnotationStore(text);
    assert.strictEqual(empty.importDoc(back.doc), doc.entities.length + doc.quotes.length);
    assert.deepStrictEqual(canonical(empty.doc), canonical(doc));
    empty.undo();
    assert.deepStrictEqual(empty.doc, { entities: [], quotes: [] });
  });

  it('brat import reads other tools’ files and says what it skipped', () => {
    const t = 'Ada Quill met Bo Reed in Elmdale.';
    const ann = ['T1\tPER 0 9\tAda Quill', 'T2\tPerson 14 21\tBo Reed', 'T3\tGPE 25 32\tElmdale', 'T4\tEvent 10 13\tmet', 'E1\tMeet:T4', '*\tCoref T1 T2', 'T5\tPER 0 3\tXyz'].join('\n');
    const back = fromBrat(t, ann);
    assert.deepStrictEqual(back.doc.entities.map((e) => [e.type, e.name, e.mentions.map((m) => m.text)]), [
      ['PERSON', 'Ada Quill', ['Ada Quill', 'Bo Reed']], ['PLACE', 'Elmdale', ['Elmdale']], ['PERSON', 'Ada', ['Ada']],
    ]);
    assert.ok(back.warnings.some((w) => /Event/.test(w)));
    assert.ok(back.warnings.some((w) => /E lines/.test(w)));
    assert.ok(back.warnings.some((w) => /T5: its text is not the article's/.test(w)));
  });

  it('export files: one article’s JSON is its object, several a list; brat’s .txt never overwritten with another text', () => {
    const result = applyAnnotations(none, fullDoc());
    const one = new AnnotationExport('json', { includeSuggestions: false });
    assert.strictEqual(one.add('a.txt', text, result), undefined);
    assert.strictEqual(JSON.parse(one.content(true)).file, 'a.txt');
    one.add('b.txt', text, result);
    assert.deepStrictEqual(JSON.parse(one.content(true)).map((o: { file: string }) => o.file), ['a.txt', 'b.txt']);
    const ann = new AnnotationExport('brat', { includeSuggestions: false }).add('a.txt', text, result)!;
    assert.strictEqual(ann, exportBrat(text, result, { includeSuggestions: false }));
    assert.deepStrictEqual(bratFiles('/x/a', '/x/annotation.conf', text, ann, { txt: undefined, conf: false }).map((f) => f.path), ['/x/a.ann', '/x/a.txt', '/x/annotation.conf']);
    assert.deepStrictEqual(bratFiles('/x/a', '/x/annotation.conf', text, ann, { txt: text, conf: true }).map((f) => f.path), ['/x/a.ann']);
    assert.throws(() => bratFiles('/x/a', '/x/annotation.conf', text, ann, { txt: 'another text', conf: true }), /a\.txt: exists with another text; not overwritten/);
  });

  it('imported annotations are carried onto an article edited since they were made', () => {
    const doc = fullDoc();
    const edited = 'Second edition.\n' + text;
    const carried = carryOnto(doc, text, edited);
    const zoe = carried.entities.find((e) => e.name === 'Zoë Brandt-Ilves')!;
    assert.strictEqual(edited.slice(zoe.mentions[0].start, zoe.mentions[0].end), 'Zoë Brandt');
    assert.strictEqual(carryOnto(doc, text, text), doc);
  });
});
