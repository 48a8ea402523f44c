import * as vscode from 'vscode';
import type { ActiveArticle } from '../activeArticle';
import type { Analyses } from '../analyses';
import type { ArticleAnnotations } from '../annotations';
import { Commands } from '../constants';
import type { AnnotatedAnalysis, AnnotationType, ExportFormat, Orphan, ReviewedEntity, ReviewedMention, ReviewedQuote, SpeakerChoice } from '../core/annotations';
import { adjacent, mentionAt } from '../core/output/query';
import type { Span } from '../core/types';
import { labelText, messageText } from '../untrustedText';
import { fileName } from '../uris';
import { exportAnnotations, importAnnotations } from './annotationFiles';
import { revealSpan } from '../spans';
import type { EntityNode } from '../views/entitiesTree';
import { ENTITY_GROUPS, groupOf } from '../views/items';
import type { QuoteNode } from '../views/quotesTree';

export interface AnnotatingDeps {
  analyses: Analyses;
  annotations: ArticleAnnotations;
  article: ActiveArticle;
}

/** What a command was run on: a tree row, or (from the palette, a key or the editor's menu) the cursor. */
type Arg = EntityNode | QuoteNode | vscode.Uri | undefined;

interface Context {
  document: vscode.TextDocument;
  analysis: AnnotatedAnalysis;
  /** The editor's selection in the article (empty when the command came from a tree without one). */
  selection: Span;
  node?: EntityNode | QuoteNode;
}

const isNode = (arg: unknown): arg is EntityNode | QuoteNode => typeof arg === 'object' && arg !== null && 'kind' in arg && !(arg instanceof vscode.Uri);
const note = (text: string) => void vscode.window.setStatusBarMessage(messageText(text), 4000);

/** The article a command acts on, its analysis with annotations, and the selection in it. */
async function contextOf(deps: AnnotatingDeps, arg: Arg): Promise<Context | undefined> {
  const editor = vscode.window.activeTextEditor;
  const document = isNode(arg) ? deps.article.document ?? editor?.document : editor?.document;
  if (!document || !deps.analyses.isArticle(document)) {
    void vscode.window.showInformationMessage('Open an article first (Article: Open as Article reads any text file as one).');
    return undefined;
  }
  const analysis = await deps.analyses.get(document);
  if (!analysis) return undefined;
  const shown = editor?.document === document ? editor : vscode.window.visibleTextEditors.find((e) => e.document === document);
  const selection = shown ? trimmed(document, { start: document.offsetAt(shown.selection.start), end: document.offsetAt(shown.selection.end) }) : { start: 0, end: 0 };
  return { document, analysis, selection, node: isNode(arg) ? arg : undefined };
}

/** A selection without the spaces around it (a double-click or a drag often takes one). */
function trimmed(document: vscode.TextDocument, span: Span): Span {
  const text = document.getText(new vscode.Range(document.positionAt(span.start), document.positionAt(span.end)));
  const lead = text.length - text.trimStart().length;
  const trail = text.length - text.trimEnd().length;
  return lead === text.length ? { start: span.start, end: span.start } : { start: span.start + lead, end: span.end - trail };
}

function requireSelection(c: Context): Span | undefined {
  if (c.selection.end > c.selection.start) return c.selection;
  void vscode.window.showInformationMessage('Select the text to annotate first.');
  return undefined;
}

const sameSpan = (a: Span, b: Span) => a.start === b.start && a.end === b.end;

/** The quote a command is about: the tree row's, the one selected, or the one around the cursor. */
function quoteOf(c: Context): ReviewedQuote | undefined {
  if (c.node?.kind === 'quote') return c.node.quote;
  if (c.node) return undefined;
  const all = [...c.analysis.quotes, ...c.analysis.terms, ...c.analysis.rejected.quotes];
  return all.find((q) => sameSpan(q, c.selection)) ?? all.find((q) => q.start <= c.selection.start && c.selection.start < q.end);
}

/** The entity a command is about: the tree row's, or the one named at the cursor. */
function entityOf(c: Context): ReviewedEntity | undefined {
  const node = c.node;
  if (node && (node.kind === 'entity' || node.kind === 'mention' || node.kind === 'quotes')) return node.entity;
  if (node) return undefined;
  return mentionAt(c.analysis, c.selection.start)?.entity;
}

function mentionOf(c: Context): { entity: ReviewedEntity; mention: ReviewedMention } | undefined {
  if (c.node?.kind === 'mention') return { entity: c.node.entity, mention: c.node.mention };
  return c.node ? undefined : mentionAt(c.analysis, c.selection.start);
}

/**
 * For accept and reject: a selection that is exactly a mention or a quote (as Next Unreviewed leaves it) is that
 * item; otherwise the name at the cursor, else the quote around it.
 */
function reviewTarget(c: Context): ReviewedEntity | ReviewedQuote | undefined {
  if (c.node) return c.node.kind === 'quote' ? c.node.quote : entityOf(c);
  const exactQuote = c.analysis.quotes.find((q) => sameSpan(q, c.selection));
  return exactQuote ?? entityOf(c) ?? quoteOf(c);
}

function explain(what: string): undefined {
  note(`No ${what} at the cursor`);
  return undefined;
}

interface EntityPick extends vscode.QuickPickItem {
  entity: ReviewedEntity;
}

function entityPicks(analysis: AnnotatedAnalysis, except?: ReviewedEntity): EntityPick[] {
  return analysis.entities.filter((e) => e.id !== except?.id).map((entity) => ({
    label: `$(${groupOf(entity.type).icon}) ${labelText(entity.name)}`,
    description: labelText([entity.role ?? entity.description, entity.status === 'suggested' ? '' : entity.status].filter(Boolean).join(' · ')),
    entity,
  }));
}

/** Finds an entity named in a call from a script or test (`{ entity: 'Ada Quill' }`). */
function entityNamed(analysis: AnnotatedAnalysis, name: string | undefined): ReviewedEntity | undefined {
  return name === undefined ? undefined : analysis.entities.find((e) => e.name === name);
}

async function pickSpeaker(analysis: AnnotatedAnalysis, quote: ReviewedQuote): Promise<SpeakerChoice | undefined> {
  const TYPE = '$(edit) Type a name…';
  const UNNAMED = '$(account) Unnamed source…';
  const NOBODY = '$(circle-slash) Nobody: unattributed';
  const picks: (vscode.QuickPickItem & { entity?: ReviewedEntity })[] = [
    ...entityPicks(analysis).filter((p) => p.entity.type !== 'PLACE'),
    { label: '', kind: vscode.QuickPickItemKind.Separator },
    { label: TYPE }, { label: UNNAMED }, { label: NOBODY },
  ];
  const pick = await vscode.window.showQuickPick(picks, { placeHolder: `Who said ${quote.text.length > 60 ? `${quote.text.slice(0, 59)}…` : quote.text}?`, matchOnDescription: true });
  if (!pick) return undefined;
  if (pick.entity) return { kind: 'entity', entity: pick.entity };
  if (pick.label === NOBODY) return { kind: 'none' };
  if (pick.label === TYPE) {
    const name = await vscode.window.showInputBox({ prompt: 'The speaker’s name', placeHolder: 'for example: Ada Quill', validateInput: (v) => (v.trim() ? undefined : 'Type a name') });
    return name ? { kind: 'name', name } : undefined;
  }
  const description = await vscode.window.showInputBox({ prompt: 'Describe the unnamed source', placeHolder: 'for example: a senior official', validateInput: (v) => (v.trim() ? undefined : 'Describe the source') });
  return description ? { kind: 'unnamed', description } : undefined;
}

/** A speaker given by a script or test: `{ entity: name }`, `{ name }`, `{ unnamed: description }` or `{ none: true }`. */
type SpeakerArg = { entity: string } | { name: string } | { unnamed: string } | { none: true };
function speakerFromArg(analysis: AnnotatedAnalysis, arg: SpeakerArg): SpeakerChoice | undefined {
  if ('entity' in arg) {
    const entity = entityNamed(analysis, arg.entity);
    return entity && { kind: 'entity', entity };
  }
  if ('name' in arg) return { kind: 'name', name: arg.name };
  if ('unnamed' in arg) return { kind: 'unnamed', description: arg.unnamed };
  return { kind: 'none' };
}

/** Items still waiting for review, in text order: suggested quotes, and each suggested entity at its first unreviewed mention. */
function unreviewed(analysis: AnnotatedAnalysis): Span[] {
  const spans: Span[] = analysis.quotes.filter((q) => q.status === 'suggested');
  for (const e of analysis.entities) {
    const first = e.mentions.filter((m) => m.status === 'suggested').sort((a, b) => a.start - b.start)[0];
    if (first) spans.push(first);
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** The annotation commands, by command id: thin adapters from VS Code's UI to the core's AnnotationStore. */
export function annotatingCommands(deps: AnnotatingDeps): Record<string, (...args: never[]) => unknown> {
  const { annotations } = deps;
  const store = (c: Context) => annotations.store(c.document);

  const annotateAs = (type: AnnotationType) => async (arg?: Arg) => {
    const c = await contextOf(deps, arg);
    const span = c && requireSelection(c);
    if (c && span) store(c).annotateEntity(span, type);
  };

  const commands: Record<string, (...args: never[]) => Promise<void>> = {
    [Commands.annotatePerson]: annotateAs('PERSON'),
    [Commands.annotateOrganization]: annotateAs('ORG'),
    [Commands.annotatePlace]: annotateAs('PLACE'),
    [Commands.annotateOther]: annotateAs('OTHER'),

    [Commands.addMention]: async (arg?: Arg, of?: string) => {
      const c = await contextOf(deps, arg);
      const span = c && requireSelection(c);
      if (!c || !span) return;
      const entity = entityNamed(c.analysis, of) ?? (await vscode.window.showQuickPick(entityPicks(c.analysis), { placeHolder: 'Add the selection as a mention of…', matchOnDescription: true }))?.entity;
      if (entity) store(c).addMention(entity, span);
    },

    [Commands.changeType]: async (arg?: Arg, to?: AnnotationType) => {
      const c = await contextOf(deps, arg);
      const entity = c && (entityOf(c) ?? explain('person, organization or place'));
      if (!c || !entity) return;
      const type = to ?? (await vscode.window.showQuickPick(
        ENTITY_GROUPS.map((g) => ({ label: `$(${g.icon}) ${g.noun}`, description: g.type === entity.type ? 'current' : undefined, type: g.type })),
        { placeHolder: `What is ${entity.name}?` },
      ))?.type;
      if (type && type !== entity.type) store(c).changeType(entity, type);
    },

    [Commands.renameEntity]: async (arg?: Arg, to?: string) => {
      const c = await contextOf(deps, arg);
      const entity = c && (entityOf(c) ?? explain('person, organization or place'));
      if (!c || !entity) return;
      const name = to ?? await vscode.window.showInputBox({
        prompt: 'The name in the annotations (the article’s text is not changed)', value: entity.name,
        validateInput: (v) => (v.trim() ? undefined : 'A name is needed'),
      });
      if (name?.trim() && name.trim() !== entity.name) store(c).rename(entity, name.trim());
    },

    [Commands.mergeEntities]: async (arg?: Arg, others?: string[]) => {
      const c = await contextOf(deps, arg);
      const entity = c && (entityOf(c) ?? explain('person, organization or place'));
      if (!c || !entity) return;
      const picked = others
        ? others.map((n) => entityNamed(c.analysis, n)).filter((e): e is ReviewedEntity => e !== undefined)
        : (await vscode.window.showQuickPick(entityPicks(c.analysis, entity), { placeHolder: `Merge into ${entity.name}: the same person, organization or place as…`, canPickMany: true, matchOnDescription: true }))?.map((p) => p.entity);
      if (picked?.length) store(c).merge(entity, picked);
    },

    [Commands.splitMention]: async (arg?: Arg) => {
      const c = await contextOf(deps, arg);
      const hit = c && (mentionOf(c) ?? explain('mention'));
      if (c && hit) store(c).splitMention(hit.entity, hit.mention);
    },

    [Commands.notAnEntity]: async (arg?: Arg) => {
      const c = await contextOf(deps, arg);
      const entity = c && (entityOf(c) ?? explain('person, organization or place'));
      if (c && entity) store(c).notAnEntity(entity);
    },

    [Commands.removeAnnotation]: async (arg?: Arg) => {
      const c = await contextOf(deps, arg);
      if (!c) return;
      if (c.node?.kind === 'mention' && c.node.mention.status === 'manual') return store(c).removeMention(c.node.entity, c.node.mention);
      const quote = quoteOf(c);
      const entity = entityOf(c);
      if (entity?.annotationId) store(c).removeEntity(entity);
      else if (quote?.annotationId) store(c).removeQuote(quote);
      else note('No annotation at the cursor: only what a person annotated can be removed (reject a suggestion instead)');
    },

    [Commands.setSpeaker]: async (arg?: Arg, speaker?: SpeakerArg) => {
      const c = await contextOf(deps, arg);
      const quote = c && (quoteOf(c) ?? explain('quotation'));
      if (!c || !quote) return;
      const choice = speaker ? speakerFromArg(c.analysis, speaker) : await pickSpeaker(c.analysis, quote);
      if (choice) store(c).setSpeaker(quote, choice);
    },

    [Commands.markNotQuote]: async (arg?: Arg) => {
      const c = await contextOf(deps, arg);
      const quote = c && (quoteOf(c) ?? explain('quotation'));
      if (c && quote) store(c).setQuoteKind(quote, 'not-a-quote');
    },

    [Commands.markTerm]: async (arg?: Arg) => {
      const c = await contextOf(deps, arg);
      const quote = c && (quoteOf(c) ?? explain('quotation'));
      if (c && quote) store(c).setQuoteKind(quote, 'term');
    },

    [Commands.annotateQuote]: async (arg?: Arg) => {
      const c = await contextOf(deps, arg);
      const span = c && requireSelection(c);
      if (c && span) store(c).annotateQuote(span);
    },

    [Commands.addNote]: async (arg?: Arg, text?: string) => {
      const c = await contextOf(deps, arg);
      const target = c && (c.node?.kind === 'quote' ? c.node.quote : entityOf(c) ?? quoteOf(c));
      if (!c || !target) return void explain('person, organization, place or quotation');
      const value = text ?? await vscode.window.showInputBox({
        prompt: `A note on ${'speakerLabel' in target ? 'this quotation' : target.name} (a verdict, a source, a doubt); empty removes it`,
        value: target.note ?? '',
      });
      if (value !== undefined) store(c).setNote(target, value);
    },

    [Commands.accept]: async (arg?: Arg) => {
      const c = await contextOf(deps, arg);
      const target = c && (reviewTarget(c) ?? explain('suggestion'));
      if (c && target) store(c).accept(target, c.analysis);
    },

    [Commands.reject]: async (arg?: Arg) => {
      const c = await contextOf(deps, arg);
      const target = c && (reviewTarget(c) ?? explain('suggestion'));
      if (c && target) store(c).reject(target);
    },

    [Commands.acceptAll]: async () => {
      const c = await contextOf(deps, undefined);
      if (!c) return;
      const before = c.analysis.progress;
      const n = before.entities.total - before.entities.reviewed + before.quotes.total - before.quotes.reviewed;
      if (n === 0) return note('Nothing left to review in this article');
      store(c).acceptAll(c.analysis);
      note(`Accepted ${n} suggestion${n === 1 ? '' : 's'} (Undo Annotation reverts them)`);
    },

    [Commands.nextUnreviewed]: () => goToUnreviewed(deps, 1),
    [Commands.previousUnreviewed]: () => goToUnreviewed(deps, -1),

    [Commands.undoAnnotation]: async () => {
      const c = await contextOf(deps, undefined);
      if (!c) return;
      const label = store(c).undoLabel;
      note(store(c).undo() ? `Undone: ${label}` : 'No annotation to undo');
    },

    [Commands.redoAnnotation]: async () => {
      const c = await contextOf(deps, undefined);
      if (!c) return;
      const label = store(c).redoLabel;
      note(store(c).redo() ? `Redone: ${label}` : 'No annotation to redo');
    },

    [Commands.reattach]: async (node?: EntityNode) => {
      if (node?.kind !== 'orphan') return;
      const c = await contextOf(deps, node);
      if (!c) return;
      if (c.selection.end <= c.selection.start) {
        void vscode.window.showInformationMessage(messageText(`Select where “${node.orphan.anchor.text}” is in the article, then Re-attach to Selection.`));
        return;
      }
      store(c).reattach(node.orphan, c.selection);
    },

    [Commands.deleteOrphan]: async (node?: EntityNode) => {
      if (node?.kind !== 'orphan') return;
      const c = await contextOf(deps, node);
      if (c) store(c).deleteOrphan(node.orphan as Orphan);
    },

    [Commands.exportAnnotations]: async (format?: ExportFormat, options?: { includeSuggestions?: boolean; to?: vscode.Uri }) => {
      const c = await contextOf(deps, undefined);
      if (c) await exportAnnotations({ ...c, store: store(c) }, format, options);
    },

    [Commands.importAnnotations]: async (from?: vscode.Uri) => {
      const c = await contextOf(deps, undefined);
      if (c) await importAnnotations({ ...c, store: store(c) }, from);
    },

    [Commands.saveAnnotationsElsewhere]: async (uri?: vscode.Uri, to?: vscode.Uri) => {
      const document = uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) : deps.article.document;
      if (!document) return;
      const name = fileName(document.uri) || 'article';
      const destination = to ?? await vscode.window.showSaveDialog({
        defaultUri: vscode.Uri.joinPath(vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.joinPath(document.uri, '..'), `${name}.annotations.json`),
        filters: { 'Annotations': ['json'] },
        saveLabel: 'Save Annotations',
      });
      if (destination) await annotations.saveElsewhere(document, destination);
    },
  };
  // Each command resolves once its change is on disk, so a script (or a test) that runs one can read the sidecar.
  return Object.fromEntries(Object.entries(commands).map(([id, run]) => [id, async (...args: never[]) => {
    await run(...args);
    const document = deps.article.document ?? vscode.window.activeTextEditor?.document;
    if (document && deps.analyses.isArticle(document)) await annotations.saved(document);
  }]));
}

/** Next / Previous Unreviewed: selects the adjacent suggestion (quote or entity), wrapping around. */
async function goToUnreviewed(deps: AnnotatingDeps, direction: 1 | -1): Promise<void> {
  const c = await contextOf(deps, undefined);
  if (!c) return;
  const next = adjacent(unreviewed(c.analysis), c.selection.start, direction);
  if (!next) return void note('Everything in this article is reviewed');
  await revealSpan(c.document.uri, next);
}
