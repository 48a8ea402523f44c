// `npm run train`: trains the learned entity decision (docs/model.md) on the shared GUM corpus and writes the
// weights the analyzer imports, src/core/entities/learned/weights.ts (committed). Deterministic: the same corpus
// and code give the same file. Needs ../shared beside the repo; says so and changes nothing without it.
import { createRequire } from 'node:module';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url).pathname;
const corpus = join(root, '../shared/corpus');
const { parseJsonl, trainOn, weightsModule, SHIPPED_TRAINING: TRAINING_FILES } = require('../dist/learning.js');
const out = join(root, 'src/core/entities/learned/weights.ts');

const missing = TRAINING_FILES.filter((f) => !existsSync(join(corpus, f)));
if (missing.length) {
  console.log(`train skipped: ${missing.join(', ')} not under ${corpus} (../shared is not here); ${out} left as it is`);
} else {
  const docs = TRAINING_FILES.flatMap((f) => parseJsonl(readFileSync(join(corpus, f), 'utf8')));
  const model = trainOn(docs);
  writeFileSync(out, weightsModule(model, `../shared/corpus/{${TRAINING_FILES.join(',')}}`));
  console.log(`trained on ${docs.length} documents (${TRAINING_FILES.join(', ')}): wrote ${out}`);
}
