import * as vscode from 'vscode';
import type { Analyses } from '../analyses';
import { Views } from '../constants';
import { mentionAt } from '../core/output/query';
import type { EntitiesTree, SortOrder } from '../views/entitiesTree';
import { resolveTarget } from './target';

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

export async function sortEntities(tree: EntitiesTree): Promise<void> {
  const pick = await vscode.window.showQuickPick(
    SORT_CHOICES.map((c) => ({ ...c, description: c.order === tree.sort ? 'current' : undefined })),
    { placeHolder: 'Sort entities' },
  );
  if (pick) tree.setSort(pick.order);
}

export async function filterEntities(tree: EntitiesTree, view: vscode.TreeView<unknown>): Promise<void> {
  const text = await vscode.window.showInputBox({
    prompt: 'Show entities whose name, alias or role contains',
    value: tree.filter,
    placeHolder: 'for example: minister',
  });
  if (text === undefined) return;
  tree.setFilter(text);
  view.description = tree.filter ? `filter: ${tree.filter}` : undefined;
}
