import { titleCase, type Candidate } from './candidates';
import type { Typing } from './classify';
import { NAME_CONNECTORS, ORG_HEADS, ORG_OF_HEADS } from '../words/closedClasses';
import { lexicon, undotted } from '../words/lexicon';

/** Candidates that name one entity, under the typing with the strongest evidence. */
export interface Cluster {
  candidates: Candidate[];
  typing: Typing;
  words: string[];
  /** The first letters of `words` ("NPA" for National Ports Authority). */
  initials: string;
}

/**
 * Groups candidates into entities: same name (or same country under any spelling), then shorter names into the
 * longer ones they abbreviate — a person's first or last name, part of an organization's name, an acronym of
 * its initials. A short name that could belong to several goes to the nearest one mentioned before it.
 * Lone ordinary words without strong evidence (a title, a speech verb, a gazetteer entry) are dropped here.
 */
export function clusterCandidates(candidates: Candidate[], typings: Typing[]): Cluster[] {
  const lex = lexicon();
  const byKey = new Map<string, Cluster>();
  const clusters: Cluster[] = [];
  const votes = new Map<Cluster, Typing[]>();
  const cased = new Set(candidates.filter((c) => !c.capitals && !c.dateline).map((c) => c.text));
  candidates.forEach((c, i) => {
    const country = lex.countries.get(undotted(c.text));
    // A name in capitals (a dateline "ELMDALE", a headline's "QUILLNET") is the name the article writes in normal
    // case ("Elmdale"), unless it writes it in capitals too ("NATO").
    const shouted = (c.dateline || c.capitals) && !cased.has(c.text);
    const key = country ? `country:${country}` : (shouted ? titleCase(c.text) : c.text).replace(/’/g, "'");
    let cluster = byKey.get(key);
    if (!cluster) {
      const words = nameWords(c.text);
      cluster = { candidates: [], typing: typings[i], words, initials: words.map((w) => w[0]).join('') };
      byKey.set(key, cluster);
      clusters.push(cluster);
    }
    cluster.candidates.push(c);
    const typed = votes.get(cluster);
    if (typed) typed.push(typings[i]);
    else votes.set(cluster, [typings[i]]);
  });
  for (const [cluster, typed] of votes) cluster.typing = decide(typed);

  const index = indexByWord(clusters);
  // Longest names first, so a short name joins an entity that is already complete.
  const rootOf = new Map<Cluster, Cluster>();
  const roots: Cluster[] = [];
  for (const cluster of [...clusters].sort((a, b) => b.words.length - a.words.length)) {
    const target = aliasTarget(cluster, index);
    const root = target ? rootOf.get(target) ?? target : cluster;
    rootOf.set(cluster, root);
    if (root === cluster) roots.push(cluster);
    else for (const c of cluster.candidates) root.candidates.push(c);
  }
  return roots.filter((r) => r.candidates.length > 0 && !(r.typing.strength < 2 && r.candidates.every((c) => c.weak)));
}

/**
 * One entity, one type: the name's form (a title, a head word) decides when it has one; otherwise the mentions
 * vote with the strength of their evidence, so one misleading context does not retype a name used often.
 */
function decide(typed: Typing[]): Typing {
  const formed = typed.find((t) => t.strength >= 3);
  if (formed) return formed;
  const sums = new Map<Typing['type'], number>();
  for (const t of typed) sums.set(t.type, (sums.get(t.type) ?? 0) + t.strength);
  let best = typed[0];
  for (const t of typed) if (sums.get(t.type)! > sums.get(best.type)! || (t.type === best.type && t.strength > best.strength)) best = t;
  return best;
}

/** The words of a name that can stand for it, with curly apostrophes straightened ("O’Hara" = "O'Hara"). */
function nameWords(name: string): string[] {
  return name.replace(/’/g, "'").split(/\s+/).filter((w) => !NAME_CONNECTORS.has(w));
}

/** Multi-word clusters by each of their words, and by their initials; longest first. */
interface WordIndex {
  byWord: Map<string, Cluster[]>;
  byInitials: Map<string, Cluster[]>;
}

function indexByWord(clusters: Cluster[]): WordIndex {
  const index: WordIndex = { byWord: new Map(), byInitials: new Map() };
  const add = (map: Map<string, Cluster[]>, key: string, c: Cluster) => {
    const list = map.get(key);
    if (list) list.push(c);
    else map.set(key, [c]);
  };
  for (const c of clusters) {
    if (c.words.length < 2) continue;
    for (const w of new Set(c.words)) add(index.byWord, w, c);
    if (c.typing.type !== 'PERSON') add(index.byInitials, c.initials, c);
  }
  for (const map of [index.byWord, index.byInitials]) for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

const NONE: readonly Cluster[] = [];

function aliasTarget(short: Cluster, index: WordIndex): Cluster | undefined {
  const text = undotted(short.candidates[0].text);
  const isCountry = lexicon().countries.has(text);
  // A name of several words abbreviates only names holding all of them: its rarest word's list is the shortest to read,
  // so many names sharing a common word ("Ada Quill1", "Ada Quill2", …) do not each read the others.
  let rarest = index.byWord.get(short.words[0]) ?? NONE;
  for (let k = 1; k < short.words.length; k++) {
    const list = index.byWord.get(short.words[k]) ?? NONE;
    if (list.length < rarest.length) rarest = list;
  }
  let options: Cluster[] = [];
  for (const list of [rarest, index.byInitials.get(text) ?? NONE]) {
    // Only longer names can be abbreviated: the lists are sorted, so a name never scans those of its own length.
    for (let n = 0; n < list.length && list[n].words.length > short.words.length; n++) {
      if (abbreviates(short, text, list[n], isCountry)) options.push(list[n]);
    }
  }
  if (options.length === 0) return undefined;
  // A lone name that fits a person ("Quill") is that person, not the foundation named after them.
  const people = options.filter((o) => o.typing.type === 'PERSON');
  if (people.length) options = people;
  const at = short.candidates[0].start;
  const firstAt = (c: Cluster) => c.candidates[0].start;
  const before = options.filter((o) => firstAt(o) < at);
  if (before.length) return before.reduce((best, o) => (firstAt(o) > firstAt(best) ? o : best));
  return options.reduce((best, o) => (firstAt(o) < firstAt(best) ? o : best));
}

/** Whether `short`, whose first name undotted is `text`, can stand for `long`. */
function abbreviates(short: Cluster, text: string, long: Cluster, isCountry: boolean): boolean {
  if (long.typing.type !== 'PERSON' && text === long.initials) return true;
  if (isCountry) return false;
  if (long.typing.type === 'PERSON') {
    const w = short.words[0];
    if (/^\p{Lu}+$/u.test(w) && w.length > 1) return false;
    return short.words.length === 1 && (w === long.words[0] || w === long.words[long.words.length - 1]);
  }
  if (long.typing.type !== 'ORG' || (short.typing.type !== 'ORG' && short.typing.strength >= 2)) return false;
  // An ordinary word is short for an organization as its head ("the Church") or what it is of ("Tarnovia" for
  // "Church of Tarnovia"), not as the last word of a name without "of" ("Kodaks" in "Quill Kodaks").
  const longText = long.candidates[0].text;
  if (short.candidates.every((c) => c.weak) && !ORG_HEADS.has(text) && !ORG_OF_HEADS.has(text) && !/ (?:of|for) /.test(longText)) return false;
  const at = long.words.indexOf(short.words[0]);
  return at >= 0 && short.words.every((w, k) => long.words[at + k] === w);
}
