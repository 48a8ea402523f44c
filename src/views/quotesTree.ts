import * as vscode from 'vscode';
import type { ActiveArticle } from '../activeArticle';
import type { AnnotatedAnalysis, ReviewedQuote } from '../core/annotations';
import { entityIcon, quoteItem } from './items';

export type QuoteNode = { kind: 'speaker'; speakerId: string | null } | { kind: 'quote'; quote: ReviewedQuote };
type Node = QuoteNode;

/** A quote's group: its speaker entity, an unnamed source by its description, or none (unattributed). */
function groupKey(q: ReviewedQuote): string | null {
  return q.speakerId ?? (q.unnamedSource !== undefined ? `unnamed:${q.unnamedSource}` : null);
}

/** The Quotes view: the active article's quotations grouped by speaker (or unnamed source), the unattributed last. */
export class QuotesTree implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly article: ActiveArticle) {
    article.onDidChange(() => this.changed.fire());
  }

  private grouped: { analysis: AnnotatedAnalysis; groups: Map<string | null, ReviewedQuote[]> } | undefined;
  /** The quotes by speaker, grouped once per analysis however many rows ask. */
  private groups(): Map<string | null, ReviewedQuote[]> {
    const analysis = this.article.analysis;
    if (!analysis) return new Map();
    if (this.grouped?.analysis !== analysis) {
      const groups = new Map<string | null, ReviewedQuote[]>();
      for (const q of analysis.quotes) {
        const group = groups.get(groupKey(q));
        if (group) group.push(q);
        else groups.set(groupKey(q), [q]);
      }
      this.grouped = { analysis, groups };
    }
    return this.grouped.groups;
  }

  getChildren(node?: Node): Node[] {
    const groups = this.groups();
    if (!node) {
      const speakers = [...groups.keys()].filter((id) => id !== null).map((speakerId): Node => ({ kind: 'speaker', speakerId }));
      return groups.has(null) ? [...speakers, { kind: 'speaker', speakerId: null }] : speakers;
    }
    return node.kind === 'speaker' ? (groups.get(node.speakerId) ?? []).map((quote) => ({ kind: 'quote', quote })) : [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'quote') return quoteItem(node.quote, this.article.document, this.article.version, `quote:${node.quote.start}`);
    const count = this.groups().get(node.speakerId)?.length ?? 0;
    const entity = this.article.analysis?.entities.find((e) => e.id === node.speakerId);
    const unnamed = node.speakerId?.startsWith('unnamed:') ? this.groups().get(node.speakerId)?.[0]?.speakerLabel : undefined;
    // A group of hundreds (say, a scraped page of unattributed quotes) opens only when asked.
    const state = count > 100 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded;
    const item = new vscode.TreeItem(entity?.name ?? unnamed ?? 'Unattributed', state);
    item.id = `speaker:${entity ? `${entity.type}:${entity.name}` : node.speakerId ?? 'none'}`;
    const reviewed = this.groups().get(node.speakerId)?.filter((q) => q.status !== 'suggested').length ?? 0;
    item.description = reviewed ? `${count} · ${reviewed} reviewed` : String(count);
    item.iconPath = entity ? entityIcon(entity.type) : new vscode.ThemeIcon(unnamed ? 'account' : 'question');
    item.contextValue = entity ? 'speaker' : unnamed ? 'unnamed' : 'unattributed';
    return item;
  }
}
