/**
 * The sidecar's text: deterministic (same annotations, same bytes), keys in a fixed order, one annotation a line so
 * that a change shows as a one-line diff. Parsing never throws: a bad file is a typed result with one clear message.
 */
import type { MentionKind } from '../types';
import { ANNOTATIONS_FORMAT, ANNOTATIONS_VERSION } from './types';
import type { AnnotationDoc, EntityAnnotation, MentionAnnotation, QuoteAnnotation, SpeakerRef } from './types';

export type ParseResult =
  | { kind: 'ok'; doc: AnnotationDoc }
  | { kind: 'corrupt'; message: string }
  | { kind: 'newer-version'; version: number; message: string };

// Objects of one fixed shape, fields in the documented order (JSON.stringify leaves out the undefined ones; it is
// faster on such objects than strings built by hand). Annotations are immutable, so each one's line is kept and
// reused until it changes: saving after one action serializes one annotation.
const lineCache = new WeakMap<object, string>();

function mentionFields(m: MentionAnnotation) {
  return { kind: m.kind, start: m.start, end: m.end, text: m.text, before: m.before, after: m.after, orphaned: m.orphaned || undefined };
}

function speakerFields(s: SpeakerRef) {
  switch (s.kind) {
    case 'entity':
      return { kind: s.kind, id: s.id };
    case 'name':
      return { kind: s.kind, name: s.name };
    case 'unnamed':
      return { kind: s.kind, description: s.description };
    case 'none':
      return { kind: s.kind };
  }
}

function cachedLine<T extends object>(record: T, fields: (record: T) => object): string {
  let line = lineCache.get(record);
  if (line === undefined) lineCache.set(record, (line = JSON.stringify(fields(record))));
  return line;
}

const entityLine = (e: EntityAnnotation) =>
  cachedLine(e, () => ({ id: e.id, status: e.status, type: e.type, name: e.name, note: e.note, mentions: e.mentions.map(mentionFields) }));

const quoteLine = (q: QuoteAnnotation) =>
  cachedLine(q, () => ({
    id: q.id, status: q.status, kind: q.kind, speaker: q.speaker && speakerFields(q.speaker), note: q.note,
    start: q.start, end: q.end, text: q.text, before: q.before, after: q.after, orphaned: q.orphaned || undefined,
  }));

function list(lines: string[]): string {
  return lines.length === 0 ? '[]' : `[\n    ${lines.join(',\n    ')}\n  ]`;
}

/** The sidecar's content for `doc` (annotations in the order given: AnnotationStore.doc gives id order). */
export function serializeAnnotations(doc: AnnotationDoc): string {
  return (
    `{\n  "format": ${JSON.stringify(ANNOTATIONS_FORMAT)},\n  "version": ${ANNOTATIONS_VERSION},\n` +
    `  "entities": ${list(doc.entities.map(entityLine))},\n  "quotes": ${list(doc.quotes.map(quoteLine))}\n}\n`
  );
}

/** A shape error, carrying where in the file it is. */
class ShapeError extends Error {}

type Json = Record<string, unknown>;
/** Where a value is, for the message; a function, so that valid files (all but one) never build the strings. */
type Where = () => string;

function object(value: unknown, at: Where): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ShapeError(`${at()}: expected an object`);
  return value as Json;
}

function array(value: unknown, at: Where): unknown[] {
  if (!Array.isArray(value)) throw new ShapeError(`${at()}: expected a list`);
  return value;
}

function string(o: Json, field: string, at: Where): void {
  if (typeof o[field] !== 'string') throw new ShapeError(`${at()}.${field}: expected a string`);
}

function optionalString(o: Json, field: string, at: Where): void {
  if (o[field] !== undefined) string(o, field, at);
}

function offset(o: Json, field: string, at: Where): void {
  const v = o[field];
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw new ShapeError(`${at()}.${field}: expected an offset (a whole number ≥ 0)`);
}

function oneOf(o: Json, field: string, values: readonly string[], at: Where): void {
  if (!values.includes(o[field] as string)) throw new ShapeError(`${at()}.${field}: expected one of ${values.join(', ')}`);
}

const STATUSES = ['suggested', 'accepted', 'rejected', 'manual'];
const TYPES = ['PERSON', 'ORG', 'PLACE', 'OTHER'];
const MENTION_KINDS: readonly MentionKind[] = ['name', 'alias', 'pronoun', 'description'];
const QUOTE_KINDS = ['quote', 'term', 'not-a-quote'];
const SPEAKER_KINDS = ['entity', 'name', 'unnamed', 'none'];
/** The string field each kind of speaker has. */
const SPEAKER_FIELD: Record<string, string | undefined> = { entity: 'id', name: 'name', unnamed: 'description' };

// The parsed objects are checked in place and kept (the writer picks its fields by name, so nothing else is written).

function checkAnchor(o: Json, at: Where): void {
  offset(o, 'start', at);
  offset(o, 'end', at);
  if ((o.end as number) < (o.start as number)) throw new ShapeError(`${at()}: end before start`);
  string(o, 'text', at);
  string(o, 'before', at);
  string(o, 'after', at);
  if (o.orphaned !== undefined && o.orphaned !== true) throw new ShapeError(`${at()}.orphaned: expected true or nothing`);
}

function checkEntity(value: unknown, at: Where): EntityAnnotation {
  const o = object(value, at);
  string(o, 'id', at);
  oneOf(o, 'status', STATUSES, at);
  oneOf(o, 'type', TYPES, at);
  string(o, 'name', at);
  optionalString(o, 'note', at);
  array(o.mentions, () => `${at()}.mentions`).forEach((m, i) => {
    const mentionAt = () => `${at()}.mentions[${i}]`;
    oneOf(object(m, mentionAt), 'kind', MENTION_KINDS, mentionAt);
    checkAnchor(m as Json, mentionAt);
  });
  return o as unknown as EntityAnnotation;
}

function checkQuote(value: unknown, at: Where): QuoteAnnotation {
  const o = object(value, at);
  string(o, 'id', at);
  oneOf(o, 'status', STATUSES, at);
  oneOf(o, 'kind', QUOTE_KINDS, at);
  checkAnchor(o, at);
  optionalString(o, 'note', at);
  if (o.speaker !== undefined) {
    const speakerAt = () => `${at()}.speaker`;
    const speaker = object(o.speaker, speakerAt);
    oneOf(speaker, 'kind', SPEAKER_KINDS, speakerAt);
    const field = SPEAKER_FIELD[speaker.kind as string];
    if (field) string(speaker, field, speakerAt);
  }
  return o as unknown as QuoteAnnotation;
}

/** Reads a sidecar's content. Never throws. */
export function parseAnnotations(content: string): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch (e) {
    return { kind: 'corrupt', message: `not valid JSON (${e instanceof Error ? e.message : String(e)})` };
  }
  try {
    const root = object(json, () => 'file');
    if (root.format !== ANNOTATIONS_FORMAT) throw new ShapeError(`format: expected "${ANNOTATIONS_FORMAT}"`);
    const version = root.version;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) throw new ShapeError('version: expected a whole number ≥ 1');
    if (version > ANNOTATIONS_VERSION) {
      return { kind: 'newer-version', version, message: `written by a newer Article Annotator (format version ${version}; this one reads up to ${ANNOTATIONS_VERSION})` };
    }
    const doc: AnnotationDoc = {
      entities: array(root.entities, () => 'entities').map((e, i) => checkEntity(e, () => `entities[${i}]`)),
      quotes: array(root.quotes, () => 'quotes').map((q, i) => checkQuote(q, () => `quotes[${i}]`)),
    };
    const ids = new Set<string>();
    for (const { id } of [...doc.entities, ...doc.quotes]) {
      if (ids.has(id)) throw new ShapeError(`id ${JSON.stringify(id)} is used twice`);
      ids.add(id);
    }
    return { kind: 'ok', doc };
  } catch (e) {
    if (e instanceof ShapeError) return { kind: 'corrupt', message: `not an annotations file: ${e.message}` };
    throw e;
  }
}
