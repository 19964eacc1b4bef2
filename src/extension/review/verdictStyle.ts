// How a verdict looks: a codicon and a themeable colour (contributes.colors), shared by the
// Claims tree, hover cards and pickers. No vscode import: the mapping is plain data.
import type { Verdict } from '../../analysis/model';

export const VERDICT_ICONS: Record<Verdict, string> = {
  unreviewed: 'circle-large-outline',
  verified: 'pass-filled',
  disputed: 'warning',
  false: 'error',
  'needs-source': 'question',
};

/** Colour ids in package.json `contributes.colors`; unreviewed claims keep the tree's own colours. */
export const VERDICT_COLORS: Record<Exclude<Verdict, 'unreviewed'>, string> = {
  verified: 'claimlens.verdictVerified',
  disputed: 'claimlens.verdictDisputed',
  false: 'claimlens.verdictFalse',
  'needs-source': 'claimlens.verdictNeedsSource',
};

/** "9 of 24 reviewed": a claim counts once it has a verdict other than unreviewed. */
export function reviewProgress(claims: ReadonlyArray<{ review?: { verdict: Verdict } }>): { reviewed: number; total: number; label: string } {
  const reviewed = claims.filter((c) => c.review && c.review.verdict !== 'unreviewed').length;
  return { reviewed, total: claims.length, label: `${reviewed} of ${claims.length} reviewed` };
}
