import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', '.vscode-offline/**', '.vscode-test/**', 'node_modules/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: globals.node,
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // Functions passed to page.$$eval run in the browser.
    files: ['test/e2e/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // The extension also runs in VS Code for the Web's web worker (src/web): Node only in its Node-only parts.
    files: ['src/**/*.ts'],
    ignores: ['src/node/**', 'src/cli/**', 'src/cli.ts', 'src/eval/**', 'src/analysisWorker.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*'], message: 'Node only in src/node, src/cli, src/eval and the worker thread: the extension also runs in the browser.' }] }],
      'no-restricted-globals': ['error', ...['process', 'Buffer', '__dirname', '__filename', 'require', 'setImmediate', 'global'].map((name) => ({ name, message: 'Not in the browser: the extension also runs in VS Code for the Web.' }))],
    },
  },
  {
    // The analyzer stays usable from Node, the browser and the CLI.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: 'src/core must not depend on VS Code.' }], patterns: ['node:*', 'fs', 'path'] }],
    },
  },
);
