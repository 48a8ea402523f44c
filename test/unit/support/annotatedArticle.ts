/** A long article with many annotations, for the growth tests (and to profile them). */
import { anchorAt, serializeAnnotations, type AnnotationDoc } from '../../../src/core/annotations';
import type { Analysis, Entity, Mention, Quote } from '../../../src/core/types';

/** Annotations one paragraph of the article carries (four mentions and a quote). */
export const PER_PARAGRAPH = 5;

export interface Case {
  text: string;
  content: string;
  doc: AnnotationDoc;
  analysis: Analysis;
}

/**
 * An article of numbered paragraphs, each naming Ada Quill, the Elmdale Public Library (with "Elmdale" nested in
 * it), Bo Reed and a place of its own, with a quote of Quill's; the analysis finds all of it, and the annotations
 * accept Quill, the library and the quotes, and mark each place by hand (Bo Reed stays a suggestion).
 */
export function annotatedArticle(annotations: number): Case {
  const found = { ada: [] as Mention[], library: [] as Mention[], elmdale: [] as Mention[], bo: [] as Mention[], places: [] as Mention[][] };
  const quotes: Quote[] = [];
  const parts: string[] = [];
  let paragraph = '';
  let offset = 0;
  // Found in the paragraph, then shifted: searching the whole article each time would build it in quadratic time.
  const at = (needle: string, kind: Mention['kind'] = 'name', from = 0): Mention => {
    const start = offset + paragraph.indexOf(needle, from);
    return { start, end: start + needle.length, text: needle, kind };
  };
  for (let i = 0; i < annotations / PER_PARAGRAPH; i++) {
    offset += paragraph.length;
    paragraph = `On day ${i}, Ada Quill of the Elmdale Public Library met Bo Reed in Tarrow ${i}. “We open at ${i},” Quill said.\n\n`;
    parts.push(paragraph);
    found.ada.push(at('Ada Quill'), at('Quill', 'alias', paragraph.indexOf('” Quill')));
    found.library.push(at('Elmdale Public Library'));
    found.elmdale.push(at('Elmdale'));
    found.bo.push(at('Bo Reed'));
    found.places.push([at(`Tarrow ${i}`)]);
    const q = at(`“We open at ${i},”`);
    quotes.push({ start: q.start, end: q.end, text: q.text, kind: 'quote', speakerId: 'e1', speakerMention: found.ada[found.ada.length - 1], confidence: 0.9 });
  }
  const text = parts.join('');
  const entity = (id: string, type: Entity['type'], name: string, mentions: Mention[]): Entity => ({ id, type, name, aliases: [], mentions });
  const analysis: Analysis = {
    entities: [
      entity('e1', 'PERSON', 'Ada Quill', found.ada),
      entity('e2', 'ORG', 'Elmdale Public Library', found.library),
      entity('e3', 'PLACE', 'Elmdale', found.elmdale),
      entity('e4', 'PERSON', 'Bo Reed', found.bo),
      ...found.places.map((m, i) => entity(`e${i + 5}`, 'PLACE', m[0].text, m)),
    ],
    quotes,
    findings: [],
  };
  const mentions = (ms: Mention[]) => ms.map((m) => ({ kind: m.kind, ...anchorAt(text, m.start, m.end) }));
  const doc: AnnotationDoc = {
    entities: [
      { id: 'a1', status: 'accepted', type: 'PERSON', name: 'Ada Quill', mentions: mentions(found.ada) },
      { id: 'a2', status: 'accepted', type: 'ORG', name: 'Elmdale Public Library', mentions: mentions(found.library) },
      ...found.places.map((m, i) => ({ id: `a${i + 3}`, status: 'manual' as const, type: 'PLACE' as const, name: m[0].text, mentions: mentions(m) })),
    ],
    quotes: quotes.map((q, i) => ({ id: `q${i + 1}`, status: 'accepted' as const, kind: 'quote' as const, speaker: { kind: 'entity' as const, id: 'a1' }, ...anchorAt(text, q.start, q.end) })),
  };
  return { text, content: serializeAnnotations(doc), doc, analysis };
}

