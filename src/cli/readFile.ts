/** Reading an article file from disk: only regular files, and no more than a size limit. */
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { decodeArticle } from '../core/text/decode';
import { forTerminal } from './terminalText';
import { UsageError } from './usageError';

/** Files above this many MB are refused unless `--max-size` allows more: a stray log or disk image must not fill memory. */
export const DEFAULT_MAX_MB = 50;
export const MB = 1024 * 1024;

/** A file refused as an article; `reason` is the message without the file name. */
export class NotAnArticle extends UsageError {
  constructor(file: string, readonly reason: string) {
    super(`${file}: ${reason}`);
  }
}

/**
 * The bytes of a regular file of at most `maxBytes`. FIFOs, devices and sockets are refused (they can block or
 * never end), as are directories and larger files, with a NotAnArticle saying why; other failures are thrown as they are.
 */
export function readRegularFile(file: string, maxBytes: number, directoryHint = ''): Buffer {
  // stat before open: opening a FIFO for reading blocks until something writes to it.
  const stat = statSync(file);
  if (stat.isDirectory()) throw new NotAnArticle(file, `is a directory, not an article${directoryHint}`);
  if (!stat.isFile()) throw new NotAnArticle(file, 'is not a regular file (a pipe, device or socket), not an article');
  const fd = openSync(file, 'r');
  try {
    // The size is read again from the open file, and no more than it is read, whatever the file became meanwhile.
    const size = fstatSync(fd).size;
    if (size > maxBytes) throw new NotAnArticle(file, `is ${(size / MB).toFixed(1)} MB, above the limit of ${maxBytes / MB} MB (raise it with --max-size MB)`);
    const buffer = Buffer.alloc(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, buffer, read, size - read, read);
      if (n === 0) break; // the file shrank
      read += n;
    }
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** `--max-size MB` as bytes. */
export function maxBytes(value: string | undefined): number {
  const mb = value === undefined ? DEFAULT_MAX_MB : Number(value);
  if (!(mb > 0)) throw new UsageError(`--max-size takes a number of MB above 0, not "${value}"`);
  return mb * MB;
}

/**
 * An article's text from a file, decoded (UTF-8, or UTF-16 with a BOM); a decoding warning goes to stderr.
 * Every way it cannot be read becomes a UsageError with one line that names the file.
 */
export function readArticleFile(file: string, limit: number, directoryHint = ''): string {
  let bytes: Buffer;
  try {
    bytes = readRegularFile(file, limit, directoryHint);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot read (${code ?? String(e)})`);
  }
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) throw new UsageError(`${file}: ${decoded.error}`);
  if (decoded.warning) console.error(forTerminal(`article-annotator: ${file}: ${decoded.warning}`));
  return decoded.text;
}
