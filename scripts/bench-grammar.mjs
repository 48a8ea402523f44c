// Tokenizing speed of the article grammar against VS Code's Markdown grammar, in one run on the same texts:
// the shared sample article and about 1 MB of articles from the shared corpus (both read at run time, never
// copied into the repository). Run with `npm run bench:grammar`; it is a measurement, not a test.
import fs from 'node:fs';
import path from 'node:path';
import { loadGrammar, root, tokenize } from '../out/test/grammar/engine.js';

const SHARED = path.resolve(root, '../shared');
const SAMPLE = path.join(SHARED, 'samples/tillerson-beijing.txt');
const CORPUS = path.join(SHARED, 'corpus');
const CORPUS_SIZE = 1 << 20;

/** About 1 MB of corpus articles, a blank line between them; undefined when the corpus is absent. */
function corpusText() {
  if (!fs.existsSync(CORPUS)) return undefined;
  const texts = [];
  let size = 0;
  for (const file of fs.readdirSync(CORPUS).filter((f) => f.endsWith('.jsonl')).sort()) {
    for (const line of fs.readFileSync(path.join(CORPUS, file), 'utf8').split('\n')) {
      if (size >= CORPUS_SIZE) break;
      if (!line.trim()) continue;
      const { text } = JSON.parse(line);
      texts.push(text);
      size += text.length + 2;
    }
  }
  return texts.join('\n\n');
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
  ['Markdown (VS Code built-in)', await loadGrammar('text.html.markdown', false)],
  ['Markdown + article injection', await loadGrammar('text.html.markdown')],
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
