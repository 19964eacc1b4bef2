// Writes that never leave a half-written review file: the bytes go to a temporary file in the same
// folder, then a rename replaces the target in one step. Everything through vscode.workspace.fs,
// so remote and virtual file systems work the same.
import * as vscode from 'vscode';

export async function writeAtomic(fs: vscode.FileSystem, target: vscode.Uri, content: string): Promise<void> {
  const name = target.path.split('/').pop() ?? 'review';
  const temp = vscode.Uri.joinPath(target, '..', `.${name}.${process.pid}.${Date.now().toString(36)}.tmp`);
  await fs.createDirectory(vscode.Uri.joinPath(target, '..'));
  await fs.writeFile(temp, new TextEncoder().encode(content));
  try {
    await fs.rename(temp, target, { overwrite: true });
  } catch (err) {
    await fs.delete(temp).then(undefined, () => undefined);
    throw err;
  }
}

/** Reads a file as UTF-8, or undefined when it does not exist. Other errors are thrown. */
export async function readIfExists(fs: vscode.FileSystem, uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await fs.readFile(uri));
  } catch (err) {
    if (err instanceof vscode.FileSystemError && err.code === 'FileNotFound') return undefined;
    throw err;
  }
}

/** `x.claimlens.json.bak`, or `.bak-2`, `.bak-3`… when earlier backups exist: a backup never replaces another. */
export async function backupName(fs: vscode.FileSystem, uri: vscode.Uri): Promise<vscode.Uri> {
  for (let n = 1; ; n++) {
    const candidate = uri.with({ path: `${uri.path}.bak${n === 1 ? '' : `-${n}`}` });
    try {
      await fs.stat(candidate);
    } catch {
      return candidate;
    }
  }
}
