import { PERSON_PRONOUNS } from '../words/closedClasses';
import { mention, type Named } from './named';
import type { Token } from '../text/tokenize';

/**
 * Adds he/she/his/her as mentions of a person when exactly one person is named in the pronoun's sentence before
 * it or in the sentence before: the confident case. Names only count as antecedents, not other pronouns.
 */
export function resolvePronouns(tokens: Token[], sentences: Uint32Array, named: Named[]): void {
  const people = named
    .filter((n) => n.entity.type === 'PERSON')
    .flatMap((n) => n.candidates.map((c) => ({ first: c.first, named: n })))
    .sort((a, b) => a.first - b.first);
  // The people named in the window (the pronoun's sentence before it, and the sentence before), counted as the window
  // slides, so a long sentence full of pronouns is read once.
  const inView = new Map<Named, number>();
  const enter = (n: Named) => inView.set(n, (inView.get(n) ?? 0) + 1);
  const leave = (n: Named) => {
    const left = inView.get(n)! - 1;
    if (left === 0) inView.delete(n);
    else inView.set(n, left);
  };
  let lo = 0;
  let hi = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const initial = t.text.charCodeAt(0) | 32; // every pronoun here starts with h or s
    if ((initial !== 104 && initial !== 115) || !PERSON_PRONOUNS.has(t.text.toLowerCase())) continue;
    const window = sentences[i] === 0 ? 0 : sentences[i] - 1;
    for (; hi < people.length && people[hi].first < i; hi++) enter(people[hi].named);
    for (; lo < hi && sentences[people[lo].first] < window; lo++) leave(people[lo].named);
    if (inView.size === 1) inView.keys().next().value!.entity.mentions.push(mention(t.start, t.end, t.text, 'pronoun'));
  }
}

/** Adds social-media handles ("@JaneDoe") as aliases of the one person whose last name ends them. */
export function resolveHandles(tokens: Token[], named: Named[]): void {
  const byLastName = new Map<string, Named | null>();
  for (const n of named) {
    if (n.entity.type !== 'PERSON') continue;
    const last = n.entity.name.split(' ').pop()!.toLowerCase();
    byLastName.set(last, byLastName.has(last) && byLastName.get(last) !== n ? null : n);
  }
  for (const t of tokens) {
    if (t.text[0] !== '@') continue;
    const handle = t.text.slice(1).toLowerCase();
    for (let k = handle.length - 3; k >= 0; k--) {
      const n = byLastName.get(handle.slice(k));
      if (!n) continue;
      n.entity.mentions.push(mention(t.start, t.end, t.text, 'alias'));
      if (!n.entity.aliases.includes(t.text)) n.entity.aliases.push(t.text);
      break;
    }
  }
}
