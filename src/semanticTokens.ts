import * as vscode from 'vscode';
import type { Analyses } from './analyses';
import type { ArticleMode } from './articleMode';
import { CONFIG_SECTION } from './constants';
import { SEMANTIC_TOKEN_TYPES, encodeSemanticTokens, semanticRanges, type SemanticOptions } from './core/output/semanticEncoding';

const ENTITY_HIGHLIGHTING = 'entityHighlighting';
const legend = new vscode.SemanticTokensLegend([...SEMANTIC_TOKEN_TYPES]);

/** What the document's semantic tokens show: entities unless the setting is off, quotations in Markdown read as an article. */
export function semanticOptions(document: vscode.TextDocument, mode: ArticleMode): SemanticOptions {
  return { entities: vscode.workspace.getConfiguration(CONFIG_SECTION, document).get<boolean>(ENTITY_HIGHLIGHTING, true), quotes: mode.isOverlay(document) };
}

/**
 * Semantic tokens from the analysis: every attributed speaker mention, and entity mentions by type unless
 * `articleAnnotator.entityHighlighting` is off, and in Markdown read as an article the quotations. They layer over
 * the grammar's colours (see docs/grammar.md).
 */
export class ArticleSemanticTokensProvider implements vscode.DocumentSemanticTokensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeSemanticTokens = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly analyses: Analyses, private readonly mode: ArticleMode) {
    this.subscriptions = [
      this.changed,
      mode.onDidChange(() => this.changed.fire()),
      // A finished analysis, or the setting, changes the tokens without the text changing.
      analyses.onDidUpdate(() => this.changed.fire()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`${CONFIG_SECTION}.${ENTITY_HIGHLIGHTING}`)) this.changed.fire();
      }),
    ];
  }

  async provideDocumentSemanticTokens(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.SemanticTokens | undefined> {
    const analysis = await this.analyses.get(document);
    if (!analysis || token.isCancellationRequested) return undefined;
    const options = semanticOptions(document, this.mode);
    // The worker encodes them with the analysis; they are encoded here only when the annotations or the options
    // changed since it was asked.
    const data = this.analyses.tokens(document, options) ?? Uint32Array.from(encodeSemanticTokens(document.getText(), semanticRanges(analysis, options)));
    return new vscode.SemanticTokens(data);
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
  }
}

/** Registers the provider for articles (and Markdown, for Markdown read as an article); dispose the result to unregister. */
export function registerSemanticTokens(analyses: Analyses, mode: ArticleMode, selector: vscode.DocumentSelector): vscode.Disposable {
  const provider = new ArticleSemanticTokensProvider(analyses, mode);
  return vscode.Disposable.from(
    provider,
    vscode.languages.registerDocumentSemanticTokensProvider(selector, provider, legend),
  );
}
