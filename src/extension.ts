import * as vscode from 'vscode';
import { Analyses } from './analyses';
import { trackActiveArticle } from './articleContext';
import { openAsArticle } from './commands/openAsArticle';
import { Commands, Views } from './constants';
import { registerFilePatterns } from './filePatterns';
import { EntitiesTree } from './views/entitiesTree';

export function activate(context: vscode.ExtensionContext): void {
  const analyses = new Analyses();
  const entities = new EntitiesTree(analyses);
  context.subscriptions.push(
    analyses,
    entities,
    vscode.window.createTreeView(Views.entities, { treeDataProvider: entities, showCollapseAll: true }),
    vscode.commands.registerCommand(Commands.openAsArticle, openAsArticle),
    registerFilePatterns(),
    trackActiveArticle(),
  );
}

export function deactivate(): void {}
