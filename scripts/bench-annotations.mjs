// Annotations benchmark (`npm run bench:annotations`; not a test): a 1 MB article with 10,000 annotations (anchored
// spans: mentions and quotes) is loaded from its sidecar, re-anchored after an edit at its top (live, and when the file
// changed while closed), applied over the analysis, and saved (atomic write into a temporary folder: after the edit,
// when every line changes, and after one annotation action), each timed side by side with the analysis of the same
// article, interleaved, medians of wall time and of the CPU time the process used (the wall time on a busy machine
// waits for a core too: the load average is printed).
import { createRequire } from 'node:module';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url).pathname;
const { analyze } = require(join(root, 'out/src/core'));
const { AnnotationStore, Sidecar, anchorAt, applyAnnotations, parseAnnotations, serializeAnnotations } = require(join(root, 'out/src/core/annotations'));
const { nodeFileSystem } = require(join(root, 'out/src/node/fileSystem'));

const TARGET_BYTES = 1024 * 1024;
const ANNOTATIONS = 10_000;
const ROUNDS = 15;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// The repository's invented sample articles, repeated (each copy numbered) to 1 MB.
const samples = readdirSync(join(root, 'samples')).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(root, 'samples', f), 'utf8'));
const parts = [];
for (let i = 0, bytes = 0; bytes < TARGET_BYTES; i++) {
  parts.push(`Update ${i}.\n\n${samples[i % samples.length]}\n\n`);
  bytes += Buffer.byteLength(parts[i]);
}
const text = parts.join('');

// 10,000 anchored spans from the analysis: its quotes (with the analyzer's speaker, accepted), then its entities'
// mentions, as accepted annotations.
const analysis = analyze(text);
const doc = { entities: [], quotes: [] };
let spans = 0;
let id = 1;
for (const q of analysis.quotes) {
  if (spans >= ANNOTATIONS / 4) break;
  const speaker = q.speakerId ? { kind: 'name', name: analysis.entities.find((e) => e.id === q.speakerId).name } : { kind: 'none' };
  doc.quotes.push({ id: `q${id++}`, status: 'accepted', kind: 'quote', ...anchorAt(text, q.start, q.end), speaker });
  spans++;
}
for (const e of analysis.entities) {
  if (spans >= ANNOTATIONS) break;
  const mentions = e.mentions.slice(0, ANNOTATIONS - spans).map((m) => ({ kind: m.kind, ...anchorAt(text, m.start, m.end) }));
  doc.entities.push({ id: `a${id++}`, status: 'accepted', type: e.type, name: e.name, mentions });
  spans += mentions.length;
}
const content = serializeAnnotations(doc);
const edit = { offset: 0, length: 0, text: 'Correction appended above the article. ' };
const edited = edit.text + text;

const dir = mkdtempSync(join(tmpdir(), 'bench-annotations-'));
const file = join(dir, 'article.txt.annotations.json');
const keys = ['analysis', 'load', 'liveEdit', 'reopenEdited', 'apply', 'saveEdited', 'saveAction'];
const timings = Object.fromEntries(keys.map((k) => [k, []]));
const cpu = Object.fromEntries(keys.map((k) => [k, []]));
const timeAsync = async (key, fn) => {
  const t = performance.now();
  const c = process.cpuUsage();
  const r = await fn();
  timings[key].push(performance.now() - t);
  const used = process.cpuUsage(c);
  cpu[key].push((used.user + used.system) / 1000);
  return r;
};
const loadBefore = loadavg()[0];

try {
  for (let round = 0; round < ROUNDS + 2; round++) {
    await timeAsync('analysis', () => analyze(text));
    // Load: parse the sidecar and check every anchor against the text (as on opening the article).
    const store = await timeAsync('load', () => {
      const parsed = parseAnnotations(content);
      if (parsed.kind !== 'ok') throw new Error(parsed.message);
      const s = new AnnotationStore(text, parsed.doc);
      s.reanchorToText(text);
      return s;
    });
    await timeAsync('apply', () => applyAnnotations(analysis, store.doc));
    await timeAsync('liveEdit', () => store.applyEdits([edit], edited));
    const closed = parseAnnotations(content);
    await timeAsync('reopenEdited', () => new AnnotationStore(edited, closed.doc).reanchorToText(edited));
    // Save after the edit: every offset changed, so every line is serialized anew and written, atomically, after
    // checking the file on disk. Then after one action on top of it (one line new).
    const sidecar = new Sidecar(nodeFileSystem, file);
    await sidecar.load();
    const check = (saved) => {
      if (saved.kind !== 'saved') throw new Error(JSON.stringify(saved));
    };
    check(await timeAsync('saveEdited', () => sidecar.save(store.doc)));
    store.setNote(applyAnnotations(analysis, store.doc).quotes[round], `checked in round ${round}`);
    check(await timeAsync('saveAction', () => sidecar.save(store.doc)));
    if (round < 2) for (const k of keys) [timings[k], cpu[k]].forEach((xs) => xs.pop()); // warm-up rounds
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const analysisMs = median(timings.analysis);
console.log(`article: ${(Buffer.byteLength(text) / 1024 / 1024).toFixed(2)} MB, ${text.length.toLocaleString('en')} UTF-16 units; ` +
  `annotations: ${spans.toLocaleString('en')} anchored spans (${doc.quotes.length} quotes, ${doc.entities.length} entities); sidecar ${(content.length / 1024 / 1024).toFixed(2)} MB`);
console.log(`medians of ${ROUNDS} interleaved rounds (after 2 warm-up rounds); load average ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after, on ${availableParallelism()} cores\n`);
const rows = [
  ['analysis of the article (the peer)', 'analysis'],
  ['load: parse the sidecar, check every anchor', 'load'],
  ['re-anchor after an edit at the top (live edit)', 'liveEdit'],
  ['re-anchor after an edit at the top (file changed while closed)', 'reopenEdited'],
  ['apply the annotations over the analysis', 'apply'],
  ['save after the edit: serialize all, compare with disk, atomic write', 'saveEdited'],
  ['save after one annotation action (one line new)', 'saveAction'],
];
console.log(`${''.padEnd(68)} ${'wall'.padStart(8)}      ${'CPU'.padStart(8)}`);
for (const [label, key] of rows) {
  const ms = median(timings[key]);
  console.log(`${label.padEnd(68)} ${ms.toFixed(1).padStart(8)} ms   ${median(cpu[key]).toFixed(1).padStart(8)} ms   ${key === 'analysis' ? '' : `${((ms / analysisMs) * 100).toFixed(1)}% of the analysis`}`);
}
