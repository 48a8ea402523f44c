/** The articles named on the command line: files as given, directories walked for article files. */
import { promises as fs, statSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from './usageError';

/** File names read as articles inside a directory (a file named on the command line is read whatever its name). */
const ARTICLE_FILE = /\.(?:txt|md|markdown|article)$/i;
/** Directories never walked: hidden ones (.git) and installed packages. */
const SKIPPED_DIR = /^(?:\..*|node_modules)$/;

/** Checks every input exists before any work starts, so a typo fails at once rather than after an hour's corpus. */
export function checkInputs(inputs: readonly string[]): void {
  for (const input of inputs) {
    try {
      statSync(input);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new UsageError(code === 'ENOENT' ? `${input}: no such file or directory` : `${input}: cannot read (${code ?? String(e)})`);
    }
  }
}

/**
 * Yields article paths one at a time, directories in name order, so a corpus of any size is never listed whole
 * (only one directory's names at a time).
 */
export async function* articleFiles(inputs: readonly string[]): AsyncGenerator<string> {
  for (const input of inputs) {
    if ((await fs.stat(input)).isDirectory()) yield* walk(input);
    else yield input;
  }
}

async function* walk(dir: string): AsyncGenerator<string> {
  const entries = (await fs.readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIR.test(entry.name)) yield* walk(path);
    } else if (entry.isFile() && ARTICLE_FILE.test(entry.name)) yield path;
  }
}
