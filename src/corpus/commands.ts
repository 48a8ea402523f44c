import * as vscode from 'vscode';
import type { Analyses } from '../analyses';
import { Commands } from '../constants';
import { counted } from '../plural';
import { ENTITY_GROUPS, groupOf } from '../views/items';
import type { AuditReport } from './auditReport';
import { articleLabel, firstMention, type Corpus } from './corpus';
import type { CorpusSort, CorpusTree } from './corpusTree';
import { toAnalysis } from '../core/corpus/annotated';
import { askFilter, pickSort } from '../views/sortedFilteredTree';

/** `Article: Which Articles Mention…`: pick a person, organization or place of the workspace, then one of its articles. */
export async function whichArticlesMention(corpus: Corpus): Promise<void> {
  await corpus.index.ready();
  const entries = corpus.entities();
  if (entries.length === 0) {
    void vscode.window.showInformationMessage('No articles in this workspace name people, organizations or places yet.');
    return;
  }
  const items = ENTITY_GROUPS.flatMap(({ type, label, icon }) => {
    const ofType = entries.filter((e) => e.type === type);
    if (!ofType.length) return [];
    return [
      { label, kind: vscode.QuickPickItemKind.Separator },
      ...ofType.map((entry) => ({
        label: `$(${icon}) ${entry.name}`,
        description: counted(entry.articles.length, 'article'),
        detail: entry.aliases.length ? `also ${entry.aliases.join(', ')}` : undefined,
        entry,
      })),
    ];
  });
  const pick = await vscode.window.showQuickPick(items, { placeHolder: 'Which articles mention…', matchOnDetail: true });
  if (!pick || !('entry' in pick)) return;
  const article = await vscode.window.showQuickPick(
    pick.entry.articles.map((mention) => ({
      label: articleLabel(mention.article),
      description: `${counted(mention.entity.mentions.length, 'mention')}, ${counted(mention.quotes.length, 'quote')}`,
      mention,
    })),
    { placeHolder: `Articles mentioning ${pick.entry.name} (${groupOf(pick.entry.type).noun})` },
  );
  if (article) await vscode.commands.executeCommand(Commands.goToSpan, article.mention.article.uri, firstMention(article.mention));
}

const SORT_CHOICES: { label: string; order: CorpusSort }[] = [
  { label: 'In most articles first', order: 'articles' },
  { label: 'Most mentioned first', order: 'mentions' },
  { label: 'By name', order: 'name' },
];

export function sortCorpus(tree: CorpusTree): Promise<void> {
  return pickSort(tree, SORT_CHOICES, 'Sort the corpus');
}

export function filterCorpus(tree: CorpusTree, view: vscode.TreeView<unknown>): Promise<void> {
  return askFilter(tree, view, { prompt: 'Show corpus entities whose name or alias contains' });
}

/** `Article: Show Source Audit`: of the active article or of the workspace. */
export async function showSourceAudit(report: AuditReport, analyses: Analyses, scope?: 'article' | 'workspace'): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  const article = document && analyses.isArticle(document) ? document : undefined;
  let choice = scope;
  if (!choice && article) {
    const pick = await vscode.window.showQuickPick(
      [
        { label: 'This article', description: vscode.workspace.asRelativePath(article.uri), scope: 'article' as const },
        { label: 'All articles in the workspace', scope: 'workspace' as const },
      ],
      { placeHolder: 'Source audit of…' },
    );
    if (!pick) return;
    choice = pick.scope;
  }
  if (choice === 'article' && article) {
    const analysis = await analyses.get(article);
    if (!analysis) return;
    report.show({ uri: article.uri, text: article.getText(), analysis: toAnalysis(analysis) });
  } else report.show(undefined);
}
