import * as assert from 'node:assert';
import { decodeArticle } from '../../src/core/text/decode';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('decodeArticle', () => {
  it('decodes UTF-8 and drops a byte-order mark', () => {
    assert.deepStrictEqual(decodeArticle(bytes('\uFEFF“Yes,” she said.')), { ok: true, text: '“Yes,” she said.' });
  });
  it('keeps CRLF line ends as they are, so offsets match the file', () => {
    const r = decodeArticle(bytes('a\r\nb'));
    assert.ok(r.ok && r.text === 'a\r\nb');
  });
  it('refuses a file with NUL bytes as binary', () => {
    const r = decodeArticle(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
    assert.ok(!r.ok && /binary/.test(r.error));
  });
  it('replaces invalid UTF-8 and says so', () => {
    const r = decodeArticle(new Uint8Array([0x43, 0x61, 0x66, 0xe9]));
    assert.ok(r.ok && r.text === 'Caf\uFFFD' && /UTF-8/.test(r.warning ?? ''));
  });
  it('an empty file is an empty article', () => {
    assert.deepStrictEqual(decodeArticle(new Uint8Array()), { ok: true, text: '' });
  });
});

describe('decodeArticle on UTF-16 with a byte-order mark', () => {
  const text = '“Yes,” said Ada Quill in Elmdale. 😀';
  const utf16le = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le'));
  const utf16be = (s: string) => utf16le(s).map((_, i, a) => a[i ^ 1]);

  it('decodes UTF-16LE and drops the BOM', () => {
    assert.deepStrictEqual(decodeArticle(utf16le(`\uFEFF${text}`)), { ok: true, text });
  });
  it('decodes UTF-16BE and drops the BOM', () => {
    assert.deepStrictEqual(decodeArticle(utf16be(`\uFEFF${text}`)), { ok: true, text });
  });
  it('replaces a lone surrogate or a trailing odd byte and says so', () => {
    const bytes = new Uint8Array([...utf16le('\uFEFFAda'), 0x41]);
    const r = decodeArticle(bytes);
    assert.ok(r.ok && r.text === 'Ada\uFFFD' && /UTF-16/.test(r.warning ?? ''), JSON.stringify(r));
  });
  it('UTF-16 without a BOM is still refused as binary (it cannot be told from binary data)', () => {
    const r = decodeArticle(utf16le(text));
    assert.ok(!r.ok && /binary/.test(r.error));
  });
});
