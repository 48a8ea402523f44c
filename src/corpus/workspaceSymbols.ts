import * as vscode from 'vscode';
import type { EntityType } from '../core/types';
import { articleLabel, firstMention, rangeIn, type Corpus } from './corpus';

const KINDS: Record<EntityType, vscode.SymbolKind> = {
  PERSON: vscode.SymbolKind.Object,
  ORG: vscode.SymbolKind.Class,
  PLACE: vscode.SymbolKind.Namespace,
  OTHER: vscode.SymbolKind.Variable,
};

/** Whether the query's characters appear in order in the name (VS Code filters further; this keeps the list short). */
function fuzzyMatch(query: string, name: string): boolean {
  let i = 0;
  for (const ch of name.toLocaleLowerCase()) if (ch === query[i]) i++;
  return i === query.length;
}

/** Ctrl+T: people, organizations and places across the workspace's articles, one result per article naming them. */
export class CorpusSymbolProvider implements vscode.WorkspaceSymbolProvider {
  constructor(private readonly corpus: Corpus) {}

  provideWorkspaceSymbols(query: string): vscode.SymbolInformation[] {
    const q = query.replace(/\s+/g, '').toLocaleLowerCase();
    const symbols: vscode.SymbolInformation[] = [];
    for (const entry of this.corpus.entities()) {
      if (q && ![entry.name, ...entry.aliases].some((n) => fuzzyMatch(q, n.replace(/\s+/g, '')))) continue;
      for (const mention of entry.articles) {
        const location = new vscode.Location(mention.article.uri, rangeIn(mention.article, firstMention(mention)));
        symbols.push(new vscode.SymbolInformation(entry.name, KINDS[entry.type], articleLabel(mention.article), location));
      }
    }
    return symbols;
  }
}
