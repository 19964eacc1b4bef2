// A CacheStore on a folder of the local disk (node:fs), for the benchmark and tests. The extension
// uses VS Code's workspace.fs instead (src/extension/workspace/fsStore.ts).
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import type { CacheStore } from './persistentCache';

export function nodeStore(root: string): CacheStore {
  const at = (p: string) => path.join(root, ...p.split('/').filter(Boolean));
  return {
    async readFile(p) {
      try {
        return await readFile(at(p));
      } catch {
        return undefined;
      }
    },
    async writeFile(p, data) {
      const file = at(p);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, data);
    },
    async delete(p) {
      await rm(at(p), { recursive: true, force: true });
    },
    async readDirectory(p) {
      try {
        const entries = await readdir(at(p), { withFileTypes: true });
        return entries.map((e) => ({ name: e.name, isDirectory: e.isDirectory() }));
      } catch {
        return undefined;
      }
    },
    async stat(p) {
      try {
        const s = await stat(at(p));
        return { size: s.size, mtime: s.mtimeMs };
      } catch {
        return undefined;
      }
    },
  };
}
