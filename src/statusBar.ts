import * as vscode from 'vscode';
import type { ActiveArticle } from './activeArticle';
import type { Analyses } from './analyses';
import { Commands } from './constants';
import type { AnnotatedAnalysis } from './core/annotations';
import { counted } from './plural';

/**
 * The status bar item of the active article: its counts once analysed, a spinning "Analysing…" while an edit or
 * Refresh Analysis waits for a new analysis. Clicking it analyses again.
 */
export class ArticleStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('articleAnnotator.status', vscode.StatusBarAlignment.Right, 100);
  /** Refreshes under way (Refresh Analysis), which show as analysing until they settle. */
  private refreshing = 0;
  /** The active article was edited after its last analysis came in. */
  private edited = false;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly article: ActiveArticle, private readonly analyses: Analyses) {
    this.item.name = 'Article Annotator';
    this.item.command = { command: Commands.refreshAnalysis, title: 'Refresh Analysis' };
    this.subscriptions = [
      this.item,
      article.onDidChange(() => {
        this.edited = false;
        this.render();
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document !== article.document || e.contentChanges.length === 0) return;
        this.edited = true;
        this.render();
      }),
    ];
    this.render();
  }

  /** What the item shows, for tests. */
  get text(): string {
    return this.item.text;
  }

  /** Shows the analysing state until `work` settles. */
  async track<T>(work: Promise<T>): Promise<T> {
    this.refreshing++;
    this.render();
    try {
      return await work;
    } finally {
      this.refreshing--;
      this.render();
    }
  }

  private render(): void {
    const document = this.article.document;
    if (!document) {
      this.item.hide();
      return;
    }
    // While an edit waits for its analysis nothing reads the analysis: moving an older one's offsets onto the
    // edited text costs time in proportion to the article, on every keystroke.
    const analysis = this.refreshing > 0 || this.edited ? undefined : this.article.analysis;
    if (this.refreshing > 0 || this.edited || (!analysis && !this.analyses.tooLarge(document))) {
      this.item.text = '$(sync~spin) Analysing…';
      this.item.tooltip = 'Article Annotator is analysing this article.';
    } else if (!analysis) {
      this.item.text = '$(book) Not analysed';
      this.item.tooltip = 'Above articleAnnotator.maxFileSizeMB: click to analyse it anyway.';
    } else {
      this.item.text = `$(book) ${summary(analysis)}`;
      this.item.tooltip = `${details(analysis)}. Click to analyse again.`;
    }
    this.item.show();
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
  }
}

function summary(analysis: AnnotatedAnalysis): string {
  return `${counted(analysis.entities.length, 'entity', 'entities')} · ${counted(analysis.quotes.length, 'quote')}`;
}

function details(analysis: AnnotatedAnalysis): string {
  const of = (type: string) => analysis.entities.filter((e) => e.type === type).length;
  const unattributed = analysis.quotes.filter((q) => q.speakerId === null).length;
  return [
    counted(of('PERSON'), 'person', 'people'), counted(of('ORG'), 'organization'), counted(of('PLACE'), 'place'),
    `${counted(analysis.quotes.length, 'quote')} (${unattributed} unattributed)`,
  ].join(', ');
}

/**
 * The active article's review progress ("Quotes 12/17 reviewed"): what a person has accepted, corrected or
 * annotated, out of what is there. A click goes to the next suggestion still to review.
 */
export function registerReviewStatus(article: ActiveArticle): { item: vscode.StatusBarItem; disposable: vscode.Disposable } {
  const item = vscode.window.createStatusBarItem('articleAnnotator.review', vscode.StatusBarAlignment.Right, 99);
  item.name = 'Article Review Progress';
  item.command = Commands.nextUnreviewed;
  const update = () => {
    const analysis = article.analysis;
    if (!analysis) return void item.hide();
    const { quotes, entities } = analysis.progress;
    const done = quotes.reviewed === quotes.total && entities.reviewed === entities.total;
    item.text = `$(${done ? 'pass-filled' : 'checklist'}) Quotes ${quotes.reviewed}/${quotes.total} reviewed`;
    item.tooltip = `Reviewed: ${quotes.reviewed} of ${counted(quotes.total, 'quote')}, ${entities.reviewed} of ${counted(entities.total, 'person, organization or place', 'people, organizations and places')}` +
      (analysis.orphans.length ? `; ${counted(analysis.orphans.length, 'orphaned annotation')}` : '') + (done ? '' : '\nClick for the next unreviewed suggestion');
    item.show();
  };
  update();
  return { item, disposable: vscode.Disposable.from(item, article.onDidChange(update)) };
}
