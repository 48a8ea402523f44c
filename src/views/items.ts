import * as vscode from 'vscode';
import { Commands } from '../constants';
import type { Entity, EntityType, Quote } from '../core/types';

/** The Entities view's groups in order; names of other kinds (products, events, works) come last, collapsed. */
export const ENTITY_GROUPS: { type: EntityType; label: string; noun: string; icon: string; collapsed?: boolean }[] = [
  { type: 'PERSON', label: 'People', noun: 'person', icon: 'person' },
  { type: 'ORG', label: 'Organizations', noun: 'organization', icon: 'organization' },
  { type: 'PLACE', label: 'Places', noun: 'place', icon: 'location' },
  { type: 'OTHER', label: 'Other names', noun: 'name of another kind', icon: 'symbol-misc', collapsed: true },
];

export function groupOf(type: EntityType): (typeof ENTITY_GROUPS)[number] {
  return ENTITY_GROUPS.find((g) => g.type === type)!;
}

export function entityIcon(type: EntityType): vscode.ThemeIcon {
  return new vscode.ThemeIcon(groupOf(type).icon);
}

/** An id that survives reanalysis (entity ids are renumbered as the text changes). */
export function entityKey(entity: Entity): string {
  return `entity:${entity.type}:${entity.name}`;
}

/** Long quotes are cut for one-line lists. */
export function trimQuote(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** A quote in a tree: its text, its line, a click to go there. */
export function quoteItem(quote: Quote, document: vscode.TextDocument | undefined, version: number | undefined, id: string): vscode.TreeItem {
  const item = new vscode.TreeItem(trimQuote(quote.text), vscode.TreeItemCollapsibleState.None);
  item.id = id;
  item.tooltip = quote.text;
  item.iconPath = new vscode.ThemeIcon('quote');
  if (document) {
    item.description = `line ${document.positionAt(quote.start).line + 1}`;
    item.command = { command: Commands.goToSpan, title: 'Go to Quote', arguments: [document.uri, quote, version] };
  }
  return item;
}
