import * as vscode from 'vscode';
import { corpusEntities, type CorpusEntity } from '../core/corpus/corpusEntities';
import { primaryMention } from '../core/output/query';
import type { Span } from '../core/types';
import { positionAt } from './lineStarts';
import type { IndexedArticle, WorkspaceIndex } from './workspaceIndex';

export type CorpusEntry = CorpusEntity<IndexedArticle>;

/** The workspace's entities merged across articles, recomputed when the index changes, shared by the corpus features. */
export class Corpus implements vscode.Disposable {
  private merged: CorpusEntry[] | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(readonly index: WorkspaceIndex) {
    this.subscription = index.onDidChange(() => {
      this.merged = undefined;
      this.changed.fire();
    });
  }

  entities(): CorpusEntry[] {
    // Articles in path order, so each entity lists its articles the same way every time.
    this.merged ??= corpusEntities(this.index.all().sort((a, b) => a.uri.toString().localeCompare(b.uri.toString())));
    return this.merged;
  }

  dispose(): void {
    this.changed.dispose();
    this.subscription.dispose();
  }
}

export function rangeIn(article: IndexedArticle, span: Span): vscode.Range {
  const start = positionAt(article.lineStarts, span.start);
  const end = positionAt(article.lineStarts, span.end);
  return new vscode.Range(start.line, start.character, end.line, end.character);
}

/** Where an article first names the entity in full (else its first mention). */
export function firstMention(mention: CorpusEntry['articles'][number]): Span {
  return primaryMention(mention.entity) ?? { start: 0, end: 0 };
}

export function articleLabel(article: IndexedArticle): string {
  return vscode.workspace.asRelativePath(article.uri);
}
