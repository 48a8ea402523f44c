import * as vscode from 'vscode';
import { ActiveArticle } from './activeArticle';
import { Analyses } from './analyses';
import { ArticleMode } from './articleMode';
import { registerAnnotationContext } from './annotationContext';
import { ArticleAnnotations } from './annotations';
import { annotatingCommands } from './commands/annotating';
import { copyQuotesCsv, exportAnalysis } from './commands/exporting';
import { goToAdjacentQuote, goToEntity, goToSpan, showMentions, showQuotesBySpeaker } from './commands/navigation';
import { leaveArticleMode, openAsArticle } from './commands/openAsArticle';
import { filterEntities, revealEntity, sortEntities } from './commands/sidebar';
import { resolveTarget } from './commands/target';
import { Commands, LANGUAGE_ID, Views } from './constants';
import type { Span } from './core/types';
import { registerCorpus, type CorpusApi } from './corpus/register';
import { registerDiagnostics } from './diagnostics';
import { registerFilePatterns } from './filePatterns';
import type { Platform } from './platform';
import { EntityHoverProvider } from './providers/hover';
import { EntityDefinitionProvider, EntityHighlightProvider, EntityReferenceProvider } from './providers/mentions';
import { registerSymbols } from './providers/symbols';
import { registerSemanticTokens } from './semanticTokens';
import { ArticleStatus, registerReviewStatus } from './statusBar';
import { EntitiesTree } from './views/entitiesTree';
import { QuotesTree } from './views/quotesTree';

/** What activate returns: the extension's parts, for other extensions and the integration tests. */
export interface ArticleAnnotatorApi {
  analyses: Analyses;
  annotations: ArticleAnnotations;
  reviewStatus: vscode.StatusBarItem;
  entities: EntitiesTree;
  entitiesView: vscode.TreeView<unknown>;
  quotes: QuotesTree;
  status: ArticleStatus;
  mode: ArticleMode;
  corpus: CorpusApi;
}

/** The activation of both entries, src/node/extension.ts (Node) and src/web/extension.ts (VS Code for the Web). */
export function activateWith(context: vscode.ExtensionContext, platform: Platform): ArticleAnnotatorApi {
  const mode = new ArticleMode(context.workspaceState);
  const annotations = new ArticleAnnotations();
  const analyses = new Analyses(mode, annotations, platform.startAnalysisWorker);
  const article = new ActiveArticle(analyses, mode);
  const review = registerReviewStatus(article);
  const entities = new EntitiesTree(article, context.workspaceState);
  const entitiesView = vscode.window.createTreeView(Views.entities, { treeDataProvider: entities, showCollapseAll: true });
  const quotes = new QuotesTree(article);
  const status = new ArticleStatus(article, analyses);
  // Markdown too: a Markdown file read as an article stays Markdown (providers answer only for articles).
  const selector: vscode.DocumentSelector = [{ language: LANGUAGE_ID }, { language: 'markdown' }];
  const command = (id: string, run: (...args: never[]) => unknown) => vscode.commands.registerCommand(id, run);
  context.subscriptions.push(
    mode,
    annotations,
    analyses,
    article,
    status,
    review.disposable,
    registerAnnotationContext(analyses, annotations),
    ...Object.entries(annotatingCommands({ analyses, annotations, article })).map(([id, run]) => command(id, run)),
    entitiesView,
    vscode.window.createTreeView(Views.quotes, { treeDataProvider: quotes, showCollapseAll: true }),
    vscode.languages.registerHoverProvider(selector, new EntityHoverProvider(analyses)),
    vscode.languages.registerDefinitionProvider(selector, new EntityDefinitionProvider(analyses)),
    vscode.languages.registerReferenceProvider(selector, new EntityReferenceProvider(analyses)),
    vscode.languages.registerDocumentHighlightProvider(selector, new EntityHighlightProvider(analyses)),
    registerSymbols(analyses, mode, selector),
    registerDiagnostics(analyses, mode),
    registerSemanticTokens(analyses, mode, selector),
    registerFilePatterns(),
    command(Commands.openAsArticle, () => openAsArticle(mode)),
    command(Commands.leaveArticleMode, () => leaveArticleMode(mode)),
    command(Commands.goToEntity, () => goToEntity(analyses)),
    command(Commands.nextQuote, () => goToAdjacentQuote(analyses, 1)),
    command(Commands.previousQuote, () => goToAdjacentQuote(analyses, -1)),
    command(Commands.showQuotesBySpeaker, () => showQuotesBySpeaker(analyses)),
    command(Commands.showMentions, (uri?: string, offset?: number, version?: number) => showMentions(analyses, uri, offset, version)),
    command(Commands.revealEntity, (uri?: string, offset?: number, version?: number) => revealEntity(analyses, entities, entitiesView, uri, offset, version)),
    command(Commands.goToSpan, (uri: vscode.Uri | string, span: Span, version?: number) => goToSpan(analyses, uri, span, version)),
    command(Commands.refreshAnalysis, async (uri?: vscode.Uri) => {
      const target = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (target && analyses.isArticle(target)) await status.track(analyses.refresh(target));
      else await resolveTarget(analyses); // explains what to open
    }),
    command(Commands.exportAnalysis, (to?: vscode.Uri) => exportAnalysis(analyses, to)),
    command(Commands.copyQuotesCsv, () => copyQuotesCsv(analyses)),
    command(Commands.sortEntities, () => sortEntities(entities)),
    command(Commands.filterEntities, () => filterEntities(entities, entitiesView)),
    command(Commands.clearEntityFilter, () => {
      entities.setFilter('');
      entitiesView.description = undefined;
    }),
  );
  return { analyses, annotations, reviewStatus: review.item, entities, entitiesView, quotes, status, mode, corpus: registerCorpus(context, analyses, platform.startAnalysisWorker) };
}
