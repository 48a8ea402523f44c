// `npm start`: builds the extension (`npm run build`: lexicon and bundles) and shows it working on the sample
// articles in a real VS Code — desktop `code` when it is on the PATH, otherwise the offline browser VS Code
// (code-server) with the extension installed in its extensions folder, at a short address that opens samples/.
// `npm start -- --smoke`: the same with code-server on a fresh profile, then checks in headless Chromium that
// the short address opens samples/ with the extension installed (no "[Extension Development Host]") and active
// on a sample, and exits 0 or 1; `.ci/run` runs it on a fresh clone.
// Env: PORT (default 8080; --smoke takes a free port unless set), HOST (default 127.0.0.1; 0.0.0.0 to reach it
// from elsewhere).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser, linkExtension, root, startCodeServer, tempDir } from './lib/code-server.mjs';
import { STEP_TIMEOUT_MS, articleSidebar, checker, languageMode, openFile } from './lib/workbench.mjs';

const smoke = process.argv.includes('--smoke');
const samples = path.join(root, 'samples');
const FIRST_SAMPLE = 'harbor-bridge-vote.txt';
/** A person the analyzer finds in the first sample, for the smoke check. */
const SAMPLE_PERSON = 'Elena Marquez';

// The one build definition, in package.json; through the npm that runs us when there is one.
const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ['npm'];
execFileSync(npm[0], [...npm.slice(1), 'run', 'build'], { cwd: root, stdio: 'inherit' });

const hasDesktopCode = !smoke && spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;
if (hasDesktopCode) {
  console.log('Opening desktop VS Code with Article Annotator loaded from this folder…');
  spawn('code', ['--extensionDevelopmentPath', root, samples, path.join(samples, FIRST_SAMPLE)], { stdio: 'inherit', detached: true }).unref();
} else {
  execFileSync('bash', [path.join(root, 'scripts/setup-offline-vscode.sh')], { stdio: 'inherit' });
  const dir = smoke ? tempDir('article-smoke-') : path.join(root, '.vscode-offline/start');
  linkExtension(path.join(dir, 'extensions'));
  const port = process.env.PORT ? Number(process.env.PORT) : smoke ? undefined : 8080;
  const server = await startCodeServer({ dir, folder: samples, port, host: process.env.HOST || '127.0.0.1' });
  if (smoke) {
    const failures = await smokeCheck(server.home, dir);
    server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
    process.exit(failures ? 1 : 0);
  }
  console.log(`\nArticle Annotator is installed in VS Code (code-server), open on the sample articles:\n\n  ${server.home}\n\n` +
    'Open a sample from the Explorer; the book icon in the activity bar shows its entities and quotes. Press Ctrl+C to stop.');
  const stop = () => { server.stop(); process.exit(0); };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  setInterval(() => {}, 1 << 30); // stay up until stopped
}

/** What a newcomer sees at the short address, checked in headless Chromium; returns the number of failures. */
async function smokeCheck(home, dir) {
  const { log, check, fail, failures } = checker('start --smoke');
  const browser = await launchBrowser(dir);
  const page = browser.pages()[0] || await browser.newPage();
  try {
    log('opening', home);
    await page.goto(home);
    await page.locator('.monaco-workbench').waitFor({ timeout: STEP_TIMEOUT_MS });
    check(new URL(page.url()).searchParams.get('folder') === samples, `the short address opens samples/ (${page.url()})`);
    await openFile(page, FIRST_SAMPLE);
    const mode = await languageMode(page, 'Article');
    check(mode === 'Article', `${FIRST_SAMPLE} opens as an article (status bar language: "${mode}")`);
    const title = await page.title();
    check(title.includes(FIRST_SAMPLE) && !title.includes('Extension Development Host'), `the window title is a normal VS Code's ("${title}")`);
    const pane = await articleSidebar(page);
    const person = pane('Entities').locator('.monaco-list-row', { hasText: SAMPLE_PERSON });
    const found = await person.first().waitFor({ timeout: STEP_TIMEOUT_MS }).then(() => true, () => false);
    check(found, `the extension is active: the Entities view lists "${SAMPLE_PERSON}"`);
  } catch (e) {
    fail(e.message);
  } finally {
    if (failures()) {
      const shot = path.join(root, 'test-results/start-smoke-failure.png');
      fs.mkdirSync(path.dirname(shot), { recursive: true });
      await page.screenshot({ path: shot }).then(() => log('screenshot:', path.relative(root, shot)), () => {});
    }
    await browser.close().catch(() => {});
  }
  log(failures() ? `${failures()} check(s) FAILED` : 'npm start works: all checks passed');
  return failures();
}
