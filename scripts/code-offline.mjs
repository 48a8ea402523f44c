#!/usr/bin/env node
// A stand-in "VS Code executable" for machines without internet, for @vscode/test-electron's
// runTests({ vscodeExecutablePath }). It takes the usual VS Code CLI arguments, starts code-server (the real
// VS Code server) and opens its workbench in headless Chromium with the same extensionDevelopmentPath and
// extensionTestsPath. VS Code then runs the test module's run() in its Node extension host, as desktop
// VS Code does, and reports the exit code through window.codeAutomationExit, which becomes ours.
// Env: CODE_OFFLINE_TIMEOUT_MS (default 1200000: a guard against a hung workbench, not a time limit for slow
// machines), CODE_OFFLINE_VERBOSE=1.
import fs from 'node:fs';
import path from 'node:path';
import util from 'node:util';
import { launchBrowser, startCodeServer, tempDir } from './lib/code-server.mjs';

const verbose = process.env.CODE_OFFLINE_VERBOSE === '1';
const t0 = Date.now();
const info = (...a) => console.log(`[code-offline ${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);

if (process.argv.includes('--version')) { console.log('code-offline (code-server backed)'); process.exit(0); }

/** The VS Code CLI arguments runTests passes; the rest (--no-sandbox, --disable-updates, …) mean nothing here. */
function parseArgs(argv) {
  const opts = { dev: [], tests: undefined, userDataDir: undefined, extensionsDir: undefined, disableExtensions: false, paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([^=]+)(?:=(.*))?$/.exec(argv[i]);
    if (!m) { opts.paths.push(path.resolve(argv[i])); continue; }
    const value = () => m[2] ?? argv[++i];
    switch (m[1]) {
      case 'extensionDevelopmentPath': opts.dev.push(path.resolve(value())); break;
      case 'extensionTestsPath': opts.tests = path.resolve(value()); break;
      case 'user-data-dir': opts.userDataDir = path.resolve(value()); break;
      case 'extensions-dir': opts.extensionsDir = path.resolve(value()); break;
      case 'disable-extensions': opts.disableExtensions = true; break;
      default: if (verbose) info('ignoring', argv[i]);
    }
  }
  return opts;
}

// Workbench chatter that says nothing about the tests.
const NOISE = /^(Resolving connection token|Resolved connection token|Creating a socket|Updating additional builtin|\[Service Worker\]|ChatSessionStore|Started local extension host|Ignoring fetching additional builtin|Loading development extension|\[perf\]|Extension host \(|.*open-vsx|.*ENOTFOUND)/;

const opts = parseArgs(process.argv.slice(2));
const dir = tempDir('code-offline-');
const timeoutMs = Number(process.env.CODE_OFFLINE_TIMEOUT_MS || 1_200_000);
let server;
let browser;
let exitCode = 1;
const cleanup = async () => {
  await browser?.close().catch(() => {});
  server?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
};
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, async () => { await cleanup(); process.exit(130); });

try {
  server = await startCodeServer({ dir, userDataDir: opts.userDataDir, extensionsDir: opts.extensionsDir, verbose });
  info(`code-server (VS Code) ready on port ${server.port}`);
  const payload = opts.dev.map((d) => ['extensionDevelopmentPath', server.remote(d)]);
  if (opts.tests) payload.push(['extensionTestsPath', server.remote(opts.tests)]);
  if (opts.disableExtensions) payload.push(['disableExtensions', 'true']);
  const target = opts.paths[0];
  let folder;
  if (target && fs.statSync(target).isDirectory()) folder = target;
  else if (target) payload.push(['openFile', server.remote(target)]);
  browser = await launchBrowser(dir);
  const page = browser.pages()[0] || await browser.newPage();
  const finished = new Promise((resolve) => {
    page.exposeFunction('codeAutomationLog', (type, args) => {
      const msg = Array.isArray(args) ? util.format(...args) : String(args);
      if (verbose || !NOISE.test(msg)) (type === 'error' ? console.error : console.log)(msg);
    });
    page.exposeFunction('codeAutomationExit', (code) => resolve(code));
  });
  if (verbose) page.on('console', (m) => console.log(`[browser:${m.type()}] ${m.text()}`));
  info('opening the workbench with the extension under test');
  await page.goto(server.url({ folder, payload }));
  let timer;
  exitCode = await Promise.race([finished, new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no result after ${timeoutMs} ms`)), timeoutMs);
  })]);
  clearTimeout(timer);
  info(`extension host finished, exit code ${exitCode}`);
} catch (e) {
  console.error('[code-offline] ERROR', e.message);
  exitCode = 1;
} finally {
  await cleanup();
}
process.exit(exitCode);
