// Tokenizing speed of the article grammar against VS Code's Markdown grammar, in one run on the same texts:
// the shared sample article and about 1 MB of articles from the shared corpus (both read at run time, never
// copied into the repository), then how its quotations and speakers agree with the corpus's gold annotations.
// Run with `npm run bench:grammar`; it is a measurement, not a test.
import fs from 'node:fs';
import path from 'node:path';
import { loadGrammar, root, tokenize } from '../out/test/grammar/engine.js';

const SHARED = path.resolve(root, '../shared');
const SAMPLE = path.join(SHARED, 'samples/tillerson-beijing.txt');
const CORPUS = path.join(SHARED, 'corpus');
const CORPUS_SIZE = 1 << 20;

/** The corpus's annotated articles, file by file; empty when the corpus is absent. */
function* corpusArticles() {
  if (!fs.existsSync(CORPUS)) return;
  for (const file of fs.readdirSync(CORPUS).filter((f) => f.endsWith('.jsonl')).sort()) {
    for (const line of fs.readFileSync(path.join(CORPUS, file), 'utf8').split('\n')) {
      if (line.trim()) yield { file, ...JSON.parse(line) };
    }
  }
}

/** About 1 MB of corpus articles, a blank line between them; undefined when the corpus is absent. */
function corpusText() {
  const texts = [];
  let size = 0;
  for (const { text } of corpusArticles()) {
    if (size >= CORPUS_SIZE) break;
    texts.push(text);
    size += text.length + 2;
  }
  return texts.length ? texts.join('\n\n') : undefined;
}

/** Whether each character of `text` carries `scope`. */
function carries(lines, scope) {
  return lines.flatMap(({ line, tokens }) => [
    ...tokens.flatMap((t) => new Array(Math.min(t.endIndex, line.length) - t.startIndex).fill(t.scopes.includes(scope))),
    false,
  ]);
}

/** Gold quotation characters scoped as strings, and gold named speakers (PolNeAR) the grammar marks as speakers. */
function agreement(grammar) {
  let quoteChars = 0, quoteCharsFound = 0, speakers = 0, speakersFound = 0;
  for (const article of corpusArticles()) {
    if (!article.quotes?.length) continue;
    const lines = tokenize(grammar, article.text);
    const string = carries(lines, 'string.quoted.double.article');
    const speaker = carries(lines, 'entity.name.function.speaker.article');
    for (const q of article.quotes) {
      quoteChars += q.end - q.start;
      quoteCharsFound += string.slice(q.start, q.end).filter(Boolean).length;
      if (q.speaker && q.speakerStart !== undefined) {
        speakers++;
        if (speaker.slice(q.speakerStart, q.speakerEnd).some(Boolean)) speakersFound++;
      }
    }
  }
  if (!quoteChars) return;
  const pct = (a, b) => `${((100 * a) / b).toFixed(1)}%`;
  console.log(`corpus gold: ${pct(quoteCharsFound, quoteChars)} of ${quoteChars.toLocaleString('en')} quotation characters scoped as quotations;`);
  console.log(`  ${speakersFound} of ${speakers} named quotation speakers (${pct(speakersFound, speakers)}) marked as speakers`);
}

/** Median of five timed runs after one warm-up, in milliseconds. */
function median(run) {
  run();
  const times = [];
  for (let i = 0; i < 5; i++) {
    const start = process.hrtime.bigint();
    run();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times.sort((a, b) => a - b)[2];
}

const grammars = [
  ['article (text.article)', await loadGrammar('text.article')],
  ['Markdown (VS Code built-in)', await loadGrammar('text.html.markdown')],
];
const inputs = [
  ['sample article', fs.existsSync(SAMPLE) ? fs.readFileSync(SAMPLE, 'utf8') : undefined, SAMPLE],
  ['~1 MB corpus', corpusText(), CORPUS],
];

for (const [name, text, from] of inputs) {
  if (text === undefined) {
    console.log(`${name}: skipped, ${from} is not here`);
    continue;
  }
  console.log(`${name}: ${text.length.toLocaleString('en')} characters, ${text.split('\n').length.toLocaleString('en')} lines`);
  const times = grammars.map(([label, grammar]) => [label, median(() => tokenize(grammar, text))]);
  const markdown = times[1][1];
  for (const [label, ms] of times) {
    const mbps = text.length / 1e6 / (ms / 1000);
    console.log(`  ${label.padEnd(30)} ${ms.toFixed(1).padStart(8)} ms  ${mbps.toFixed(1).padStart(6)} M chars/s  ${(ms / markdown).toFixed(2)}× Markdown`);
  }
}

agreement(grammars[0][1]);
