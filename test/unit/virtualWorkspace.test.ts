import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

const root = path.resolve(__dirname, '../../..');
const NODE_FILE_SYSTEM = /^(node:)?fs(\/promises)?$/;

/**
 * package.json declares `virtualWorkspaces: true`: the extension must read and write files only through
 * `vscode.workspace.fs`, never Node's fs, which cannot see a virtual workspace's files. The bundle's import graph
 * says what the extension (and its worker) can reach; the CLI may use Node's fs.
 */
describe('the extension in untrusted and virtual workspaces', () => {
  it('declares both capabilities in package.json', () => {
    const { capabilities } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    assert.deepStrictEqual(capabilities, { untrustedWorkspaces: { supported: true }, virtualWorkspaces: true });
  });

  /** The modules an entry point reaches that import Node's fs. */
  async function fileSystemImports(entry: string): Promise<string[]> {
    const { metafile } = await esbuild.build({
      entryPoints: [path.join(root, entry)], bundle: true, write: false, metafile: true, platform: 'node', external: ['vscode'], logLevel: 'silent',
    });
    assert.ok(Object.keys(metafile.inputs).length > 10, 'the import graph was read');
    return Object.entries(metafile.inputs).flatMap(([file, input]) =>
      input.imports.filter((i) => NODE_FILE_SYSTEM.test(i.path)).map((i) => `${file} imports ${i.path}`));
  }

  for (const entry of ['src/node/extension.ts', 'src/analysisWorker.ts', 'src/web/extension.ts', 'src/web/analysisWorker.ts']) {
    it(`${entry} reaches no Node file system API`, async () => {
      assert.deepStrictEqual(await fileSystemImports(entry), []);
    });
  }

  it('the check sees Node\'s fs where it is used (the CLI)', async () => {
    assert.ok((await fileSystemImports('src/cli.ts')).length > 0);
  });
});
