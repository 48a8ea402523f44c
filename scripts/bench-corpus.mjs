// Corpus benchmark (`npm run bench:corpus`; not a test): builds folders of 1,000 and 10,000 article files from the
// texts of ../shared/corpus (or samples/ when it is absent) in a temporary directory, runs the batch CLI
// (`analyze DIR --format jsonl`) on one core, as one job on all cores, and as one job per core, interleaved so all
// see the same machine load, and reports articles per second (medians), the all-cores/one-core ratio, the peak memory
// (maximum resident set of the CLI process and its threads) and the cores the run actually got ((user + system CPU
// time) / wall time), both from /usr/bin/time.
// "One core" is the CLI pinned to one CPU (taskset): one job alone is not one core, since V8 compiles hot code on
// threads of its own, and while the one worker warms up (the first few hundred articles) that takes most of a second
// core. Each worker thread warms up on its own, so at 1,000 articles all cores gain less over one job than over one
// core; both ratios are printed. On a machine shared with other work the kernel's fair scheduler can hold a run to less
// than one core whatever its thread count, and then no speedup is possible: see the cores used. Targets (issue 12):
// 10,000 articles under 500 MB, all cores at least 1.6× one core.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const root = new URL('..', import.meta.url).pathname;
const cli = join(root, 'dist/cli.js');
const sharedCorpus = join(root, '../shared/corpus');
const SIZES = [1000, 10000];
/** Runs per size and job count: more for the small folder, whose runs are short. */
const RUNS = { 1000: 3, 10000: 1 };
/** Articles per subfolder, as a newsroom archive would split them (by month, say). */
const PER_FOLDER = 500;
const MEMORY_LIMIT_MB = 500;
const SPEEDUP_TARGET = 1.6;
const TIME = '/usr/bin/time';
const TASKSET = '/usr/bin/taskset';

function texts() {
  if (!existsSync(sharedCorpus)) {
    console.log('(../shared/corpus is absent: using the samples/ articles)');
    return readdirSync(join(root, 'samples')).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(root, 'samples', f), 'utf8'));
  }
  const files = readdirSync(sharedCorpus).filter((f) => f.endsWith('.jsonl'));
  return files.flatMap((f) => readFileSync(join(sharedCorpus, f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text));
}

function build(dir, count, sources) {
  for (let i = 0; i < count; i++) {
    const folder = join(dir, String(Math.floor(i / PER_FOLDER)).padStart(3, '0'));
    if (i % PER_FOLDER === 0) mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `${String(i).padStart(5, '0')}.txt`), sources[i % sources.length]);
  }
}

/**
 * One CLI run (`pinned`: on CPU 0 alone): seconds, peak memory in MB and cores used (undefined without
 * /usr/bin/time), and the lines printed.
 */
function run(dir, jobs, pinned) {
  const memFile = join(tmpdir(), `bench-corpus-mem-${process.pid}`);
  const node = [...(pinned ? [TASKSET, '-c', '0'] : []), process.execPath, cli, 'analyze', dir, '--format', 'jsonl', '--jobs', String(jobs)];
  const withTime = existsSync(TIME);
  const child = withTime ? spawn(TIME, ['-f', '%M %U %S', '-o', memFile, ...node]) : spawn(node[0], node.slice(1));
  const started = performance.now();
  let lines = 0;
  // Lines are counted as they stream and dropped, as a consumer of the stream would.
  child.stdout.on('data', (chunk) => {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolve, reject) => {
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) return reject(new Error(`CLI exited ${code}: ${stderr}`));
      const [kb, user, system] = withTime ? readFileSync(memFile, 'utf8').trim().split('\n').pop().split(' ').map(Number) : [];
      if (withTime) rmSync(memFile, { force: true });
      resolve({ seconds, mb: withTime ? kb / 1024 : undefined, cores: withTime ? (user + system) / seconds : undefined, lines });
    });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * What bounds the speedup on a small folder: the one-core seconds at both sizes as warm-up + articles × per-article
 * time (the warm-up is the process's start and the JIT's, compiling and recompiling the analyzer's hot code, which
 * each worker thread pays for itself), and from that the most any number of workers can gain at each size
 * ((w + n·a) / (w + n·a / workers)).
 */
function warmUp(results, baseline, cores) {
  const seconds = results.map(({ size, rows }) => ({ size, t: size / rows.find((r) => r.config === baseline).rate }));
  const [small, large] = [seconds[0], seconds[seconds.length - 1]];
  const perArticle = (large.t - small.t) / (large.size - small.size);
  const warm = small.t - small.size * perArticle;
  // Runs that got much less than their cores (see the cores used) can make the larger folder look quicker per article.
  if (!(perArticle > 0 && warm >= 0)) return `\n${baseline.label}: no warm-up estimate (the times at ${small.size} and ${large.size} do not fit warm-up + articles × a per-article time: runs disturbed by other processes?)`;
  const ceiling = ({ size }) => `${((warm + size * perArticle) / (warm + (size * perArticle) / cores)).toFixed(2)}× at ${size}`;
  return `\n${baseline.label}: warm-up ${warm.toFixed(2)} s (start and JIT, paid again by each worker thread), then ${(1 / perArticle).toFixed(0)} articles/s; so ${cores} workers can gain at most ${seconds.map(ceiling).join(', ')}`;
}

async function main() {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run npm run compile first');
  const sources = texts();
  const cores = availableParallelism();
  const avgKB = sources.reduce((n, t) => n + t.length, 0) / sources.length / 1024;
  console.log(`${sources.length} source texts (mean ${avgKB.toFixed(1)} KB), ${cores} cores, load average ${loadavg()[0].toFixed(1)} at start`);
  const pinnable = existsSync(TASKSET);
  if (!pinnable) console.log(`(${TASKSET} is absent: one job stands in for one core)`);
  const configs = [
    ...(pinnable ? [{ label: '1 core', jobs: 1, pinned: true }] : []),
    { label: '1 job', jobs: 1, pinned: false },
    { label: `${cores} jobs`, jobs: cores, pinned: false },
  ];
  const [baseline, , all] = pinnable ? configs : [configs[0], undefined, configs[1]];
  const results = [];
  for (const size of SIZES) {
    const dir = mkdtempSync(join(tmpdir(), `bench-corpus-${size}-`));
    try {
      build(dir, size, sources);
      const runs = new Map(configs.map((c) => [c, []]));
      for (let r = 0; r < RUNS[size]; r++) {
        for (const config of configs) {
          const result = await run(dir, config.jobs, config.pinned);
          if (result.lines !== size) throw new Error(`expected ${size} lines, got ${result.lines}`);
          runs.get(config).push(result);
        }
      }
      const summary = (config) => ({
        rate: median(runs.get(config).map((x) => size / x.seconds)),
        mb: Math.max(...runs.get(config).map((x) => x.mb ?? NaN)),
        cores: median(runs.get(config).map((x) => x.cores ?? NaN)),
      });
      results.push({ size, rows: configs.map((c) => ({ config: c, ...summary(c) })) });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  console.log(`\narticles  run      articles/s  peak MB  cores used   (median of ${RUNS[SIZES[0]]} interleaved runs at ${SIZES[0]}, ${RUNS[SIZES[1]]} at ${SIZES[1]})`);
  const speedups = [];
  for (const { size, rows } of results) {
    const rate = (config) => rows.find((r) => r.config === config).rate;
    for (const { config, rate: r, mb, cores: used } of rows) {
      const versus = config === all ? `   ${(r / rate(baseline)).toFixed(2)}× ${baseline.label}` + (pinnable ? `, ${(r / rate(configs[1])).toFixed(2)}× 1 job` : '') : '';
      console.log(`${String(size).padStart(8)}  ${config.label.padEnd(7)}  ${r.toFixed(1).padStart(10)}  ${mb.toFixed(0).padStart(7)}  ${used.toFixed(2).padStart(10)}${versus}`);
    }
    speedups.push({ size, speedup: rate(all) / rate(baseline) });
  }
  console.log(warmUp(results, baseline, cores));
  const largest = results[results.length - 1];
  const peak = Math.max(...largest.rows.map((r) => r.mb));
  console.log(`\n${largest.size} articles: peak ${peak.toFixed(0)} MB (target < ${MEMORY_LIMIT_MB}): ${peak < MEMORY_LIMIT_MB ? 'met' : 'NOT met'}`);
  console.log(`all cores vs ${baseline.label}: ${speedups.map((r) => `${r.speedup.toFixed(2)}× at ${r.size}`).join(', ')} (target ≥ ${SPEEDUP_TARGET}× on ${cores} cores): ${speedups.every((r) => r.speedup >= SPEEDUP_TARGET) ? 'met' : 'NOT met'}`);
  console.log(`load average ${loadavg()[0].toFixed(1)} at the end (other processes share these cores)`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
