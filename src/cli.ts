/** `article-annotator`: the analyzer on the command line. */
import { readFileSync, statSync } from 'node:fs';
import { analyze } from './core';
import { decodeArticle } from './core/decode';
import { formatAnalysis } from './format';

const USAGE = `usage: article-annotator analyze FILE [--json]

  analyze FILE     print the entities and quotes found in FILE (plain text or Markdown)
  --json           print the analysis as JSON (see docs/analysis-format.md)`;

/** A failure the user can act on: printed as one line, never as a stack trace. */
class UsageError extends Error {}

function readArticle(file: string): string {
  let bytes: Buffer;
  try {
    if (statSync(file).isDirectory()) throw new UsageError(`${file}: is a directory, not an article`);
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

function main(args: string[]): number {
  const [command, ...rest] = args;
  if (command === '--help' || command === '-h') {
    console.log(USAGE);
    return 0;
  }
  const json = rest.includes('--json');
  const files = rest.filter((a) => a !== '--json');
  if (command !== 'analyze' || files.length !== 1) throw new UsageError(USAGE);
  const text = readArticle(files[0]);
  const analysis = analyze(text);
  console.log(json ? JSON.stringify(analysis, null, 2) : formatAnalysis(analysis));
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  console.error(e instanceof UsageError ? `article-annotator: ${e.message}` : `article-annotator: internal error: ${String(e)}`);
  process.exitCode = e instanceof UsageError ? 2 : 1;
}
