/** Turning raw file bytes into article text, refusing what is not text. */

export type Decoded =
  | { ok: true; text: string; /** Set when bytes were not valid in their encoding and were replaced with U+FFFD. */ warning?: string }
  | { ok: false; error: string };

const SNIFF_BYTES = 8192;

/** Byte-order marks of UTF-16; UTF-16 text is full of NUL bytes, so it is recognised before the binary check. */
const UTF16_BOMS: { bom: [number, number]; encoding: 'utf-16le' | 'utf-16be' }[] = [
  { bom: [0xff, 0xfe], encoding: 'utf-16le' },
  { bom: [0xfe, 0xff], encoding: 'utf-16be' },
];

/**
 * Decodes UTF-8 (with or without BOM), and UTF-16 LE or BE when it starts with a BOM (as Notepad and Word
 * write it). Otherwise a NUL byte in the first 8 KB marks a binary file, as git and most editors decide; invalid
 * bytes are kept readable with replacement characters and a warning.
 */
export function decodeArticle(bytes: Uint8Array): Decoded {
  const utf16 = UTF16_BOMS.find(({ bom }) => bytes[0] === bom[0] && bytes[1] === bom[1]);
  if (utf16) return decode(bytes, utf16.encoding, 'UTF-16');
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) return { ok: false, error: 'is a binary file, not an article' };
  return decode(bytes, 'utf-8', 'UTF-8');
}

/** Decodes strictly, else with replacement characters and a warning naming the encoding. The BOM is dropped. */
function decode(bytes: Uint8Array, encoding: string, name: string): Decoded {
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
  } catch {
    return {
      ok: true,
      text: new TextDecoder(encoding).decode(bytes),
      warning: `is not valid ${name}; undecodable bytes were replaced with U+FFFD`,
    };
  }
}
