import * as vscode from 'vscode';
import type { ActiveArticle } from '../activeArticle';
import { Commands } from '../constants';
import { quotesOf } from '../core/output/query';
import type { Analysis, Entity, EntityType, Mention, Quote } from '../core/types';
import { appendArticleText } from '../markdown';
import { counted } from '../plural';
import { preview } from '../preview';
import { ENTITY_GROUPS, entityIcon, entityKey, groupOf, quoteItem } from './items';

export type SortOrder = 'mentions' | 'appearance' | 'name';

type Node =
  | { kind: 'group'; type: EntityType }
  | { kind: 'entity'; entity: Entity }
  | { kind: 'quotes'; entity: Entity }
  | { kind: 'quote'; entity: Entity; quote: Quote }
  | { kind: 'mention'; entity: Entity; mention: Mention };

const SORTERS: Record<SortOrder, (a: Entity, b: Entity) => number> = {
  mentions: (a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name),
  appearance: (a, b) => firstStart(a) - firstStart(b),
  name: (a, b) => a.name.localeCompare(b.name),
};
/** A loop, not Math.min(...starts): an entity may have more mentions than a call has room for arguments. */
function firstStart(e: Entity): number {
  let first = Infinity;
  for (const m of e.mentions) if (m.start < first) first = m.start;
  return first;
}

/** The Entities view: the active article's people, organizations and places, their mentions and quotes. */
export class EntitiesTree implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private sortOrder: SortOrder;
  private filterText = '';

  constructor(private readonly article: ActiveArticle, private readonly state: vscode.Memento) {
    this.sortOrder = state.get<SortOrder>('entities.sort', 'mentions');
    article.onDidChange(() => this.changed.fire());
  }

  get sort(): SortOrder {
    return this.sortOrder;
  }

  setSort(order: SortOrder): void {
    this.sortOrder = order;
    void this.state.update('entities.sort', order);
    this.changed.fire();
  }

  get filter(): string {
    return this.filterText;
  }

  /** Shows only entities whose name, alias or role contains the text (case-insensitive). */
  setFilter(text: string): void {
    this.filterText = text.trim();
    void vscode.commands.executeCommand('setContext', 'articleAnnotator.entityFilterActive', this.filterText !== '');
    this.changed.fire();
  }

  private entities(analysis: Analysis, type: EntityType): Entity[] {
    const needle = this.filterText.toLocaleLowerCase();
    const matches = (e: Entity) =>
      !needle || [e.name, ...e.aliases, e.role ?? '', e.description ?? ''].some((s) => s.toLocaleLowerCase().includes(needle));
    return analysis.entities.filter((e) => e.type === type && matches(e)).sort(SORTERS[this.sortOrder]);
  }

  private text: { document: vscode.TextDocument; version: number; text: string } | undefined;
  /** The article's text, read once per version however many mention rows show it. */
  private textOf(document: vscode.TextDocument): string {
    if (this.text?.document !== document || this.text.version !== document.version) {
      this.text = { document, version: document.version, text: document.getText() };
    }
    return this.text.text;
  }

  /** The tree node of an entity, for `TreeView.reveal`. */
  nodeOf(entity: Entity): Node {
    return { kind: 'entity', entity };
  }

  getChildren(node?: Node): Node[] {
    const analysis = this.article.analysis;
    if (!analysis) return [];
    if (!node) {
      return ENTITY_GROUPS.filter((g) => this.entities(analysis, g.type).length > 0).map((g) => ({ kind: 'group', type: g.type }));
    }
    switch (node.kind) {
      case 'group':
        return this.entities(analysis, node.type).map((entity) => ({ kind: 'entity', entity }));
      case 'entity': {
        const mentions: Node[] = [...node.entity.mentions].sort((a, b) => a.start - b.start).map((mention) => ({ kind: 'mention', entity: node.entity, mention }));
        return quotesOf(analysis, node.entity.id).length > 0 ? [{ kind: 'quotes', entity: node.entity }, ...mentions] : mentions;
      }
      case 'quotes':
        return quotesOf(analysis, node.entity.id).map((quote) => ({ kind: 'quote', entity: node.entity, quote }));
      default:
        return [];
    }
  }

  getParent(node: Node): Node | undefined {
    switch (node.kind) {
      case 'group': return undefined;
      case 'entity': return { kind: 'group', type: node.entity.type };
      case 'quotes': return { kind: 'entity', entity: node.entity };
      case 'quote': return { kind: 'quotes', entity: node.entity };
      case 'mention': return { kind: 'entity', entity: node.entity };
    }
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const analysis = this.article.analysis;
    const document = this.article.document;
    switch (node.kind) {
      case 'group': {
        const group = groupOf(node.type);
        const item = new vscode.TreeItem(group.label, group.collapsed ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded);
        item.id = `group:${node.type}`;
        item.description = analysis ? String(this.entities(analysis, node.type).length) : undefined;
        item.iconPath = new vscode.ThemeIcon(group.icon);
        item.contextValue = 'group';
        return item;
      }
      case 'entity': {
        const { entity } = node;
        const item = new vscode.TreeItem(entity.name, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = entityKey(entity);
        item.description = [entity.role ?? entity.description, counted(entity.mentions.length, 'mention')].filter(Boolean).join(' · ');
        item.tooltip = tooltip(entity, analysis ? quotesOf(analysis, entity.id).length : 0);
        item.iconPath = entityIcon(entity.type);
        item.contextValue = 'entity';
        return item;
      }
      case 'quotes': {
        const count = analysis ? quotesOf(analysis, node.entity.id).length : 0;
        const item = new vscode.TreeItem('Quotes', vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `${entityKey(node.entity)}/quotes`;
        item.description = String(count);
        item.iconPath = new vscode.ThemeIcon('quote');
        return item;
      }
      case 'quote':
        return quoteItem(node.quote, document, this.article.version, `${entityKey(node.entity)}/quote:${node.quote.start}`);
      case 'mention': {
        const { mention } = node;
        const line = document ? document.positionAt(mention.start).line + 1 : 0;
        const row = document ? preview(this.textOf(document), mention) : { label: mention.text, highlight: [0, mention.text.length] as [number, number] };
        const item = new vscode.TreeItem({ label: row.label, highlights: [row.highlight] }, vscode.TreeItemCollapsibleState.None);
        item.id = `${entityKey(node.entity)}/mention:${mention.start}`;
        item.description = `line ${line}${mention.kind === 'name' ? '' : ` · ${mention.kind}`}`;
        item.iconPath = new vscode.ThemeIcon(mention.kind === 'pronoun' ? 'symbol-text' : 'symbol-reference');
        if (document) item.command = { command: Commands.goToSpan, title: 'Go to Mention', arguments: [document.uri, mention, this.article.version] };
        return item;
      }
    }
  }
}

function tooltip(entity: Entity, quotes: number): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  appendArticleText(md.appendMarkdown('**'), entity.name).appendMarkdown('**\n\n');
  for (const line of [entity.role, entity.affiliation, entity.description]) if (line) appendArticleText(md, line).appendMarkdown('\n\n');
  if (entity.aliases.length) appendArticleText(md.appendMarkdown('Also: '), entity.aliases.join(', ')).appendMarkdown('\n\n');
  md.appendText(`${counted(entity.mentions.length, 'mention')}, ${counted(quotes, 'quote')}`);
  return md;
}
