// The CLI's inputs in order: each argument as given, a folder replaced by its articles (sorted by
// path), a path that cannot be listed turned into a problem line. Reading and analysing come later.
import { statSync } from 'node:fs';
import { articleFilter, type ArticleGlobs } from '../workspace/articleFilter';
import { walkArticles } from '../workspace/walk';
import { openError } from './readInput';

export type Input =
  /** A file named on the command line, or found in a folder (`walked`). */
  | { kind: 'file'; path: string; walked: boolean }
  | { kind: 'stdin' }
  /** An argument or folder entry that cannot be used; `reason` is one human sentence. */
  | { kind: 'problem'; path: string; reason: string };

export function expandInputs(args: readonly string[], globs: ArticleGlobs): Input[] {
  const isArticle = articleFilter(globs);
  const out: Input[] = [];
  for (const arg of args) {
    if (arg === '-') {
      out.push({ kind: 'stdin' });
      continue;
    }
    if (!isDirectory(arg)) {
      // Files (and missing paths: reading reports them) are taken as given, whatever the globs say.
      out.push({ kind: 'file', path: arg, walked: false });
      continue;
    }
    const { files, problems } = walkArticles(arg, isArticle);
    for (const p of problems) out.push({ kind: 'problem', path: p.path, reason: openError(p.path, Object.assign(new Error(p.code ?? 'unknown'), { code: p.code })).reason });
    for (const path of files) out.push({ kind: 'file', path, walked: true });
    if (files.length === 0 && problems.length === 0) {
      out.push({ kind: 'problem', path: arg, reason: `no articles in this folder (files matching ${globs.include?.length ? globs.include.join(', ') : '**/*.{md,markdown,txt}'})` });
    }
  }
  return out;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
