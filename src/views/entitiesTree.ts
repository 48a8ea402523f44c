import * as vscode from 'vscode';
import type { Analyses } from '../analyses';
import type { Entity, EntityType } from '../core';

const GROUPS: { type: EntityType; label: string; icon: string }[] = [
  { type: 'PERSON', label: 'People', icon: 'person' },
  { type: 'ORG', label: 'Organizations', icon: 'organization' },
  { type: 'PLACE', label: 'Places', icon: 'location' },
];

type Node = { kind: 'group'; type: EntityType } | { kind: 'entity'; entity: Entity };

/** The Entities view: the active article's people, organizations and places. */
export class EntitiesTree implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly analyses: Analyses) {
    this.subscriptions = [
      this.changed,
      vscode.window.onDidChangeActiveTextEditor(() => this.changed.fire()),
      analyses.onDidChange((d) => d === vscode.window.activeTextEditor?.document && this.changed.fire()),
      vscode.workspace.onDidOpenTextDocument(() => this.changed.fire()), // language switches reopen the document
    ];
  }

  private entities(): Entity[] {
    const document = vscode.window.activeTextEditor?.document;
    return document && this.analyses.isArticle(document) ? this.analyses.get(document).entities : [];
  }

  getChildren(node?: Node): Node[] {
    const entities = this.entities();
    if (!node) {
      return GROUPS.filter((g) => entities.some((e) => e.type === g.type)).map((g) => ({ kind: 'group', type: g.type }));
    }
    return node.kind === 'group' ? entities.filter((e) => e.type === node.type).map((entity) => ({ kind: 'entity', entity })) : [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'group') {
      const group = GROUPS.find((g) => g.type === node.type)!;
      const count = this.entities().filter((e) => e.type === node.type).length;
      const item = new vscode.TreeItem(group.label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `group:${node.type}`;
      item.description = String(count);
      item.iconPath = new vscode.ThemeIcon(group.icon);
      return item;
    }
    const { entity } = node;
    const item = new vscode.TreeItem(entity.name, vscode.TreeItemCollapsibleState.None);
    item.id = `entity:${entity.id}`;
    item.description = entity.role ?? entity.description;
    item.iconPath = new vscode.ThemeIcon(GROUPS.find((g) => g.type === entity.type)!.icon);
    return item;
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
  }
}
