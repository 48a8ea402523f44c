/** `article-annotator`: the analyzer on the command line. */
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { ANNOTATIONS_USAGE, exportCommand, importCommand } from './cli/annotations';
import { isBatchAnalyze, parseBatchArgs, runBatch } from './cli/batch';
import { DEFAULT_MAX_MB, maxBytes, readArticleFile } from './cli/readFile';
import { forTerminal } from './cli/terminalText';
import { UsageError } from './cli/usageError';
import { analyze } from './core';
import { evaluate, formatSections, parseEntityGold, parseJsonl, type GoldDoc } from './eval';
import { GoldError } from './eval/gold';
import { formatAnalysis } from './format';

const USAGE = `usage: article-annotator analyze FILE [--json] [--max-size MB]
       article-annotator analyze DIR|FILE... [--format jsonl] [--jobs N] [--max-size MB]
       article-annotator audit DIR|FILE... [--json] [--estimate-gender] [--jobs N] [--max-size MB]
       article-annotator eval GOLD... [--json] [--max-size MB]
${ANNOTATIONS_USAGE}

  analyze FILE     print the entities and quotes found in FILE (plain text or Markdown)
  analyze DIR...   stream one JSON line per article (path, sha256, analysis) for files and directories
                   (*.txt, *.md, *.markdown, *.article), on N worker threads (default: all cores)
  audit DIR...     the source audit of the articles: who is quoted, how much, named or not, by type and affiliation;
                   --estimate-gender adds an estimate from given names (an estimate, with an unknown share)
  eval GOLD...     score the analyzer against gold files: corpus .jsonl files, or a .gold.json naming its text_file
  --json           print the analysis (or the scores) as JSON (see docs/analysis-format.md)
  --max-size MB    refuse files larger than this (default ${DEFAULT_MAX_MB})`;

/** A directory is read by the batch mode: say so when one is given to the single-file one. */
const readArticle = (file: string, limit: number) =>
  readArticleFile(file, limit, ' (add --format jsonl to analyze the articles in it)');

interface Options {
  json: boolean;
  maxBytes: number;
}

/** The single-article and eval options; unknown options are refused rather than read as file names. */
function parse(args: string[]): { files: string[]; options: Options } {
  try {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' }, 'max-size': { type: 'string' } } });
    return { files: positionals, options: { json: values.json === true, maxBytes: maxBytes(values['max-size']) } };
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
  }
}

function main(args: string[]): number | Promise<number> {
  const [command, ...rest] = args;
  if (command === '--help' || command === '-h') {
    console.log(USAGE);
    return 0;
  }
  if (command === 'audit' || (command === 'analyze' && isBatchAnalyze(rest))) return runBatch(parseBatchArgs(command, rest));
  if (command === 'export') return exportCommand(rest);
  if (command === 'import') return importCommand(rest);
  const { files, options } = parse(rest);
  if (command === 'eval' && files.length > 0) return evalCommand(files, options);
  if (command !== 'analyze' || files.length !== 1) throw new UsageError(USAGE);
  const analysis = analyze(readArticle(files[0], options.maxBytes));
  for (const f of analysis.findings) if (f.kind === 'analysis-failed') console.error(forTerminal(`article-annotator: ${files[0]}: ${f.message}`));
  // JSON keeps the text exact (JSON.stringify escapes control characters); the listing is cleaned for the terminal.
  console.log(options.json ? JSON.stringify(analysis, null, 2) : forTerminal(formatAnalysis(analysis)));
  return 0;
}

/** Scores every gold file, one report section per scorer, ending with one summary line. */
function evalCommand(files: string[], { json, maxBytes: limit }: Options): number {
  const results = files.map((file) => ({ file: basename(file), sections: evaluate(readGold(file, limit)) }));
  if (json) {
    console.log(JSON.stringify(results.map((r) => ({ file: r.file, sections: r.sections.map(({ title, summary, data }) => ({ title, summary, data })) })), null, 2));
    return 0;
  }
  for (const r of results) console.log(forTerminal(formatSections(r.file, r.sections)) + '\n');
  console.log(forTerminal(`summary: ${results.map((r) => `${r.file}: ${r.sections.map((s) => s.summary).join(', ') || 'nothing scored'}`).join('; ')}`));
  return 0;
}

function readGold(file: string, limit: number): GoldDoc[] {
  const content = readArticle(file, limit);
  try {
    if (file.endsWith('.jsonl')) return parseJsonl(content);
    const { text_file: textFile } = JSON.parse(content) as { text_file?: string };
    if (!textFile) throw new UsageError(`${file}: a .gold.json needs a text_file`);
    return [parseEntityGold(content, readArticle(join(dirname(file), textFile), limit))];
  } catch (e) {
    if (e instanceof UsageError) throw e;
    if (e instanceof GoldError) throw new UsageError(`${file}: ${e.message}`);
    throw new UsageError(`${file}: not a gold file (${e instanceof Error ? e.message : String(e)})`);
  }
}

function fail(e: unknown): void {
  console.error(forTerminal(e instanceof UsageError ? `article-annotator: ${e.message}` : `article-annotator: internal error: ${String(e)}`));
  process.exitCode = e instanceof UsageError ? 2 : 1;
}

try {
  void Promise.resolve(main(process.argv.slice(2))).then((code) => (process.exitCode = code), fail);
} catch (e) {
  fail(e);
}
