// Which files of a folder are articles: the include and exclude globs shared by the CLI's folder
// walk and the extension's workspace index, so both see the same set of files. No vscode here.
//
// Paths are matched relative to the folder walked (or the workspace folder), with `/` separators.
import picomatch from 'picomatch/posix';

/** Plain text and Markdown, as `claimlens.workspace.include` defaults to. */
export const DEFAULT_INCLUDE: readonly string[] = ['**/*.{md,markdown,txt}'];

/** Folders never walked, whatever the settings say: dependencies and version control. */
export const NEVER_WALKED: readonly string[] = ['node_modules', '.git'];

const NEVER_GLOBS = NEVER_WALKED.map((dir) => `**/${dir}/**`);

export interface ArticleGlobs {
  /** A file is an article when it matches one of these (default DEFAULT_INCLUDE). */
  include?: readonly string[];
  /** ...and none of these. */
  exclude?: readonly string[];
}

export type PathFilter = (relativePath: string) => boolean;

/**
 * The filter for a set of globs. Dot folders are matched like any other (`**` reaches `.github/`),
 * as VS Code's own file search does; `node_modules` and `.git` never match.
 */
export function articleFilter(globs: ArticleGlobs = {}): PathFilter {
  const include = cleanGlobs(globs.include);
  const options = { dot: true, nocase: false };
  const included = picomatch(include.length > 0 ? include : [...DEFAULT_INCLUDE], options);
  const excluded = picomatch([...NEVER_GLOBS, ...cleanGlobs(globs.exclude)], options);
  return (relativePath) => {
    const p = toPosix(relativePath);
    return p.length > 0 && !isNeverWalkedPath(p) && included(p) && !excluded(p);
  };
}

/** Whether a folder (by its name) is one of the folders never walked. */
export function isNeverWalkedDir(name: string): boolean {
  return NEVER_WALKED.includes(name);
}

function isNeverWalkedPath(posixPath: string): boolean {
  return posixPath.split('/').some(isNeverWalkedDir);
}

/** Settings and arguments are hand-written: drop empty entries, trim, and accept `./` prefixes. */
export function cleanGlobs(globs: readonly string[] | undefined): string[] {
  return (globs ?? []).map((g) => toPosix(g.trim()).replace(/^\.\//, '')).filter((g) => g.length > 0);
}

export function toPosix(p: string): string {
  return p.replace(/\\/g, '/');
}

/**
 * One glob for tools that take a single pattern (VS Code's findFiles and file watcher): the
 * patterns joined in braces.
 */
export function joinGlobs(globs: readonly string[]): string {
  const clean = cleanGlobs(globs);
  if (clean.length === 1) return clean[0];
  return `{${clean.join(',')}}`;
}

/** Excludes for listing tools: the folders never walked plus the user's own. */
export function listingExcludes(exclude: readonly string[] | undefined): string[] {
  return [...NEVER_GLOBS, ...cleanGlobs(exclude)];
}
