/**
 * A child process for the fault test: saves a sidecar through the real Node file system adapter, slowed or broken.
 *   node sidecarWriter.js PATH stall   writes half the temporary file, prints "half-written", waits to be killed
 *   node sidecarWriter.js PATH throw   writes half the temporary file, then the write fails (EIO)
 *   node sidecarWriter.js PATH loop    saves two different documents in turn, forever
 */
import { promises as fs } from 'node:fs';
import { Sidecar, type AnnotationDoc, type FileSystem } from '../../../src/core/annotations';
import { nodeFileSystem } from '../../../src/node/fileSystem';

/** A document of `count` entities, different for each `tag`, big enough that a write takes a while. */
export function bigDoc(count: number, tag: string): AnnotationDoc {
  const entities = Array.from({ length: count }, (_, i) => ({
    id: `a${i + 1}`, status: 'manual' as const, type: 'PERSON' as const, name: `${tag} person ${i}`,
    mentions: [{ kind: 'name' as const, start: i * 10, end: i * 10 + 6, text: `${tag}-${i}`.slice(0, 6), before: 'x'.repeat(32), after: 'y'.repeat(32) }],
  }));
  return { entities, quotes: [] };
}

async function main(): Promise<void> {
  const [path, mode] = process.argv.slice(2);
  const broken: FileSystem = {
    ...nodeFileSystem,
    async writeFile(p, content) {
      const handle = await fs.open(p, 'wx');
      await handle.write(content.slice(0, content.length >> 1));
      await handle.sync();
      await handle.close();
      if (mode === 'throw') throw new Error('EIO: i/o error, write (simulated)');
      process.stdout.write('half-written\n');
      setInterval(() => undefined, 1000); // stay alive until killed
      await new Promise(() => undefined);
    },
  };
  const sidecar = new Sidecar(mode === 'loop' ? nodeFileSystem : broken, path);
  await sidecar.load();
  if (mode !== 'loop') {
    process.stdout.write(JSON.stringify(await sidecar.save(bigDoc(2000, 'new'))) + '\n');
    return;
  }
  for (let i = 0; ; i++) {
    const r = await sidecar.save(bigDoc(2000, i % 2 ? 'odd' : 'even'));
    if (r.kind !== 'saved' && r.kind !== 'unchanged') throw new Error(JSON.stringify(r));
    if (i === 0) process.stdout.write('saving\n');
  }
}

if (require.main === module) void main();
