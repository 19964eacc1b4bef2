// `claimlens` as a function: argv and streams in, exit code out. main.ts binds it to the process;
// tests call it directly.
import { version } from '../../package.json';
import { HELP, USAGE, UsageError, parseArgs } from './args';
import type { AnnotateCommand } from './args';
import { analyzeFile } from './analyzeFile';
import { renderJson, renderJsonLine } from './formats/json';
import { renderMarkdown } from './formats/markdown';
import { renderText } from './formats/text';
import { InputError, readArticleFile, readArticleStdin } from './readInput';
import type { Article } from './readInput';
import { jsonTerminalSafe, oneLine, terminalSafe } from '../analysis/text/guards';
import { formatW3c } from '../analysis/review/w3c';
import type { ReviewFile } from '../analysis/review/model';
import { applyCliReview, articleIri, readReview, refuseReviewFile, reviewFileFor } from './review';
import { isClaimLensExport } from '../analysis/output/exportMarker';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  stdin: NodeJS.ReadableStream;
}

export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_INPUT = 2;

/** One line, never a stack: the message of whatever went wrong. */
export function errorMessage(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.split('\n')[0] || 'unknown error';
}

async function readArticle(path: string, cmd: AnnotateCommand, io: CliIo): Promise<Article> {
  return path === '-' ? readArticleStdin(io.stdin, cmd.maxSize, cmd.language) : readArticleFile(path, cmd.maxSize, cmd.language);
}

async function annotate(cmd: AnnotateCommand, io: CliIo): Promise<number> {
  let status = EXIT_OK;
  let printed = 0;
  for (const path of cmd.files) {
    let article: Article;
    let review: ReviewFile | undefined;
    try {
      refuseReviewFile(path);
      article = await readArticle(path, cmd, io);
      const reviewFile = reviewFileFor(article, cmd.review);
      review = reviewFile === undefined ? undefined : readReview(reviewFile);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      io.stderr(`claimlens: ${oneLine(err.label)}: ${err.reason}\n`);
      status = Math.max(status, EXIT_INPUT);
      continue;
    }
    if (isClaimLensExport(article.text)) {
      // A report of quotes read as an article gives sources like "Direct" or a line number. Named
      // explicitly, it is most likely a slip of a glob: say so, annotate the rest, exit 2.
      io.stderr(`claimlens: ${oneLine(article.label)}: skipped: a ClaimLens report (its first line marks it), not an article\n`);
      status = Math.max(status, EXIT_INPUT);
      continue;
    }
    let analysis;
    try {
      analysis = applyCliReview(await analyzeFile(article), article, review);
    } catch (err) {
      // A bug of ours, not the user's: say which file, keep going with the others.
      io.stderr(`claimlens: ${oneLine(article.label)}: internal error while analysing: ${oneLine(errorMessage(err))} (please report it)\n`);
      status = status === EXIT_OK ? EXIT_INTERNAL : status;
      continue;
    }
    const separator = printed > 0 && (cmd.format === 'text' || cmd.format === 'markdown') ? '\n' : '';
    if (cmd.format === 'json') io.stdout(jsonTerminalSafe(renderJson(analysis)));
    else if (cmd.format === 'jsonl') io.stdout(jsonTerminalSafe(renderJsonLine(article.path, analysis)));
    else if (cmd.format === 'w3c') io.stdout(jsonTerminalSafe(formatW3c(analysis, article.text, { source: articleIri(article), label: `ClaimLens claims in ${article.label}` })));
    // Article text and file names may carry ESC/CR/bidi controls: shown, never sent raw to a terminal.
    else if (cmd.format === 'markdown') io.stdout(terminalSafe(separator + renderMarkdown(oneLine(article.label), article.text, analysis)));
    else io.stdout(terminalSafe(separator + renderText(oneLine(article.label), article.text, analysis)));
    printed++;
  }
  return status;
}

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let cmd;
  try {
    cmd = parseArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr(`claimlens: ${err.message}\n${USAGE}\n`);
    return EXIT_INPUT;
  }
  if (cmd.kind === 'help') {
    io.stdout(`${HELP}\n`);
    return EXIT_OK;
  }
  if (cmd.kind === 'version') {
    io.stdout(`claimlens ${version}\n`);
    return EXIT_OK;
  }
  return annotate(cmd, io);
}
