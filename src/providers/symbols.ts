import * as vscode from 'vscode';
import type { Analyses } from '../analyses';
import type { ArticleMode } from '../articleMode';
import type { AnnotationType, ReviewedEntity } from '../core/annotations';
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
 * The most symbols the Outline lists (children included), in text order; a note says how many more there are. VS Code
 * asks for the symbols after every edit and sends them to the window in one task of the extension host: 5,000
 * symbols (the quotations of a 1 MB article) held it 20 ms and more on every keystroke, and an Outline that long is
 * no help in reading; the Quotes and Entities views list everything.
 */
export const MAX_OUTLINE_SYMBOLS = 1000;

interface Placed {
  span: Span;
  symbol: vscode.DocumentSymbol;
}

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
    const symbol = (name: string, detail: string, kind: vscode.SymbolKind, span: Span): Placed => {
      const range = toRange(document, span);
      return { span, symbol: new vscode.DocumentSymbol(name, detail, kind, range, range) };
    };
    // A long article has thousands of entities and quotations: looked at in short tasks, so the host answers other
    // requests between.
    const slices = new TimeSlices();
    const intros: { span: Span; entity: ReviewedEntity }[] = [];
    for (const entity of analysis.entities) {
      if (slices.spent) {
        await slices.next();
        if (token.isCancellationRequested) return [];
      }
      const span = introductionOf(document, entity);
      if (span) intros.push({ span, entity });
    }
    intros.sort((a, b) => a.span.start - b.span.start);
    // Quotations (in text order) and introductions merged in one pass, each introduction inside the quotation that
    // holds it, until the list is full.
    const { quotes } = analysis;
    const top: vscode.DocumentSymbol[] = [];
    let holder: Placed | undefined;
    let q = 0;
    let i = 0;
    for (let listed = 0; listed < MAX_OUTLINE_SYMBOLS && (q < quotes.length || i < intros.length); listed++) {
      if (slices.spent) {
        await slices.next();
        if (token.isCancellationRequested) return [];
      }
      const quote = quotes[q];
      const intro = intros[i];
      if (quote && (!intro || quote.start <= intro.span.start)) {
        holder = symbol(trimQuote(quote.text, QUOTE_WIDTH), quote.speakerId ? quote.speakerLabel : 'unattributed', vscode.SymbolKind.String, quote);
        top.push(holder.symbol);
        q++;
        continue;
      }
      const { entity, span } = intro;
      const placed = symbol(entity.name, entity.role ?? entity.description ?? '', KINDS[entity.type], span);
      if (holder && holder.span.start <= span.start && span.end <= holder.span.end) holder.symbol.children.push(placed.symbol);
      else top.push(placed.symbol);
      i++;
    }
    const more = quotes.length - q + intros.length - i;
    if (more > 0) {
      const next = quotes[q] && (!intros[i] || quotes[q].start <= intros[i].span.start) ? quotes[q] : intros[i].span;
      top.push(symbol(`${more.toLocaleString('en-US')} more not listed`, `the Outline lists the first ${MAX_OUTLINE_SYMBOLS.toLocaleString('en-US')}; the Quotes and Entities views list all`, vscode.SymbolKind.Null, next).symbol);
    }
    return top;
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
