import { NAME_CONNECTORS, ORG_HEADS, PLACE_HEADS } from './closedClasses';
import { mention, type Named } from './roles';
import type { Token } from './tokenize';

/**
 * Names inside names: "Andy Warhol Foundation" also mentions Andy Warhol, "University of Texas" also Texas,
 * when the inner name is an entity of the article in its own right.
 */
export function nestedMentions(text: string, tokens: Token[], named: Named[]): void {
  const byName = new Map<string, Named>();
  for (const n of named) for (const c of n.candidates) if (!byName.has(c.text)) byName.set(c.text, n);
  for (const n of named) {
    if (n.entity.type === 'PERSON') continue;
    for (const c of n.candidates) {
      if (c.last - c.first < 2) continue;
      const inner = innerSpans(tokens, c.first, c.last);
      for (const [s, e] of inner) {
        const found = byName.get(text.slice(tokens[s].start, tokens[e - 1].end));
        if (found && found !== n) found.entity.mentions.push(mention(tokens[s].start, tokens[e - 1].end, text.slice(tokens[s].start, tokens[e - 1].end), 'alias'));
      }
    }
  }
}

/** The part before a head word ("Andy Warhol" in "Andy Warhol Foundation") and the part after "of" or "for". */
function innerSpans(tokens: Token[], first: number, last: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let head = first;
  while (head < last && !ORG_HEADS.has(tokens[head].text) && !PLACE_HEADS.has(tokens[head].text) && !NAME_CONNECTORS.has(tokens[head].text)) head++;
  if (head > first && head < last) spans.push([first, head]);
  for (let k = first; k < last; k++) {
    if (tokens[k].text !== 'of' && tokens[k].text !== 'for') continue;
    const from = tokens[k + 1]?.text === 'the' ? k + 2 : k + 1;
    if (from < last) spans.push([from, last]);
    break;
  }
  return spans;
}
