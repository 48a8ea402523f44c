/** `article-annotator`: the analyzer on the command line. */
import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { analyze } from './core';
import { decodeArticle } from './core/text/decode';
import { evaluate, formatSections, parseEntityGold, parseJsonl, type GoldDoc } from './eval';
import { formatAnalysis } from './format';
import { isBatchAnalyze, parseBatchArgs, runBatch } from './cli/batch';
import { UsageError } from './cli/usageError';

const USAGE = `usage: article-annotator analyze FILE [--json]
       article-annotator analyze DIR|FILE... [--format jsonl] [--jobs N]
       article-annotator audit DIR|FILE... [--json] [--estimate-gender] [--jobs N]
       article-annotator eval GOLD... [--json]

  analyze FILE     print the entities and quotes found in FILE (plain text or Markdown)
  analyze DIR...   stream one JSON line per article (path, sha256, analysis) for files and directories
                   (*.txt, *.md, *.markdown, *.article), on N worker threads (default: all cores)
  audit DIR...     the source audit of the articles: who is quoted, how much, named or not, by type and affiliation;
                   --estimate-gender adds an estimate from given names (an estimate, with an unknown share)
  eval GOLD...     score the analyzer against gold files: corpus .jsonl files, or a .gold.json naming its text_file
  --json           print the analysis (or the scores) as JSON (see docs/analysis-format.md)`;


function readArticle(file: string): string {
  let bytes: Buffer;
  try {
    if (statSync(file).isDirectory()) throw new UsageError(`${file}: is a directory, not an article (add --format jsonl to analyze the articles in it)`);
    bytes = readFileSync(file);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot read (${code ?? String(e)})`);
  }
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) throw new UsageError(`${file}: ${decoded.error}`);
  if (decoded.warning) console.error(`article-annotator: ${file}: ${decoded.warning}`);
  return decoded.text;
}

function main(args: string[]): number | Promise<number> {
  const [command, ...rest] = args;
  if (command === '--help' || command === '-h') {
    console.log(USAGE);
    return 0;
  }
  if (command === 'audit' || (command === 'analyze' && isBatchAnalyze(rest))) return runBatch(parseBatchArgs(command, rest));
  const json = rest.includes('--json');
  const files = rest.filter((a) => a !== '--json');
  if (command === 'eval' && files.length > 0) return evalCommand(files, json);
  if (command !== 'analyze' || files.length !== 1) throw new UsageError(USAGE);
  const text = readArticle(files[0]);
  const analysis = analyze(text);
  console.log(json ? JSON.stringify(analysis, null, 2) : formatAnalysis(analysis));
  return 0;
}

/** Scores every gold file, one report section per scorer, ending with one summary line. */
function evalCommand(files: string[], json: boolean): number {
  const results = files.map((file) => ({ file: basename(file), sections: evaluate(readGold(file)) }));
  if (json) {
    console.log(JSON.stringify(results.map((r) => ({ file: r.file, sections: r.sections.map(({ title, summary, data }) => ({ title, summary, data })) })), null, 2));
    return 0;
  }
  for (const r of results) console.log(formatSections(r.file, r.sections) + '\n');
  console.log(`summary: ${results.map((r) => `${r.file}: ${r.sections.map((s) => s.summary).join(', ') || 'nothing scored'}`).join('; ')}`);
  return 0;
}

function readGold(file: string): GoldDoc[] {
  const content = readArticle(file);
  try {
    if (file.endsWith('.jsonl')) return parseJsonl(content);
    const { text_file: textFile } = JSON.parse(content) as { text_file?: string };
    if (!textFile) throw new UsageError(`${file}: a .gold.json needs a text_file`);
    return [parseEntityGold(content, readArticle(join(dirname(file), textFile)))];
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`${file}: not a gold file (${e instanceof Error ? e.message : String(e)})`);
  }
}

function fail(e: unknown): void {
  console.error(e instanceof UsageError ? `article-annotator: ${e.message}` : `article-annotator: internal error: ${String(e)}`);
  process.exitCode = e instanceof UsageError ? 2 : 1;
}

try {
  void Promise.resolve(main(process.argv.slice(2))).then((code) => (process.exitCode = code), fail);
} catch (e) {
  fail(e);
}
