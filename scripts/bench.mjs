// Entity benchmark (`npm run bench`; not a test): the analyzer (dist/core.js) against compromise's
// people()/organizations()/places() on the same texts, same process, warm, medians; then ms per MB of the
// analyzer on 10 KB … 5 MB inputs built by concatenating corpus texts, so growth is visible; then seconds per MB on
// the adversarial inputs of scripts/lib/adversarial.cjs at 1 MB and 4 MB.
import { createRequire } from 'node:module';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const { analyze } = require('../dist/core.js');
const nlp = require('compromise');

const root = new URL('..', import.meta.url).pathname;
const shared = join(root, '../shared');
const sampleFile = join(shared, 'samples/tillerson-beijing.txt');

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn, runs) {
  return timeBoth(fn, runs).wall;
}

/** Median wall-clock and CPU milliseconds of `runs` runs: on a shared machine the CPU time is what a run costs. */
function timeBoth(fn, runs) {
  const wall = [];
  const cpu = [];
  for (let i = 0; i < runs; i++) {
    const [t, c] = [performance.now(), process.cpuUsage()];
    fn();
    wall.push(performance.now() - t);
    const { user, system } = process.cpuUsage(c);
    cpu.push((user + system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

const load = () => `load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`;

const compromise = (text) => {
  const doc = nlp(text);
  return [doc.people().out('array'), doc.organizations().out('array'), doc.places().out('array')];
};

function corpusTexts() {
  const dir = join(shared, 'corpus');
  if (!existsSync(dir)) return readdirSync(join(root, 'samples')).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(root, 'samples', f), 'utf8'));
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text));
}

const texts = corpusTexts();
const sample = existsSync(sampleFile) ? readFileSync(sampleFile, 'utf8') : texts[0];
console.log(existsSync(sampleFile) ? `sample: ${sampleFile}` : `(../shared is absent: using ${existsSync(join(shared, 'corpus')) ? 'a corpus text' : 'samples/'} instead of the sample article)`);
console.log(load());

for (let i = 0; i < 20; i++) {
  analyze(sample);
  compromise(sample);
}
// Interleaved, so both see the same load on a shared machine.
const ours = [];
const theirs = [];
for (let i = 0; i < 100; i++) {
  ours.push(timeBoth(() => analyze(sample), 1));
  theirs.push(timeBoth(() => compromise(sample), 1));
}
for (const clock of ['wall', 'cpu']) {
  const [a, b] = [median(ours.map((t) => t[clock])), median(theirs.map((t) => t[clock]))];
  console.log(`sample (${sample.length} chars), ${clock === 'wall' ? 'wall clock' : 'CPU time'}: analyze ${a.toFixed(2)} ms, compromise ${b.toFixed(2)} ms (medians of 100 interleaved warm runs): ${(b / a).toFixed(1)}× faster`);
}

function build(size) {
  let s = '';
  for (let i = 0; s.length < size; i++) s += texts[i % texts.length] + '\n\n';
  return s.slice(0, size);
}

console.log('size      ms (median)   ms per MB');
for (const [label, size, runs] of [['10 KB', 10_000, 30], ['100 KB', 100_000, 15], ['1 MB', 1_000_000, 5], ['5 MB', 5_000_000, 3]]) {
  const text = build(size);
  analyze(text);
  const ms = time(() => analyze(text), runs);
  console.log(`${label.padEnd(9)} ${ms.toFixed(1).padStart(10)}   ${(ms / (size / 1_000_000)).toFixed(0).padStart(9)}`);
}

// Adversarial inputs (scripts/lib/adversarial.cjs, also the growth tests'): seconds per MB at 1 MB and 4 MB; linear
// when the two agree. The target is at most 1.5 s per MB on each.
// CPU seconds beside them: under load the wall clock also counts the time spent waiting for a core.
const { ADVERSARIAL } = require('./lib/adversarial.cjs');
console.log('adversarial input                        s/MB at 1 MB (CPU)   s/MB at 4 MB (CPU)');
for (const [name, make] of ADVERSARIAL) {
  const perMb = [1_000_000, 4_000_000].map((size) => {
    const text = make(size);
    const { wall, cpu } = timeBoth(() => analyze(text), 3);
    const mb = text.length / 1_000_000;
    return `${(wall / 1000 / mb).toFixed(2)} (${(cpu / 1000 / mb).toFixed(2)})`;
  });
  console.log(`${name.padEnd(40)} ${perMb[0].padStart(18)}   ${perMb[1].padStart(18)}`);
}
console.log(load());
