/**
 * Annotations: what a person decides about an article (docs/annotations-format.md). Pure TypeScript, like the rest of
 * src/core. How the pieces fit:
 *
 * - `parseAnnotations(content)` reads a sidecar (`{ kind: 'ok' | 'corrupt' | 'newer-version' }`, never throws);
 *   `serializeAnnotations(doc)` writes one, byte-identical for identical annotations.
 * - `new AnnotationStore(text, doc)` holds them and changes them by actions (annotateEntity, addMention, changeType,
 *   rename, merge, splitMention, notAnEntity, removeEntity, removeMention; annotateQuote, setSpeaker, setQuoteKind,
 *   removeQuote; setNote; accept, reject, acceptAll; reattach, deleteOrphan), each undoable (undo, redo, undoLabel).
 *   Actions take items of the applied result (`ReviewedEntity`, `ReviewedQuote`): a suggestion becomes an annotation.
 *   `applyEdits(edits, newText)` follows live edits; `reanchorToText(newText, oldText?)` follows a text changed
 *   while closed; `store.version` and `onDidChange` tell when to redraw; `store.doc` is what to save.
 * - `applyAnnotations(analysis, store.doc)` gives the `AnnotatedAnalysis` views show: annotations override the
 *   analyzer, every entity, mention and quote carries its `status`, with orphans, rejected items and review progress.
 * - Export (exchange/): `exportBrat`, `exportJsonl`, `exportGold`, `exportCsvRows` + `quotesCsv`, `exportJson`: reviewed
 *   items, suggestions only with `includeSuggestions` (marked). Import: `fromBrat(text, ann)`, `fromJsonlRecord`,
 *   `fromGoldRecord` give an `AnnotationDoc` (plus warnings) to add with `store.importDoc(doc)` (one undoable action).
 * - `sidecarPathFor(article)` and `Sidecar` (load, save, over an injected `FileSystem`) keep the file safe: atomic
 *   writes, no write when unchanged, no overwrite of a file changed by someone else, corrupt files copied aside.
 */
export * from './types';
export { anchorAt, followEdits, findAnchor, mapSpan, reanchor, snapSpan, CONTEXT_LENGTH } from './anchor';
export { AnnotationStore, isQuote, MAX_UNDO, type ChangeReason, type SpeakerChoice } from './store';
export { applyAnnotations } from './apply';
export { parseAnnotations, serializeAnnotations, type ParseResult } from './serialize';
export { Sidecar, sidecarPathFor, SIDECAR_SUFFIX, STALE_TEMP_MS, type FileSystem, type LoadResult, type SaveResult } from './sidecar';
export * from './exchange';
