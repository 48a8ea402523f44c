/**
 * Keeping the sidecar file safe, over an injected file system (Node's fs for the CLI, workspace.fs in VS Code):
 * writes are atomic (a temporary file in the same folder, then a rename), nothing is written when the content is
 * unchanged, a file changed by another program since it was read is never overwritten, a corrupt file is copied
 * aside before the first write, and a newer version's file is never written.
 */
import { parseAnnotations, serializeAnnotations } from './serialize';
import type { AnnotationDoc } from './types';

/** The file operations the sidecar needs; paths are opaque strings the adapter understands. */
export interface FileSystem {
  /** The file's content as text, or undefined when there is no such file. */
  readFile(path: string): Promise<string | undefined>;
  writeFile(path: string, content: string): Promise<void>;
  /** Replaces `to` with `from` in one step. */
  rename(from: string, to: string): Promise<void>;
  copyFile(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  /** The paths of the files in `path`'s folder whose names start with `path`'s file name. */
  siblings(path: string): Promise<string[]>;
}

export const SIDECAR_SUFFIX = '.annotations.json';

export function sidecarPathFor(articlePath: string): string {
  return articlePath + SIDECAR_SUFFIX;
}

export type LoadResult =
  | { kind: 'ok'; doc: AnnotationDoc }
  /** No sidecar yet: start empty. */
  | { kind: 'missing' }
  /** Unreadable or not an annotations file: kept as is, copied aside before annotations are written over it. */
  | { kind: 'corrupt'; message: string }
  /** From a newer version: kept as is and never written. */
  | { kind: 'newer-version'; version: number; message: string }
  | { kind: 'error'; message: string };

export type SaveResult =
  | { kind: 'saved'; backup?: string }
  /** Byte-equal to the file as last read or written: not written. */
  | { kind: 'unchanged' }
  /** The file changed on disk since it was read: not written; load it again (or save elsewhere). */
  | { kind: 'conflict'; message: string }
  /** A newer version's file: not written. */
  | { kind: 'blocked'; message: string }
  | { kind: 'error'; message: string };

/**
 * A temporary file older than this was left by a write that never finished (a killed process): a write takes
 * milliseconds, so a younger one may be another process's write in progress and is left alone.
 */
export const STALE_TEMP_MS = 60_000;
const TEMP_INFIX = '.tmp-';

const describe = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** `20261129T054200123Z`: sorts by time and is a valid file name everywhere. */
function stamp(now: Date): string {
  return now.toISOString().replace(/[-:.]/g, '');
}

/** The time in a temporary file's name (`<sidecar>.tmp-<stamp>-<n>`), or undefined when the name is not ours. */
function tempTime(sidecar: string, path: string): number | undefined {
  if (!path.startsWith(sidecar + TEMP_INFIX)) return undefined;
  const m = /^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)(\d{3})Z-\d+$/.exec(path.slice(sidecar.length + TEMP_INFIX.length));
  return m ? Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6], +m[7]) : undefined;
}

export class Sidecar {
  /** The content on disk as last read or written (undefined: no file); null before the first load. */
  private known: string | undefined | null = null;
  private state: LoadResult['kind'] | null = null;
  private temps = 0;

  constructor(
    private readonly fs: FileSystem,
    readonly path: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Reads the sidecar (again). A file whose content is what this object last wrote loads as usual. */
  async load(): Promise<LoadResult> {
    let content: string | undefined;
    try {
      content = await this.fs.readFile(this.path);
    } catch (e) {
      return { kind: 'error', message: `${this.path}: cannot read (${describe(e)})` };
    }
    this.known = content;
    const result = this.interpret(content);
    this.state = result.kind;
    await this.removeStaleTemps();
    return result;
  }

  /** Deletes temporary files of this sidecar that a killed write left behind (only names of our own pattern). */
  private async removeStaleTemps(): Promise<void> {
    const before = this.now().getTime() - STALE_TEMP_MS;
    const siblings = await this.fs.siblings(this.path).catch(() => []);
    for (const path of siblings) {
      const time = tempTime(this.path, path);
      if (time !== undefined && time < before) await this.fs.unlink(path).catch(() => undefined);
    }
  }

  /** Whether the file on disk differs from what was last read or written (another program changed it). */
  async changedOnDisk(): Promise<boolean> {
    return (await this.fs.readFile(this.path)) !== this.known;
  }

  /** Writes `doc` when its content differs from the file's, and only over the file as it was read. */
  async save(doc: AnnotationDoc): Promise<SaveResult> {
    if (this.known === null) return { kind: 'error', message: `${this.path}: save before load` };
    if (this.state === 'newer-version') return { kind: 'blocked', message: `${this.path}: written by a newer version of Article Annotator; not overwritten` };
    const content = serializeAnnotations(doc);
    let onDisk: string | undefined;
    try {
      onDisk = await this.fs.readFile(this.path);
    } catch (e) {
      return { kind: 'error', message: `${this.path}: cannot read (${describe(e)})` };
    }
    if (onDisk !== this.known) return { kind: 'conflict', message: `${this.path}: changed on disk since it was read; not overwritten` };
    if (content === onDisk) return { kind: 'unchanged' };
    let backup: string | undefined;
    try {
      if (this.state === 'corrupt' && onDisk !== undefined) {
        backup = `${this.path}.corrupt-${stamp(this.now())}`;
        await this.fs.copyFile(this.path, backup);
      }
    } catch (e) {
      return { kind: 'error', message: `${this.path}: cannot copy the unreadable file aside (${describe(e)}); not overwritten` };
    }
    const temp = `${this.path}${TEMP_INFIX}${stamp(this.now())}-${this.temps++}`;
    try {
      await this.fs.writeFile(temp, content);
      await this.fs.rename(temp, this.path);
    } catch (e) {
      await this.fs.unlink(temp).catch(() => undefined);
      return { kind: 'error', message: `${this.path}: cannot write (${describe(e)}); the previous file is unchanged` };
    }
    this.known = content;
    this.state = 'ok';
    await this.removeStaleTemps();
    return backup ? { kind: 'saved', backup } : { kind: 'saved' };
  }

  private interpret(content: string | undefined): LoadResult {
    if (content === undefined) return { kind: 'missing' };
    const parsed = parseAnnotations(content);
    switch (parsed.kind) {
      case 'ok':
        return parsed;
      case 'corrupt':
        return { kind: 'corrupt', message: `${this.path}: ${parsed.message}` };
      case 'newer-version':
        return { kind: 'newer-version', version: parsed.version, message: `${this.path}: ${parsed.message}` };
    }
  }
}
