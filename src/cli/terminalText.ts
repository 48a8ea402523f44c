import { stripVTControlCharacters } from 'node:util';

/**
 * Control characters left after the escape sequences are gone: C0 and C1 controls but tab and newline, and the
 * bidirectional overrides and isolates that reorder how a line reads (U+202A–U+202E, U+2066–U+2069).
 */
const CONTROL = /(?![\t\n])[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu;

/**
 * Text from a file, made safe to print on a terminal: escape sequences (colours, cursor moves, window titles,
 * hyperlinks) and other control characters are removed, so an article cannot rewrite the screen or hide a line.
 */
export function forTerminal(text: string): string {
  return stripVTControlCharacters(text).replace(CONTROL, '');
}
