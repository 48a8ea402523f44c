/**
 * Which of the analyzer's spans an annotation takes over: the spans it equals, contains or crosses; never a longer
 * span it lies inside. And the analyzer's terms and unnamed sources shown as the analyzer gave them.
 */
import * as assert from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AnnotationStore, applyAnnotations, type AnnotatedAnalysis } from '../../src/core/annotations';
import { analyze } from '../../src/core';
import { mentionAt } from '../../src/core/output/query';
import type { Analysis, Mention, Quote } from '../../src/core/types';
import { entity, textSpans } from './support/textSpans';

const text =
  'Ada Quill opened the Elmdale Public Library on Monday. “It was never a ‘quick fix’ for us,” Quill said. ' +
  '“We open at nine,” a library spokesman said. Critics called it a “vanity project”. A trust in Elmdale paid.';
const { span, mention } = textSpans(text);
const quote = (needle: string, fields: Partial<Quote> = {}): Quote => ({ ...span(needle), text: needle, kind: 'quote', speakerId: null, ...fields });

const ada = entity('e1', 'PERSON', 'Ada Quill', [mention('Ada Quill'), mention('Quill', 'alias', 10)]);
const library = entity('e2', 'ORG', 'Elmdale Public Library', [mention('Elmdale Public Library')]);
const spoken = quote('“It was never a ‘quick fix’ for us,”', { speakerId: 'e1', speakerMention: span('Quill said'), cue: span('said'), confidence: 0.9 });

function run(analysis: Analysis, act: (store: AnnotationStore, result: () => AnnotatedAnalysis) => void): AnnotatedAnalysis {
  const store = new AnnotationStore(text);
  const result = () => applyAnnotations(analysis, store.doc);
  act(store, result);
  return result();
}
const names = (r: AnnotatedAnalysis) => r.entities.map((e) => `${e.type} ${e.name} ${e.status}: ${e.mentions.map((m) => m.text).join(', ')}`);

describe('annotations claim the spans they equal, contain or cross', () => {
  const analysis: Analysis = { entities: [ada, library], quotes: [spoken], findings: [] };

  it('a word annotated inside a longer automatic name leaves the longer name standing', () => {
    // The bug: marking "Elmdale" as a place swallowed the organization "Elmdale Public Library".
    const r = run(analysis, (store) => store.annotateEntity(span('Elmdale'), 'PLACE'));
    assert.deepStrictEqual(names(r), [
      'PERSON Ada Quill suggested: Ada Quill, Quill',
      'PLACE Elmdale manual: Elmdale',
      'ORG Elmdale Public Library suggested: Elmdale Public Library',
    ]);
    assert.strictEqual(mentionAt(r, span('Elmdale').start + 2)!.entity.name, 'Elmdale', 'inside the word, the innermost: the place');
    assert.strictEqual(mentionAt(r, span('Library').start + 2)!.entity.name, 'Elmdale Public Library');
  });

  it('a word the analyzer had linked to a longer name, annotated as something else, leaves the longer name its other mentions', () => {
    const trust = span('trust in Elmdale');
    const alias: Mention = { start: trust.end - 7, end: trust.end, text: 'Elmdale', kind: 'alias' };
    const linked = { ...library, aliases: ['Elmdale'], mentions: [...library.mentions, alias] };
    const said = { ...spoken, speakerId: 'e2' };
    const r = run({ entities: [ada, linked], quotes: [said], findings: [] }, (store) => store.annotateEntity(alias, 'PLACE'));
    assert.deepStrictEqual(names(r), [
      'PERSON Ada Quill suggested: Ada Quill, Quill',
      'ORG Elmdale Public Library suggested: Elmdale Public Library',
      'PLACE Elmdale manual: Elmdale',
    ]);
    assert.deepStrictEqual(r.entities[1].aliases, [], 'the alias went with its mention');
    assert.strictEqual(r.quotes[0].speakerLabel, 'Elmdale Public Library', 'its quotes stay its own');
  });

  it('on the real analyzer, a word annotated as a place changes the type of no other mention', () => {
    const article = readFileSync(join(__dirname, '../../../test/fixtures/annotating.article.txt'), 'utf8');
    const a = analyze(article);
    const typed = (entities: { type: string; mentions: Mention[] }[], at: number) =>
      entities.flatMap((e) => e.mentions.filter((m) => m.start !== at).map((m) => `${m.start}:${m.end} ${e.type}`)).sort();
    for (let at = article.indexOf('Elmdale'); at >= 0; at = article.indexOf('Elmdale', at + 1)) {
      const store = new AnnotationStore(article);
      const id = store.annotateEntity({ start: at, end: at + 7 }, 'PLACE');
      const r = applyAnnotations(a, store.doc);
      assert.ok(r.entities.find((e) => e.id === id)!.mentions.some((m) => m.start === at && m.status === 'manual'));
      assert.deepStrictEqual(typed(r.entities, at), typed(a.entities, at), `Elmdale at ${at}`);
    }
  });

  it('a longer annotation takes over the automatic names inside it, and their quotes', () => {
    const partial = entity('e3', 'ORG', 'Public Library', [mention('Public Library')]);
    const said = { ...spoken, speakerId: 'e3' };
    const r = run({ entities: [ada, partial], quotes: [said], findings: [] }, (store) => store.annotateEntity(span('Elmdale Public Library'), 'ORG'));
    assert.deepStrictEqual(names(r), ['PERSON Ada Quill suggested: Ada Quill, Quill', 'ORG Elmdale Public Library manual: Elmdale Public Library']);
    assert.strictEqual(r.quotes[0].speakerLabel, 'Elmdale Public Library', 'the quote the covered name spoke follows the annotation');
  });

  it('an annotation crossing an automatic name replaces it', () => {
    const crossing = entity('e3', 'OTHER', 'Library on Monday', [mention('Library on Monday')]);
    const r = run({ entities: [ada, crossing], quotes: [], findings: [] }, (store) => store.annotateEntity(span('Elmdale Public Library'), 'ORG'));
    assert.deepStrictEqual(names(r), ['PERSON Ada Quill suggested: Ada Quill, Quill', 'ORG Elmdale Public Library manual: Elmdale Public Library']);
  });

  it('an annotation on the same span as an automatic name is that entity, its other mentions joining as suggestions', () => {
    const r = run(analysis, (store) => store.annotateEntity(span('Ada Quill'), 'PERSON', 'Mayor Quill'));
    assert.deepStrictEqual(names(r), ['PERSON Mayor Quill manual: Ada Quill, Quill', 'ORG Elmdale Public Library suggested: Elmdale Public Library']);
    assert.deepStrictEqual(r.entities[0].mentions.map((m) => m.status), ['manual', 'suggested']);
    assert.strictEqual(r.quotes[0].speakerLabel, 'Mayor Quill');
  });

  it('a term annotated inside an automatic quote leaves the quote and its speaker standing', () => {
    const r = run(analysis, (store, result) => {
      store.annotateQuote(span('‘quick fix’'));
      store.setQuoteKind(result().quotes.find((q) => q.text === '‘quick fix’')!, 'term');
    });
    assert.deepStrictEqual(r.quotes.map((q) => [q.text, q.status, q.speakerLabel]), [['“It was never a ‘quick fix’ for us,”', 'suggested', 'Ada Quill']]);
    assert.deepStrictEqual(r.terms.map((q) => [q.text, q.status]), [['‘quick fix’', 'manual']]);
  });

  it('a quote annotated over or across an automatic one replaces it, keeping its suggested speaker', () => {
    for (const selection of ['Monday. “It was never a ‘quick fix’ for us,”', '‘quick fix’ for us,” Quill']) {
      const r = run(analysis, (store) => store.annotateQuote(span(selection)));
      assert.deepStrictEqual(r.quotes.map((q) => [q.text, q.status]), [[selection, 'manual']], selection);
    }
    const r = run(analysis, (store, result) => store.setNote(result().quotes[0], 'checked'));
    assert.deepStrictEqual(r.quotes.map((q) => [q.text, q.status, q.speakerLabel, q.note]), [[spoken.text, 'suggested', 'Ada Quill', 'checked']], 'the same span: that quote');
  });
});

describe("the analyzer's terms and unnamed sources", () => {
  const analysis: Analysis = {
    entities: [ada],
    quotes: [
      spoken,
      quote('“We open at nine,”', { speakerDescription: 'a library spokesman', speakerMention: span('a library spokesman'), cue: span('said', span('“We open at nine,”').end), confidence: 0.8 }),
      quote('“vanity project”', { kind: 'term' }),
    ],
    findings: [],
  };

  it('stay a term and an unnamed source, with no unattributed finding', () => {
    const r = applyAnnotations(analysis, { entities: [], quotes: [] });
    assert.deepStrictEqual(r.quotes.map((q) => [q.text, q.speakerLabel, q.unnamedSource]), [
      [spoken.text, 'Ada Quill', undefined],
      ['“We open at nine,”', 'unnamed source (a library spokesman)', 'a library spokesman'],
    ]);
    assert.deepStrictEqual(r.terms.map((q) => q.text), ['“vanity project”']);
    assert.deepStrictEqual(r.findings, []);
  });

  it('accepting an unnamed source keeps it', () => {
    const store = new AnnotationStore(text);
    store.acceptAll(applyAnnotations(analysis, store.doc));
    const r = applyAnnotations(analysis, store.doc);
    assert.deepStrictEqual(r.quotes.map((q) => [q.speakerLabel, q.status]), [['Ada Quill', 'accepted'], ['unnamed source (a library spokesman)', 'accepted']]);
    assert.deepStrictEqual(store.doc.quotes.map((q) => q.speaker), [{ kind: 'entity', id: 'a1' }, { kind: 'unnamed', description: 'a library spokesman' }]);
  });

  it('without annotations, the findings are the analysis findings (the samples)', () => {
    const dir = join(__dirname, '../../../samples');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      const a = analyze(readFileSync(join(dir, file), 'utf8'));
      assert.deepStrictEqual(applyAnnotations(a, { entities: [], quotes: [] }).findings, a.findings, file);
    }
  });
});
