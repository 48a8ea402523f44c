import * as vscode from 'vscode';
import { Commands } from '../constants';
import { counted } from '../plural';
import type { EntityType, Quote } from '../core/types';
import { ENTITY_GROUPS, entityIcon, groupOf, quoteItem } from '../views/items';
import { articleLabel, firstMention, type Corpus, type CorpusEntry } from './corpus';
import { positionAt } from './lineStarts';
import { SortedFilteredTree } from '../views/sortedFilteredTree';

export type CorpusSort = 'articles' | 'mentions' | 'name';

type Mention = CorpusEntry['articles'][number];
type Node =
  | { kind: 'group'; type: EntityType }
  | { kind: 'entity'; entry: CorpusEntry }
  | { kind: 'article'; entry: CorpusEntry; mention: Mention }
  | { kind: 'quote'; entry: CorpusEntry; mention: Mention; quote: Quote };

const SORTERS: Record<CorpusSort, (a: CorpusEntry, b: CorpusEntry) => number> = {
  articles: (a, b) => b.articles.length - a.articles.length || b.mentions - a.mentions || a.name.localeCompare(b.name),
  mentions: (a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name),
  name: (a, b) => a.name.localeCompare(b.name),
};

/** The Corpus view: people, organizations and places across the workspace's articles, each with its articles and quotes. */
export class CorpusTree extends SortedFilteredTree<CorpusSort> implements vscode.TreeDataProvider<Node> {
  constructor(private readonly corpus: Corpus, state: vscode.Memento) {
    super(state, 'corpus.sort', 'articles', 'articleAnnotator.corpusFilterActive');
    corpus.onDidChange(() => this.changed.fire());
  }

  /** The entities of one type the filter lets through, in the chosen order. */
  entities(type: EntityType): CorpusEntry[] {
    const needle = this.filter.toLocaleLowerCase();
    const matches = (e: CorpusEntry) => !needle || [e.name, ...e.aliases].some((n) => n.toLocaleLowerCase().includes(needle));
    return this.corpus.entities().filter((e) => e.type === type && matches(e)).sort(SORTERS[this.sort]);
  }

  getChildren(node?: Node): Node[] {
    if (!node) return ENTITY_GROUPS.filter((g) => this.entities(g.type).length > 0).map((g) => ({ kind: 'group', type: g.type }));
    switch (node.kind) {
      case 'group':
        return this.entities(node.type).map((entry) => ({ kind: 'entity', entry }));
      case 'entity':
        return node.entry.articles.map((mention) => ({ kind: 'article', entry: node.entry, mention }));
      case 'article':
        return node.mention.quotes.map((quote) => ({ kind: 'quote', entry: node.entry, mention: node.mention, quote }));
      default:
        return [];
    }
  }

  getParent(node: Node): Node | undefined {
    switch (node.kind) {
      case 'group': return undefined;
      case 'entity': return { kind: 'group', type: node.entry.type };
      case 'article': return { kind: 'entity', entry: node.entry };
      case 'quote': return { kind: 'article', entry: node.entry, mention: node.mention };
    }
  }

  getTreeItem(node: Node): vscode.TreeItem {
    switch (node.kind) {
      case 'group': {
        const group = groupOf(node.type);
        const item = new vscode.TreeItem(group.label, vscode.TreeItemCollapsibleState.Expanded);
        item.id = `corpus-group:${node.type}`;
        item.description = String(this.entities(node.type).length);
        item.iconPath = new vscode.ThemeIcon(group.icon);
        return item;
      }
      case 'entity': {
        const { entry } = node;
        const item = new vscode.TreeItem(entry.name, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `corpus:${entry.key}`;
        item.description = [counted(entry.articles.length, 'article'), counted(entry.quotes, 'quote')].join(' · ');
        const tip = new vscode.MarkdownString();
        tip.appendText(`${entry.name}${entry.aliases.length ? ` (also ${entry.aliases.join(', ')})` : ''}\n\n`);
        tip.appendText(`${counted(entry.mentions, 'mention')} in ${counted(entry.articles.length, 'article')}, ${counted(entry.quotes, 'quote')}`);
        item.tooltip = tip;
        item.iconPath = entityIcon(entry.type);
        item.contextValue = 'corpusEntity';
        return item;
      }
      case 'article': {
        const { mention } = node;
        const item = new vscode.TreeItem(articleLabel(mention.article), mention.quotes.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
        item.id = `corpus:${node.entry.key}/${mention.article.uri.toString()}`;
        item.resourceUri = mention.article.uri;
        item.description = [counted(mention.entity.mentions.length, 'mention'), mention.quotes.length ? counted(mention.quotes.length, 'quote') : ''].filter(Boolean).join(' · ');
        item.iconPath = vscode.ThemeIcon.File;
        item.command = { command: Commands.goToSpan, title: 'Go to Mention', arguments: [mention.article.uri, firstMention(mention)] };
        return item;
      }
      case 'quote': {
        const { mention, quote } = node;
        const item = quoteItem(quote, undefined, undefined, `corpus:${node.entry.key}/${mention.article.uri.toString()}/quote:${quote.start}`);
        item.description = `line ${positionAt(mention.article.lineStarts, quote.start).line + 1}`;
        item.command = { command: Commands.goToSpan, title: 'Go to Quote', arguments: [mention.article.uri, quote] };
        return item;
      }
    }
  }
}
