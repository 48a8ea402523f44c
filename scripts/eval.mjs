// `npm run eval`: scores the analyzer on every *.dev.jsonl in ../shared/corpus and on the sample's gold file,
// through the CLI's eval command. Skips, saying so, when ../shared is not beside the repo.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const shared = join(root, '../shared');
const corpus = join(shared, 'corpus');
const files = [
  ...(existsSync(corpus) ? readdirSync(corpus).filter((f) => f.endsWith('.dev.jsonl')).sort().map((f) => join(corpus, f)) : []),
  ...[join(shared, 'samples/tillerson-beijing.gold.json')].filter(existsSync),
];
if (!files.length) {
  console.log(`eval skipped: no gold files under ${shared} (../shared is not here)`);
} else {
  execFileSync(process.execPath, [join(root, 'dist/cli.js'), 'eval', ...files, ...process.argv.slice(2)], { stdio: 'inherit' });
}
