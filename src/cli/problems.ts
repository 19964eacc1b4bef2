// The one line on stderr for an input that was not annotated, and what it does to the exit status.
import { oneLine } from '../analysis/text/guards';
import type { Outcome } from './analyzeMany';

export const STATUS_OK = 0;
export const STATUS_INTERNAL = 1;
export const STATUS_INPUT = 2;

export function problemLine(outcome: Outcome): { line: string; status: number } | undefined {
  switch (outcome.kind) {
    case 'unreadable':
      return { line: `claimlens: ${oneLine(outcome.label)}: ${outcome.reason}\n`, status: STATUS_INPUT };
    case 'failed':
      // A bug of ours, not the user's: say which file, keep going with the others.
      return { line: `claimlens: ${oneLine(outcome.label)}: internal error while analysing: ${oneLine(outcome.message.split('\n')[0])} (please report it)\n`, status: STATUS_INTERNAL };
    case 'export':
      // Found in a folder it is skipped quietly. Named on the command line (or piped in) it is most
      // likely a slip of a glob: say so, and exit 2 so a script does not take the missing output
      // for an empty article.
      return outcome.walked ? undefined : { line: `claimlens: ${oneLine(outcome.article.label)}: skipped: a ClaimLens report (its first line marks it), not an article\n`, status: STATUS_INPUT };
    default:
      return undefined;
  }
}

/** Input problems win over internal errors (exit 2 tells a script to fix its inputs). */
export function combineStatus(status: number, next: number): number {
  if (next === STATUS_INPUT) return Math.max(status, STATUS_INPUT);
  return status === STATUS_OK ? next : status;
}
