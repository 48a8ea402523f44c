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
