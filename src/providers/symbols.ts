import * as vscode from 'vscode';
import type { Analyses } from '../analyses';
import type { ArticleMode } from '../articleMode';
import { speakerName } from '../core/output/query';
import type { AnnotationType } from '../core/annotations';
import type { Span } from '../core/types';
import { introductionOf, toRange } from '../spans';
import { TimeSlices } from '../timeSlices';
import { trimQuote } from '../views/items';

/**
 * No symbol kind says person, organization or place; these are picked for their icons: people as classes,
 * organizations as packages (a box), places as structures, names of other kinds as constants (none of them the
 * `{}` of modules, namespaces and objects, which reads as a group); quotations are strings, as Markdown's headings are.
 */
const KINDS: Record<AnnotationType, vscode.SymbolKind> = {
  PERSON: vscode.SymbolKind.Class,
  ORG: vscode.SymbolKind.Package,
  PLACE: vscode.SymbolKind.Struct,
  OTHER: vscode.SymbolKind.Constant,
};
const QUOTE_WIDTH = 60;

/**
 * The Outline: each quotation and each entity where it is introduced, in text order, each symbol spanning only
 * its own text. Sticky scroll then pins nothing but the quotation being read, and the breadcrumb names the
 * quotation or the name under the cursor; an entity introduced inside a quotation is that quotation's child.
 * "Sort By: Category" in the Outline groups them by kind.
 */
export class ArticleSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly analyses: Analyses) {}

  async provideDocumentSymbols(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.DocumentSymbol[]> {
    const analysis = await this.analyses.get(document);
    if (!analysis || token.isCancellationRequested) return [];
    const symbol = (name: string, detail: string, kind: vscode.SymbolKind, span: Span) => {
      const range = toRange(document, span);
      return new vscode.DocumentSymbol(name, detail, kind, range, range);
    };
    // A long article has thousands of quotations: built in short tasks, so the host answers other requests between.
    const slices = new TimeSlices();
    const quotes: { span: Span; symbol: vscode.DocumentSymbol }[] = [];
    for (const q of analysis.quotes) {
      if (slices.spent) {
        await slices.next();
        if (token.isCancellationRequested) return [];
      }
      quotes.push({ span: q, symbol: symbol(trimQuote(q.text, QUOTE_WIDTH), q.speakerId ? speakerName(analysis, q) : 'unattributed', vscode.SymbolKind.String, q) });
    }
    const entities: { span: Span; symbol: vscode.DocumentSymbol }[] = [];
    for (const e of analysis.entities) {
      if (slices.spent) {
        await slices.next();
        if (token.isCancellationRequested) return [];
      }
      const intro = introductionOf(document, analysis, e);
      if (intro) entities.push({ span: intro, symbol: symbol(e.name, e.role ?? e.description ?? '', KINDS[e.type], intro) });
    }
    entities.sort((a, b) => a.span.start - b.span.start);
    const top: { span: Span; symbol: vscode.DocumentSymbol }[] = [...quotes];
    // Both lists are in text order: one pass puts each introduction inside the quotation that holds it.
    let q = 0;
    for (const entity of entities) {
      while (q < quotes.length && quotes[q].span.end <= entity.span.start) q++;
      const holder = quotes[q];
      if (holder && holder.span.start <= entity.span.start && entity.span.end <= holder.span.end) holder.symbol.children.push(entity.symbol);
      else top.push(entity);
    }
    return top.sort((a, b) => a.span.start - b.span.start).map((t) => t.symbol);
  }
}

/**
 * Registers the Outline provider. VS Code caches a document's symbols per version, and a Markdown file entering
 * or leaving article mode keeps its version: registering the provider anew is what makes VS Code ask again.
 */
export function registerSymbols(analyses: Analyses, mode: ArticleMode, selector: vscode.DocumentSelector): vscode.Disposable {
  const register = () => vscode.languages.registerDocumentSymbolProvider(selector, new ArticleSymbolProvider(analyses), { label: 'Article' });
  let registration = register();
  const subscription = mode.onDidChange(() => {
    registration.dispose();
    registration = register();
  });
  return { dispose: () => [registration, subscription].forEach((d) => d.dispose()) };
}
