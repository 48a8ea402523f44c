/**
 * The sidecar's text: deterministic (same annotations, same bytes), keys in a fixed order, one annotation a line so
 * that a change shows as a one-line diff. Parsing never throws: a bad file is a typed result with one clear message.
 */
import type { MentionKind } from '../types';
import { ANNOTATIONS_FORMAT, ANNOTATIONS_VERSION } from './types';
import type { Anchor, AnnotationDoc, EntityAnnotation, MentionAnnotation, QuoteAnnotation, SpeakerRef } from './types';

export type ParseResult =
  | { kind: 'ok'; doc: AnnotationDoc }
  | { kind: 'corrupt'; message: string }
  | { kind: 'newer-version'; version: number; message: string };

function anchorFields(a: Anchor) {
  return { start: a.start, end: a.end, text: a.text, before: a.before, after: a.after, ...(a.orphaned ? { orphaned: true } : {}) };
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

function entityLine(e: EntityAnnotation): string {
  return JSON.stringify({
    id: e.id, status: e.status, type: e.type, name: e.name,
    ...(e.note !== undefined ? { note: e.note } : {}),
    mentions: e.mentions.map((m) => ({ kind: m.kind, ...anchorFields(m) })),
  });
}

function quoteLine(q: QuoteAnnotation): string {
  return JSON.stringify({
    id: q.id, status: q.status, kind: q.kind,
    ...(q.speaker ? { speaker: speakerFields(q.speaker) } : {}),
    ...(q.note !== undefined ? { note: q.note } : {}),
    ...anchorFields(q),
  });
}

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

function object(value: unknown, path: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ShapeError(`${path}: expected an object`);
  return value as Json;
}

function array(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) throw new ShapeError(`${path}: expected a list`);
  return value;
}

function string(o: Json, field: string, path: string): string {
  if (typeof o[field] !== 'string') throw new ShapeError(`${path}.${field}: expected a string`);
  return o[field] as string;
}

function optionalString(o: Json, field: string, path: string): string | undefined {
  return o[field] === undefined ? undefined : string(o, field, path);
}

function offset(o: Json, field: string, path: string): number {
  const v = o[field];
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw new ShapeError(`${path}.${field}: expected an offset (a whole number ≥ 0)`);
  return v;
}

function oneOf<T extends string>(o: Json, field: string, values: readonly T[], path: string): T {
  const v = o[field];
  if (!values.includes(v as T)) throw new ShapeError(`${path}.${field}: expected one of ${values.join(', ')}`);
  return v as T;
}

const STATUSES = ['suggested', 'accepted', 'rejected', 'manual'] as const;
const TYPES = ['PERSON', 'ORG', 'PLACE', 'OTHER'] as const;
const MENTION_KINDS: readonly MentionKind[] = ['name', 'alias', 'pronoun', 'description'];
const QUOTE_KINDS = ['quote', 'term', 'not-a-quote'] as const;
const SPEAKER_KINDS = ['entity', 'name', 'unnamed', 'none'] as const;

function parseAnchor(o: Json, path: string): Anchor {
  const start = offset(o, 'start', path);
  const end = offset(o, 'end', path);
  if (end < start) throw new ShapeError(`${path}: end before start`);
  const anchor: Anchor = { start, end, text: string(o, 'text', path), before: string(o, 'before', path), after: string(o, 'after', path) };
  if (o.orphaned !== undefined && o.orphaned !== true) throw new ShapeError(`${path}.orphaned: expected true or nothing`);
  if (o.orphaned === true) anchor.orphaned = true;
  return anchor;
}

function parseSpeaker(value: unknown, path: string): SpeakerRef {
  const o = object(value, path);
  const kind = oneOf(o, 'kind', SPEAKER_KINDS, path);
  switch (kind) {
    case 'entity':
      return { kind, id: string(o, 'id', path) };
    case 'name':
      return { kind, name: string(o, 'name', path) };
    case 'unnamed':
      return { kind, description: string(o, 'description', path) };
    case 'none':
      return { kind };
  }
}

function parseEntity(value: unknown, path: string): EntityAnnotation {
  const o = object(value, path);
  const entity: EntityAnnotation = {
    id: string(o, 'id', path),
    status: oneOf(o, 'status', STATUSES, path),
    type: oneOf(o, 'type', TYPES, path),
    name: string(o, 'name', path),
    mentions: array(o.mentions, `${path}.mentions`).map((m, i): MentionAnnotation => {
      const p = `${path}.mentions[${i}]`;
      const mo = object(m, p);
      return { kind: oneOf(mo, 'kind', MENTION_KINDS, p), ...parseAnchor(mo, p) };
    }),
  };
  const note = optionalString(o, 'note', path);
  if (note !== undefined) entity.note = note;
  return entity;
}

function parseQuote(value: unknown, path: string): QuoteAnnotation {
  const o = object(value, path);
  const quote: QuoteAnnotation = {
    id: string(o, 'id', path),
    status: oneOf(o, 'status', STATUSES, path),
    kind: oneOf(o, 'kind', QUOTE_KINDS, path),
    ...parseAnchor(o, path),
  };
  if (o.speaker !== undefined) quote.speaker = parseSpeaker(o.speaker, `${path}.speaker`);
  const note = optionalString(o, 'note', path);
  if (note !== undefined) quote.note = note;
  return quote;
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
    const root = object(json, 'file');
    if (root.format !== ANNOTATIONS_FORMAT) throw new ShapeError(`format: expected "${ANNOTATIONS_FORMAT}"`);
    const version = root.version;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) throw new ShapeError('version: expected a whole number ≥ 1');
    if (version > ANNOTATIONS_VERSION) {
      return { kind: 'newer-version', version, message: `written by a newer Article Annotator (format version ${version}; this one reads up to ${ANNOTATIONS_VERSION})` };
    }
    const doc: AnnotationDoc = {
      entities: array(root.entities, 'entities').map((e, i) => parseEntity(e, `entities[${i}]`)),
      quotes: array(root.quotes, 'quotes').map((q, i) => parseQuote(q, `quotes[${i}]`)),
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
