import * as vscode from 'vscode';
import type { Analyses } from '../analyses';
import { mentionAt, type MentionHit } from '../core/output/query';
import type { ReviewedEntity } from '../core/annotations';
import { introductionOf, toLocation, toRange } from '../spans';

/** The mention under the cursor, once the current version is analysed. */
async function hitAt(analyses: Analyses, document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<MentionHit<ReviewedEntity> | undefined> {
  const analysis = await analyses.get(document);
  return analysis && !token.isCancellationRequested ? mentionAt(analysis, document.offsetAt(position)) : undefined;
}

/** Go to Definition on any mention: where the body first names the entity in full (not a photo caption). */
export class EntityDefinitionProvider implements vscode.DefinitionProvider {
  constructor(private readonly analyses: Analyses) {}

  async provideDefinition(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Location | undefined> {
    const hit = await hitAt(this.analyses, document, position, token);
    const target = hit && introductionOf(document, hit.entity);
    return target && toLocation(document, target);
  }
}

/** Find All References: every mention of the entity, the declaration (first full name) only when asked. */
export class EntityReferenceProvider implements vscode.ReferenceProvider {
  constructor(private readonly analyses: Analyses) {}

  async provideReferences(document: vscode.TextDocument, position: vscode.Position, context: vscode.ReferenceContext, token: vscode.CancellationToken): Promise<vscode.Location[]> {
    const hit = await hitAt(this.analyses, document, position, token);
    if (!hit) return [];
    const declaration = introductionOf(document, hit.entity);
    return [...hit.entity.mentions]
      .sort((a, b) => a.start - b.start)
      .filter((m) => context.includeDeclaration || m !== declaration)
      .map((m) => toLocation(document, m));
  }
}

/** Highlights every mention of the entity under the cursor; full names as writes, other references as reads. */
export class EntityHighlightProvider implements vscode.DocumentHighlightProvider {
  constructor(private readonly analyses: Analyses) {}

  async provideDocumentHighlights(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.DocumentHighlight[]> {
    const hit = await hitAt(this.analyses, document, position, token);
    if (!hit) return [];
    return hit.entity.mentions.map((m) => new vscode.DocumentHighlight(
      toRange(document, m), m.kind === 'name' ? vscode.DocumentHighlightKind.Write : vscode.DocumentHighlightKind.Read));
  }
}
