/**
 * The extension's entry in VS Code for the Web's web-worker extension host (package.json `browser`, bundled to
 * dist/web/extension.js): the same activation as on Node, with the analyzer in a Web Worker.
 */
import * as vscode from 'vscode';
import { activateWith, type ArticleAnnotatorApi } from '../extension';
import { BrowserWorkerPort, workerScript } from './workerPort';

export function activate(context: vscode.ExtensionContext): ArticleAnnotatorApi {
  const uri = vscode.Uri.joinPath(context.extensionUri, 'dist/web/analysisWorker.js');
  // The worker's script is read when the first worker starts, and again only after a failed read.
  let script: Promise<string> | undefined;
  const load = () => (script ??= workerScript(uri).catch((e: unknown) => {
    script = undefined;
    throw e;
  }));
  return activateWith(context, { startAnalysisWorker: () => new BrowserWorkerPort(load()) });
}

export function deactivate(): void {}
