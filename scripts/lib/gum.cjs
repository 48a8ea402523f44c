// GUM CoNLL-U → the gold corpus format of ../shared/corpus (its README gives the rules): the text joined from the
// tokens (paragraphs by a blank line, sentences by a space) and the named mentions with their offsets. Used by
// scripts/import-gum.mjs and its unit test (test/unit/importGum.test.ts).

/** GUM's entity types → ours; the types not listed (time, quantity) are no names of the kinds we learn. */
const TYPES = {
  person: 'PERSON',
  organization: 'ORG',
  place: 'PLACE',
  object: 'OTHER',
  event: 'OTHER',
  abstract: 'OTHER',
  substance: 'OTHER',
  animal: 'OTHER',
  plant: 'OTHER',
};

const PROPER = new Set(['NNP', 'NNPS']);
/** Words that join proper nouns inside a name that is no person's ("Bank of Elmdale", "Quill & Moss"); not "the": "Society of the Cincinnati" is "Society" in the gold. */
const CONNECTORS = new Set(['of', 'for', 'on', 'and', '-', '&']);

/** The documents of a CoNLL-U file: sentences of words, paragraph starts, document metadata. */
function parseConllu(content) {
  const docs = [];
  let doc = null;
  let sentence = null;
  let newpar = false;
  const flush = () => {
    if (sentence && sentence.words.length) doc.sentences.push(sentence);
    sentence = null;
  };
  for (const line of content.split(/\r?\n/)) {
    if (!line.trim()) {
      flush();
      continue;
    }
    if (line.startsWith('#')) {
      const m = /^#\s*([^=]+?)\s*=\s*(.*)$/.exec(line);
      const key = m ? m[1] : line.slice(1).trim();
      if (key === 'newdoc id') {
        flush();
        doc = { id: m[2], meta: {}, sentences: [] };
        docs.push(doc);
      } else if (key === 'newpar') newpar = true;
      else if (key.startsWith('meta::') && doc) doc.meta[key.slice(6)] = m[2];
      continue;
    }
    if (!doc) throw new Error('CoNLL-U: a token before any "# newdoc id"');
    if (!sentence) {
      sentence = { newpar: newpar || doc.sentences.length === 0, words: [], ranges: [] };
      newpar = false;
    }
    const cols = line.split('\t');
    if (cols.length !== 10) throw new Error(`CoNLL-U: ${cols.length} columns, not 10, in ${doc.id}: ${line.slice(0, 80)}`);
    const [id, form, , upos, xpos, , head, deprel, , misc] = cols;
    const attrs = parseMisc(misc);
    if (id.includes('.')) continue; // an empty node: no text
    if (id.includes('-')) {
      const [from, to] = id.split('-').map(Number);
      sentence.ranges.push({ from, to, form, spaceAfter: attrs.SpaceAfter !== 'No' });
      continue;
    }
    sentence.words.push({ id: Number(id), form, upos, xpos, head: Number(head), deprel, entity: attrs.Entity ?? '', spaceAfter: attrs.SpaceAfter !== 'No' });
  }
  flush();
  return docs;
}

function parseMisc(misc) {
  const out = {};
  if (misc === '_') return out;
  for (const part of misc.split('|')) {
    const at = part.indexOf('=');
    if (at > 0) out[part.slice(0, at)] = part.slice(at + 1);
  }
  return out;
}

/**
 * The sentence's text and each word's offsets in it. A multiword token ("boy's" = boy + 's) is written once; its
 * words get the parts of it they spell, the last word the rest.
 */
function layOut(sentence) {
  const offsets = new Map();
  let text = '';
  const rangeAt = new Map(sentence.ranges.map((r) => [r.from, r]));
  const words = sentence.words;
  for (let i = 0; i < words.length; i++) {
    const range = rangeAt.get(words[i].id);
    if (!range) {
      offsets.set(words[i].id, [text.length, text.length + words[i].form.length]);
      text += words[i].form + (words[i].spaceAfter ? ' ' : '');
      continue;
    }
    const start = text.length;
    let pos = 0;
    const lower = range.form.toLowerCase();
    for (; i < words.length && words[i].id <= range.to; i++) {
      const form = words[i].form.toLowerCase();
      const last = words[i].id === range.to;
      const len = !last && lower.startsWith(form, pos) ? form.length : last ? lower.length - pos : 0;
      offsets.set(words[i].id, [start + pos, start + pos + len]);
      pos += len;
    }
    i--;
    text += range.form + (range.spaceAfter ? ' ' : '');
  }
  return { text: text.trimEnd(), offsets };
}

/** The mentions of one sentence: [{id, type, from, to}] over word ids, from the MISC column's Entity brackets. */
function mentionsOf(sentence, docId) {
  const open = new Map();
  const out = [];
  for (const w of sentence.words) {
    const s = w.entity;
    for (let i = 0; i < s.length; ) {
      if (s[i] === '(') {
        let j = i + 1;
        while (j < s.length && s[j] !== '(' && s[j] !== ')') j++;
        const [id, type] = s.slice(i + 1, j).split('-');
        const mention = { id, type, from: w.id, to: w.id };
        if (s[j] === ')') {
          out.push(mention);
          i = j + 1;
        } else {
          if (!open.has(id)) open.set(id, []);
          open.get(id).push(mention);
          i = j;
        }
      } else {
        let j = i;
        while (j < s.length && s[j] !== ')') j++;
        const id = s.slice(i, j);
        const mention = open.get(id)?.pop();
        if (!mention) throw new Error(`Entity: ${id} closes without opening in ${docId}`);
        mention.to = w.id;
        out.push(mention);
        i = j + 1;
      }
    }
  }
  return out;
}

/**
 * Leading words that are a person's title, not part of the name ("President", "Dr."): GUM's trees mark every
 * title alike (nmod:desc), but the gold of ../shared keeps some ("Miss", "Madam", "Tsar"); this list is what it drops.
 */
const TITLES = new Set([
  'Mr.', 'Mr', 'Mrs.', 'Mrs', 'Ms.', 'Ms', 'Dr.', 'Dr', 'Prof.', 'Professor', 'President', 'Vice', 'Senator', 'Sen.',
  'Rep.', 'Representative', 'Gov.', 'Governor', 'General', 'Gen.', 'Chief', 'Judge', 'Justice', 'Emperor', 'King',
  'Queen', 'Prince', 'Princess', 'Premier', 'Prime', 'Minister', 'Sheikh', 'Speaker', 'Mayor', 'Secretary', 'Pope',
  'St.', 'Captain', 'Capt.', 'Colonel', 'Col.', 'Lieutenant', 'Lt.', 'Sergeant', 'Sgt.', 'Commissioner', 'Chancellor',
  'Ambassador', 'Chairman', 'Chairwoman', 'Director', 'Bishop', 'Archbishop', 'Reverend', 'Rev.', 'Officer', 'Detective',
]);

/** A proper noun; GUM tags e-mail addresses and web addresses NNP too. */
function isProper(word) {
  return word !== undefined && PROPER.has(word.xpos) && !/[@/]/.test(word.form);
}

/** The gold span of a mention whose head is a proper noun, as word ids [from, to]; null when it names nothing. */
function nameSpan(sentence, mention, type) {
  const byId = new Map(sentence.words.map((w) => [w.id, w]));
  const inside = (id) => id >= mention.from && id <= mention.to;
  const head = sentence.words.find((w) => inside(w.id) && !inside(w.head));
  const person = type === 'PERSON';
  // Plural groups ("Muslims") are no person.
  if (!head || !isProper(head) || (person && head.xpos !== 'NNP')) return null;
  const proper = (id) => inside(id) && isProper(byId.get(id));
  // A person's name joins its parts by hyphens only; other names also by "of", "and", "&" ("Bank of Elmdale").
  const connector = (id) => inside(id) && (person ? byId.get(id).form === '-' : CONNECTORS.has(byId.get(id).form.toLowerCase()));
  // From the head outwards over proper nouns, and over connectors between two of them.
  const grow = (edge, step) => {
    for (let k = edge + step; ; k += step) {
      while (connector(k)) k += step;
      if (!proper(k)) return edge;
      edge = k;
    }
  };
  let from = grow(head.id, -1);
  const to = grow(head.id, 1);
  if (person) {
    // Everything up to the last title goes ("US President Barack Obama" → "Barack Obama").
    for (let k = to - 1; k >= from; k--) {
      if (TITLES.has(byId.get(k).form)) {
        from = k + 1;
        break;
      }
    }
  }
  return [from, to];
}

/** One document in the corpus format (../shared/corpus/README.md), `extra` fields first. */
function convertDocument(doc, extra = {}) {
  let text = '';
  const entities = [];
  for (const sentence of doc.sentences) {
    if (text) text += sentence.newpar ? '\n\n' : ' ';
    const base = text.length;
    const laid = layOut(sentence);
    text += laid.text;
    for (const m of mentionsOf(sentence, doc.id)) {
      const type = TYPES[m.type];
      if (!type) continue;
      const span = nameSpan(sentence, m, type);
      if (!span) continue;
      const start = base + laid.offsets.get(span[0])[0];
      const end = base + laid.offsets.get(span[1])[1];
      entities.push({ start, end, type, text: text.slice(start, end), cluster: m.id });
    }
  }
  entities.sort((a, b) => a.start - b.start || a.end - b.end);
  const seen = new Set();
  const unique = entities.filter((e) => {
    const key = `${e.start}:${e.end}:${e.type}`;
    return !seen.has(key) && seen.add(key);
  });
  return { id: doc.id, source: 'gum', ...extra, text, entities: unique, quotes: [], quotes_complete: false };
}

module.exports = { parseConllu, convertDocument, TYPES };
