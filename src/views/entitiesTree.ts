import * as vscode from 'vscode';
import type { ActiveArticle } from '../activeArticle';
import { Commands } from '../constants';
import { quotesBySpeaker } from '../core/output/query';
import type { AnnotatedAnalysis, AnnotationType, Orphan, ReviewedEntity, ReviewedMention, ReviewedQuote } from '../core/annotations';
import { appendArticleText } from '../markdown';
import { counted } from '../plural';
import { preview } from '../preview';
import { SortedFilteredTree } from './sortedFilteredTree';
import { ENTITY_GROUPS, entityIcon, entityKey, groupOf, quoteItem, reviewDescription, reviewIcon } from './items';

export type SortOrder = 'mentions' | 'appearance' | 'name';

type Entity = ReviewedEntity;

export type EntityNode =
  | { kind: 'group'; type: AnnotationType }
  | { kind: 'entity'; entity: Entity }
  | { kind: 'quotes'; entity: Entity }
  | { kind: 'quote'; entity: Entity; quote: ReviewedQuote }
  | { kind: 'mention'; entity: Entity; mention: ReviewedMention }
  | { kind: 'orphans' }
  | { kind: 'orphan'; orphan: Orphan };
type Node = EntityNode;

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
export class EntitiesTree extends SortedFilteredTree<SortOrder> implements vscode.TreeDataProvider<Node> {
  constructor(private readonly article: ActiveArticle, state: vscode.Memento) {
    super(state, 'entities.sort', 'mentions', 'articleAnnotator.entityFilterActive');
    article.onDidChange(() => this.changed.fire());
  }

  private entities(analysis: AnnotatedAnalysis, type: AnnotationType): Entity[] {
    const needle = this.filter.toLocaleLowerCase();
    const matches = (e: Entity) =>
      !needle || [e.name, ...e.aliases, e.role ?? '', e.description ?? ''].some((s) => s.toLocaleLowerCase().includes(needle));
    return analysis.entities.filter((e) => e.type === type && matches(e)).sort(SORTERS[this.sort]);
  }

  private speakers: { analysis: AnnotatedAnalysis; quotes: Map<string | null, ReviewedQuote[]> } | undefined;
  /** The entity's quotes, from the quotes grouped once per analysis (each row asking for its count went through all). */
  private quotesOf(analysis: AnnotatedAnalysis, entityId: string): ReviewedQuote[] {
    if (this.speakers?.analysis !== analysis) this.speakers = { analysis, quotes: quotesBySpeaker(analysis) };
    return this.speakers.quotes.get(entityId) ?? [];
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
      const groups: Node[] = ENTITY_GROUPS.filter((g) => this.entities(analysis, g.type).length > 0).map((g) => ({ kind: 'group', type: g.type }));
      // What the text lost is shown, never dropped: Re-attach to Selection or Delete.
      return analysis.orphans.length ? [...groups, { kind: 'orphans' }] : groups;
    }
    switch (node.kind) {
      case 'group':
        return this.entities(analysis, node.type).map((entity) => ({ kind: 'entity', entity }));
      case 'entity': {
        const mentions: Node[] = [...node.entity.mentions].sort((a, b) => a.start - b.start).map((mention) => ({ kind: 'mention', entity: node.entity, mention }));
        return this.quotesOf(analysis, node.entity.id).length > 0 ? [{ kind: 'quotes', entity: node.entity }, ...mentions] : mentions;
      }
      case 'quotes':
        return this.quotesOf(analysis, node.entity.id).map((quote) => ({ kind: 'quote', entity: node.entity, quote }));
      case 'orphans':
        return analysis.orphans.map((orphan) => ({ kind: 'orphan', orphan }));
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
      case 'orphans': return undefined;
      case 'orphan': return { kind: 'orphans' };
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
        item.description = [entity.role ?? entity.description, counted(entity.mentions.length, 'mention'), reviewDescription(entity.status)].filter(Boolean).join(' · ');
        item.tooltip = tooltip(entity, analysis ? this.quotesOf(analysis, entity.id).length : 0);
        item.iconPath = reviewIcon(entityIcon(entity.type).id, entity.status);
        item.contextValue = `entity ${entity.status}`;
        return item;
      }
      case 'quotes': {
        const count = analysis ? this.quotesOf(analysis, node.entity.id).length : 0;
        const item = new vscode.TreeItem('Quotes', vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `${entityKey(node.entity)}/quotes`;
        item.description = String(count);
        item.iconPath = new vscode.ThemeIcon('quote');
        return item;
      }
      case 'quote':
        return quoteItem(node.quote, document, this.article.version, `${entityKey(node.entity)}/quote:${node.quote.start}`);
      case 'orphans': {
        const item = new vscode.TreeItem('Orphaned', vscode.TreeItemCollapsibleState.Expanded);
        item.id = 'orphans';
        item.description = String(analysis?.orphans.length ?? 0);
        item.iconPath = new vscode.ThemeIcon('debug-disconnect', new vscode.ThemeColor('list.warningForeground'));
        item.tooltip = 'Annotations whose text is gone from the article: select where they belong and Re-attach to Selection, or Delete them.';
        return item;
      }
      case 'orphan': {
        const { orphan } = node;
        const item = new vscode.TreeItem(orphan.label.replace(/\s+/g, ' '), vscode.TreeItemCollapsibleState.None);
        item.id = `orphan:${orphan.annotationId}:${orphan.mentionIndex ?? ''}`;
        item.description = `${orphan.target === 'quote' ? 'quote' : 'mention'} “${orphan.anchor.text.replace(/\s+/g, ' ')}”`;
        item.tooltip = `Was at line ${document ? document.positionAt(Math.min(orphan.anchor.start, document.getText().length)).line + 1 : '?'}: ${orphan.anchor.before}[${orphan.anchor.text}]${orphan.anchor.after}`;
        item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
        item.contextValue = 'orphan';
        return item;
      }
      case 'mention': {
        const { mention } = node;
        const line = document ? document.positionAt(mention.start).line + 1 : 0;
        const row = document ? preview(this.textOf(document), mention) : { label: mention.text, highlight: [0, mention.text.length] as [number, number] };
        const item = new vscode.TreeItem({ label: row.label, highlights: [row.highlight] }, vscode.TreeItemCollapsibleState.None);
        item.id = `${entityKey(node.entity)}/mention:${mention.start}`;
        item.description = [`line ${line}`, mention.kind === 'name' ? '' : mention.kind, reviewDescription(mention.status)].filter(Boolean).join(' · ');
        item.iconPath = reviewIcon(mention.kind === 'pronoun' ? 'symbol-text' : 'symbol-reference', mention.status);
        item.contextValue = `mention ${mention.status}`;
        if (document) item.command = { command: Commands.goToSpan, title: 'Go to Mention', arguments: [document.uri, mention, this.article.version] };
        return item;
      }
    }
  }
}

function tooltip(entity: Entity, quotes: number): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, true);
  appendArticleText(md.appendMarkdown('**'), entity.name).appendMarkdown(`** — ${reviewDescription(entity.status) || 'suggested'}\n\n`);
  if (entity.note) appendArticleText(md.appendMarkdown('$(note) '), entity.note).appendMarkdown('\n\n');
  for (const line of [entity.role, entity.affiliation, entity.description]) if (line) appendArticleText(md, line).appendMarkdown('\n\n');
  if (entity.aliases.length) appendArticleText(md.appendMarkdown('Also: '), entity.aliases.join(', ')).appendMarkdown('\n\n');
  md.appendText(`${counted(entity.mentions.length, 'mention')}, ${counted(quotes, 'quote')}`);
  return md;
}
