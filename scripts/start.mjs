// `npm start`: builds the extension and shows it working on the sample articles in a real VS Code —
// desktop `code` when it is on the PATH, otherwise the offline browser VS Code (code-server), whose URL
// is printed. Env: PORT (default 8080), HOST (default 127.0.0.1; 0.0.0.0 to reach it from elsewhere).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { root, startCodeServer } from './lib/code-server.mjs';

const samples = path.join(root, 'samples');
const firstSample = path.join(samples, 'harbor-bridge-vote.txt');
// The samples are plain .txt files: read them as articles.
const settings = { 'articleAnnotator.filePatterns': ['**/samples/*.txt'], 'workbench.startupEditor': 'none' };

execFileSync(process.execPath, ['esbuild.js'], { cwd: root, stdio: 'inherit' });

const hasDesktopCode = spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;
if (hasDesktopCode) {
  console.log('Opening desktop VS Code with Article Annotator loaded from this folder…');
  spawn('code', ['--extensionDevelopmentPath', root, samples, firstSample], { stdio: 'inherit', detached: true }).unref();
} else {
  execFileSync('bash', [path.join(root, 'scripts/setup-offline-vscode.sh')], { stdio: 'inherit' });
  const dir = path.join(root, '.vscode-offline/start');
  fs.mkdirSync(dir, { recursive: true });
  const server = await startCodeServer({ dir, settings, port: Number(process.env.PORT || 8080), host: process.env.HOST || '127.0.0.1' });
  const url = server.url({ folder: samples, payload: [['extensionDevelopmentPath', server.remote(root)], ['openFile', server.remote(firstSample)]] });
  console.log(`\nArticle Annotator is running in VS Code (code-server) on the sample articles. Open this URL in a browser:\n\n  ${url}\n\nPress Ctrl+C to stop.`);
  const stop = () => { server.stop(); process.exit(0); };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  setInterval(() => {}, 1 << 30); // stay up until stopped
}
