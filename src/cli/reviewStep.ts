// Reviews in the folder-aware pipeline: each analysed article gets its review file applied
// (FILE.claimlens.json beside it, --review PATH, or none with --no-review), as a single-file
// annotate does; a review file named as an article, or one that cannot be read, is a problem line.
import { oneLine } from '../analysis/text/guards';
import type { Outcome } from './analyzeMany';
import type { AnnotateCommand } from './args';
import { STATUS_INPUT, STATUS_INTERNAL } from './problems';
import { InputError } from './readInput';
import { applyCliReview, readReview, refuseReviewFile, reviewFileFor } from './review';

export function reviewed(outcome: Extract<Outcome, { kind: 'analysed' }>, option: AnnotateCommand['review']): { line: string; status: number } | undefined {
  try {
    refuseReviewFile(outcome.article.path);
    const file = reviewFileFor(outcome.article, option);
    outcome.analysis = applyCliReview(outcome.analysis, outcome.article, file === undefined ? undefined : readReview(file));
    return undefined;
  } catch (err) {
    if (err instanceof InputError) return { line: `claimlens: ${oneLine(err.label)}: ${err.reason}\n`, status: STATUS_INPUT };
    const message = err instanceof Error ? err.message : String(err);
    return { line: `claimlens: ${oneLine(outcome.article.label)}: internal error while applying its review: ${oneLine(message.split('\n')[0])} (please report it)\n`, status: STATUS_INTERNAL };
  }
}
