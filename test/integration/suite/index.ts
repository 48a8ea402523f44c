/** Entry point VS Code calls in the extension host: runs every *.test.js beside it with mocha. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  // ARTICLE_TEST_GREP runs only the tests whose titles match (for a quick run while working on one feature).
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30000, grep: process.env.ARTICLE_TEST_GREP });
  for (const file of fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  console.log(`running in a real VS Code ${require('vscode').version} extension host (${process.release.name} ${process.version})`);
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} integration tests failed`)) : resolve()));
  });
}
