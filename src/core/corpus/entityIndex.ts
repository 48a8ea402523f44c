/** Entities of many articles merged into one: the same type and the same name, or a full name one uses as an alias. */
import type { EntityType } from '../types';

export interface NamedThing {
  type: EntityType;
  name: string;
  aliases: readonly string[];
}

/** Case, dots and runs of spaces do not make two names differ ("U.N." / "UN"). */
export function nameKey(type: EntityType, name: string): string {
  return `${type}:${name.replace(/\./g, '').replace(/\s+/g, ' ').trim().toLowerCase()}`;
}

/**
 * Assigns each entity a corpus-wide cluster number, incrementally (a union-find over name keys), so an index of
 * thousands of articles never holds their analyses. Only aliases of two or more words join clusters: a bare
 * surname ("Cole") in one article says nothing about a Cole in another.
 */
export class EntityIndex {
  private readonly clusterOfKey = new Map<string, number>();
  private readonly parent: number[] = [];

  /**
   * The cluster of the entity, joining every cluster its name or full-name aliases already belong to; `joined` lists
   * the clusters that stopped being roots, so callers can fold what they keep per cluster into `cluster`.
   */
  add(entity: NamedThing): { cluster: number; joined: number[] } {
    const keys = [entity.name, ...entity.aliases.filter((a) => /\s/.test(a.trim()))].map((n) => nameKey(entity.type, n));
    let cluster: number | undefined;
    const joined: number[] = [];
    for (const key of keys) {
      const known = this.clusterOfKey.get(key);
      if (known === undefined) continue;
      const root = this.find(known);
      if (cluster === undefined) cluster = root;
      else if (root !== cluster) {
        this.parent[root] = cluster;
        joined.push(root);
      }
    }
    if (cluster === undefined) {
      cluster = this.parent.length;
      this.parent.push(cluster);
    }
    for (const key of keys) if (!this.clusterOfKey.has(key)) this.clusterOfKey.set(key, cluster);
    return { cluster, joined };
  }

  /** The cluster a number added earlier now belongs to (clusters merge as entities arrive). */
  find(cluster: number): number {
    let root = cluster;
    while (this.parent[root] !== root) root = this.parent[root];
    // Path compression keeps later lookups short.
    while (this.parent[cluster] !== root) {
      const next = this.parent[cluster];
      this.parent[cluster] = root;
      cluster = next;
    }
    return root;
  }
}
