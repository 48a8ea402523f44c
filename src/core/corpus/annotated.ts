/** An article's analysis with the manual annotations of its sidecar applied, in the analysis format corpus views read. */
import { AnnotationStore, applyAnnotations, parseAnnotations, type AnnotatedAnalysis } from '../annotations';
import type { Analysis, Entity, EntityType } from '../types';

const isEntityType = (t: string): t is EntityType => t === 'PERSON' || t === 'ORG' || t === 'PLACE';

/**
 * Annotations override the analyzer (accepted, corrected, added, rejected items, anchored again to the text as it is
 * now). A sidecar that cannot be read (corrupt, a newer format) leaves the analysis as it is: the editor says why.
 */
export function annotatedAnalysis(text: string, analysis: Analysis, sidecar: string): Analysis {
  const parsed = parseAnnotations(sidecar);
  if (parsed.kind !== 'ok') return analysis;
  const store = new AnnotationStore(text, parsed.doc);
  store.reanchorToText(text);
  return toAnalysis(applyAnnotations(analysis, store.doc));
}

/** An analysis with annotations applied, in the analysis format (the three entity types; no review state). */
export function toAnalysis(applied: AnnotatedAnalysis): Analysis {
  const entities: Entity[] = [];
  for (const e of applied.entities) {
    if (!isEntityType(e.type)) continue;
    entities.push({
      id: e.id, type: e.type, name: e.name, aliases: e.aliases, role: e.role, affiliation: e.affiliation, description: e.description,
      mentions: e.mentions.map(({ start, end, text: mention, kind }) => ({ start, end, text: mention, kind })),
    });
  }
  const ids = new Set(entities.map((e) => e.id));
  const quotes = applied.quotes.map(({ start, end, text: quote, speakerId, speakerMention, cue, confidence }) => ({
    start, end, text: quote, speakerId: speakerId !== null && ids.has(speakerId) ? speakerId : null, speakerMention, cue, confidence,
  }));
  return { entities, quotes, findings: applied.findings };
}
