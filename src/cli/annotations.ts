/**
 * `export` and `import`: a person's annotations (the `<file>.annotations.json` sidecars) to and from brat, JSONL,
 * CSV, JSON and the gold corpus format (docs/annotations-format.md).
 */
import { existsSync, promises as fs } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze } from '../core';
import {
  AnnotationExport, AnnotationStore, applyAnnotations, bratFiles, carryOnto, EXPORT_FILE_NAMES, EXPORT_FORMATS, fromBrat, fromRecord, Sidecar,
  sidecarPathFor, type ExportFormat, type ImportResult,
} from '../core/annotations';
import { nodeFileSystem } from '../node/fileSystem';
import { articleFiles, checkInputs } from './articleFiles';
import { maxBytes, readArticleFile } from './readFile';
import { forTerminal } from './terminalText';
import { UsageError } from './usageError';

export const ANNOTATIONS_USAGE = `       article-annotator export DIR|FILE... --format brat|jsonl|csv|json|gold [--include-suggestions] [--out DIR]
       article-annotator import FILE.ann|FILE.jsonl... [--format brat|jsonl|gold] [--into ARTICLE] [--out DIR]

  export           the annotations of the articles (their .annotations.json sidecars, over the analysis): brat writes
                   a .ann (and the .txt) per article into --out (default: next to a .txt article); the other formats
                   print to stdout, or write annotations.jsonl, quotes.csv, annotations.json, gold.jsonl into --out
  --include-suggestions   also export the analyzer's unreviewed suggestions, marked "suggested"
  import           add brat .ann files (the article is the .txt beside it, or --into) or JSONL lines (gold corpus or
                   doccano: each line's text is written as --out/<id>.txt when no such article exists) to the
                   articles' sidecars as manual annotations`;

const PREFIX = 'article-annotator';
const say = (message: string) => console.error(forTerminal(`${PREFIX}: ${message}`));

/** The article's sidecar loaded and its annotations re-anchored to the text as it is now. */
async function openAnnotations(article: string, text: string): Promise<{ store: AnnotationStore; sidecar: Sidecar }> {
  const sidecar = new Sidecar(nodeFileSystem, sidecarPathFor(article));
  const loaded = await sidecar.load();
  if (loaded.kind !== 'ok' && loaded.kind !== 'missing') throw new UsageError(loaded.message);
  const store = new AnnotationStore(text, loaded.kind === 'ok' ? loaded.doc : undefined);
  const orphans = store.reanchorToText(text);
  if (orphans > 0) say(`${article}: ${orphans} annotation${orphans === 1 ? '' : 's'} no longer found in the text (orphaned, kept in the sidecar)`);
  return { store, sidecar };
}

function parse(args: string[], options: Record<string, { type: 'string' | 'boolean' }>): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    return parseArgs({ args, allowPositionals: true, options: { ...options, 'max-size': { type: 'string' } } });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
}

export async function exportCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { format: { type: 'string' }, 'include-suggestions': { type: 'boolean' }, out: { type: 'string' } });
  const format = values.format as ExportFormat | undefined;
  if (!format || !EXPORT_FORMATS.includes(format)) throw new UsageError(`export needs --format ${EXPORT_FORMATS.join('|')}`);
  if (positionals.length === 0) throw new UsageError('export needs the articles: DIR|FILE...');
  checkInputs(positionals);
  const options = { includeSuggestions: values['include-suggestions'] === true };
  const out = values.out as string | undefined;
  const limit = maxBytes(values['max-size'] as string | undefined);
  if (out) await fs.mkdir(out, { recursive: true });
  const exported = new AnnotationExport(format, options);
  let failed = 0;
  for await (const article of articleFiles(positionals)) {
    try {
      const text = readArticleFile(article, limit);
      const { store } = await openAnnotations(article, text);
      const ann = exported.add(article, text, applyAnnotations(analyze(text), store.doc));
      if (ann !== undefined) await writeBrat(article, text, ann, out);
    } catch (e) {
      if (!(e instanceof UsageError)) throw e;
      say(`${e.message}; skipped`);
      failed++;
    }
  }
  if (format !== 'brat') {
    const content = exported.content(positionals.length === 1 && !(await isDir(positionals[0])));
    if (out) await fs.writeFile(join(out, EXPORT_FILE_NAMES[format]), content);
    else process.stdout.write(content);
  }
  return failed > 0 ? 1 : 0;
}

async function isDir(path: string): Promise<boolean> {
  return (await fs.stat(path)).isDirectory();
}

/** brat reads `<base>.ann` beside `<base>.txt` holding exactly the text; an existing different .txt is never overwritten. */
async function writeBrat(article: string, text: string, ann: string, out: string | undefined): Promise<void> {
  if (!out && extname(article).toLowerCase() !== '.txt') throw new UsageError(`${article}: brat needs the text as a .txt beside the .ann; give --out DIR`);
  const dir = out ?? dirname(article);
  const base = join(dir, basename(article, extname(article)));
  const conf = join(dir, 'annotation.conf');
  let files;
  try {
    files = bratFiles(base, conf, text, ann, { txt: await fs.readFile(`${base}.txt`, 'utf8').catch(() => undefined), conf: existsSync(conf) });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  for (const file of files) await fs.writeFile(file.path, file.content);
}

export async function importCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { format: { type: 'string' }, into: { type: 'string' }, out: { type: 'string' } });
  if (positionals.length === 0) throw new UsageError('import needs the files to import: FILE.ann|FILE.jsonl...');
  checkInputs(positionals);
  const limit = maxBytes(values['max-size'] as string | undefined);
  const format = values.format as string | undefined;
  if (format && !['brat', 'jsonl', 'gold'].includes(format)) throw new UsageError(`import reads --format brat, jsonl or gold, not ${format}`);
  if (values.into && positionals.length > 1) throw new UsageError('--into names one article: import one .ann at a time with it');
  let failed = 0;
  for (const file of positionals) {
    try {
      if (format === 'brat' || (!format && file.endsWith('.ann'))) {
        const article = (values.into as string | undefined) ?? join(dirname(file), `${basename(file, '.ann')}.txt`);
        const text = readArticleFile(article, limit);
        await addTo(article, text, fromBrat(text, readArticleFile(file, limit)));
      } else {
        const lines = readArticleFile(file, limit).split('\n');
        for (let n = 0; n < lines.length; n++) {
          if (!lines[n].trim()) continue;
          let record: Record<string, unknown>;
          try {
            record = JSON.parse(lines[n]) as Record<string, unknown>;
          } catch (e) {
            throw new UsageError(`${file}:${n + 1}: not valid JSON (${e instanceof Error ? e.message : String(e)})`);
          }
          await addRecord(fromRecord(record, format as 'gold' | 'jsonl' | undefined), (values.out as string | undefined) ?? dirname(file), limit);
        }
      }
    } catch (e) {
      if (!(e instanceof UsageError)) throw e;
      say(e.message);
      failed++;
    }
  }
  return failed > 0 ? 1 : 0;
}

/** The article a JSONL record names (`<dir>/<id>`, `.txt` added unless the id is already an article file name). */
function articleFor(id: string, dir: string): string {
  const safe = id.replace(/[^\w.-]+/g, '_').replace(/^\.+/, '_') || 'article';
  return join(dir, /\.(?:txt|md|markdown|article)$/i.test(safe) ? safe : `${safe}.txt`);
}

async function addRecord(imported: ImportResult & { id: string; text: string }, dir: string, limit: number): Promise<void> {
  const article = articleFor(imported.id, dir);
  let text: string;
  if (existsSync(article)) text = readArticleFile(article, limit);
  else {
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(article, imported.text, { flag: 'wx' });
    text = imported.text;
  }
  // The article may have changed since the annotations were made: they are carried over by their text and context.
  await addTo(article, text, { doc: carryOnto(imported.doc, imported.text, text), warnings: imported.warnings });
}

async function addTo(article: string, text: string, imported: ImportResult): Promise<void> {
  for (const w of imported.warnings) say(`${article}: ${w}`);
  const { store, sidecar } = await openAnnotations(article, text);
  const added = store.importDoc(imported.doc);
  const saved = await sidecar.save(store.doc);
  if (saved.kind === 'saved' || saved.kind === 'unchanged') {
    console.log(forTerminal(`${sidecar.path}: ${added} annotation${added === 1 ? '' : 's'} added`));
    if (saved.kind === 'saved' && saved.backup) say(`the unreadable previous sidecar was kept as ${saved.backup}`);
  } else throw new UsageError(saved.message);
}
