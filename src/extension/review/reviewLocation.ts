// Where an article's review file lives: beside a file (`article.md.claimlens.json`), or in the
// extension's workspace storage for documents that are not files (untitled, virtual file systems)
// and when the user prefers to keep reviews out of the article's folder.
import * as vscode from 'vscode';
import { REVIEW_SUFFIX, shortHash } from '../../analysis/review/model';

export type ReviewStorage = 'beside' | 'workspace';

export function readReviewStorage(): ReviewStorage {
  return vscode.workspace.getConfiguration('claimlens').get<string>('review.storage') === 'workspace' ? 'workspace' : 'beside';
}

/**
 * The review file's URI. `storage` is the extension's storage folder (context.storageUri, or the
 * global one when no folder is open); files there are named by a hash of the article's URI, so two
 * untitled documents or two same-named files never share one.
 */
export function reviewLocation(article: vscode.Uri, mode: ReviewStorage, storage: vscode.Uri | undefined): vscode.Uri | undefined {
  const base = article.path.split('/').pop() || 'article';
  if (mode === 'beside' && article.scheme === 'file') return article.with({ path: `${article.path}${REVIEW_SUFFIX}` });
  if (!storage) return undefined;
  const safe = base.replace(/[^\p{L}\p{N}._-]+/gu, '_').slice(0, 60);
  return vscode.Uri.joinPath(storage, 'reviews', `${shortHash(article.toString())}-${safe}${REVIEW_SUFFIX}`);
}
