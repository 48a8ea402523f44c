import * as vscode from 'vscode';
import { Commands } from '../constants';
import type { AnnotationType, ReviewStatus, ReviewedEntity, ReviewedQuote } from '../core/annotations';
import type { Quote } from '../core/types';
import { appendArticleText } from '../markdown';

/** The Entities view's groups in order; names of other kinds (products, events, works) come last, collapsed. */
export const ENTITY_GROUPS: { type: AnnotationType; label: string; noun: string; icon: string; collapsed?: boolean }[] = [
  { type: 'PERSON', label: 'People', noun: 'person', icon: 'person' },
  { type: 'ORG', label: 'Organizations', noun: 'organization', icon: 'organization' },
  { type: 'PLACE', label: 'Places', noun: 'place', icon: 'location' },
  { type: 'OTHER', label: 'Other names', noun: 'name of another kind', icon: 'symbol-misc', collapsed: true },
];

export function groupOf(type: AnnotationType): (typeof ENTITY_GROUPS)[number] {
  return ENTITY_GROUPS.find((g) => g.type === type)!;
}

export function entityIcon(type: AnnotationType): vscode.ThemeIcon {
  return new vscode.ThemeIcon(groupOf(type).icon);
}

/** An id that survives reanalysis (entity ids are renumbered as the text changes). */
export function entityKey(entity: ReviewedEntity): string {
  return `entity:${entity.type}:${entity.name}`;
}

/**
 * Long quotes are cut for one-line lists. Only the start of a long quote is flattened (a 1 MB article's thousands
 * of quotations made this a cost), unless its whitespace is so long that the start is too short to fill the line.
 */
export function trimQuote(text: string, max = 80): string {
  const head = text.slice(0, 4 * max);
  let flat = head.replace(/\s+/g, ' ');
  if (flat.length <= max && head.length < text.length) flat = text.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** How a tree row says who decided it: a person (manual), a person confirming the analyzer (accepted), or the analyzer. */
const REVIEW_MARKS: Record<ReviewStatus, { label: string; color?: string }> = {
  suggested: { label: '' },
  accepted: { label: '✓ accepted', color: 'charts.green' },
  manual: { label: '✎ manual', color: 'charts.blue' },
  rejected: { label: '✗ rejected', color: 'disabledForeground' },
};

export function reviewDescription(status: ReviewStatus): string {
  return REVIEW_MARKS[status].label;
}

/** The row's icon, coloured by who decided it (suggestions keep the theme's colour). */
export function reviewIcon(icon: string, status: ReviewStatus): vscode.ThemeIcon {
  const color = REVIEW_MARKS[status].color;
  return new vscode.ThemeIcon(icon, color ? new vscode.ThemeColor(color) : undefined);
}

/** A quote in a tree: its text, its line, its review state and note, a click to go there. */
export function quoteItem(quote: Quote | ReviewedQuote, document: vscode.TextDocument | undefined, version: number | undefined, id: string): vscode.TreeItem {
  const item = new vscode.TreeItem(trimQuote(quote.text), vscode.TreeItemCollapsibleState.None);
  item.id = id;
  if (!('status' in quote)) {
    // A quote of the analysis alone (the Corpus view): no review state to show.
    item.tooltip = quote.text;
    item.iconPath = new vscode.ThemeIcon('quote');
    if (document) item.description = `line ${document.positionAt(quote.start).line + 1}`;
    if (document) item.command = { command: Commands.goToSpan, title: 'Go to Quote', arguments: [document.uri, quote, version] };
    return item;
  }
  const tooltip = new vscode.MarkdownString(undefined, true);
  appendArticleText(tooltip, quote.text).appendMarkdown('\n\n');
  appendArticleText(tooltip.appendMarkdown('— '), quote.speakerLabel).appendMarkdown(` · _${quote.status}_\n\n`);
  if (quote.note) appendArticleText(tooltip.appendMarkdown('$(note) '), quote.note);
  item.tooltip = tooltip;
  item.iconPath = reviewIcon(quote.status === 'manual' ? 'edit' : quote.status === 'accepted' ? 'pass' : 'quote', quote.status);
  item.contextValue = `quote ${quote.status}`;
  const line = document ? `line ${document.positionAt(quote.start).line + 1}` : '';
  item.description = [line, reviewDescription(quote.status), quote.note ? '$(note)' : ''].filter(Boolean).join(' · ');
  if (document) item.command = { command: Commands.goToSpan, title: 'Go to Quote', arguments: [document.uri, { start: quote.start, end: quote.end }, version] };
  return item;
}
