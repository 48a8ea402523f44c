/** Turning raw file bytes into article text, refusing what is not text. */

export type Decoded =
  | { ok: true; text: string; /** Set when bytes were not valid UTF-8 and were replaced with U+FFFD. */ warning?: string }
  | { ok: false; error: string };

const SNIFF_BYTES = 8192;

/**
 * Decodes UTF-8 (with or without BOM). A NUL byte in the first 8 KB marks a binary file, as git and
 * most editors decide; invalid UTF-8 is kept readable with replacement characters and a warning.
 */
export function decodeArticle(bytes: Uint8Array): Decoded {
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (head.includes(0)) return { ok: false, error: 'is a binary file, not an article' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return {
      ok: true,
      text: new TextDecoder('utf-8').decode(bytes),
      warning: 'is not valid UTF-8; undecodable bytes were replaced with U+FFFD',
    };
  }
}
