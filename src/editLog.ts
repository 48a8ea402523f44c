/**
 * The edits made to a document since earlier versions, so an analysis of an older version can be shown with its
 * offsets moved onto the current text (as the editor moves its own decorations) while the new one is computed.
 * Free of `vscode`, for unit tests.
 */
import { mapSpan } from './core/annotations/anchor';
import type { TextEdit } from './core/annotations/types';
import type { Analysis, Entity, Span } from './core/types';

/** Change events kept per document: far more than are made between two analyses. */
const MAX_EVENTS = 10_000;

export class EditLog {
  /** Each change event: the version it made and its edits, applied in order as VS Code lists them. */
  private events: { version: number; edits: readonly TextEdit[] }[] = [];

  /** `since` is the version the log starts from: offsets of older versions cannot be mapped. */
  constructor(private since: number) {}

  record(version: number, edits: readonly TextEdit[]): void {
    this.events.push({ version, edits });
    if (this.events.length > MAX_EVENTS) this.since = this.events.splice(0, this.events.length - MAX_EVENTS).pop()!.version;
  }

  /** The edits from `version` to now, or undefined when the log does not reach back that far. */
  editsSince(version: number): TextEdit[] | undefined {
    if (version < this.since) return undefined;
    return this.events.filter((e) => e.version > version).flatMap((e) => e.edits);
  }
}

/** A span moved through edits; undefined when the edits deleted all of it. */
export function mapThrough<T extends Span>(span: T, edits: readonly TextEdit[]): T | undefined {
  let mapped: Span | undefined = span;
  for (const edit of edits) {
    mapped = mapSpan(mapped.start, mapped.end, edit);
    if (!mapped) return undefined;
  }
  return mapped === span ? span : { ...span, start: mapped.start, end: mapped.end };
}

/**
 * An analysis of an older text with every offset moved onto `text`, the text after `edits`. Spans the edits
 * deleted are left out (an entity with no mention left goes too); texts of spans are read again from `text`.
 */
export function mapAnalysis(analysis: Analysis, edits: readonly TextEdit[], text: string): Analysis {
  if (edits.length === 0) return analysis;
  const withText = <T extends Span & { text: string }>(span: T | undefined) => span && { ...span, text: text.slice(span.start, span.end) };
  const entities: Entity[] = [];
  for (const entity of analysis.entities) {
    const mentions = entity.mentions.flatMap((m) => withText(mapThrough(m, edits)) ?? []);
    if (mentions.length) entities.push({ ...entity, mentions });
  }
  const quotes = analysis.quotes.flatMap((q) => {
    const quote = withText(mapThrough(q, edits));
    if (!quote) return [];
    const speakerMention = q.speakerMention && mapThrough(q.speakerMention, edits);
    const cue = q.cue && mapThrough(q.cue, edits);
    return [{ ...quote, speakerMention, cue }];
  });
  const findings = analysis.findings.flatMap((f) => mapThrough(f, edits) ?? []);
  return { entities, quotes, findings };
}
