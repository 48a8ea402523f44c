// The web test's entry (extensionTestsPath), bundled by test/web/run.mjs to dist/web/test/suite/index.js and loaded
// by VS Code in the extension's web-worker host, which awaits run().
import './setup';
// Test files are imported, not listed from a folder: the worker has no file system.
import './extension.test';

export function run(): Promise<void> {
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} web tests failed`)) : resolve()));
  });
}
