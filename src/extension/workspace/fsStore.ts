// The persistent cache's storage in VS Code: a folder of the extension's storage, through
// workspace.fs (works wherever the extension host runs, local or remote).
import * as vscode from 'vscode';
import type { CacheStore } from '../../workspace/persistentCache';

export function fsStore(root: vscode.Uri): CacheStore {
  const at = (p: string) => (p ? vscode.Uri.joinPath(root, ...p.split('/').filter(Boolean)) : root);
  return {
    async readFile(p) {
      try {
        return await vscode.workspace.fs.readFile(at(p));
      } catch {
        return undefined;
      }
    },
    async writeFile(p, data) {
      // writeFile creates missing parent folders
      await vscode.workspace.fs.writeFile(at(p), data);
    },
    async delete(p) {
      try {
        await vscode.workspace.fs.delete(at(p), { recursive: true, useTrash: false });
      } catch {
        // already gone
      }
    },
    async readDirectory(p) {
      try {
        const entries = await vscode.workspace.fs.readDirectory(at(p));
        return entries.map(([name, type]) => ({ name, isDirectory: (type & vscode.FileType.Directory) !== 0 }));
      } catch {
        return undefined;
      }
    },
    async stat(p) {
      try {
        const s = await vscode.workspace.fs.stat(at(p));
        return { size: s.size, mtime: s.mtime };
      } catch {
        return undefined;
      }
    },
  };
}
