/** Spans of a test text found by their words, and analyzer entities built from them. */
import * as assert from 'node:assert';
import type { Entity, Mention } from '../../../src/core/types';

export function textSpans(text: string) {
  /** The span of `needle`'s first occurrence at or after `from`. */
  const span = (needle: string, from = 0) => {
    const start = text.indexOf(needle, from);
    assert.ok(start >= 0, needle);
    return { start, end: start + needle.length };
  };
  const mention = (needle: string, kind: Mention['kind'] = 'name', from = 0): Mention => ({ ...span(needle, from), text: needle, kind });
  return { span, mention };
}

export const entity = (id: string, type: Entity['type'], name: string, mentions: Mention[]): Entity => ({ id, type, name, aliases: [], mentions });
