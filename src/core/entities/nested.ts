import { isKnownPlace } from './candidates';
import { NAME_CONNECTORS, ORG_HEADS, PLACE_HEADS } from '../words/closedClasses';
import { mention, namedEntity, type Named } from './named';
import type { Token } from '../text/tokenize';

const COMPASS = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower) /;

/**
 * Names inside names: "Ada Quill Foundation" also mentions Ada Quill, "University of Vermont" also Vermont,
 * when the inner name is an entity of the article in its own right, or (after "of") a place in the gazetteer.
 * Returns the places that become entities only this way.
 */
export function nestedMentions(text: string, tokens: Token[], named: Named[]): Named[] {
  const added: Named[] = [];
  const byName = new Map<string, Named>();
  for (const n of named) for (const c of n.candidates) if (!byName.has(c.text)) byName.set(c.text, n);
  for (const n of named) {
    for (const c of n.candidates) {
      if (c.last - c.first < 2) continue;
      const slots = innerSpans(tokens, c.first, c.last, n.entity.type !== 'PERSON');
      slots.forEach((slot, k) => {
        for (const [s, e] of slot) {
          const inner = text.slice(tokens[s].start, tokens[e - 1].end);
          let found = byName.get(inner);
          if (!found && k > 0 && isKnownPlace(inner.replace(COMPASS, ''))) {
            found = namedEntity('PLACE', inner, [], [], []);
            byName.set(inner, found);
            added.push(found);
          }
          if (!found || found === n) continue;
          found.entity.mentions.push(mention(tokens[s].start, tokens[e - 1].end, inner, found.entity.mentions.length ? 'alias' : 'name'));
          break;
        }
      });
    }
  }
  return added;
}

/**
 * Where a name can hold another, as slots of alternatives, longest first: a start before any head word or
 * connector ("Ada Quill" in "Ada Quill Foundation", "Zorbly" in "Zorbly Science Fair"), and for organizations
 * and places the part after "of" or "for" ("Vermont" in "University of Vermont").
 */
function innerSpans(tokens: Token[], first: number, last: number, withOf: boolean): Array<Array<[number, number]>> {
  const starts: Array<[number, number]> = [];
  let head = first;
  while (head < last && !ORG_HEADS.has(tokens[head].text) && !PLACE_HEADS.has(tokens[head].text) && !NAME_CONNECTORS.has(tokens[head].text)) head++;
  for (let k = Math.min(head, last - 1); k > first; k--) starts.push([first, k]);
  const slots = [starts];
  if (!withOf) return slots;
  for (let k = first; k < last; k++) {
    if (tokens[k].text !== 'of' && tokens[k].text !== 'for') continue;
    const from = tokens[k + 1]?.text === 'the' ? k + 2 : k + 1;
    if (from < last) slots.push([[from, last]]);
    break;
  }
  return slots;
}
