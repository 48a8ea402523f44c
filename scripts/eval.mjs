// `npm run eval`: scores the analyzer on every *.dev.jsonl in ../shared/corpus and on the sample's gold file,
// through the CLI's eval command; then the learned entity decision against the rules alone, only on documents
// the model did not train on (docs/model.md); the repository's extra GUM documents (data/) are on the training side of
// every figure. Skips, saying so, when ../shared is not beside the repo.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
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

const [trainFile, devFile] = ['gum.train.jsonl', 'gum.dev.jsonl'].map((f) => join(corpus, f));
if (existsSync(trainFile) && existsSync(devFile) && !process.argv.includes('--json')) {
  const { crossValidate, extraTraining, formatComparison, heldOut, leaveOneOut, parseJsonl, EXTRA_TRAINING, FOLDS } = require('../dist/learning.js');
  const train = parseJsonl(readFileSync(trainFile, 'utf8'));
  const dev = parseJsonl(readFileSync(devFile, 'utf8'));
  const extra = extraTraining(root);
  const plus = `+ ${EXTRA_TRAINING.join(', ')} (${extra.length} documents)`;
  console.log('\n== learned entity decision, on documents it did not train on (exact span; OTHER not scored)');
  console.log('(the shipped model also learns from gum.dev: the gum.dev figures above are not held out)');
  console.log(formatComparison(`${FOLDS}-fold cross-validation on gum.train (folds by document id), trained on 4 folds ${plus}`, crossValidate(train, extra)));
  console.log(formatComparison(`trained on gum.train ${plus}, tested on gum.dev`, heldOut([...train, ...extra], dev)));
  console.log(formatComparison(`each gum.dev article, trained on gum.train, the other gum.dev articles ${plus} (the shipped set-up + extra)`, leaveOneOut(dev, [...train, ...extra])));
  // News no rule was tuned on: never tune a rule or a feature to these articles, or this figure means nothing.
  console.log(formatComparison(`each article of ${EXTRA_TRAINING.join(', ')} (news no rule was tuned on), trained on gum.train, gum.dev and the other ${extra.length - 1}`, leaveOneOut(extra, [...train, ...dev])));
}
