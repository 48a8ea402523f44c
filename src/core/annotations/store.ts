/**
 * The annotations of one article, edited by the actions a person takes, each undoable. Actions take the items of
 * `applyAnnotations`'s result (an annotated item, or a suggestion that the action turns into an annotation).
 */
import type { Span } from '../types';
import { anchorAt, followEdits, reanchor } from './anchor';
import type {
  Anchor, AnnotatedAnalysis, AnnotationDoc, AnnotationType, EntityAnnotation, MentionAnnotation, Orphan, QuoteAnnotation,
  QuoteKind, ReviewedEntity, ReviewedQuote, ReviewStatus, SpeakerRef, TextEdit,
} from './types';

/** Actions kept for undo. */
export const MAX_UNDO = 200;

/** The entity a quote's speaker is set to: an entity of the result, a typed name, an unnamed source, or nobody. */
export type SpeakerChoice =
  | { kind: 'entity'; entity: ReviewedEntity }
  | { kind: 'name'; name: string }
  | { kind: 'unnamed'; description: string }
  | { kind: 'none' };

export type ChangeReason = 'action' | 'undo' | 'redo' | 'edit' | 'reload';

type Table = 'entities' | 'quotes';
type Record_ = EntityAnnotation | QuoteAnnotation;
interface Change {
  table: Table;
  id: string;
  before?: Record_;
  after?: Record_;
}
/** An undoable action; its records are valid for the text at `generation`. */
interface HistoryEntry {
  label: string;
  generation: number;
  changes: Change[];
}

const idNumber = (id: string) => Number(/^[aq](\d+)$/.exec(id)?.[1] ?? 0);
const byStart = (a: Anchor, b: Anchor) => a.start - b.start || a.end - b.end;
const sameSpan = (a: Span, b: Span) => a.start === b.start && a.end === b.end;

function mapRecord(record: Record_, edits: readonly TextEdit[], text: string): Record_ {
  if ('mentions' in record) {
    const mentions = record.mentions.map((m) => followEdits(m, edits, text));
    return mentions.every((m, i) => m === record.mentions[i]) ? record : { ...record, mentions };
  }
  return followEdits(record, edits, text);
}

export class AnnotationStore {
  private entities = new Map<string, EntityAnnotation>();
  private quotes = new Map<string, QuoteAnnotation>();
  private undoStack: HistoryEntry[] = [];
  private redoStack: HistoryEntry[] = [];
  /** Edits since the oldest history entry, to bring its records to the current text. */
  private editLog: { generation: number; edits: readonly TextEdit[] }[] = [];
  private generation = 0;
  private nextId: number;
  private listeners = new Set<(reason: ChangeReason) => void>();
  private current?: Change[];
  /** Suggestions (by result id) turned into annotations during the current action, so none is adopted twice. */
  private adopted = new Map<string, string>();
  private docCache?: AnnotationDoc;
  /** Increases with every change, so a caller can tell whether the annotations changed since it last looked. */
  version = 0;

  /** The text, or how to read it when first needed (`applyEdits`). */
  private textNow: string | (() => string);

  constructor(text: string, doc: AnnotationDoc = { entities: [], quotes: [] }) {
    this.textNow = text;
    for (const e of doc.entities) this.entities.set(e.id, e);
    for (const q of doc.quotes) this.quotes.set(q.id, q);
    this.nextId = Math.max(0, ...doc.entities.map((e) => idNumber(e.id)), ...doc.quotes.map((q) => idNumber(q.id))) + 1;
  }

  get text(): string {
    if (typeof this.textNow === 'function') this.textNow = this.textNow();
    return this.textNow;
  }

  /** The annotations, entities and quotes in id order (the sidecar's order); the same object until something changes. */
  get doc(): AnnotationDoc {
    const order = (a: { id: string }, b: { id: string }) => idNumber(a.id) - idNumber(b.id) || (a.id < b.id ? -1 : 1);
    this.docCache ??= { entities: [...this.entities.values()].sort(order), quotes: [...this.quotes.values()].sort(order) };
    return this.docCache;
  }

  entity(id: string): EntityAnnotation | undefined {
    return this.entities.get(id);
  }

  quote(id: string): QuoteAnnotation | undefined {
    return this.quotes.get(id);
  }

  onDidChange(listener: (reason: ChangeReason) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  /** The label of the action Undo would revert ("Set Speaker"), for menus and messages. */
  get undoLabel(): string | undefined {
    return this.undoStack.at(-1)?.label;
  }

  get redoLabel(): string | undefined {
    return this.redoStack.at(-1)?.label;
  }

  // ---- The text ----

  /**
   * Follows live edits of the article (not undoable: the editor's own undo reverts the text, and this follows).
   * `newText` may be a function giving the text after these edits, read only when needed (no annotation to move, no
   * action taken before the next edit: reading a long article's text on every keystroke costs time).
   */
  applyEdits(edits: readonly TextEdit[], newText: string | (() => string)): void {
    this.textNow = newText;
    if (edits.length === 0) return;
    let changed = false;
    for (const map of [this.entities, this.quotes] as Map<string, Record_>[]) {
      for (const [id, record] of map) {
        const next = mapRecord(record, edits, this.text);
        if (next !== record) {
          map.set(id, next);
          changed = true;
        }
      }
    }
    this.generation++;
    if (this.undoStack.length + this.redoStack.length > 0) this.editLog.push({ generation: this.generation, edits });
    if (changed) this.changed('edit');
  }

  /**
   * Re-anchors everything to a text read anew (the article changed while closed, or was reloaded): `oldText`, when
   * known, is the text the anchors were made on. Clears the undo history. Returns how many anchors are orphans.
   */
  reanchorToText(newText: string, oldText?: string): number {
    const entities = [...this.entities.values()];
    const quotes = [...this.quotes.values()];
    const mentions = reanchor(entities.flatMap((e) => e.mentions), newText, oldText);
    let i = 0;
    for (const e of entities) {
      const next = e.mentions.map(() => mentions[i++]);
      if (next.some((m, k) => m !== e.mentions[k])) this.entities.set(e.id, { ...e, mentions: next });
    }
    const anchoredQuotes = reanchor(quotes, newText, oldText);
    anchoredQuotes.forEach((q, k) => q !== quotes[k] && this.quotes.set(q.id, q));
    this.textNow = newText;
    this.undoStack = [];
    this.redoStack = [];
    this.editLog = [];
    this.changed('reload');
    return mentions.filter((m) => m.orphaned).length + anchoredQuotes.filter((q) => q.orphaned).length;
  }

  /** Replaces all annotations (the sidecar changed on disk); clears the undo history. */
  replaceAll(doc: AnnotationDoc): void {
    this.entities = new Map(doc.entities.map((e) => [e.id, e]));
    this.quotes = new Map(doc.quotes.map((q) => [q.id, q]));
    this.nextId = Math.max(this.nextId, ...doc.entities.map((e) => idNumber(e.id)), ...doc.quotes.map((q) => idNumber(q.id))) + 1;
    this.undoStack = [];
    this.redoStack = [];
    this.editLog = [];
    this.changed('reload');
  }

  // ---- Entities ----

  /** Annotate Selection as Person/Organization/Place/Other. Returns the new entity's annotation id. */
  annotateEntity(span: Span, type: AnnotationType, name?: string): string {
    return this.action('Annotate Entity', () => {
      const mention = this.mention(span, 'name');
      return this.put('entities', { id: this.newId('a'), status: 'manual', type, name: name ?? mention.text, mentions: [mention] });
    });
  }

  /** Add Selection as Mention of… an entity (an alias or a missed mention). */
  addMention(entity: ReviewedEntity, span: Span, kind: MentionAnnotation['kind'] = 'alias'): void {
    this.action('Add Mention', () => {
      const record = this.adopt(entity, 'manual');
      if (record.mentions.some((m) => sameSpan(m, span))) return;
      this.put('entities', { ...record, status: 'manual', mentions: [...record.mentions, this.mention(span, kind)].sort(byStart) });
    });
  }

  changeType(entity: ReviewedEntity, type: AnnotationType): void {
    this.action('Change Type', () => this.put('entities', { ...this.adopt(entity, 'manual'), status: 'manual', type }));
  }

  /** Rename Entity…: its name in the annotations, never the article's text. */
  rename(entity: ReviewedEntity, name: string): void {
    this.action('Rename Entity', () => this.put('entities', { ...this.adopt(entity, 'manual'), status: 'manual', name }));
  }

  /** Merge Entities…: the others' mentions join `into`; quotes they spoke are `into`'s. */
  merge(into: ReviewedEntity, others: readonly ReviewedEntity[]): void {
    this.action('Merge Entities', () => {
      const target = this.adopt(into, 'manual');
      const mentions = [...target.mentions];
      for (const other of others) {
        if (other.id === into.id) continue;
        const record = other.annotationId ? this.entities.get(other.annotationId) : undefined;
        const add = record ? record.mentions : other.mentions.map((m) => this.mention(m, m.kind));
        for (const m of add) if (!mentions.some((k) => sameSpan(k, m))) mentions.push(m);
        if (record) {
          this.delete('entities', record.id);
          this.redirectSpeaker((ref) => ref.kind === 'entity' && ref.id === record.id, { kind: 'entity', id: target.id });
        }
        this.redirectSpeaker((ref) => ref.kind === 'name' && ref.name === other.name, { kind: 'entity', id: target.id });
      }
      this.put('entities', { ...target, status: 'manual', mentions: mentions.sort(byStart) });
    });
  }

  /** Split Mention from Entity: the mention becomes an entity of its own. Returns its annotation id. */
  splitMention(entity: ReviewedEntity, mention: Span): string {
    return this.action('Split Mention', () => {
      const record = this.adopt(entity, 'manual');
      const moving = record.mentions.find((m) => sameSpan(m, mention)) ?? this.mention(mention, 'name');
      this.put('entities', { ...record, status: 'manual', mentions: record.mentions.filter((m) => m !== moving) });
      return this.put('entities', { id: this.newId('a'), status: 'manual', type: record.type, name: moving.text, mentions: [{ ...moving, kind: 'name' }] });
    });
  }

  /** Not an Entity: suppresses the analyzer's entity, all its mentions and its name. */
  notAnEntity(entity: ReviewedEntity): void {
    this.action('Not an Entity', () => this.put('entities', { ...this.adopt(entity, 'rejected'), status: 'rejected' }));
  }

  /** Remove Annotation: the entity's annotation goes (the analyzer's suggestion, if any, shows again). */
  removeEntity(entity: ReviewedEntity): void {
    const record = entity.annotationId ? this.entities.get(entity.annotationId) : undefined;
    if (!record) return;
    this.action('Remove Annotation', () => {
      this.delete('entities', record.id);
      this.redirectSpeaker((ref) => ref.kind === 'entity' && ref.id === record.id, { kind: 'name', name: record.name });
    });
  }

  /** Removes one mention from an entity (the entity stays, even with no mention left: it may be a speaker). */
  removeMention(entity: ReviewedEntity, mention: Span): void {
    this.action('Remove Mention', () => {
      const record = this.adopt(entity, 'manual');
      this.put('entities', { ...record, status: 'manual', mentions: record.mentions.filter((m) => !sameSpan(m, mention)) });
    });
  }

  // ---- Quotes ----

  /** Annotate Selection as Quote. Returns the quote's annotation id. */
  annotateQuote(span: Span, speaker: SpeakerChoice = { kind: 'none' }): string {
    return this.action('Annotate Quote', () => {
      const ref = this.speakerRef(speaker);
      return this.put('quotes', { id: this.newId('q'), status: 'manual', kind: 'quote', ...anchorAt(this.text, span.start, span.end), speaker: ref });
    });
  }

  /** Set Speaker…: an entity, a typed name, an unnamed source with a description, or nobody. */
  setSpeaker(quote: ReviewedQuote, speaker: SpeakerChoice): void {
    this.action('Set Speaker', () => {
      const ref = this.speakerRef(speaker);
      this.put('quotes', { ...this.adoptQuote(quote), status: 'manual', kind: 'quote', speaker: ref });
    });
  }

  /** Mark as Not a Quote / as a Term / as a Quote again. */
  setQuoteKind(quote: ReviewedQuote, kind: QuoteKind): void {
    this.action(kind === 'term' ? 'Mark as Term' : kind === 'quote' ? 'Mark as Quote' : 'Mark as Not a Quote', () =>
      this.put('quotes', { ...this.adoptQuote(quote), status: 'manual', kind }),
    );
  }

  removeQuote(quote: ReviewedQuote): void {
    const id = quote.annotationId;
    if (!id || !this.quotes.has(id)) return;
    this.action('Remove Annotation', () => this.delete('quotes', id));
  }

  // ---- Notes ----

  /** Add Note… to an entity or a quote (empty or undefined removes it); a suggestion stays a suggestion. */
  setNote(target: ReviewedEntity | ReviewedQuote, note: string | undefined): void {
    const text = note?.trim() ? note : undefined;
    this.action(text ? 'Add Note' : 'Remove Note', () => {
      // put() drops undefined fields, so an undefined note removes it.
      if (isQuote(target)) this.put('quotes', { ...this.adoptQuote(target), note: text });
      else this.put('entities', { ...this.adopt(target, target.status === 'suggested' ? 'suggested' : 'manual'), note: text });
    });
  }

  // ---- Review ----

  /** Accept: a suggestion (or the suggested mentions an annotated entity gathered) is confirmed as is. */
  accept(target: ReviewedEntity | ReviewedQuote, result?: AnnotatedAnalysis): void {
    this.action('Accept', () => this.acceptOne(target, result));
  }

  /** Reject: an entity is Not an Entity, a quote Not a Quote. */
  reject(target: ReviewedEntity | ReviewedQuote): void {
    this.action('Reject', () => {
      if (isQuote(target)) this.put('quotes', { ...this.adoptQuote(target), status: 'rejected', kind: 'not-a-quote' });
      else this.put('entities', { ...this.adopt(target, 'rejected'), status: 'rejected' });
    });
  }

  /** Accept All in the article, as one action. */
  acceptAll(result: AnnotatedAnalysis): void {
    this.action('Accept All', () => {
      for (const e of result.entities) if (e.status === 'suggested' || e.mentions.some((m) => m.status === 'suggested')) this.acceptOne(e, result);
      for (const q of result.quotes) if (q.status === 'suggested') this.acceptOne(q, result);
    });
  }

  // ---- Import ----

  /**
   * Adds imported annotations (from `fromBrat`, `fromGoldRecord`…, anchored on this text) as one action, with ids of
   * this store; an entity or quote already annotated on the same spans is not added twice. Returns how many were added.
   */
  importDoc(doc: AnnotationDoc): number {
    const spans = (e: { mentions: Span[] }) => e.mentions.map((m) => `${m.start}:${m.end}`).sort().join(' ');
    const haveEntities = new Map([...this.entities.values()].map((e) => [spans(e), e.id]));
    const haveQuotes = new Set([...this.quotes.values()].map((q) => `${q.start}:${q.end}`));
    let added = 0;
    this.action('Import Annotations', () => {
      const ids = new Map<string, string>();
      for (const e of doc.entities) {
        const existing = haveEntities.get(spans(e));
        if (existing) {
          ids.set(e.id, existing);
          continue;
        }
        ids.set(e.id, this.put('entities', { ...e, id: this.newId('a') }));
        added++;
      }
      for (const q of doc.quotes) {
        if (haveQuotes.has(`${q.start}:${q.end}`)) continue;
        const speaker = q.speaker?.kind === 'entity' ? { kind: 'entity' as const, id: ids.get(q.speaker.id) ?? q.speaker.id } : q.speaker;
        this.put('quotes', { ...q, id: this.newId('q'), speaker });
        added++;
      }
    });
    return added;
  }

  // ---- Orphans ----

  /** Re-attach to Selection: the orphan's anchor is set on `span`. */
  reattach(orphan: Orphan, span: Span): void {
    this.action('Re-attach', () => {
      if (orphan.target === 'quote') {
        const q = this.quotes.get(orphan.annotationId);
        if (q) this.put('quotes', { ...q, ...this.anchor(span), orphaned: undefined });
        return;
      }
      const e = this.entities.get(orphan.annotationId);
      const old = e?.mentions[orphan.mentionIndex ?? -1];
      if (!e || !old) return;
      const mentions = e.mentions.map((m) => (m === old ? { kind: m.kind, ...this.anchor(span) } : m));
      this.put('entities', { ...e, mentions: mentions.sort(byStart) });
    });
  }

  /** Deletes an orphan: a quote's annotation, or an entity's mention (and the entity when it was its last). */
  deleteOrphan(orphan: Orphan): void {
    this.action('Delete Orphan', () => {
      if (orphan.target === 'quote') return void this.delete('quotes', orphan.annotationId);
      const e = this.entities.get(orphan.annotationId);
      if (!e) return;
      const mentions = e.mentions.filter((_, i) => i !== orphan.mentionIndex);
      if (mentions.length === 0) this.delete('entities', e.id);
      else this.put('entities', { ...e, mentions });
    });
  }

  // ---- Undo ----

  undo(): boolean {
    const entry = this.undoStack.pop();
    if (!entry) return false;
    this.redoStack.push(this.replay(entry, 'before'));
    this.changed('undo');
    return true;
  }

  redo(): boolean {
    const entry = this.redoStack.pop();
    if (!entry) return false;
    this.undoStack.push(this.replay(entry, 'after'));
    this.changed('redo');
    return true;
  }

  // ---- Internals ----

  /** Restores one side of an entry, brought to the current text; returns the entry valid now. */
  private replay(entry: HistoryEntry, side: 'before' | 'after'): HistoryEntry {
    const edits = this.editLog.filter((e) => e.generation > entry.generation).flatMap((e) => e.edits);
    const bring = (r?: Record_) => (r && edits.length ? mapRecord(r, edits, this.text) : r);
    const changes = entry.changes.map((c) => ({ ...c, before: bring(c.before), after: bring(c.after) }));
    for (const c of [...changes].reverse()) {
      const record = c[side];
      const map = (c.table === 'entities' ? this.entities : this.quotes) as Map<string, Record_>;
      if (record) map.set(c.id, record);
      else map.delete(c.id);
    }
    return { ...entry, generation: this.generation, changes };
  }

  /** Runs the body of an action, recording its changes as one undoable entry. */
  private action<T>(label: string, body: () => T): T {
    if (this.current) return body();
    this.current = [];
    this.adopted.clear();
    let result: T;
    try {
      result = body();
    } finally {
      const changes = this.current;
      this.current = undefined;
      if (changes.length > 0) {
        this.undoStack.push({ label, generation: this.generation, changes });
        if (this.undoStack.length > MAX_UNDO) this.undoStack.shift();
        this.redoStack = [];
        this.trimEditLog();
        this.changed('action');
      }
    }
    return result;
  }

  private trimEditLog(): void {
    const oldest = Math.min(...[...this.undoStack, ...this.redoStack].map((e) => e.generation), this.generation);
    this.editLog = this.editLog.filter((e) => e.generation > oldest);
  }

  private changed(reason: ChangeReason): void {
    this.docCache = undefined;
    this.version++;
    for (const listener of this.listeners) listener(reason);
  }

  private record(table: Table, id: string, after: Record_ | undefined): void {
    const map = (table === 'entities' ? this.entities : this.quotes) as Map<string, Record_>;
    const before = map.get(id);
    if (before === after) return;
    const change = this.current!.find((c) => c.table === table && c.id === id);
    if (change) change.after = after;
    else this.current!.push({ table, id, before, after });
    if (after) map.set(id, after);
    else map.delete(id);
    this.docCache = undefined;
  }

  private put(table: 'entities', record: EntityAnnotation): string;
  private put(table: 'quotes', record: QuoteAnnotation): string;
  private put(table: Table, record: Record_): string {
    const clean = Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as unknown as Record_;
    this.record(table, record.id, clean);
    return record.id;
  }

  private delete(table: Table, id: string): void {
    this.record(table, id, undefined);
  }

  private newId(prefix: 'a' | 'q'): string {
    return `${prefix}${this.nextId++}`;
  }

  private anchor(span: Span): Anchor {
    return anchorAt(this.text, span.start, span.end);
  }

  private mention(span: Span, kind: MentionAnnotation['kind']): MentionAnnotation {
    return { ...this.anchor(span), kind };
  }

  /** The entity's annotation, created from the suggestion (with `status`) when it has none. */
  private adopt(entity: ReviewedEntity, status: ReviewStatus): EntityAnnotation {
    const id = entity.annotationId ?? this.adopted.get(entity.id);
    const existing = id ? this.entities.get(id) : undefined;
    if (existing) return existing;
    const mentions = entity.mentions.map((m) => this.mention(m, m.kind)).sort(byStart);
    const record: EntityAnnotation = { id: this.newId('a'), status, type: entity.type, name: entity.name, mentions };
    this.put('entities', record);
    this.adopted.set(entity.id, record.id);
    return record;
  }

  /** The quote's annotation, created from the suggestion (keeping its speaker) when it has none. */
  private adoptQuote(quote: ReviewedQuote): QuoteAnnotation {
    const existing = quote.annotationId ? this.quotes.get(quote.annotationId) : undefined;
    if (existing) return existing;
    const record: QuoteAnnotation = { id: this.newId('q'), status: 'suggested', kind: quote.kind, ...this.anchor(quote) };
    this.put('quotes', record);
    return record;
  }

  private speakerRef(choice: SpeakerChoice): SpeakerRef {
    switch (choice.kind) {
      case 'entity':
        // Picking a suggested entity as a speaker confirms it exists.
        return { kind: 'entity', id: this.adopt(choice.entity, 'accepted').id };
      case 'name':
        return { kind: 'name', name: choice.name.trim() };
      case 'unnamed':
        return { kind: 'unnamed', description: choice.description.trim() };
      case 'none':
        return { kind: 'none' };
    }
  }

  private redirectSpeaker(matches: (ref: SpeakerRef) => boolean, to: SpeakerRef): void {
    for (const q of this.quotes.values()) if (q.speaker && matches(q.speaker)) this.put('quotes', { ...q, speaker: to });
  }

  private acceptOne(target: ReviewedEntity | ReviewedQuote, result?: AnnotatedAnalysis): void {
    if (isQuote(target)) {
      const record = this.adoptQuote(target);
      if (record.status !== 'suggested') return;
      const speakerEntity = target.speakerId ? result?.entities.find((e) => e.id === target.speakerId) : undefined;
      const speaker: SpeakerRef =
        record.speaker ??
        (speakerEntity
          ? this.speakerRef({ kind: 'entity', entity: speakerEntity })
          : target.speakerId
            ? { kind: 'name', name: target.speakerLabel }
            : target.unnamedSource !== undefined
              ? { kind: 'unnamed', description: target.unnamedSource }
              : { kind: 'none' });
      this.put('quotes', { ...record, status: 'accepted', speaker });
      return;
    }
    const record = this.adopt(target, 'accepted');
    const mentions = [...record.mentions];
    for (const m of target.mentions) if (m.status === 'suggested' && !mentions.some((k) => sameSpan(k, m))) mentions.push(this.mention(m, m.kind));
    this.put('entities', { ...record, status: record.status === 'suggested' ? 'accepted' : record.status, mentions: mentions.sort(byStart) });
  }
}

export function isQuote(target: ReviewedEntity | ReviewedQuote): target is ReviewedQuote {
  return 'speakerLabel' in target;
}
