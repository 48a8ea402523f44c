import type { Entity, EntityType } from '../core/types';
import type { GoldEntity, GoldSpan } from './gold';
import { fixed, prf, type Prf, type Scorer, type Section } from './report';

const TYPES: EntityType[] = ['PERSON', 'ORG', 'PLACE'];
const SCORED = new Set<string>(TYPES);

/**
 * Exact-span scores: a predicted name mention counts only with the same start, end and type as a gold one.
 * Names of other kinds (type OTHER: a product, an event, a language) are left out on both sides, as the corpus
 * README says: a gold OTHER is no miss, and a predicted OTHER claims none of the three types.
 */
export function scoreSpans(pairs: Array<{ gold: GoldSpan[]; predicted: Entity[] }>): Record<EntityType | 'ALL', Prf> {
  const counts = { tp: new Map<string, number>(), fp: new Map<string, number>(), fn: new Map<string, number>() };
  const bump = (m: Map<string, number>, type: string) => {
    m.set(type, (m.get(type) ?? 0) + 1);
    m.set('ALL', (m.get('ALL') ?? 0) + 1);
  };
  for (const { gold, predicted } of pairs) {
    const goldKeys = new Set(scored(gold).map((g) => `${g.start}:${g.end}:${g.type}`));
    const predictedKeys = new Set<string>();
    for (const e of predicted) if (SCORED.has(e.type)) for (const m of nameMentions(e)) predictedKeys.add(`${m.start}:${m.end}:${e.type}`);
    for (const k of predictedKeys) bump(goldKeys.has(k) ? counts.tp : counts.fp, k.split(':')[2]);
    for (const k of goldKeys) if (!predictedKeys.has(k)) bump(counts.fn, k.split(':')[2]);
  }
  const result = {} as Record<EntityType | 'ALL', Prf>;
  for (const t of [...TYPES, 'ALL'] as const) result[t] = prf(counts.tp.get(t) ?? 0, counts.fp.get(t) ?? 0, counts.fn.get(t) ?? 0);
  return result;
}

/**
 * B³ over the gold mentions: each gold mention's predicted cluster is the entity whose name mention has exactly its
 * span (a singleton when none does). Scores how well the found mentions are grouped, not whether they are found.
 */
export function scoreClusters(pairs: Array<{ gold: GoldSpan[]; predicted: Entity[] }>): { precision: number; recall: number; f1: number } {
  let p = 0;
  let r = 0;
  let n = 0;
  pairs.forEach(({ gold: all, predicted }) => {
    const gold = scored(all);
    const entityAt = new Map<string, string>();
    for (const e of predicted) for (const m of nameMentions(e)) entityAt.set(`${m.start}:${m.end}`, e.id);
    const goldCluster = gold.map((g) => String(g.cluster));
    const predictedCluster = gold.map((g, i) => entityAt.get(`${g.start}:${g.end}`) ?? `unmatched:${i}`);
    for (let i = 0; i < gold.length; i++) {
      let both = 0;
      let inGold = 0;
      let inPredicted = 0;
      for (let j = 0; j < gold.length; j++) {
        const sameGold = goldCluster[j] === goldCluster[i];
        const samePredicted = predictedCluster[j] === predictedCluster[i];
        if (sameGold) inGold++;
        if (samePredicted) inPredicted++;
        if (sameGold && samePredicted) both++;
      }
      p += both / inPredicted;
      r += both / inGold;
      n++;
    }
  });
  const precision = n ? p / n : 0;
  const recall = n ? r / n : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** The gold mentions of the three scored types. */
function scored(gold: GoldSpan[]): GoldSpan[] {
  return gold.filter((g) => SCORED.has(g.type));
}

function nameMentions(e: Entity) {
  return e.mentions.filter((m) => m.kind === 'name' || m.kind === 'alias');
}

/** Gold entities given by name: found with the right type, their aliases merged, and what else was found. */
export function scoreEntityList(gold: GoldEntity[], predicted: Entity[], text: string) {
  const forms = (e: Entity) => new Set([e.name, ...e.aliases, ...(e.role ? [e.name, ...e.aliases].map((n) => `${e.role} ${n}`) : [])]);
  const used = new Set<Entity>();
  const rows = gold.map((g) => {
    const match = predicted.find((e) => e.type === g.type && forms(e).has(g.name)) ?? predicted.find((e) => forms(e).has(g.name));
    if (match) used.add(match);
    // An alias the text never uses on its own ("Quill" where it only says "Ada B. Quill") cannot be merged.
    const aliases = g.aliases.filter((a) => standsAlone(text, a, g.name));
    const merged = match ? aliases.filter((a) => forms(match).has(a)) : [];
    return { gold: g, found: match !== undefined && match.type === g.type, type: match?.type, aliases: aliases.length, merged: merged.length };
  });
  const extra = predicted.filter((e) => !used.has(e)).map((e) => `${e.type} ${e.name}`);
  return { rows, extra };
}

function standsAlone(text: string, alias: string, name: string): boolean {
  for (let at = text.indexOf(alias); at >= 0; at = text.indexOf(alias, at + 1)) {
    const inName = name.includes(alias) && text.slice(Math.max(0, at - name.length), at + name.length + alias.length).includes(name);
    if (!inName) return true;
  }
  return false;
}

/** Entity scores on gold with spans (the corpus) and on gold by name (the sample). */
export const entityScorer: Scorer = (docs) => {
  const withSpans = docs.filter((d) => d.gold.spans);
  if (withSpans.length) return spanSection(withSpans.map((d) => ({ gold: d.gold.spans!, predicted: d.analysis.entities })));
  const withList = docs.filter((d) => d.gold.entities);
  if (withList.length) return listSection(withList.map((d) => scoreEntityList(d.gold.entities!, d.analysis.entities, d.gold.text)));
  return undefined;
};

function spanSection(pairs: Array<{ gold: GoldSpan[]; predicted: Entity[] }>): Section {
  const spans = scoreSpans(pairs);
  const hasClusters = pairs.some((p) => p.gold.some((g) => g.cluster !== undefined));
  const clusters = hasClusters ? scoreClusters(pairs) : undefined;
  const lines = [
    'type     precision  recall  F1     (tp/fp/fn)',
    ...(['PERSON', 'ORG', 'PLACE', 'ALL'] as const).map(
      (t) => `${t.padEnd(8)} ${fixed(spans[t].precision)}      ${fixed(spans[t].recall)}   ${fixed(spans[t].f1)}  (${spans[t].tp}/${spans[t].fp}/${spans[t].fn})`,
    ),
  ];
  if (clusters) lines.push(`alias clusters (B³ over gold mentions): P ${fixed(clusters.precision)} R ${fixed(clusters.recall)} F1 ${fixed(clusters.f1)}`);
  const summary = `entity F1 ${fixed(spans.ALL.f1)}` + (clusters ? `, B³ ${fixed(clusters.f1)}` : '');
  return { title: 'entities (exact span)', lines, summary, data: { spans, clusters } };
}

function listSection(results: Array<ReturnType<typeof scoreEntityList>>): Section {
  const rows = results.flatMap((r) => r.rows);
  const extra = results.flatMap((r) => r.extra);
  const found = rows.filter((r) => r.found).length;
  const aliases = rows.reduce((n, r) => n + r.aliases, 0);
  const merged = rows.reduce((n, r) => n + r.merged, 0);
  const lines = [
    `found with the right type: ${found}/${rows.length}`,
    `aliases merged: ${merged}/${aliases}`,
    ...rows.filter((r) => !r.found || r.merged < r.aliases).map((r) => `missed: ${r.gold.type} ${r.gold.name}${r.type ? ` (found as ${r.type})` : ''}${r.merged < r.aliases ? ' (aliases not merged)' : ''}`),
    `not in the gold (${extra.length}): ${extra.join('; ') || 'none'}`,
  ];
  return { title: 'entities (by name)', lines, summary: `entities ${found}/${rows.length}, aliases ${merged}/${aliases}, ${extra.length} not in gold`, data: { rows, extra } };
}
