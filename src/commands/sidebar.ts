import * as vscode from 'vscode';
import type { Analyses } from '../analyses';
import { Views } from '../constants';
import { mentionAt } from '../core/output/query';
import type { EntitiesTree, SortOrder } from '../views/entitiesTree';
import { resolveTarget } from './target';
import { askFilter, pickSort } from '../views/sortedFilteredTree';

/** `Article: Reveal Entity in Sidebar`: selects, in the Entities view, the entity at the cursor. */
export async function revealEntity(analyses: Analyses, tree: EntitiesTree, view: vscode.TreeView<unknown>, uri?: string, offset?: number, version?: number): Promise<void> {
  const target = await resolveTarget(analyses, uri, offset, version);
  const hit = target && mentionAt(target.analysis, target.offset);
  if (!hit) {
    if (target) void vscode.window.setStatusBarMessage('No person, organization or place at the cursor', 3000);
    return;
  }
  // A filter hiding the entity would make reveal fail.
  if (tree.filter) tree.setFilter('');
  await vscode.commands.executeCommand(`${Views.entities}.focus`);
  await view.reveal(tree.nodeOf(hit.entity), { select: true, focus: true, expand: true });
}

const SORT_CHOICES: { label: string; order: SortOrder }[] = [
  { label: 'Most mentioned first', order: 'mentions' },
  { label: 'In order of appearance', order: 'appearance' },
  { label: 'By name', order: 'name' },
];

export function sortEntities(tree: EntitiesTree): Promise<void> {
  return pickSort(tree, SORT_CHOICES, 'Sort entities');
}

export function filterEntities(tree: EntitiesTree, view: vscode.TreeView<unknown>): Promise<void> {
  return askFilter(tree, view, { prompt: 'Show entities whose name, alias or role contains', placeHolder: 'for example: minister' });
}
