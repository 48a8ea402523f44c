// Bundles what ships and what scripts use, after the `yo code` esbuild template:
//   src/node/extension.ts → dist/extension.js (the VS Code extension; `vscode` is provided by the host)
//   src/analysisWorker.ts → dist/analysisWorker.js (the analyzer in the extension's worker thread)
//   src/web/extension.ts → dist/web/extension.js (the same extension for VS Code for the Web's web-worker host)
//   src/web/analysisWorker.ts → dist/web/analysisWorker.js (the analyzer in the web extension's Web Worker)
//   src/cli.ts       → dist/cli.js         (the `article-annotator` command)
//   src/cli/batchWorker.ts → dist/batchWorker.js (the command's worker threads for many articles)
//   src/core/index.ts → dist/core.js       (the analyzer as a CommonJS library, exporting `analyze`)
//   src/eval/learning.ts → dist/learning.js (training and cross-validating the learned entity decision: `npm run train`, `npm run eval`)
// The extension's main-thread bundles must not carry the learned weights (only the workers analyze): checked below.
// The web bundles are built for the browser: a Node built-in reaching them fails the build.
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
  // A language level, not an engine: for any engine target (node20, even node24) esbuild rewrites every regular
  // expression literal with \p{…} into `new RegExp(…)` where it stands, so a pattern in a function was built again on
  // every call (a third of the analyzer's time on an article). Node 20 runs all of ES2022.
  target: 'es2022',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  external: ['vscode'],
  logLevel: 'silent',
  plugins: watch ? [problemMatcherPlugin] : [],
};

/** For VS Code for the Web: CommonJS for its web-worker extension host, an IIFE for the Web Worker. */
const browser = { platform: 'browser', target: 'es2022', define: { global: 'globalThis' } };

/** The extension's entries, whose bundles run on the extension host's thread. */
const MAIN_THREAD = ['dist/extension.js', 'dist/web/extension.js'];

const targets = [
  { entryPoints: ['src/node/extension.ts'], outfile: 'dist/extension.js' },
  { entryPoints: ['src/analysisWorker.ts'], outfile: 'dist/analysisWorker.js' },
  { ...browser, entryPoints: ['src/web/extension.ts'], outfile: 'dist/web/extension.js' },
  { ...browser, format: 'iife', entryPoints: ['src/web/analysisWorker.ts'], outfile: 'dist/web/analysisWorker.js' },
  { entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['src/cli/batchWorker.ts'], outfile: 'dist/batchWorker.js' },
  { entryPoints: ['src/core/index.ts'], outfile: 'dist/core.js' },
  { entryPoints: ['src/eval/learning.ts'], outfile: 'dist/learning.js' },
];

/** Source files that only the analyzer's bundles may hold: the extension host stays small and quick to load. */
const ANALYZER_ONLY = /src\/core\/entities\/learned\/weights\.ts$/;

function checkMainThreadBundles(results) {
  for (const result of results) {
    for (const [bundle, { inputs }] of Object.entries(result.metafile?.outputs ?? {})) {
      const leaked = MAIN_THREAD.includes(bundle) ? Object.keys(inputs).filter((f) => ANALYZER_ONLY.test(f)) : [];
      if (leaked.length) throw new Error(`${bundle} must not bundle ${leaked.join(', ')}: import the analyzer only from the worker`);
    }
  }
}

async function main() {
  const contexts = await Promise.all(targets.map((t) => esbuild.context({ ...common, metafile: true, ...t })));
  if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
    return;
  }
  try {
    checkMainThreadBundles(await Promise.all(contexts.map((c) => c.rebuild())));
  } finally {
    await Promise.all(contexts.map((c) => c.dispose()));
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
