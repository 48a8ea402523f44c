import * as vscode from 'vscode';
import type { Analyses } from '../analyses';
import type { WorkerPort } from '../analysisQueue';
import { Commands, Views } from '../constants';
import { AuditReport } from './auditReport';
import { filterCorpus, showSourceAudit, sortCorpus, whichArticlesMention } from './commands';
import { Corpus } from './corpus';
import { CorpusTree } from './corpusTree';
import { WorkspaceIndex } from './workspaceIndex';
import { CorpusSymbolProvider } from './workspaceSymbols';

/** The corpus features' parts, for the integration tests. */
export interface CorpusApi {
  index: WorkspaceIndex;
  corpus: Corpus;
  tree: CorpusTree;
  view: vscode.TreeView<unknown>;
  audit: AuditReport;
}

/** The workspace as a corpus: the index, the Corpus view, workspace symbols, Which Articles Mention…, the source audit. */
export function registerCorpus(context: vscode.ExtensionContext, analyses: Analyses, startWorker: () => WorkerPort): CorpusApi {
  const index = new WorkspaceIndex(context.storageUri ?? context.globalStorageUri, analyses, startWorker);
  const corpus = new Corpus(index);
  const tree = new CorpusTree(corpus, context.workspaceState);
  const view = vscode.window.createTreeView(Views.corpus, { treeDataProvider: tree, showCollapseAll: true });
  const audit = new AuditReport(index);
  const command = (id: string, run: (...args: never[]) => unknown) => vscode.commands.registerCommand(id, run);
  context.subscriptions.push(
    index,
    corpus,
    view,
    audit,
    vscode.languages.registerWorkspaceSymbolProvider(new CorpusSymbolProvider(corpus)),
    command(Commands.whichArticlesMention, () => whichArticlesMention(corpus)),
    command(Commands.showSourceAudit, (scope?: 'article' | 'workspace') => showSourceAudit(audit, analyses, scope)),
    command(Commands.sortCorpus, () => sortCorpus(tree)),
    command(Commands.filterCorpus, () => filterCorpus(tree, view)),
    command(Commands.clearCorpusFilter, () => {
      tree.setFilter('');
      view.description = undefined;
    }),
    command(Commands.refreshCorpus, () => index.start()),
  );
  void index.start();
  return { index, corpus, tree, view, audit };
}
