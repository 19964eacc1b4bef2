// Listing the articles under a folder on disk (the CLI's `annotate DIR`, `stats DIR`, the
// benchmark's workspace). Node only. Folders are read in sorted order and the result is sorted by
// path, so two runs over the same tree list the same files in the same order.
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import * as path from 'node:path';
import { isNeverWalkedDir, type PathFilter } from './articleFilter';

export interface WalkProblem {
  /** The folder or entry that could not be read, as a path under the root given. */
  path: string;
  code: string | undefined;
}

export interface WalkResult {
  /** Articles, joined to the root as given (`news` -> `news/a.txt`), sorted by their path under the root. */
  files: string[];
  problems: WalkProblem[];
}

/**
 * Every file under `root` the filter accepts (by its path relative to root, `/`-separated).
 * Symbolic links to files are followed; links to folders are not (no loops, no walking out of the
 * tree); `node_modules` and `.git` are never entered.
 */
export function walkArticles(root: string, isArticle: PathFilter): WalkResult {
  const found: string[] = [];
  const problems: WalkProblem[] = [];
  const pending: string[] = [''];
  while (pending.length > 0) {
    const rel = pending.pop()!;
    let entries: Dirent[];
    try {
      entries = readdirSync(path.join(root, rel), { withFileTypes: true });
    } catch (err) {
      problems.push({ path: path.join(root, rel), code: (err as NodeJS.ErrnoException).code });
      continue;
    }
    visit(root, rel, entries, isArticle, pending, found);
  }
  found.sort(compareCodeUnits);
  return { files: found.map((rel) => path.join(root, rel)), problems };
}

/** The same walk without blocking the thread (the benchmark's stand-in for VS Code's file search). */
export async function walkArticlesAsync(root: string, isArticle: PathFilter): Promise<WalkResult> {
  const found: string[] = [];
  const problems: WalkProblem[] = [];
  const pending: string[] = [''];
  while (pending.length > 0) {
    const rel = pending.pop()!;
    let entries: Dirent[];
    try {
      entries = await readdir(path.join(root, rel), { withFileTypes: true });
    } catch (err) {
      problems.push({ path: path.join(root, rel), code: (err as NodeJS.ErrnoException).code });
      continue;
    }
    visit(root, rel, entries, isArticle, pending, found);
  }
  found.sort(compareCodeUnits);
  return { files: found.map((rel) => path.join(root, rel)), problems };
}

/** One folder's entries: sub-folders to walk (never node_modules or .git), articles found. */
function visit(root: string, rel: string, entries: Dirent[], isArticle: PathFilter, pending: string[], found: string[]): void {
  for (const entry of entries) {
    const child = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (!isNeverWalkedDir(entry.name)) pending.push(child);
    } else if ((entry.isFile() || entry.isSymbolicLink()) && isArticle(child)) {
      if (entry.isSymbolicLink() && isDirectory(path.join(root, child))) continue;
      found.push(child);
    }
  }
}

/** A link to a folder is skipped; a dangling link is kept, so reading it reports the problem. */
function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** Plain code-unit order: the same in every locale. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
