import * as vscode from 'vscode';

/**
 * What the Entities and Corpus views share: a sort order kept in the workspace state, and a filter text whose
 * context key shows the view's Clear Filter button. Subclasses read `sort` and `filter` when they build rows.
 */
export abstract class SortedFilteredTree<Order extends string> {
  protected readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private sortOrder: Order;
  private filterText = '';

  constructor(
    private readonly state: vscode.Memento,
    private readonly sortKey: string,
    defaultSort: Order,
    private readonly filterContextKey: string,
  ) {
    this.sortOrder = state.get<Order>(sortKey, defaultSort);
  }

  get sort(): Order {
    return this.sortOrder;
  }

  setSort(order: Order): void {
    this.sortOrder = order;
    void this.state.update(this.sortKey, order);
    this.changed.fire();
  }

  get filter(): string {
    return this.filterText;
  }

  setFilter(text: string): void {
    this.filterText = text.trim();
    void vscode.commands.executeCommand('setContext', this.filterContextKey, this.filterText !== '');
    this.changed.fire();
  }
}

/** The view's Sort command: a quick pick of the orders, the current one marked. */
export async function pickSort<Order extends string>(
  tree: SortedFilteredTree<Order>,
  choices: { label: string; order: Order }[],
  placeHolder: string,
): Promise<void> {
  const pick = await vscode.window.showQuickPick(
    choices.map((c) => ({ ...c, description: c.order === tree.sort ? 'current' : undefined })),
    { placeHolder },
  );
  if (pick) tree.setSort(pick.order);
}

/** The view's Filter command: asks for the text and shows it as the view's description. */
export async function askFilter(
  tree: SortedFilteredTree<string>,
  view: vscode.TreeView<unknown>,
  options: vscode.InputBoxOptions,
): Promise<void> {
  const text = await vscode.window.showInputBox({ ...options, value: tree.filter });
  if (text === undefined) return;
  tree.setFilter(text);
  view.description = tree.filter ? `filter: ${tree.filter}` : undefined;
}
