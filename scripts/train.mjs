// `npm run train`: trains the learned entity decision (docs/model.md) on the shared GUM corpus and writes the weights
// the analyzer imports, src/core/entities/learned/weights.ts (committed). Deterministic: the same corpus and code give the same file.
// Needs ../shared beside the repo; says so and changes nothing without it.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url).pathname;
const { shippedTraining, trainOn, weightsModule, SHIPPED_PROVENANCE } = require('../dist/learning.js');
const out = join(root, 'src/core/entities/learned/weights.ts');

const training = shippedTraining(root);
if (training.missing) {
  console.log(`train skipped: ${training.missing.join(', ')} not here (../shared is not beside the repo); ${out} left as it is`);
} else {
  writeFileSync(out, weightsModule(trainOn(training.docs), SHIPPED_PROVENANCE));
  console.log(`trained on ${training.docs.length} documents (${SHIPPED_PROVENANCE}): wrote ${out}`);
}
