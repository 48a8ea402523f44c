import * as tables from './lexicon.generated';

/** The build-time gazetteers and word lists, as sets. Built once, on first use. */
export interface Lexicon {
  /** Any spelling of a country (dots removed) → its common name, so "U.A.E." and "United Arab Emirates" meet. */
  countries: Map<string, string>;
  demonyms: Set<string>;
  /** Regions, cities, continents and sub-continents. */
  places: Set<string>;
  givenNames: Set<string>;
  /** Lowercase ordinary English words. */
  words: Set<string>;
  /** Lowercase common nouns. */
  nouns: Set<string>;
}

let cached: Lexicon | undefined;

const split = (table: string): string[] => (table ? table.split('|') : []);

export function lexicon(): Lexicon {
  if (cached) return cached;
  const countries = new Map<string, string>();
  for (const line of tables.COUNTRIES.split('\n')) {
    const names = split(line);
    for (const n of names) countries.set(undotted(n), names[0]);
  }
  const demonyms = new Set<string>();
  for (const d of split(tables.DEMONYMS)) {
    demonyms.add(d);
    demonyms.add(d.endsWith('s') ? d : d + 's');
  }
  cached = {
    countries,
    demonyms,
    places: new Set([...split(tables.AREAS), ...split(tables.REGIONS), ...split(tables.CITIES)]),
    givenNames: new Set(split(tables.GIVEN_NAMES)),
    words: new Set(split(tables.COMMON_WORDS)),
    nouns: new Set(split(tables.NOUNS)),
  };
  return cached;
}

/** "U.A.E." → "UAE": the key under which countries are looked up. */
export function undotted(name: string): string {
  return name.includes('.') ? name.replace(/\./g, '') : name;
}
