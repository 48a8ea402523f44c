// Converts GUM documents (https://github.com/amir-zeldes/gum, CoNLL-U with entity annotations in the MISC column)
// into the gold corpus format of ../shared/corpus, by the rules its README gives (scripts/lib/gum.cjs).
//
//   node scripts/import-gum.mjs GUM [--out FILE]        the openly licensed documents ../shared lacks (EXTRA below)
//                                                        → data/gum-extra.jsonl, the model's extra training data
//   node scripts/import-gum.mjs GUM --compare FILE.jsonl converts the documents of FILE (e.g. ../shared's
//                                                        gum.train.jsonl) and prints how far they agree with it
//
// GUM is a checkout of the GUM repository (with its dep/ folder) or a git directory of one (read with `git show`).
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const { parseConllu, convertDocument } = require('./lib/gum.cjs');

const root = new URL('..', import.meta.url).pathname;
const sharedCorpus = join(root, '../shared/corpus');
const DEFAULT_OUT = join(root, 'data/gum-extra.jsonl');
const TEXT_LICENSE = { news: 'CC BY 2.5 (Wikinews)' };
const ANNOTATION_LICENSE = 'GUM corpus annotations CC BY 4.0';
/**
 * GUM documents whose texts allow shipping a model learned from them and that ../shared does not hold: the Wikinews
 * articles other than gum.dev's twelve. Every other openly licensed GUM genre (academic, bio, court, interview,
 * speech, textbook, voyage) is in ../shared's gum.train already; essay, fiction, letter, podcast and wikiHow are
 * CC BY-NC-SA, reddit is Reddit's, conversation (Santa Barbara corpus) and vlog (YouTube) name no open license.
 */
const EXTRA = ['afghan', 'asylum', 'crane', 'expo', 'flag', 'ie9', 'korea', 'nasa', 'questionnaire', 'soccer', 'stampede', 'warming'].map(
  (name) => `GUM_news_${name}`,
);
/** A sentence this long found in a ../shared text means the documents overlap. */
const OVERLAP_CHARS = 80;

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args.splice(at, 2)[1] : undefined;
};
const compareFile = option('--compare');
const out = option('--out') ?? DEFAULT_OUT;
const [gum] = args;
if (!gum || args.length !== 1) {
  console.error('usage: node scripts/import-gum.mjs GUM-CHECKOUT-OR-GIT-DIR [--out FILE | --compare FILE.jsonl]');
  process.exit(2);
}

/** The CoNLL-U of one document, from a checkout's dep/ folder or from the git directory's HEAD. */
function conllu(id) {
  const file = join(gum, 'dep', `${id}.conllu`);
  if (existsSync(file)) return readFileSync(file, 'utf8');
  return execFileSync('git', ['-C', gum, 'show', `HEAD:dep/${id}.conllu`], { encoding: 'utf8', maxBuffer: 1 << 28 });
}

function convert(id) {
  const docs = parseConllu(conllu(id));
  if (docs.length !== 1 || docs[0].id !== id) throw new Error(`dep/${id}.conllu does not hold the one document ${id}`);
  const doc = docs[0];
  const genre = doc.meta.genre;
  const license = TEXT_LICENSE[genre];
  if (!license) throw new Error(`${id}: genre ${genre} has no license this script knows to allow shipping a model`);
  return convertDocument(doc, { license: `${license}, ${ANNOTATION_LICENSE}`, url: doc.meta.sourceURL, title: doc.meta.title });
}

const readJsonl = (file) => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

if (compareFile) {
  compare(readJsonl(compareFile));
} else {
  const docs = EXTRA.map(convert);
  checkApart(docs);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
  const count = (type) => docs.reduce((n, d) => n + d.entities.filter((e) => type === undefined || e.type === type).length, 0);
  const words = docs.reduce((n, d) => n + d.text.split(/\s+/).length, 0);
  console.log(
    `wrote ${out}: ${docs.length} documents, ${words} words, ${count()} mentions ` +
      `(PERSON ${count('PERSON')}, ORG ${count('ORG')}, PLACE ${count('PLACE')}, OTHER ${count('OTHER')})`,
  );
}

/** Refuses documents that ../shared holds, by id or by a shared sentence (when ../shared is here). */
function checkApart(docs) {
  if (!existsSync(sharedCorpus)) return console.log(`(${sharedCorpus} is not here: not checked for overlap)`);
  const shared = ['gum.train.jsonl', 'gum.dev.jsonl'].flatMap((f) => readJsonl(join(sharedCorpus, f)));
  const ids = new Set(shared.map((d) => d.id));
  const sentences = new Set(shared.flatMap((d) => d.text.split(/(?<=[.!?])\s+|\n+/)).filter((s) => s.length >= OVERLAP_CHARS));
  for (const d of docs) {
    if (ids.has(d.id)) throw new Error(`${d.id} is in ../shared already`);
    const same = d.text.split(/(?<=[.!?])\s+|\n+/).find((s) => sentences.has(s));
    if (same) throw new Error(`${d.id} shares a sentence with ../shared: ${same.slice(0, 60)}…`);
  }
}

/** Agreement with a corpus file made from an earlier GUM: identical texts, and exact spans as precision / recall. */
function compare(gold) {
  const key = (e) => `${e.start}:${e.end}:${e.type}`;
  const counts = {};
  const add = (type, field) => {
    for (const t of [type, 'ALL']) {
      counts[t] ??= { tp: 0, fp: 0, fn: 0 };
      counts[t][field]++;
    }
  };
  let sameText = 0;
  for (const g of gold) {
    const ours = convertDocument(parseConllu(conllu(g.id))[0]);
    if (ours.text !== g.text) {
      console.log(`${g.id}: the text differs, spans not compared`);
      continue;
    }
    sameText++;
    const theirs = new Set(g.entities.map(key));
    const mine = new Set(ours.entities.map(key));
    for (const e of ours.entities) add(e.type, theirs.has(key(e)) ? 'tp' : 'fp');
    for (const e of g.entities) if (!mine.has(key(e))) add(e.type, 'fn');
  }
  console.log(`${compareFile}: ${gold.length} documents, ${sameText} with the identical text`);
  console.log('exact spans and types, this converter against the file: precision recall F1 (matched / ours / theirs)');
  for (const [type, c] of Object.entries(counts).sort()) {
    const p = c.tp / (c.tp + c.fp);
    const r = c.tp / (c.tp + c.fn);
    console.log(`  ${type.padEnd(7)} ${p.toFixed(4)} ${r.toFixed(4)} ${((2 * p * r) / (p + r)).toFixed(4)}  (${c.tp} / ${c.tp + c.fp} / ${c.tp + c.fn})`);
  }
}
