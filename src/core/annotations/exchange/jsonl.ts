/**
 * JSON lines in the doccano style, one article a line: the text, its spans as `[start, end, label]` (doccano's
 * sequence labelling import) and as `entities` with ids plus `relations` (its relation import). Each entity object
 * also carries what the labels cannot: `status` (absent: manual), `kind`, `note`, `name`, `speaker_name`,
 * `unnamed_source`.
 */
import type { ImportResult, Standoff, StandoffSpan } from './standoff';
import { fromStandoff } from './standoff';

interface DoccanoEntity {
  id: number;
  label: string;
  start_offset: number;
  end_offset: number;
  status?: string;
  kind?: string;
  note?: string;
  name?: string;
  speaker_name?: string;
  unnamed_source?: string;
}

interface DoccanoRelation {
  id: number;
  from_id: number;
  to_id: number;
  type: string;
}

const keyNumber = (key: string) => Number(key.slice(1));

/** One JSONL line (no line break) for an article. */
export function toJsonl(id: string, text: string, standoff: Standoff): string {
  const entities = standoff.spans.map((s): DoccanoEntity => {
    const e: DoccanoEntity = { id: keyNumber(s.key), label: s.label, start_offset: s.start, end_offset: s.end };
    if (s.status) e.status = s.status;
    if (s.kind) e.kind = s.kind;
    if (s.note !== undefined) e.note = s.note;
    if (s.name !== undefined) e.name = s.name;
    if (s.speakerName !== undefined) e.speaker_name = s.speakerName;
    if (s.unnamedSource !== undefined) e.unnamed_source = s.unnamedSource;
    return e;
  });
  const relations = standoff.relations.map((r, i): DoccanoRelation => ({ id: i + 1, from_id: keyNumber(r.from), to_id: keyNumber(r.to), type: r.type }));
  return JSON.stringify({ id, text, label: standoff.spans.map((s) => [s.start, s.end, s.label]), entities, relations });
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** Annotations from one parsed JSONL record: `entities` and `relations` when present, else the `label` triples. */
export function fromJsonlRecord(record: Record<string, unknown>): ImportResult & { text: string; id: string } {
  const text = str(record.text);
  if (text === undefined) return { id: String(record.id ?? ''), text: '', doc: { entities: [], quotes: [] }, warnings: ['the record has no text'] };
  const standoff: Standoff = { spans: [], relations: [] };
  if (Array.isArray(record.entities)) {
    for (const e of record.entities as DoccanoEntity[]) {
      const span: StandoffSpan = { key: `T${e.id}`, label: String(e.label), start: e.start_offset, end: e.end_offset };
      if (str(e.status)) span.status = e.status as StandoffSpan['status'];
      if (str(e.kind)) span.kind = e.kind;
      if (str(e.note) !== undefined) span.note = e.note;
      if (str(e.name) !== undefined) span.name = e.name;
      if (str(e.speaker_name) !== undefined) span.speakerName = e.speaker_name;
      if (str(e.unnamed_source) !== undefined) span.unnamedSource = e.unnamed_source;
      standoff.spans.push(span);
    }
    for (const r of (Array.isArray(record.relations) ? record.relations : []) as DoccanoRelation[]) {
      const type = String(r.type).toLowerCase() === 'speaker' ? 'Speaker' : String(r.type).toLowerCase() === 'coref' ? 'Coref' : undefined;
      if (type) standoff.relations.push({ type, from: `T${r.from_id}`, to: `T${r.to_id}` });
    }
  } else if (Array.isArray(record.label)) {
    (record.label as [number, number, string][]).forEach(([start, end, label], i) => standoff.spans.push({ key: `T${i + 1}`, label: String(label), start, end }));
  }
  return { id: String(record.id ?? ''), text, ...fromStandoff(text, standoff) };
}
