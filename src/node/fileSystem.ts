/** The sidecar's file operations on Node's fs (the CLI; VS Code uses workspace.fs). */
import { constants, promises as fs } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { FileSystem } from '../core/annotations';

export const nodeFileSystem: FileSystem = {
  async readFile(path) {
    try {
      return await fs.readFile(path, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw e;
    }
  },
  async writeFile(path, content) {
    // A new file only (the sidecar writes temporary files), flushed to disk before the rename that publishes it.
    const handle = await fs.open(path, 'wx');
    try {
      await handle.writeFile(content, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  rename: (from, to) => fs.rename(from, to),
  copyFile: (from, to) => fs.copyFile(from, to, constants.COPYFILE_EXCL),
  unlink: (path) => fs.unlink(path),
  async siblings(path) {
    const name = basename(path);
    const folder = path.slice(0, path.length - name.length); // as given, so the paths returned start with `path`
    return (await fs.readdir(dirname(path))).filter((n) => n.startsWith(name)).map((n) => folder + n);
  },
};
