import * as vscode from 'vscode';
import type { Analyses } from './analyses';
import type { ArticleMode } from './articleMode';
import { CONFIG_SECTION } from './constants';
import type { AnnotatedAnalysis } from './core/annotations';
import type { FindingKind } from './core/types';
import { toRange } from './spans';

/** Each finding kind: its severity and the setting that turns it off (a failed analysis is always shown). */
const KINDS: Record<FindingKind, { severity: vscode.DiagnosticSeverity; setting?: string }> = {
  'unattributed-quote': { severity: vscode.DiagnosticSeverity.Information, setting: 'diagnostics.unattributedQuotes' },
  'unbalanced-quote': { severity: vscode.DiagnosticSeverity.Warning, setting: 'diagnostics.unbalancedQuotes' },
  'analysis-failed': { severity: vscode.DiagnosticSeverity.Error },
};

/** VS Code's Problems panel shows no more than this per file; building more only costs time. */
const MAX_PER_FILE = 1000;

/** Puts the analyzer's findings (unattributed quotes, unbalanced quotation marks) in the Problems panel. */
export function registerDiagnostics(analyses: Analyses, mode: ArticleMode): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('article');
  const show = (document: vscode.TextDocument, analysis: AnnotatedAnalysis | undefined) => {
    if (!analysis || !analyses.isArticle(document)) {
      collection.delete(document.uri);
      return;
    }
    const config = vscode.workspace.getConfiguration(CONFIG_SECTION, document);
    const shown = new Set(Object.entries(KINDS).filter(([, k]) => !k.setting || config.get<boolean>(k.setting, true)).map(([kind]) => kind));
    const findings = analysis.findings.filter((f) => shown.has(f.kind));
    // Over the cap, warnings go first: an unbalanced mark matters more than one more unattributed quote.
    if (findings.length > MAX_PER_FILE) findings.sort((a, b) => KINDS[a.kind].severity - KINDS[b.kind].severity || a.start - b.start);
    // The analysis may be of an older version (`Analyses.shown`): the findings shown are moved onto the text.
    const version = analyses.versionOf(analysis) ?? document.version;
    const diagnostics = findings.slice(0, MAX_PER_FILE).flatMap((finding) => {
      const f = analyses.currentSpan(document, finding, version);
      if (!f) return [];
      const d = new vscode.Diagnostic(toRange(document, f), f.message, KINDS[f.kind].severity);
      d.source = 'Article Annotator';
      d.code = f.kind;
      return [d];
    });
    // An edit moves offsets but mostly not lines and columns: the same list again is not sent (a long article's
    // thousand diagnostics cost the host time to send, on every analysis).
    if (!sameDiagnostics(collection.get(document.uri), diagnostics)) collection.set(document.uri, diagnostics);
  };
  // Problems lists findings of every open article, not only the one in the sidebar.
  const analyse = (document: vscode.TextDocument) => {
    if (analyses.isArticle(document)) void analyses.get(document);
    else collection.delete(document.uri);
  };
  vscode.workspace.textDocuments.forEach(analyse);
  return vscode.Disposable.from(
    collection,
    analyses.onDidUpdate((d) => show(d, analyses.shown(d))),
    vscode.workspace.onDidOpenTextDocument(analyse),
    mode.onDidChange(analyse),
    vscode.workspace.onDidCloseTextDocument((d) => collection.delete(d.uri)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration(`${CONFIG_SECTION}.diagnostics`)) return;
      for (const d of vscode.workspace.textDocuments) if (analyses.isArticle(d)) show(d, analyses.shown(d));
    }),
  );
}

function sameDiagnostics(before: readonly vscode.Diagnostic[] | undefined, after: readonly vscode.Diagnostic[]): boolean {
  return before?.length === after.length && after.every((d, i) => {
    const b = before[i];
    return b.range.isEqual(d.range) && b.message === d.message && b.severity === d.severity && b.code === d.code;
  });
}
