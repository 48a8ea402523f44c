import * as assert from 'node:assert';
import { analyze } from '../../src/core/analyze';
import { auditArticle } from '../../src/core/audit';
import { AnnotationStore, applyAnnotations, serializeAnnotations } from '../../src/core/annotations';
import { annotatedAnalysis } from '../../src/core/corpus/annotated';
import { corpusEntities } from '../../src/core/corpus/corpusEntities';
import { auditHtml } from '../../src/corpus/auditHtml';
import { lineStarts, positionAt } from '../../src/corpus/lineStarts';

// The rules alone: the fixture needs "Elmdale" typed two ways, which the learned decision may settle otherwise.
const article = (name: string, text: string) => ({ name, text, analysis: analyze(text, { entityModel: null }) });

describe('corpus entities', () => {
  it('merges an entity across articles by name, keeping each article with its quotes, and keeps others apart', () => {
    const a = article('a', '“We will rebuild the pier,” said Ada Quill, the harbor master of Elmdale.');
    const b = article('b', 'ELMDALE — “The pier is safe,” said Ada Quill. Later, Quill added: “Trust me.”');
    const c = article('c', '“No comment,” said Ben Quill.');
    const merged = corpusEntities([a, b, c]);
    const ada = merged.find((e) => e.name === 'Ada Quill')!;
    assert.deepStrictEqual(ada.articles.map((m) => [m.article.name, m.quotes.length]), [['a', 1], ['b', 2]]);
    assert.strictEqual(ada.quotes, 3);
    assert.ok(merged.some((e) => e.name === 'Ben Quill' && e.articles.length === 1), 'a shared surname does not merge two people');
    assert.ok(merged.some((e) => e.type === 'ORG' && e.name === 'Elmdale'), 'a name of another type stays apart');
    assert.ok(merged.some((e) => e.type === 'PLACE' && e.name === 'ELMDALE'));
    assert.strictEqual(merged[0].articles.length, 2, 'in most articles first');
  });

  it('finds lines and characters from offsets without the text', () => {
    const text = 'one\r\ntwo\n\nfour';
    const starts = lineStarts(text);
    for (const offset of [0, 3, 5, 8, 9, 10, 14]) {
      const before = text.slice(0, offset).split('\n');
      assert.deepStrictEqual(positionAt(starts, offset), { line: before.length - 1, character: before[before.length - 1].length });
    }
  });
});

describe('the source audit page', () => {
  const text = '“No,” one trader said.\n\n“Sell <now>,” said Ada Quill.';
  const audit = auditArticle(text, analyze(text), { estimateGender: true });

  it('has a strict Content Security Policy: nothing remote, style and script only by nonce, no inline style', () => {
    const html = auditHtml(audit, { title: 'T', nonce: 'abc123', webview: { cspSource: 'vscode-resource:' } });
    assert.match(html, /content="default-src 'none'; style-src 'nonce-abc123'; script-src 'nonce-abc123'; img-src vscode-resource:"/);
    assert.doesNotMatch(html, /https?:\/\//);
    assert.doesNotMatch(html, /\sstyle="/, 'no inline style attributes (the policy would block them)');
    assert.strictEqual(html.match(/<script/g)?.length, 1);
    assert.match(html, /<script nonce="abc123">/);
    assert.match(html, /<button type="button" data-export="csv">/, 'exports are real buttons, reachable by keyboard');
    assert.match(html, /var\(--vscode-foreground/, 'theme colours');
  });

  it('escapes article text and labels the gender figures an estimate with an unknown share', () => {
    const html = auditHtml({ ...audit, speakers: [{ ...audit.speakers[0], name: '<img src=x onerror=alert(1)>' }] }, { title: 'A & B', nonce: 'n' });
    assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
    assert.doesNotMatch(html, /<img/);
    assert.match(html, /<title>A &amp; B<\/title>/);
    assert.match(html, /an ESTIMATE from given names/);
    assert.match(html, /<th scope="row">unknown<\/th>/);
    assert.doesNotMatch(html, /<script|<button/, 'the standalone page has no script and no buttons');
  });

  it('draws one bar per speaker, scaled to the most quoted', () => {
    const html = auditHtml(audit, { title: 'T', nonce: 'n' });
    assert.match(html, /<th scope="row">Ada Quill<\/th><td class="bar"><svg[^>]*><rect x="0" y="0" width="100.0"/);
    assert.match(html, /<th scope="row">one trader \(unnamed\)<\/th>/);
    // One quote of one word ("No,"): the counts agree with their nouns.
    assert.match(html, /<th scope="row">one trader \(unnamed\)<\/th><td class="bar">.*?<\/td><td class="num">1 quote · 1 word<\/td>/);
  });
});

describe('corpus analyses with annotation sidecars', () => {
  const text = '“The tide is late,” said the harbor trust. Ada Quill runs it.';
  const analysis = analyze(text);

  it('manual annotations override the analysis: an added entity and a quote given to it', () => {
    const store = new AnnotationStore(text);
    const start = text.indexOf('harbor trust');
    store.annotateEntity({ start, end: start + 'harbor trust'.length }, 'ORG', 'Harbor Trust');
    const trust = applyAnnotations(analysis, store.doc).entities.find((e) => e.name === 'Harbor Trust')!;
    store.setSpeaker(applyAnnotations(analysis, store.doc).quotes[0], { kind: 'entity', entity: trust });
    const result = annotatedAnalysis(text, analysis, serializeAnnotations(store.doc));
    const org = result.entities.find((e) => e.name === 'Harbor Trust');
    assert.ok(org && org.type === 'ORG', JSON.stringify(result.entities));
    assert.strictEqual(result.quotes[0].speakerId, org.id);
    assert.strictEqual(auditArticle(text, result).speakers[0].name, 'Harbor Trust');
  });

  it('a corrupt sidecar leaves the analysis as it is', () => {
    assert.strictEqual(annotatedAnalysis(text, analysis, '{ not json'), analysis);
  });
});
