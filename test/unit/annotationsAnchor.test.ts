import * as assert from 'node:assert';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { anchorAt, followEdits, mapSpan, reanchor, snapSpan } from '../../src/core/annotations/anchor';
import type { Anchor, TextEdit } from '../../src/core/annotations/types';

/** Applies edits in order, as the store expects them. */
function edit(text: string, edits: TextEdit[]): string {
  return edits.reduce((t, e) => t.slice(0, e.offset) + e.text + t.slice(e.offset + e.length), text);
}

const text = 'Yesterday Ada Quill of Elmdale said the bridge would open. Quill later spoke again.';
const at = (needle: string, from = 0) => {
  const start = text.indexOf(needle, from);
  return anchorAt(text, start, start + needle.length);
};
/** Follows edits and checks the anchor still indexes the new text exactly. */
function follow(anchor: Anchor, edits: TextEdit[], base = text): { anchor: Anchor; newText: string } {
  const newText = edit(base, edits);
  const next = followEdits(anchor, edits, newText);
  if (!next.orphaned) {
    assert.strictEqual(newText.slice(next.start, next.end), next.text);
    assert.strictEqual(newText.slice(next.start - next.before.length, next.start), next.before);
    assert.strictEqual(newText.slice(next.end, next.end + next.after.length), next.after);
  }
  return { anchor: next, newText };
}

describe('annotation anchors: live edits', () => {
  const ada = at('Ada Quill');

  it('shift with an insertion or a deletion before the span', () => {
    assert.strictEqual(follow(ada, [{ offset: 0, length: 0, text: 'Late news. ' }]).anchor.start, ada.start + 11);
    const del = follow(ada, [{ offset: 0, length: 10, text: '' }]).anchor;
    assert.deepStrictEqual([del.start, del.text, del.before], [0, 'Ada Quill', '']);
  });

  it('stay put with an edit after the span, and text typed right after or right before stays outside', () => {
    assert.strictEqual(follow(ada, [{ offset: text.length, length: 0, text: ' More.' }]).anchor, ada);
    assert.strictEqual(follow(ada, [{ offset: ada.end, length: 0, text: 'x' }]).anchor.text, 'Ada Quill');
    assert.strictEqual(follow(ada, [{ offset: ada.start, length: 0, text: 'Dr ' }]).anchor.text, 'Ada Quill');
  });

  it('stretch and shrink with edits inside the span', () => {
    assert.strictEqual(follow(ada, [{ offset: ada.start + 3, length: 1, text: ' B. ' }]).anchor.text, 'Ada B. Quill');
    assert.strictEqual(follow(ada, [{ offset: ada.start + 1, length: 2, text: '' }]).anchor.text, 'A Quill');
  });

  it('keep what is left when an edit deletes across one end', () => {
    assert.strictEqual(follow(ada, [{ offset: ada.start - 4, length: 8, text: '' }]).anchor.text, 'Quill');
    assert.strictEqual(follow(ada, [{ offset: ada.start + 4, length: 10, text: '' }]).anchor.text, 'Ada ');
  });

  it('become orphans when their whole text is deleted or replaced, and come back when it is restored', () => {
    const gone = follow(ada, [{ offset: ada.start - 1, length: ada.text.length + 2, text: ' ' }]);
    assert.strictEqual(gone.anchor.orphaned, true);
    assert.strictEqual(gone.anchor.text, 'Ada Quill', 'an orphan keeps its text for Re-attach');
    assert.strictEqual(follow(ada, [{ offset: ada.start, length: ada.text.length, text: 'Bo Reed' }]).anchor.orphaned, true);
    // The editor's undo puts the text back: the orphan is found again.
    const back = follow(gone.anchor, [{ offset: ada.start - 1, length: 1, text: ' Ada Quill ' }], gone.newText).anchor;
    assert.deepStrictEqual([back.start, back.end, back.orphaned], [ada.start, ada.end, undefined]);
  });

  it('apply several edits in order', () => {
    const edits = [{ offset: text.length, length: 0, text: '!' }, { offset: 0, length: 9, text: 'Today' }, { offset: 0, length: 0, text: '¡' }];
    const { anchor } = follow(ada, edits);
    assert.strictEqual(anchor.start, ada.start - 4 + 1);
  });

  it('count UTF-16 code units and never split a surrogate pair', () => {
    const t = 'Café 😀 Zoë Brandt said “ok” 🎉.';
    const start = t.indexOf('Zoë');
    const zoe = anchorAt(t, start, start + 'Zoë Brandt'.length);
    const { anchor } = follow(zoe, [{ offset: t.indexOf('😀'), length: 2, text: '🇫🇷🇫🇷' }], t);
    assert.strictEqual(anchor.start, start + 6);
    assert.strictEqual(anchor.text, 'Zoë Brandt');
    // Context cut at 32 units would split the flags; it is cut before the pair instead.
    const long = '😀'.repeat(40) + 'Ada';
    const a = anchorAt(long, 80, 83);
    assert.ok(a.before.length <= 32 && !/^[\udc00-\udfff]/.test(a.before), 'context starts on a whole character');
    assert.deepStrictEqual(snapSpan('a😀b', 2, 2), { start: 1, end: 3 });
    assert.strictEqual(anchorAt('a😀b', 2, 3).text, '😀', 'a span starting inside a pair takes the whole character');
  });

  it('maps spans through one edit by the documented rules', () => {
    assert.deepStrictEqual(mapSpan(10, 20, { offset: 0, length: 0, text: 'abc' }), { start: 13, end: 23 });
    assert.deepStrictEqual(mapSpan(10, 20, { offset: 20, length: 5, text: '' }), { start: 10, end: 20 });
    assert.deepStrictEqual(mapSpan(10, 20, { offset: 5, length: 20, text: 'x' }), undefined);
    assert.deepStrictEqual(mapSpan(10, 20, { offset: 15, length: 10, text: 'xy' }), { start: 10, end: 15 });
    assert.deepStrictEqual(mapSpan(10, 20, { offset: 5, length: 10, text: 'xy' }), { start: 7, end: 12 });
  });
});

describe('annotation anchors: the text changed while closed', () => {
  const anchors = [at('Ada Quill'), at('Elmdale'), at('Quill', 20), at('bridge')];

  it('keep anchors whose text is where it was', () => {
    const next = reanchor(anchors, text);
    next.forEach((a, i) => assert.strictEqual(a, anchors[i]));
  });

  it('find moved anchors by text and context, with or without the old text', () => {
    const newText = 'A correction. ' + text.replace('said the bridge', 'told reporters the old bridge');
    for (const old of [text, undefined]) {
      const next = reanchor(anchors, newText, old);
      for (const a of next) {
        assert.ok(!a.orphaned, `${a.text} found`);
        assert.strictEqual(newText.slice(a.start, a.end), a.text);
      }
      assert.strictEqual(next[2].start, newText.indexOf('Quill later'), 'the right one of two occurrences');
    }
  });

  it('orphan what is gone, keep it, and find it when it comes back', () => {
    const newText = text.replace('of Elmdale ', '');
    const next = reanchor(anchors, newText, text);
    assert.deepStrictEqual(next.map((a) => !!a.orphaned), [false, true, false, false]);
    assert.strictEqual(next[1].text, 'Elmdale');
    const back = reanchor(next, text, newText);
    assert.deepStrictEqual(back[1], anchors[1]);
  });

  it('re-anchors across non-ASCII and astral characters', () => {
    const t = 'Zoë Brandt 🎉 said: “Ça va.” Then Zoë left.';
    const zoe = anchorAt(t, 0, 10);
    const ca = anchorAt(t, t.indexOf('“'), t.indexOf('”') + 1);
    const newText = '🚀🚀 ' + t.replace('🎉', '🎉🎉');
    const [z, c] = reanchor([zoe, ca], newText, t);
    assert.strictEqual(newText.slice(z.start, z.end), 'Zoë Brandt');
    assert.strictEqual(newText.slice(c.start, c.end), '“Ça va.”');
    assert.strictEqual(c.start, t.indexOf('“') + 7);
  });

  it('does not guess a short text with no matching context', () => {
    const he = anchorAt('He said so. He left.', 12, 14);
    const [a] = reanchor([he], 'Totally different words. He came. He went.');
    assert.strictEqual(a.orphaned, true);
  });
});

describe('annotation anchors: random edits', () => {
  /** A small deterministic generator (mulberry32), so a failure can be replayed. */
  function random(seed: number) {
    return () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const pieces = ['Ada ', 'Quill ', 'Zoë ', '🎉', '“', '”', ' said', '\n', 'é', 'x'];

  it('every anchor left indexes the new text exactly, untouched ones keep their text, none splits a surrogate pair', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const rnd = random(seed);
      const pick = (n: number) => Math.floor(rnd() * n);
      let t = Array.from({ length: 60 }, () => pieces[pick(pieces.length)]).join('');
      let anchors = Array.from({ length: 8 }, () => {
        const a = pick(t.length);
        return anchorAt(t, a, Math.min(t.length, a + 1 + pick(12)));
      }).filter((a) => a.text.length > 0);
      for (let step = 0; step < 5; step++) {
        // An edit on whole characters, as an editor makes them.
        const offset = snapSpan(t, pick(t.length + 1), t.length).start;
        const length = snapSpan(t, offset, Math.min(t.length, offset + pick(6))).end - offset;
        const e = { offset, length, text: pieces[pick(pieces.length)].repeat(pick(3)) };
        const next = edit(t, [e]);
        const before = anchors;
        anchors = anchors.map((a) => followEdits(a, [e], next));
        anchors.forEach((a, i) => {
          if (a.orphaned) return;
          const where = `seed ${seed} step ${step}`;
          assert.strictEqual(next.slice(a.start, a.end), a.text, where);
          assert.ok(!/^[\udc00-\udfff]/.test(a.text) && !/[\ud800-\udbff]$/.test(a.text), `${where}: whole characters`);
          const old = before[i];
          if (!old.orphaned && (e.offset >= old.end || e.offset + e.length <= old.start) && !(e.offset === old.start && e.length > 0)) {
            assert.strictEqual(a.text, old.text, `${where}: an edit outside the span leaves its text`);
          }
        });
        t = next;
      }
    }
  });
});

describe('annotation anchors: memory', () => {
  it('keep no version of the text alive (an anchor made on each version of a long article as it is edited)', () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const article = 'Ada Quill of Elmdale said the bridge would open on Monday. '.repeat(20_000); // 1.2 MB
    const versions = 100;
    gc();
    const before = process.memoryUsage().heapUsed;
    const anchors: Anchor[] = [];
    for (let i = 0; i < versions; i++) {
      const version = `Update ${i}. ${article}`; // a new string, as each edit of the document gives
      anchors.push(anchorAt(version, 100, 140));
      version.charCodeAt(1000); // flat, as a document's text is
    }
    gc();
    const grown = process.memoryUsage().heapUsed - before;
    // Keeping the versions would be 100 × 1.2 MB; the anchors themselves are a few kilobytes.
    assert.ok(grown < 10 * article.length, `the heap grew by ${(grown / 1e6).toFixed(0)} MB for ${anchors.length} anchors`);
  });
});
