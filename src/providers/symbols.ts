import * as vscode from 'vscode';
import type { Analyses } from '../analyses';
import { primaryMention, quotesBySpeaker } from '../core/output/query';
import type { EntityType, Span } from '../core/types';
import { toRange } from '../spans';
import { ENTITY_GROUPS, trimQuote } from '../views/items';

const KINDS: Record<EntityType, vscode.SymbolKind> = {
  PERSON: vscode.SymbolKind.Variable,
  ORG: vscode.SymbolKind.Module,
  PLACE: vscode.SymbolKind.Namespace,
};

/** The Outline: entities by type, then quotes by speaker. */
export class ArticleSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly analyses: Analyses) {}

  async provideDocumentSymbols(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.DocumentSymbol[]> {
    const analysis = await this.analyses.get(document);
    if (!analysis || token.isCancellationRequested) return [];
    const symbol = (name: string, detail: string, kind: vscode.SymbolKind, spans: Span[], selection: Span) =>
      new vscode.DocumentSymbol(name, detail, kind, toRange(document, cover(spans)), toRange(document, selection));
    const group = (name: string, children: vscode.DocumentSymbol[]) => {
      const g = new vscode.DocumentSymbol(name, String(children.length), vscode.SymbolKind.Namespace,
        children.map((c) => c.range).reduce((a, b) => a.union(b)), children[0].selectionRange);
      g.children = children;
      return g;
    };
    const result: vscode.DocumentSymbol[] = [];
    for (const { type, label } of ENTITY_GROUPS) {
      const entities = analysis.entities.filter((e) => e.type === type && e.mentions.length > 0);
      if (!entities.length) continue;
      result.push(group(label, entities.map((e) =>
        symbol(e.name, e.role ?? e.description ?? '', KINDS[type], e.mentions, primaryMention(e)!))));
    }
    const speakers = [...quotesBySpeaker(analysis)].map(([id, quotes]) => {
      const name = analysis.entities.find((e) => e.id === id)?.name ?? 'Unattributed';
      const s = symbol(name, String(quotes.length), vscode.SymbolKind.Event, quotes, quotes[0]);
      s.children = quotes.map((q) => symbol(trimQuote(q.text, 60), '', vscode.SymbolKind.String, [q], q));
      return s;
    });
    if (speakers.length) result.push(group('Quotes', speakers));
    return result;
  }
}

function cover(spans: Span[]): Span {
  return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
}
