import type { Entity, EntityType, MentionKind } from '../../../src/core/types';

/** An entity for a test text: its type, its name, then its aliases. */
export type EntitySpec = [EntityType, string, ...string[]];

/**
 * Entities for a test text, typed as given (so that a test can pin a typing, right or wrong): every occurrence of a
 * name or alias (whole words) is a mention; pronouns are left to the attribution.
 */
export function entitiesIn(text: string, specs: EntitySpec[]): Entity[] {
  return specs.map(([type, name, ...aliases], i) => {
    const mentions = [name, ...aliases].flatMap((form) =>
      [...text.matchAll(new RegExp(`(?<![\\p{L}])${form.replace(/\./g, '\\.')}(?![\\p{L}])`, 'gu'))].map((m) => ({
        start: m.index,
        end: m.index + form.length,
        text: form,
        kind: (form === name ? 'name' : 'alias') as MentionKind,
      })),
    );
    return { id: `e${i + 1}`, type, name, aliases, mentions: mentions.sort((a, b) => a.start - b.start) };
  });
}
