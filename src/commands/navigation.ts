import * as vscode from 'vscode';
import type { Analyses } from '../analyses';
import { adjacentQuote, mentionAt, quotesBySpeaker, speakerName } from '../core/output/query';
import type { Quote, Span } from '../core/types';
import { counted } from '../plural';
import { introductionOf, revealSpan, toLocation } from '../spans';
import { ENTITY_GROUPS, groupOf, trimQuote } from '../views/items';
import { resolveTarget } from './target';
import { labelText } from '../untrustedText';

/**
 * Shows a span; `uri` may be a string when the call comes from a hover link. `version` is the document version the
 * span's offsets belong to (a tree row or hover drawn before an edit): they are moved through the edits since.
 */
export async function goToSpan(analyses: Analyses, uri: vscode.Uri | string, span: Span, version?: number): Promise<vscode.TextEditor | undefined> {
  const document = await vscode.workspace.openTextDocument(typeof uri === 'string' ? vscode.Uri.parse(uri) : uri);
  const current = version === undefined ? span : analyses.currentSpan(document, span, version);
  if (!current) {
    void vscode.window.setStatusBarMessage('That text was edited away', 3000);
    return undefined;
  }
  return revealSpan(document.uri, current);
}

/** `Article: Go to Entity…`: a quick pick of every entity, by type, with its role. */
export async function goToEntity(analyses: Analyses): Promise<void> {
  const target = await resolveTarget(analyses);
  if (!target) return;
  const items: (vscode.QuickPickItem & { span?: Span })[] = [];
  for (const { type, label, icon } of ENTITY_GROUPS) {
    const entities = target.analysis.entities.filter((e) => e.type === type);
    if (!entities.length) continue;
    items.push({ label, kind: vscode.QuickPickItemKind.Separator });
    for (const e of entities) {
      items.push({
        label: `$(${icon}) ${labelText(e.name)}`,
        description: labelText([e.role, e.affiliation].filter(Boolean).join(', ') || e.description || ''),
        detail: e.aliases.length ? labelText(`also ${e.aliases.join(', ')}`) : undefined,
        span: introductionOf(target.document, e),
      });
    }
  }
  if (!items.length) {
    void vscode.window.showInformationMessage('This article names no people, organizations or places.');
    return;
  }
  const pick = await vscode.window.showQuickPick(items, { placeHolder: 'Go to a person, organization or place', matchOnDescription: true, matchOnDetail: true });
  if (pick?.span) await goToSpan(analyses, target.document.uri, pick.span, target.version);
}

/** `Article: Next Quote` / `Previous Quote`: selects the adjacent quotation, wrapping around. */
export async function goToAdjacentQuote(analyses: Analyses, direction: 1 | -1): Promise<void> {
  const target = await resolveTarget(analyses);
  if (!target) return;
  const quote = adjacentQuote(target.analysis, target.offset, direction);
  if (!quote) {
    void vscode.window.setStatusBarMessage('No quotations in this article', 3000);
    return;
  }
  await goToSpan(analyses, target.document.uri, quote, target.version);
}

/** `Article: Show Quotes by Speaker…`: pick a speaker, then one of their quotes. */
export async function showQuotesBySpeaker(analyses: Analyses): Promise<void> {
  const target = await resolveTarget(analyses);
  if (!target) return;
  const groups = [...quotesBySpeaker(target.analysis)];
  if (!groups.length) {
    void vscode.window.showInformationMessage('This article has no quotations.');
    return;
  }
  const speaker = await vscode.window.showQuickPick(groups.map(([id, quotes]) => {
    const entity = target.analysis.entities.find((e) => e.id === id);
    const name = speakerName(target.analysis, quotes[0]);
    return {
      label: `$(${entity ? groupOf(entity.type).icon : 'question'}) ${labelText(name)}`,
      name,
      description: counted(quotes.length, 'quote'),
      quotes,
    };
  }), { placeHolder: 'Whose quotes?' });
  if (!speaker) return;
  const quote = await vscode.window.showQuickPick(speaker.quotes.map((q: Quote) => ({
    label: labelText(trimQuote(q.text, 100)),
    description: `line ${target.document.positionAt(q.start).line + 1}`,
    quote: q,
  })), { placeHolder: `Quotes of ${speaker.name}` });
  if (quote) await goToSpan(analyses, target.document.uri, quote.quote, target.version);
}

/** Peeks every mention of the entity at the cursor (or at the hover link's offset). */
export async function showMentions(analyses: Analyses, uri?: string, offset?: number, version?: number): Promise<void> {
  const target = await resolveTarget(analyses, uri, offset, version);
  const hit = target && mentionAt(target.analysis, target.offset);
  if (!target || !hit) {
    if (target) void vscode.window.setStatusBarMessage('No person, organization or place at the cursor', 3000);
    return;
  }
  const { document } = target;
  if (vscode.window.activeTextEditor?.document !== document) await vscode.window.showTextDocument(document);
  const locations = [...hit.entity.mentions].sort((a, b) => a.start - b.start).map((m) => toLocation(document, m));
  await vscode.commands.executeCommand('editor.action.showReferences', document.uri, document.positionAt(hit.mention.start), locations);
}
