// The CLI's side of reviews: which review file an article has (FILE.claimlens.json beside it,
// --review PATH, or none with --no-review), reading it with one clear error, and applying it.
import { existsSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Analysis } from '../analysis';
import { applyReview } from '../analysis/review/apply';
import { isReviewFilePath, reviewPathFor, type ReviewFile } from '../analysis/review/model';
import { parseReview, ReviewFileError } from '../analysis/review/parse';
import type { AnnotateCommand } from './args';
import { InputError, type Article } from './readInput';

/** A ClaimLens review file named as an article is refused: it is our data, not news. */
export function refuseReviewFile(articlePath: string): void {
  if (articlePath !== '-' && isReviewFilePath(articlePath)) {
    throw new InputError(articlePath, 'a ClaimLens review file, not an article (annotate the article beside it)');
  }
}

/** The review file to apply to this article, or undefined. */
export function reviewFileFor(article: Article, option: AnnotateCommand['review']): string | undefined {
  if (option === 'none') return undefined;
  if (typeof option === 'object') return option.path;
  if (article.path === '-') return undefined;
  const beside = reviewPathFor(article.path);
  return existsSync(beside) ? beside : undefined;
}

/** Reads and validates a review file; every failure is an InputError naming the review file. */
export function readReview(file: string): ReviewFile {
  let text: string;
  try {
    if (statSync(file).isDirectory()) throw new InputError(file, 'is a directory, not a review file');
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(file, code === 'ENOENT' ? 'no such review file' : code === 'EACCES' ? 'permission denied' : `cannot read the review file (${code ?? 'error'})`);
  }
  try {
    return parseReview(text);
  } catch (err) {
    if (err instanceof ReviewFileError) throw new InputError(file, `not a valid review file: ${err.message}`);
    throw err;
  }
}

export function applyCliReview(analysis: Analysis, article: Article, review: ReviewFile | undefined): Analysis {
  return review ? applyReview(analysis, article.text, review).analysis : analysis;
}

/** The article's IRI for the W3C export: its file: URL, or a urn for standard input. */
export function articleIri(article: Article): string {
  return article.path === '-' ? 'urn:claimlens:stdin' : pathToFileURL(path.resolve(article.path)).href;
}
