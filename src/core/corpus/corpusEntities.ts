/** The entities of many articles merged into corpus entities, each with the articles that mention it. */
import { quotesOf } from '../output/query';
import type { Analysis, Entity, EntityType, Quote } from '../types';
import { EntityIndex } from './entityIndex';

export interface CorpusMention<A> {
  article: A;
  entity: Entity;
  quotes: Quote[];
}

export interface CorpusEntity<A> {
  /** Stable while the names stay: the type and the canonical name of the first article's entity. */
  key: string;
  type: EntityType;
  /** The fullest name any article uses. */
  name: string;
  aliases: string[];
  /** One entry per article, in the order the articles were given. */
  articles: CorpusMention<A>[];
  mentions: number;
  quotes: number;
}

const fullness = (name: string) => name.split(/\s+/).length * 1000 + name.length;

/** Merges by canonical name and full-name aliases (see EntityIndex); most-mentioned first. */
export function corpusEntities<A extends { analysis: Analysis }>(articles: readonly A[]): CorpusEntity<A>[] {
  const index = new EntityIndex();
  const clusters = new Map<number, CorpusEntity<A>>();
  for (const article of articles) {
    for (const entity of article.analysis.entities) {
      const { cluster, joined } = index.add(entity);
      let merged = clusters.get(cluster);
      if (!merged) {
        merged = { key: `${entity.type}:${entity.name}`, type: entity.type, name: entity.name, aliases: [], articles: [], mentions: 0, quotes: 0 };
        clusters.set(cluster, merged);
      }
      for (const c of joined) {
        const other = clusters.get(c);
        clusters.delete(c);
        if (other) {
          merged.articles.push(...other.articles);
          merged.aliases.push(other.name, ...other.aliases);
          merged.mentions += other.mentions;
          merged.quotes += other.quotes;
        }
      }
      const quotes = quotesOf(article.analysis, entity.id);
      const same = merged.articles.find((m) => m.article === article);
      // Two entities of one article in one cluster (rare: a name and its full form analysed apart) share its row.
      if (same) same.quotes.push(...quotes);
      else merged.articles.push({ article, entity, quotes });
      merged.aliases.push(entity.name, ...entity.aliases);
      merged.mentions += entity.mentions.length;
      merged.quotes += quotes.length;
    }
  }
  const result = [...clusters.values()];
  for (const e of result) {
    for (const n of e.aliases) if (fullness(n) > fullness(e.name)) e.name = n;
    e.aliases = [...new Set(e.aliases)].filter((a) => a !== e.name);
    if (new Set(e.articles.map((m) => m.article)).size !== e.articles.length) e.articles = dedupe(e.articles);
  }
  return result.sort((a, b) => b.articles.length - a.articles.length || b.mentions - a.mentions || a.name.localeCompare(b.name));
}

function dedupe<A>(mentions: CorpusMention<A>[]): CorpusMention<A>[] {
  const byArticle = new Map<A, CorpusMention<A>>();
  for (const m of mentions) {
    const known = byArticle.get(m.article);
    if (known) known.quotes.push(...m.quotes);
    else byArticle.set(m.article, { ...m, quotes: [...m.quotes] });
  }
  return [...byArticle.values()];
}
