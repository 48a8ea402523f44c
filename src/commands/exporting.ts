import * as vscode from 'vscode';
import type { Analyses } from '../analyses';
import { quotesToCsv } from '../core/output/csv';
import { counted } from '../plural';
import { resolveTarget } from './target';
import { messageText } from '../untrustedText';
import { fileName } from '../uris';

/**
 * `Article: Export Analysis as JSON…`: the analysis in the format of docs/analysis-format.md, to a file
 * chosen in a save dialog (or given by a caller, for automation).
 */
export async function exportAnalysis(analyses: Analyses, to?: vscode.Uri): Promise<void> {
  const target = await resolveTarget(analyses);
  if (!target) return;
  const source = target.document.uri;
  const base = source.scheme === 'untitled' ? 'article' : fileName(source).replace(/\.[^.]*$/, '');
  const destination = to ?? await vscode.window.showSaveDialog({
    defaultUri: vscode.Uri.joinPath(source.scheme === 'untitled' ? vscode.workspace.workspaceFolders?.[0]?.uri ?? source : vscode.Uri.joinPath(source, '..'), `${base}.analysis.json`),
    filters: { JSON: ['json'] },
    saveLabel: 'Export Analysis',
  });
  if (!destination) return;
  await vscode.workspace.fs.writeFile(destination, new TextEncoder().encode(JSON.stringify(target.analysis, null, 2) + '\n'));
  const from = messageText(fileName(source));
  void vscode.window.showInformationMessage(`Exported the analysis of ${from} to ${messageText(vscode.workspace.asRelativePath(destination))}.`);
}

/** `Article: Copy Quotes as CSV`: file, line, start, end, speaker, quote, cue — for a spreadsheet. */
export async function copyQuotesCsv(analyses: Analyses): Promise<void> {
  const target = await resolveTarget(analyses);
  if (!target) return;
  await vscode.env.clipboard.writeText(quotesToCsv(target.analysis, target.document.getText(), vscode.workspace.asRelativePath(target.document.uri)));
  void vscode.window.showInformationMessage(`Copied ${counted(target.analysis.quotes.length, 'quote')} as CSV.`);
}
