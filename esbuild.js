// Bundles what ships and what scripts use, after the `yo code` esbuild template:
//   src/extension.ts → dist/extension.js   (the VS Code extension; `vscode` is provided by the host)
//   src/analysisWorker.ts → dist/analysisWorker.js (the analyzer in the extension's worker thread)
//   src/cli.ts       → dist/cli.js         (the `article-annotator` command)
//   src/cli/batchWorker.ts → dist/batchWorker.js (the command's worker threads for many articles)
//   src/core/index.ts → dist/core.js       (the analyzer as a CommonJS library, exporting `analyze`)
//   src/eval/learning.ts → dist/learning.js (training and cross-validating the learned entity decision: `npm run train`, `npm run eval`)
// The extension's main-thread bundle must not carry the learned weights (only the worker analyzes): checked below.
// Flags: --production (minify, no sourcemaps), --watch.
const esbuild = require('esbuild');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Prints errors in the form VS Code's $esbuild-watch problem matcher reads. */
const problemMatcherPlugin = {
  name: 'esbuild-problem-matcher',
  setup(build) {
    build.onStart(() => console.log('[watch] build started'));
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      console.log('[watch] build finished');
    });
  },
};

const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  external: ['vscode'],
  logLevel: 'silent',
  plugins: watch ? [problemMatcherPlugin] : [],
};

const targets = [
  { entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js' },
  { entryPoints: ['src/analysisWorker.ts'], outfile: 'dist/analysisWorker.js' },
  { entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['src/cli/batchWorker.ts'], outfile: 'dist/batchWorker.js' },
  { entryPoints: ['src/core/index.ts'], outfile: 'dist/core.js' },
  { entryPoints: ['src/eval/learning.ts'], outfile: 'dist/learning.js' },
];

/** Source files that only the analyzer's bundles may hold: the extension host stays small and quick to load. */
const ANALYZER_ONLY = /src\/core\/entities\/learned\/weights\.ts$/;

function checkMainThreadBundle(result) {
  const inputs = Object.keys(result.metafile?.outputs['dist/extension.js']?.inputs ?? {});
  const leaked = inputs.filter((f) => ANALYZER_ONLY.test(f));
  if (leaked.length) throw new Error(`dist/extension.js must not bundle ${leaked.join(', ')}: import the analyzer only from the worker`);
}

async function main() {
  const contexts = await Promise.all(targets.map((t) => esbuild.context({ ...common, metafile: true, ...t })));
  if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
    return;
  }
  try {
    const [extension] = await Promise.all(contexts.map((c) => c.rebuild()));
    checkMainThreadBundle(extension);
  } finally {
    await Promise.all(contexts.map((c) => c.dispose()));
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
