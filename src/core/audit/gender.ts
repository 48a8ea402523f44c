/**
 * An estimate of a person's gender from their given name, for the source audit's opt-in gender figures. It reads
 * only the name: unknown when the name is in neither or both of the given-name lists (docs/data.md), and never
 * more than an estimate.
 */
import { GIVEN_NAME_GENDERS, GIVEN_NAMES } from '../words/lexicon.generated';
import { HONORIFICS, TITLES } from '../words/closedClasses';

export type GenderEstimate = 'female' | 'male' | 'unknown';

let table: Map<string, GenderEstimate> | undefined;

function genders(): Map<string, GenderEstimate> {
  if (table) return table;
  const names = GIVEN_NAMES.split('|');
  const letter: Record<string, GenderEstimate> = { f: 'female', m: 'male', u: 'unknown' };
  table = new Map(names.map((n, i) => [n, letter[GIVEN_NAME_GENDERS[i]]]));
  return table;
}

/** The estimate for a person's full name ("Ada Quill" → female): its first word that is not a title. */
export function estimateGender(name: string): GenderEstimate {
  const first = name.split(/\s+/).find((w) => !HONORIFICS.has(w) && !TITLES.has(w));
  if (!first) return 'unknown';
  // A hyphenated given name ("Jean-Luc") goes by its first part, as in the name lists.
  return genders().get(first) ?? genders().get(first.split('-')[0]) ?? 'unknown';
}
