/**
 * brat standoff (https://brat.nlplab.org/standoff.html), read by brat and INCEpTION: a `.ann` next to the `.txt`.
 *   T1<TAB>PERSON 22 31<TAB>Ada Quill         a span (a span across lines is cut into fragments: `0 5;6 9`)
 *   A1<TAB>Status T1 accepted                 attributes: Status (absent: manual), MentionKind, QuoteKind
 *   R1<TAB>Coref Arg1:T5 Arg2:T1              a mention → its entity's first mention
 *   R2<TAB>Speaker Arg1:T9 Arg2:T1            a quote → its speaker's first mention
 *   #1<TAB>AnnotatorNotes T1<TAB>a note       notes; also `name: …` (an entity's name when not its text),
 *                                             `speaker: …` (a speaker the text never names), `unnamed source: …`
 */
import type { ImportResult, Standoff, StandoffSpan } from './standoff';
import { fromStandoff } from './standoff';

/** brat's rule: the text of a T line never holds a line break; a span crossing one is written as fragments. */
const LINE_BREAK = /[\r\n\u0085\u2028\u2029]+/g;
const NAME = 'name: ';
const SPEAKER = 'speaker: ';
const UNNAMED = 'unnamed source:';
const NOTE = 'note: ';

/** Notes are one line in brat: line breaks, tabs and backslashes are escaped. */
function escapeNote(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t');
}

function unescapeNote(s: string): string {
  return s.replace(/\\([\\nrt])/g, (_, c: string) => ({ n: '\n', r: '\r', t: '\t' })[c] ?? c);
}

/** The fragments of `[start, end)` between line breaks (brat's discontinuous spans), never empty. */
export function fragments(text: string, start: number, end: number): [number, number][] {
  const parts: [number, number][] = [];
  let from = start;
  for (const m of text.slice(start, end).matchAll(LINE_BREAK)) {
    const at = start + m.index;
    if (at > from) parts.push([from, at]);
    from = at + m[0].length;
  }
  if (end > from) parts.push([from, end]);
  return parts;
}

/** The `.ann` content for standoff annotations over `text`. */
export function toBrat(text: string, standoff: Standoff): string {
  const lines: string[] = [];
  let attribute = 0;
  let note = 0;
  const notes: string[] = [];
  for (const s of standoff.spans) {
    const parts = fragments(text, s.start, s.end);
    if (parts.length === 0) continue;
    lines.push(`${s.key}\t${s.label} ${parts.map(([a, b]) => `${a} ${b}`).join(';')}\t${parts.map(([a, b]) => text.slice(a, b)).join(' ')}`);
    if (s.status) lines.push(`A${++attribute}\tStatus ${s.key} ${s.status}`);
    if (s.kind) lines.push(`A${++attribute}\t${s.label === 'Quote' ? 'QuoteKind' : 'MentionKind'} ${s.key} ${s.kind}`);
    const noteLine = (body: string) => notes.push(`#${++note}\tAnnotatorNotes ${s.key}\t${escapeNote(body)}`);
    if (s.note !== undefined) noteLine([NAME, SPEAKER, UNNAMED, NOTE].some((p) => s.note!.startsWith(p)) ? NOTE + s.note : s.note);
    if (s.name !== undefined) noteLine(NAME + s.name);
    if (s.speakerName !== undefined) noteLine(SPEAKER + s.speakerName);
    if (s.unnamedSource !== undefined) noteLine(`${UNNAMED}${s.unnamedSource ? ' ' + s.unnamedSource : ''}`);
  }
  standoff.relations.forEach((r, i) => lines.push(`R${i + 1}\t${r.type} Arg1:${r.from} Arg2:${r.to}`));
  return [...lines, ...notes].map((l) => l + '\n').join('');
}

const RELATION_TYPES: Record<string, 'Coref' | 'Speaker'> = {
  coref: 'Coref', coreference: 'Coref', sameas: 'Coref', same_as: 'Coref', equiv: 'Coref', alias: 'Coref',
  speaker: 'Speaker', source: 'Speaker', saidby: 'Speaker', said_by: 'Speaker', attribution: 'Speaker',
};

/** Annotations from a `.ann` over its `.txt`: spans and relations other tools wrote are read as far as they map. */
export function fromBrat(text: string, ann: string): ImportResult {
  const spans = new Map<string, StandoffSpan>();
  const standoff: Standoff = { spans: [], relations: [] };
  const warnings: string[] = [];
  const lines = ann.split(/\r?\n/);
  const problem = (n: number, message: string): void => void warnings.push(`line ${n + 1}: ${message}`);
  lines.forEach((line, n): void => {
    if (!line.trim()) return;
    const [id, head = '', tail = ''] = line.split('\t');
    const words = head.split(' ');
    switch (id[0]) {
      case 'T': {
        const m = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/.exec(head);
        if (!m) return problem(n, `not a text-bound annotation: ${JSON.stringify(line)}`);
        const offsets = m[2].split(/[ ;]/).map(Number);
        const span: StandoffSpan = { key: id, label: m[1], start: offsets[0], end: offsets[offsets.length - 1] };
        const written = [];
        for (let i = 0; i < offsets.length; i += 2) written.push(text.slice(offsets[i], offsets[i + 1]));
        if (written.join(' ') !== tail) problem(n, `${id}: its text is not the article's at ${m[2]}; the offsets are kept`);
        spans.set(id, span);
        standoff.spans.push(span);
        return;
      }
      case 'R': {
        const type = RELATION_TYPES[words[0]?.toLowerCase()];
        const args = words.slice(1).map((w) => w.replace(/^[^:]*:/, ''));
        if (!type || args.length !== 2) return problem(n, `relation ${words[0]} not read (Coref and Speaker are)`);
        const [a, b] = args;
        // A speaker relation may be written either way round: the quote is the span labelled Quote.
        const swap = type === 'Speaker' && spans.get(b)?.label.toLowerCase().startsWith('quot');
        standoff.relations.push({ type, from: swap ? b : a, to: swap ? a : b });
        return;
      }
      case '*': {
        const type = RELATION_TYPES[words[0]?.toLowerCase()];
        if (type !== 'Coref') return problem(n, `equivalence ${words[0]} not read (Coref is)`);
        for (const other of words.slice(2)) standoff.relations.push({ type, from: other, to: words[1] });
        return;
      }
      case 'A':
      case 'M': {
        const span = spans.get(words[1]);
        if (!span) return problem(n, `attribute of unknown ${words[1]}`);
        if (words[0] === 'Status') span.status = words[2] as StandoffSpan['status'];
        else if (words[0] === 'MentionKind' || words[0] === 'QuoteKind') span.kind = words[2];
        else problem(n, `attribute ${words[0]} not read`);
        return;
      }
      case '#': {
        const span = spans.get(words[1]);
        if (!span) return problem(n, `note on unknown ${words[1]}`);
        const body = unescapeNote(tail);
        if (body.startsWith(NAME)) span.name = body.slice(NAME.length);
        else if (body.startsWith(SPEAKER)) span.speakerName = body.slice(SPEAKER.length);
        else if (body.startsWith(UNNAMED)) span.unnamedSource = body.slice(UNNAMED.length).trimStart();
        else {
          const note = body.startsWith(NOTE) ? body.slice(NOTE.length) : body;
          span.note = span.note === undefined ? note : `${span.note}\n${note}`;
        }
        return;
      }
      default:
        problem(n, `${id[0]} lines (events, normalizations) are not read`);
    }
  });
  const result = fromStandoff(text, standoff);
  return { doc: result.doc, warnings: [...warnings, ...result.warnings] };
}

/** brat's annotation.conf for the exported types, relations and attributes (brat needs it to show them). */
export const BRAT_CONF = `[entities]
PERSON
ORG
PLACE
OTHER
Quote

[relations]
Coref Arg1:PERSON|ORG|PLACE|OTHER, Arg2:PERSON|ORG|PLACE|OTHER
Speaker Arg1:Quote, Arg2:PERSON|ORG|PLACE|OTHER

[events]

[attributes]
Status Arg:<ENTITY>, Value:suggested|accepted|manual
MentionKind Arg:PERSON|ORG|PLACE|OTHER, Value:alias|pronoun|description
QuoteKind Arg:Quote, Value:term
`;
