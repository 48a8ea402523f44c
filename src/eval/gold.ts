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

/** Parses the corpus format: one JSON article a line. */
export function parseJsonl(content: string): GoldDoc[] {
  return content
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const record = JSON.parse(line) as Record<string, unknown>;
      const spans = record.entities as GoldSpan[] | undefined;
      return { id: String(record.id), text: String(record.text), spans: spans?.length ? spans : undefined, record };
    });
}

/** Parses the sample's gold: entities by name (no offsets) for a text kept in a separate file. */
export function parseEntityGold(json: string, text: string): GoldDoc {
  const record = JSON.parse(json) as Record<string, unknown>;
  return { id: String(record.id), text, entities: record.entities as GoldEntity[], record };
}
