/**
 * Runs the integration tests inside a real VS Code extension host with @vscode/test-electron's runTests.
 * Which VS Code: VSCODE_EXECUTABLE_PATH if set; otherwise the desktop build test-electron downloads (or has
 * already downloaded into .vscode-test/) when its update server is reachable; otherwise — no internet, as on
 * CI — the offline stand-in scripts/code-offline.mjs, which runs the same tests in code-server's real
 * extension host. ARTICLE_TEST_VSCODE=desktop|offline forces a choice.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

const root = path.resolve(__dirname, '../../..');

async function updateServerReachable(): Promise<boolean> {
  try {
    const res = await fetch('https://update.code.visualstudio.com/api/releases/stable', { signal: AbortSignal.timeout(4000) });
    return res.ok;
  } catch {
    return false;
  }
}

/** test-electron keeps its downloads as .vscode-test/vscode-<platform>-<version>. */
function hasDownloadedBuild(): boolean {
  const cache = path.join(root, '.vscode-test');
  return fs.existsSync(cache) && fs.readdirSync(cache).some((d) => d.startsWith('vscode-'));
}

async function chooseExecutable(): Promise<string | undefined> {
  if (process.env.VSCODE_EXECUTABLE_PATH) return process.env.VSCODE_EXECUTABLE_PATH;
  const forced = process.env.ARTICLE_TEST_VSCODE;
  const desktop = forced === 'desktop' || (forced !== 'offline' && (hasDownloadedBuild() || (await updateServerReachable())));
  if (desktop) {
    console.log('integration tests: desktop VS Code (downloaded by @vscode/test-electron)');
    return undefined;
  }
  console.log('integration tests: no desktop VS Code at hand, using the offline VS Code (code-server + Chromium)');
  return path.join(root, 'scripts/code-offline.mjs');
}

async function main(): Promise<void> {
  try {
    await runTests({
      vscodeExecutablePath: await chooseExecutable(),
      extensionDevelopmentPath: root,
      extensionTestsPath: path.resolve(__dirname, 'suite/index'),
      launchArgs: [path.join(root, 'samples'), '--disable-extensions'],
    });
  } catch (err) {
    console.error('integration tests failed:', err instanceof Error ? err.message : err);
    process.exit(1);
  }
}

void main();
