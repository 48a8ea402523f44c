// Starts the offline real VS Code: code-server (VS Code's server + web workbench, installed into
// .vscode-offline by scripts/setup-offline-vscode.sh) and, for tests, Debian's Chromium driven by playwright-core.
// Shared by the test stand-in (code-offline.mjs), the browser end-to-end test and `npm start`.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const entry = process.env.CODE_SERVER_ENTRY || path.join(root, '.vscode-offline/node_modules/code-server/out/node/entry.js');

/** Settings that keep a test VS Code quiet and offline. */
export const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off', 'update.mode': 'none',
  'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false, 'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false, 'chat.disableAIFeatures': true, 'workbench.tips.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
};

export function isInstalled() {
  return fs.existsSync(entry);
}

export const freePort = () => new Promise((resolve) => {
  const s = net.createServer();
  s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
});

/**
 * Installs this repository's extension into a code-server extensions folder as a user would have it: a link
 * named `publisher.name-version` to the repository (its package.json and dist/), so the workbench runs it as
 * an installed extension rather than an "[Extension Development Host]". VS Code follows the link, and
 * uninstalling it from the UI removes only the link. Links to other versions or places are replaced.
 */
export function linkExtension(extensionsDir) {
  const { publisher, name, version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const id = `${publisher}.${name}`;
  const link = path.join(extensionsDir, `${id}-${version}`);
  fs.mkdirSync(extensionsDir, { recursive: true });
  if (fs.existsSync(link) && fs.realpathSync(link) === fs.realpathSync(root)) return;
  for (const entry of fs.readdirSync(extensionsDir)) {
    if (entry.startsWith(`${id}-`)) fs.rmSync(path.join(extensionsDir, entry), { recursive: true, force: true });
  }
  // VS Code lists installed extensions in extensions.json; drop our stale entries, it adds the new link itself.
  const list = path.join(extensionsDir, 'extensions.json');
  if (fs.existsSync(list)) {
    const entries = JSON.parse(fs.readFileSync(list, 'utf8')).filter((e) => e.identifier?.id !== id);
    fs.writeFileSync(list, JSON.stringify(entries));
  }
  fs.symlinkSync(root, link, 'dir');
}

/**
 * Starts code-server on a free loopback port. Returns { url(folder, payload), remote(path), stop() }.
 * `dir` holds its user data, extensions and XDG dirs; `settings` go into the user settings.json; `folder`
 * is what its short address (`/`) opens.
 */
export async function startCodeServer({ dir, userDataDir = path.join(dir, 'user-data'), extensionsDir = path.join(dir, 'extensions'), settings = {}, port, host = '127.0.0.1', folder, verbose = false }) {
  if (!isInstalled()) throw new Error(`code-server not found at ${entry}: run bash scripts/setup-offline-vscode.sh`);
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  const settingsFile = path.join(userDataDir, 'User', 'settings.json');
  if (!fs.existsSync(settingsFile)) fs.writeFileSync(settingsFile, JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2));
  port ??= await freePort();
  const xdg = path.join(dir, 'xdg');
  const server = spawn(process.env.CODE_SERVER_NODE || process.execPath, [entry, '--auth', 'none', '--bind-addr', `${host}:${port}`,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--ignore-last-opened', ...(folder ? [folder] : [])], {
    // An empty gallery: no marketplace lookups on a machine without internet.
    env: { ...process.env, XDG_CONFIG_HOME: xdg, XDG_DATA_HOME: xdg, XDG_CACHE_HOME: xdg, EXTENSIONS_GALLERY: process.env.EXTENSIONS_GALLERY || '{"serviceUrl":""}' },
    stdio: ['ignore', 'pipe', 'pipe'], detached: true,
  });
  let log = '';
  const onData = (d) => { log += d; if (verbose) process.stdout.write(`[code-server] ${d}`); };
  server.stdout.on('data', onData);
  server.stderr.on('data', onData);
  const authority = `127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try { if ((await fetch(`http://${authority}/healthz`)).ok) break; } catch { /* not up yet */ }
    if (server.exitCode !== null || i > 600) throw new Error(`code-server did not start:\n${log}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const remote = (p) => `vscode-remote://${authority}${p}`;
  return {
    port,
    remote,
    /** The short address: the workbench on `folder` when one was given. */
    home: `http://${authority}/`,
    /** The workbench URL opening `folder` (or an empty window) with the given launch payload entries. */
    url({ folder, payload = [] }) {
      const q = new URLSearchParams();
      if (folder) q.set('folder', folder); else q.set('ew', 'true');
      q.set('payload', JSON.stringify(payload));
      return `http://${authority}/?${q}`;
    },
    stop() { try { process.kill(-server.pid, 'SIGTERM'); } catch { /* already gone */ } },
  };
}

/** Headless Debian Chromium with the flags a closed network needs (no background lookups). */
export async function launchBrowser(dir, { viewport = { width: 1400, height: 900 } } = {}) {
  const { chromium } = await import('playwright-core');
  const xdg = path.join(dir, 'xdg');
  return chromium.launchPersistentContext(path.join(dir, 'chromium-profile'), {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, viewport,
    env: { ...process.env, XDG_CONFIG_HOME: xdg }, // keeps Chromium's crash reports out of ~/.config
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export function tempDir(prefix) {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}
