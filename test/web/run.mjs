// The web-extension test: the extension as VS Code for the Web runs it, in the browser's web-worker extension host
// (its `browser` entry, dist/web/extension.js, with the analyzer in a Web Worker), in the offline VS Code (code-server
// + headless Chromium, scripts/code-offline.mjs). The mocha suite test/web/suite runs in that same web worker.
// code-server would run an extension that also has a `main` in its Node host; the user setting
// `remote.extensionKind: ["web"]` puts it in the web worker instead (the suite checks it has no Node).
// The test workspace is a temporary folder with the samples (read as articles) and the invented corpus of
// test/fixtures/corpus; expected.json in it holds what the Node analyzer (dist/core.js) finds, for the suite to match.
// Needs `npm run build` (dist/) and bash scripts/setup-offline-vscode.sh (both done by `npm test`'s pretest).
// --vscode-web: the same suite in @vscode/test-web's pure browser VS Code instead (as vscode.dev: no Node host, the
// workspace a virtual file system, the extension served over http), set up by scripts/setup-vscode-web.sh.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { QUIET_SETTINGS, freePort, root, tempDir } from '../../scripts/lib/code-server.mjs';

const require = createRequire(import.meta.url);
const vscodeWeb = process.argv.includes('--vscode-web');
const { publisher, name } = require('../../package.json');
const SAMPLE = 'samples/harbor-bridge-vote.txt';
/** A person test/fixtures/corpus names in two of its articles. */
const CORPUS_PERSON = { person: 'Ada Quill', personArticles: ['elmdale-pier.article.txt', 'ferry-strike.article.txt'] };

for (const bundle of ['dist/web/extension.js', 'dist/web/analysisWorker.js', 'dist/core.js']) {
  if (!fs.existsSync(path.join(root, bundle))) throw new Error(`${bundle} is missing: run npm run build`);
}
// The suite's bundle must lie inside the extension's folder: VS Code runs tests in the host of the extension holding them.
const testsPath = path.join(root, 'dist/web/test/suite/index.js');
await esbuild.build({
  entryPoints: [path.join(root, 'test/web/suite/index.ts')], outfile: testsPath, bundle: true, format: 'cjs',
  platform: 'browser', target: 'es2022', external: ['vscode'], define: { global: 'globalThis' }, logLevel: 'warning',
});

const dir = tempDir('article-web-test-');
let status = 1;
try {
  const workspace = path.join(dir, 'workspace');
  for (const [from, to] of [['samples', 'samples'], ['test/fixtures/corpus', 'corpus']]) {
    fs.cpSync(path.join(root, from), path.join(workspace, to), { recursive: true, filter: (f) => !f.includes(`${path.sep}.vscode`) });
  }
  const { analyze } = require('../../dist/core.js');
  const entities = analyze(fs.readFileSync(path.join(root, SAMPLE), 'utf8')).entities.map((e) => e.name);
  if (!entities.includes('Elena Marquez')) throw new Error(`the Node analyzer finds no Elena Marquez in ${SAMPLE}: ${entities.join(', ')}`);
  const articles = fs.readdirSync(path.join(workspace, 'corpus')).concat(fs.readdirSync(path.join(workspace, 'samples')));
  fs.writeFileSync(path.join(workspace, 'expected.json'), JSON.stringify({ sample: SAMPLE, entities, corpus: { articles, ...CORPUS_PERSON } }));
  // As samples/.vscode/settings.json says for the samples folder.
  fs.mkdirSync(path.join(workspace, '.vscode'));
  fs.writeFileSync(path.join(workspace, '.vscode/settings.json'), JSON.stringify({ 'articleAnnotator.filePatterns': ['**/samples/*.txt'] }));
  status = await (vscodeWeb ? runInVsCodeWeb(workspace) : runInCodeServer(workspace));
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
console.log(status === 0 ? 'web-extension test passed' : `web-extension test FAILED (exit code ${status})`);
process.exit(status);

/** The suite in code-server's web-worker extension host, through the integration tests' stand-in VS Code. */
async function runInCodeServer(workspace) {
  const userData = path.join(dir, 'user-data');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userData, 'User/settings.json'), JSON.stringify({ ...QUIET_SETTINGS, 'remote.extensionKind': { [`${publisher}.${name}`]: ['web'] } }));
  return exitCodeOf(process.execPath, [path.join(root, 'scripts/code-offline.mjs'),
    `--extensionDevelopmentPath=${root}`, `--extensionTestsPath=${testsPath}`, `--user-data-dir=${userData}`, '--disable-extensions', workspace]);
}

/** The suite in @vscode/test-web's VS Code (its CLI, under a time limit: it never exits when Chromium fails to start). */
async function runInVsCodeWeb(workspace) {
  const web = path.join(root, '.vscode-web');
  if (!fs.existsSync(path.join(web, 'commit'))) throw new Error('run bash scripts/setup-vscode-web.sh first');
  process.env.PLAYWRIGHT_BROWSERS_PATH = path.join(web, 'ms-playwright');
  process.env.XDG_CONFIG_HOME = path.join(dir, 'xdg'); // Chromium's crash reports
  return exitCodeOf('timeout', ['600', process.execPath, path.join(web, 'node_modules/@vscode/test-web/out/server/index.js'),
    '--browser=chromium', '--headless', '--quality=stable', `--commit=${fs.readFileSync(path.join(web, 'commit'), 'utf8').trim()}`,
    `--testRunnerDataDir=${path.join(web, 'cache')}`, `--port=${await freePort()}`,
    `--extensionDevelopmentPath=${root}`, `--extensionTestsPath=${testsPath}`, workspace]);
}

function exitCodeOf(command, args) {
  return new Promise((resolve) => spawn(command, args, { stdio: 'inherit' }).on('exit', (code) => resolve(code ?? 1)).on('error', () => resolve(1)));
}
