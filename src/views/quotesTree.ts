import * as vscode from 'vscode';
import type { ActiveArticle } from '../activeArticle';
import { quotesBySpeaker } from '../core/output/query';
import type { Analysis, Quote } from '../core/types';
import { entityIcon, quoteItem } from './items';

type Node = { kind: 'speaker'; speakerId: string | null } | { kind: 'quote'; quote: Quote };

/** The Quotes view: the active article's quotations grouped by speaker, the unattributed last. */
export class QuotesTree implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly article: ActiveArticle) {
    article.onDidChange(() => this.changed.fire());
  }

  private grouped: { analysis: Analysis; groups: Map<string | null, Quote[]> } | undefined;
  /** The quotes by speaker, grouped once per analysis however many rows ask. */
  private groups(): Map<string | null, Quote[]> {
    const analysis = this.article.analysis;
    if (!analysis) return new Map();
    if (this.grouped?.analysis !== analysis) this.grouped = { analysis, groups: quotesBySpeaker(analysis) };
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
    // A group of hundreds (say, a scraped page of unattributed quotes) opens only when asked.
    const state = count > 100 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded;
    const item = new vscode.TreeItem(entity?.name ?? 'Unattributed', state);
    item.id = `speaker:${entity ? `${entity.type}:${entity.name}` : 'none'}`;
    item.description = String(count);
    item.iconPath = entity ? entityIcon(entity.type) : new vscode.ThemeIcon('question');
    item.contextValue = entity ? 'speaker' : 'unattributed';
    return item;
  }
}
