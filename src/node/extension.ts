/** The extension's entry in VS Code's Node extension host (package.json `main`, bundled to dist/extension.js). */
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type * as vscode from 'vscode';
import { activateWith, type ArticleAnnotatorApi } from '../extension';

export function activate(context: vscode.ExtensionContext): ArticleAnnotatorApi {
  return activateWith(context, {
    startAnalysisWorker: () => {
      // The worker's bundle sits beside this one in dist/.
      const worker = new Worker(path.join(__dirname, 'analysisWorker.js'));
      worker.unref();
      return worker;
    },
  });
}

export function deactivate(): void {}
