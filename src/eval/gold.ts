import type { EntityType } from '../core/types';

/** A gold entity mention with its offsets, as in ../shared/corpus/README.md. */
export interface GoldSpan {
  start: number;
  end: number;
  /** OTHER: a name of none of the three kinds (a product, an event, a language); not scored. */
  type: EntityType | 'OTHER';
  text: string;
  /** Coreference cluster id, when the gold has chains. */
  cluster?: string | number;
}

/** A gold entity given by name only, as in the sample's .gold.json. */
export interface GoldEntity {
  name: string;
  type: EntityType;
  aliases: string[];
  role?: string | null;
  affiliation?: string | null;
  description?: string | null;
}

/** One gold-annotated article. Fields a format lacks are absent; `record` keeps the original for other scorers. */
export interface GoldDoc {
  id: string;
  text: string;
  spans?: GoldSpan[];
  entities?: GoldEntity[];
  record: Record<string, unknown>;
}

/** Gold that cannot be scored; the message says where (line, field) and what is wrong, in one line. */
export class GoldError extends Error {}

/** Parses the corpus format: one JSON article a line. Every line is checked before anything is scored. */
export function parseJsonl(content: string): GoldDoc[] {
  const docs: GoldDoc[] = [];
  content.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const at = `line ${i + 1}`;
    const record = parseObject(line, at);
    const text = field(record, 'text', at, 'string');
    checkSpans(record, 'entities', text, at, checkEntitySpan);
    checkSpans(record, 'quotes', text, at, checkQuoteSpan);
    optional(record, 'quotes_complete', at, 'boolean');
    const spans = record.entities as GoldSpan[] | undefined;
    docs.push({ id: String(field(record, 'id', at, 'string', 'number')), text, spans: spans?.length ? spans : undefined, record });
  });
  if (!docs.length) throw new GoldError('no articles: a corpus file has one JSON article a line');
  if (!docs.some((d) => d.spans || (d.record.quotes as unknown[] | undefined)?.length)) {
    throw new GoldError('nothing to score: no line lists "entities" or "quotes"');
  }
  return docs;
}

/** Parses the sample's gold: entities by name (no offsets) for a text kept in a separate file. */
export function parseEntityGold(json: string, text: string): GoldDoc {
  const record = parseObject(json, 'the file');
  const entities = field(record, 'entities', 'the file', 'array');
  entities.forEach((e, i) => {
    const at = `entities[${i}]`;
    const entity = object(e, at);
    field(entity, 'name', at, 'string');
    checkType(entity, at);
    const aliases = field(entity, 'aliases', at, 'array');
    aliases.forEach((a, j) => kind(a, `${at}.aliases[${j}]`, 'string'));
  });
  checkSpans(record, 'quotes', text, 'the file', checkQuoteSpan);
  return { id: String(field(record, 'id', 'the file', 'string', 'number')), text, entities: entities as GoldEntity[], record };
}

interface Kinds {
  string: string;
  number: number;
  boolean: boolean;
  array: unknown[];
  object: Record<string, unknown>;
  null: null;
}
type Kind = keyof Kinds;
const kindOf = (value: unknown): Kind => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value as Kind);

function parseObject(json: string, at: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (e) {
    throw new GoldError(`${at}: not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  return object(value, at);
}

function object(value: unknown, at: string): Record<string, unknown> {
  return kind(value, at, 'object');
}

function kind<K extends Kind>(value: unknown, at: string, ...kinds: K[]): Kinds[K] {
  if (!kinds.includes(kindOf(value) as K)) throw new GoldError(`${at}: should be ${kinds.join(' or ')}, not ${kindOf(value)}`);
  return value as Kinds[K];
}

/** A required field of one of the kinds. */
function field<K extends Kind>(record: Record<string, unknown>, name: string, at: string, ...kinds: K[]): Kinds[K] {
  if (!(name in record)) throw new GoldError(`${at}: "${name}" is missing`);
  return kind(record[name], `${at}: "${name}"`, ...kinds);
}

function optional(record: Record<string, unknown>, name: string, at: string, ...kinds: Kind[]): void {
  if (record[name] !== undefined) kind(record[name], `${at}: "${name}"`, ...kinds);
}

const TYPES = new Set(['PERSON', 'ORG', 'PLACE', 'OTHER']);

function checkType(record: Record<string, unknown>, at: string): void {
  const type = field(record, 'type', at, 'string');
  if (!TYPES.has(type)) throw new GoldError(`${at}: "type" should be one of ${[...TYPES].join(', ')}, not "${type}"`);
}

/** An optional array of spans of the text, each checked by `check`. */
function checkSpans(record: Record<string, unknown>, name: string, text: string, at: string, check: (span: Record<string, unknown>, text: string, at: string) => void): void {
  optional(record, name, at, 'array');
  (record[name] as unknown[] | undefined)?.forEach((s, i) => check(object(s, `${at}: ${name}[${i}]`), text, `${at}: ${name}[${i}]`));
}

function checkEntitySpan(span: Record<string, unknown>, text: string, at: string): void {
  checkOffsets(span, 'start', 'end', text, at);
  checkType(span, at);
  field(span, 'text', at, 'string');
  optional(span, 'cluster', at, 'string', 'number');
  checkSlice(span, text, at);
}

function checkQuoteSpan(span: Record<string, unknown>, text: string, at: string): void {
  checkOffsets(span, 'start', 'end', text, at);
  optional(span, 'text', at, 'string');
  optional(span, 'speaker', at, 'string', 'null');
  // A speaker that is not named in the text has null offsets.
  const given = (offset: unknown) => offset !== undefined && offset !== null;
  if (given(span.speakerStart) || given(span.speakerEnd)) checkOffsets(span, 'speakerStart', 'speakerEnd', text, at);
  if (span.text !== undefined) checkSlice(span, text, at);
}

/** Whole-number offsets with start < end inside the text (UTF-16 code units, end exclusive). */
function checkOffsets(span: Record<string, unknown>, startName: string, endName: string, text: string, at: string): void {
  const start = field(span, startName, at, 'number');
  const end = field(span, endName, at, 'number');
  for (const [name, value] of [[startName, start], [endName, end]] as const) {
    if (!Number.isInteger(value) || value < 0 || value > text.length) {
      throw new GoldError(`${at}: "${name}" ${value} is outside the text (0 to ${text.length} UTF-16 code units)`);
    }
  }
  if (start >= end) throw new GoldError(`${at}: "${startName}" ${start} is not before "${endName}" ${end}`);
}

function checkSlice(span: Record<string, unknown>, text: string, at: string): void {
  const slice = text.slice(span.start as number, span.end as number);
  if (slice !== span.text) {
    throw new GoldError(`${at}: "text" ${JSON.stringify(span.text)} is not the text at ${span.start}-${span.end} (${JSON.stringify(slice)})`);
  }
}
