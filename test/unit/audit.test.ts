import * as assert from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../src/core/analyze';
import { EntityIndex } from '../../src/core/corpus/entityIndex';
import { auditArticle, auditToCsv, AuditTotals, countWords, estimateGender, formatAudit, unnamedSource, type SourceAudit } from '../../src/core/audit';

const sample = (name: string) => readFileSync(path.resolve(__dirname, '../../../samples', name), 'utf8');
const speakerFigures = (audit: SourceAudit) => audit.speakers.map((s) => `${s.name}: ${s.quotes} quotes, ${s.words} words`);
const labelled = (counts: { label: string; speakers: number; quotes: number }[]) =>
  Object.fromEntries(counts.filter((c) => c.speakers > 0).map((c) => [c.label, [c.speakers, c.quotes]]));

describe('source audit', () => {
  // Counted by hand from the article text: every quotation, who says it, and its words (contractions and "’09"
  // are one word each).
  it('counts samples/harbor-bridge-vote.txt as a reader does', () => {
    const text = sample('harbor-bridge-vote.txt');
    const audit = auditArticle(text, analyze(text));
    assert.deepStrictEqual(
      {
        quotes: audit.quotes, words: audit.wordsQuoted, speakers: audit.distinctSpeakers, named: audit.namedSpeakers,
        unnamed: audit.unnamedSpeakers, unattributed: audit.unattributedQuotes, unnamedQuotes: audit.unnamedSourceQuotes,
      },
      { quotes: 9, words: 86, speakers: 6, named: 6, unnamed: 0, unattributed: 0, unnamedQuotes: 0 },
    );
    assert.deepStrictEqual(speakerFigures(audit), [
      'Hannah Cole: 2 quotes, 20 words', // 9 ("Cities … again") + 11 ("The question … downturn")
      'Elena Marquez: 2 quotes, 18 words', // 9 + 9
      'Walter Lindqvist: 2 quotes, 18 words', // 10 ("They said … in ’09, and in 2015") + 8
      'Martin Reyes: 1 quotes, 12 words',
      'Priya Natarajan: 1 quotes, 12 words', // 8 + 4 in one quotation
      'Samuel Okafor: 1 quotes, 6 words', // "overdue by at least ten years"
    ]);
    assert.deepStrictEqual(labelled(audit.byType), { PERSON: [6, 9] });
    // The only affiliation the text states beside a speaker's name: "a professor … at Westfield University".
    // (Okafor is "Its director", the Port Authority's, through a pronoun the audit does not follow.)
    assert.deepStrictEqual(labelled(audit.byAffiliation), { 'Westfield University': [1, 2], 'not stated': [5, 7] });
    assert.strictEqual(audit.genderEstimate, undefined, 'no gender figures unless asked for');
  });

  it('counts samples/river-flood-warning.txt as a reader does, with its unnamed source', () => {
    const text = sample('river-flood-warning.txt');
    const audit = auditArticle(text, analyze(text));
    assert.deepStrictEqual(
      {
        quotes: audit.quotes, words: audit.wordsQuoted, speakers: audit.distinctSpeakers, named: audit.namedSpeakers,
        unnamed: audit.unnamedSpeakers, unattributed: audit.unattributedQuotes, unnamedQuotes: audit.unnamedSourceQuotes,
      },
      { quotes: 8, words: 64, speakers: 6, named: 5, unnamed: 1, unattributed: 0, unnamedQuotes: 1 },
    );
    assert.deepStrictEqual(speakerFigures(audit), [
      'Jean-Luc Fabre: 2 quotes, 18 words', // 8 ("Take your papers …") + 10
      'Isabelle Roux: 2 quotes, 16 words', // 6 + 10
      'Claire Dubois: 1 quotes, 14 words',
      'Sophie Laurent: 1 quotes, 8 words',
      'one man: 1 quotes, 5 words', // "They say that every time," one man said
      'Markus Held: 1 quotes, 3 words', // "in close contact"
    ]);
    assert.deepStrictEqual(labelled(audit.byType), { PERSON: [5, 7], unnamed: [1, 1] });
    assert.deepStrictEqual(labelled(audit.byAffiliation), { 'not stated': [5, 7] });
  });

  it('adds up both samples, and the same totals whether articles or finished audits are added', () => {
    const texts = ['harbor-bridge-vote.txt', 'river-flood-warning.txt'].map(sample);
    const byArticle = new AuditTotals();
    const byAudit = new AuditTotals();
    for (const text of texts) {
      const analysis = analyze(text);
      byArticle.addArticle(text, analysis);
      byAudit.addAudit(auditArticle(text, analysis));
    }
    const total = byArticle.result();
    assert.deepStrictEqual([total.articles, total.quotes, total.wordsQuoted, total.distinctSpeakers, total.unnamedSpeakers], [2, 17, 150, 12, 1]);
    assert.deepStrictEqual(byAudit.result(), total);
  });

  it('merges a speaker quoted in two articles by canonical name, never by a bare surname', () => {
    const totals = new AuditTotals();
    const articles = [
      '“We will rebuild the pier,” said Ada Quill, the harbor master of Elmdale.',
      '“The pier is safe,” said Ada Quill.\n\nLater, Quill added: “Trust me.”',
      '“No comment,” said Ben Quill.',
    ];
    for (const text of articles) totals.addArticle(text, analyze(text));
    const audit = totals.result();
    assert.deepStrictEqual(speakerFigures(audit), ['Ada Quill: 3 quotes, 11 words', 'Ben Quill: 1 quotes, 2 words'], formatAudit(audit));
    assert.deepStrictEqual(audit.speakers.map((s) => s.articles), [2, 1]);
  });

  it('joins corpus entities through full-name aliases only', () => {
    const index = new EntityIndex();
    const ada = index.add({ type: 'PERSON', name: 'Ada Quill', aliases: [] }).cluster;
    const ben = index.add({ type: 'PERSON', name: 'Ben Quill', aliases: ['Quill'] }).cluster;
    assert.notStrictEqual(ada, ben, 'a bare surname joins nothing');
    const both = index.add({ type: 'PERSON', name: 'Ada B. Quill', aliases: ['Ada Quill', 'Quill'] });
    assert.strictEqual(both.cluster, ada);
    assert.deepStrictEqual(both.joined, []);
    assert.notStrictEqual(index.add({ type: 'ORG', name: 'Ada Quill', aliases: [] }).cluster, ada, 'types stay apart');
    // A later entity naming two known clusters folds one into the other.
    const joined = index.add({ type: 'PERSON', name: 'U.N. Quill', aliases: ['Ben Quill', 'Ada Quill'] });
    assert.deepStrictEqual([joined.cluster, joined.joined], [ben, [ada]]);
    assert.strictEqual(index.find(ada), ben);
  });

  it('finds unnamed sources around an unattributed quotation, and not named ones', () => {
    const at = (text: string) => {
      const start = text.indexOf('“');
      return unnamedSource(text, { start, end: text.indexOf('”') + 1 });
    };
    assert.strictEqual(at('“Fine,” said a spokesman for the ministry.'), 'a spokesman');
    assert.strictEqual(at('“Fine,” one senior official said.'), 'one senior official');
    assert.strictEqual(at('Officials said: “No.”'), 'officials');
    assert.strictEqual(at('“No,” the mayor said.'), undefined);
    assert.strictEqual(at('“No,” Ada Quill said.'), undefined);
    assert.strictEqual(at('“No,” one said.'), undefined, 'a bare determiner names no one');
    assert.strictEqual(at('“No.” A storm came.'), undefined);
  });

  it('estimates gender only when asked, from given names, with an unknown share', () => {
    assert.strictEqual(estimateGender('Elena Marquez'), 'female');
    assert.strictEqual(estimateGender('Mayor Martin Reyes'), 'male');
    assert.strictEqual(estimateGender('Claire Dubois'), 'unknown', 'in both name lists');
    assert.strictEqual(estimateGender('Qorvath Ixley'), 'unknown', 'in neither list');
    const text = sample('harbor-bridge-vote.txt');
    const audit = auditArticle(text, analyze(text), { estimateGender: true });
    // By hand from the given-name lists: Elena, Hannah female; Martin, Samuel male; Priya, Walter in neither.
    assert.deepStrictEqual(labelled(audit.genderEstimate ?? []), { female: [2, 4], male: [2, 2], unknown: [2, 3] });
    assert.match(formatAudit(audit), /ESTIMATE from given names/);
  });

  it('counts words as a reader does', () => {
    assert.strictEqual(countWords('“They said the same thing in ’09, and in 2015,”'), 10);
    assert.strictEqual(countWords('“The family firms can’t,” 3,000 people'), 6);
    assert.strictEqual(countWords('“—”'), 0);
  });

  it('exports speakers as CSV with formulas defused', () => {
    const text = '“=SUM(1)” one trader said.\n\n“Sell now,” said Ada Quill.';
    const csv = auditToCsv(auditArticle(text, analyze(text)));
    const lines = csv.trimEnd().split('\r\n');
    assert.strictEqual(lines[0], 'speaker,named,type,role,affiliation,quotes,words,articles');
    assert.ok(lines.some((l) => l.startsWith('Ada Quill,yes,PERSON,')), csv);
    assert.ok(lines.some((l) => l.startsWith('one trader,no,unnamed,')), csv);
    assert.ok(!csv.includes(',=SUM'), 'nothing starts with a formula');
  });
});
