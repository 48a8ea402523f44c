import * as assert from 'node:assert';
import {
  AnnotationStore, applyAnnotations, parseAnnotations, serializeAnnotations, Sidecar, sidecarPathFor, STALE_TEMP_MS, type AnnotationDoc, type FileSystem,
} from '../../src/core/annotations';
import { analyze } from '../../src/core';

const text = '“We open Monday,” said Ada Quill, the mayor of Elmdale 🎉. Quill added: “Nobody waits.”';

/** A store with one of each kind of annotation. */
function sampleDoc(): AnnotationDoc {
  const store = new AnnotationStore(text);
  const r = () => applyAnnotations(analyze(text), store.doc);
  store.acceptAll(r());
  const ada = store.annotateEntity({ start: text.indexOf('Ada'), end: text.indexOf('Ada') + 9 }, 'PERSON');
  const elm = store.annotateEntity({ start: text.indexOf('Elmdale'), end: text.indexOf('Elmdale') + 7 }, 'PLACE');
  store.setNote(r().entities.find((e) => e.id === elm)!, 'Town of 12,000;\n"quoted", tab\there');
  const q = store.annotateQuote({ start: text.indexOf('“Nobody'), end: text.length }, { kind: 'unnamed', description: 'an aide' });
  store.setSpeaker(r().quotes.find((x) => x.annotationId === q)!, { kind: 'entity', entity: r().entities.find((e) => e.id === ada)! });
  store.annotateQuote({ start: 0, end: text.indexOf(' said') }, { kind: 'name', name: 'Bo Reed' });
  return store.doc;
}

/** An in-memory file system; `failWrite` makes the next writeFile write part of its content, then throw. */
class MemoryFs implements FileSystem {
  files = new Map<string, string>();
  failWrite = false;
  async readFile(path: string) {
    return this.files.get(path);
  }
  async writeFile(path: string, content: string) {
    if (this.failWrite) {
      this.files.set(path, content.slice(0, content.length / 2));
      throw new Error('ENOSPC: no space left on device');
    }
    this.files.set(path, content);
  }
  async rename(from: string, to: string) {
    const content = this.files.get(from);
    if (content === undefined) throw new Error(`ENOENT: ${from}`);
    this.files.set(to, content);
    this.files.delete(from);
  }
  async copyFile(from: string, to: string) {
    this.files.set(to, this.files.get(from)!);
  }
  async unlink(path: string) {
    this.files.delete(path);
  }
  async siblings(path: string) {
    return [...this.files.keys()].filter((p) => p.startsWith(path));
  }
}

describe('annotations file format', () => {
  it('round-trips every field, byte for byte', () => {
    const doc = sampleDoc();
    const content = serializeAnnotations(doc);
    const parsed = parseAnnotations(content);
    assert.strictEqual(parsed.kind, 'ok');
    assert.deepStrictEqual(parsed.kind === 'ok' && parsed.doc, doc);
    assert.strictEqual(serializeAnnotations(parsed.kind === 'ok' ? parsed.doc : doc), content);
  });

  it('writes one annotation a line, keys in a fixed order', () => {
    const doc = sampleDoc();
    const lines = serializeAnnotations(doc).split('\n');
    assert.strictEqual(lines.length, 9 + doc.entities.length + doc.quotes.length, "a header, one line an annotation, closing brackets");
    const entityLine = lines.find((l) => l.includes('"Elmdale"') && l.includes('"note"'))!;
    assert.match(entityLine, /^ {4}\{"id":"a\d+","status":"manual","type":"PLACE","name":"Elmdale","note":.*"mentions":\[\{"kind":"name","start":\d+,"end":\d+,"text":"Elmdale","before":/);
    // Adding an annotation changes the file by one added line (and a comma).
    const store = new AnnotationStore(text, doc);
    store.annotateEntity({ start: 0, end: 3 }, 'OTHER');
    const before = serializeAnnotations(doc).split('\n');
    const after = serializeAnnotations(store.doc).split('\n');
    assert.strictEqual(after.length, before.length + 1);
    assert.strictEqual(after.filter((l) => !before.includes(l)).length, 2);
  });

  it('reports corrupt JSON, a wrong shape and a newer version as typed results, never throwing', () => {
    const good = serializeAnnotations(sampleDoc());
    const cases: [string, string, RegExp][] = [
      ['', 'corrupt', /not valid JSON/],
      [good.slice(0, 100), 'corrupt', /not valid JSON/],
      ['[]', 'corrupt', /file: expected an object/],
      ['{"format":"something-else","version":1}', 'corrupt', /format/],
      [good.replace('"version": 1', '"version": "1"'), 'corrupt', /version/],
      [good.replace(/"start":\d+/, '"start":-1'), 'corrupt', /entities\[0\]\.mentions\[0\]\.start/],
      [good.replace(/"status":"manual"/, '"status":"maybe"'), 'corrupt', /status: expected one of/],
      [good.replace(/"id":"q\d+"/, '"id":"a1"'), 'corrupt', /used twice/],
      [good.replace('"version": 1', '"version": 2'), 'newer-version', /newer Article Annotator \(format version 2/],
    ];
    for (const [content, kind, message] of cases) {
      const r = parseAnnotations(content);
      assert.strictEqual(r.kind, kind, content.slice(0, 60));
      assert.match((r as { message: string }).message, message);
    }
  });
});

describe('annotations sidecar', () => {
  const path = sidecarPathFor('/articles/story.txt');

  it('is named after the article', () => {
    assert.strictEqual(path, '/articles/story.txt.annotations.json');
  });

  it('starts empty when missing, writes atomically, and not again when unchanged', async () => {
    const fs = new MemoryFs();
    const sidecar = new Sidecar(fs, path);
    assert.deepStrictEqual(await sidecar.load(), { kind: 'missing' });
    assert.deepStrictEqual(await sidecar.save({ entities: [], quotes: [] }), { kind: 'saved' });
    const doc = sampleDoc();
    assert.deepStrictEqual(await sidecar.save(doc), { kind: 'saved' });
    assert.deepStrictEqual([...fs.files.keys()], [path], 'no temporary file left');
    let writes = 0;
    const write = fs.writeFile.bind(fs);
    fs.writeFile = async (p, c) => void (writes++, await write(p, c));
    assert.deepStrictEqual(await sidecar.save(doc), { kind: 'unchanged' });
    const again = new Sidecar(fs, path);
    const loaded = await again.load();
    assert.deepStrictEqual(loaded, { kind: 'ok', doc });
    assert.deepStrictEqual(await again.save(doc), { kind: 'unchanged' });
    assert.strictEqual(writes, 0);
  });

  it('never overwrites a file changed by another program since it was read', async () => {
    const fs = new MemoryFs();
    const sidecar = new Sidecar(fs, path);
    await sidecar.load();
    fs.files.set(path, 'written by git pull');
    const r = await sidecar.save(sampleDoc());
    assert.strictEqual(r.kind, 'conflict');
    assert.strictEqual(fs.files.get(path), 'written by git pull');
    assert.strictEqual(await sidecar.changedOnDisk(), true);
  });

  it('leaves a corrupt file byte for byte, and copies it aside before writing over it', async () => {
    const fs = new MemoryFs();
    const corrupt = '{"format": "article-annotator/annotations", "version": 1, "entities": [{"id": ';
    fs.files.set(path, corrupt);
    const sidecar = new Sidecar(fs, path, () => new Date('2026-11-29T05:42:00.123Z'));
    const loaded = await sidecar.load();
    assert.strictEqual(loaded.kind, 'corrupt');
    assert.match((loaded as { message: string }).message, /story\.txt\.annotations\.json: not valid JSON/);
    assert.strictEqual(fs.files.get(path), corrupt, 'loading does not touch it');
    const saved = await sidecar.save(sampleDoc());
    assert.deepStrictEqual(saved, { kind: 'saved', backup: `${path}.corrupt-20261129T054200123Z` });
    assert.strictEqual(fs.files.get(`${path}.corrupt-20261129T054200123Z`), corrupt);
  });

  it('never writes a newer version’s file', async () => {
    const fs = new MemoryFs();
    const newer = serializeAnnotations(sampleDoc()).replace('"version": 1', '"version": 3');
    fs.files.set(path, newer);
    const sidecar = new Sidecar(fs, path);
    assert.strictEqual((await sidecar.load()).kind, 'newer-version');
    assert.strictEqual((await sidecar.save({ entities: [], quotes: [] })).kind, 'blocked');
    assert.strictEqual(fs.files.get(path), newer);
  });

  it('keeps the previous file when a write fails halfway', async () => {
    const fs = new MemoryFs();
    const sidecar = new Sidecar(fs, path);
    await sidecar.load();
    await sidecar.save(sampleDoc());
    const previous = fs.files.get(path);
    fs.failWrite = true;
    const r = await sidecar.save({ entities: [], quotes: [] });
    assert.strictEqual(r.kind, 'error');
    assert.match((r as { message: string }).message, /ENOSPC.*previous file is unchanged/);
    assert.strictEqual(fs.files.get(path), previous);
    assert.deepStrictEqual([...fs.files.keys()], [path], 'the partial temporary file is removed');
    fs.failWrite = false;
    assert.strictEqual((await sidecar.save({ entities: [], quotes: [] })).kind, 'saved', 'a later save works');
  });

  it('removes temporary files a killed write left, when it next loads or writes, and only those', async () => {
    const fs = new MemoryFs();
    const now = new Date('2026-11-29T06:00:00.000Z');
    const sidecar = new Sidecar(fs, path, () => now);
    const old = `${path}.tmp-20261129T055800000Z-0`;
    const recent = `${path}.tmp-${new Date(now.getTime() - STALE_TEMP_MS / 2).toISOString().replace(/[-:.]/g, '')}-3`;
    const others = [
      `${path}.corrupt-20261129T055800000Z`, `${path}.tmp-backup`, `${path}.tmp-20261129T055800000Z-0.keep`,
      '/articles/other.txt.annotations.json.tmp-20261129T055800000Z-0', '/articles/story.txt',
    ];
    for (const f of [old, recent, ...others]) fs.files.set(f, 'left over');
    await sidecar.load();
    assert.ok(!fs.files.has(old), 'a stale temporary file of this sidecar is removed on load');
    assert.ok(fs.files.has(recent), 'a recent one may be a write in progress: kept');
    for (const f of others) assert.ok(fs.files.has(f), `not ours to remove: ${f}`);
    now.setTime(now.getTime() + STALE_TEMP_MS);
    await sidecar.save(sampleDoc());
    assert.deepStrictEqual([...fs.files.keys()].filter((f) => f.includes('.tmp-')).sort(), others.filter((f) => f.includes('.tmp-')).sort(),
      'the one that was recent is removed once stale, on write');
  });
});
