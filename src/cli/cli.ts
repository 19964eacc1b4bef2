// `claimlens` as a function: argv and streams in, exit code out. main.ts binds it to the process;
// tests call it directly.
import { version } from '../../package.json';
import { HELP, USAGE, UsageError, parseArgs } from './args';
import type { AnnotateCommand } from './args';
import { analyzeInputs } from './analyzeMany';
import { expandInputs } from './inputs';
import { combineStatus, problemLine } from './problems';
import { NO_PROGRESS, terminalProgress } from './progress';
import { runStats } from './stats';
import { STATS_USAGE } from './statsArgs';
import { renderJson, renderJsonLine } from './formats/json';
import { renderMarkdown } from './formats/markdown';
import { renderText } from './formats/text';
import { jsonTerminalSafe, oneLine, terminalSafe } from '../analysis/text/guards';
import { formatW3c } from '../analysis/review/w3c';
import { articleIri } from './review';
import { reviewed } from './reviewStep';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  stdin: NodeJS.ReadableStream;
  /** Whether stderr is a terminal: only then a progress line is drawn on it. */
  stderrIsTTY?: boolean;
}

export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_INPUT = 2;

/** One line, never a stack: the message of whatever went wrong. */
export function errorMessage(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.split('\n')[0] || 'unknown error';
}

async function annotate(cmd: AnnotateCommand, io: CliIo): Promise<number> {
  let status = EXIT_OK;
  let printed = 0;
  const inputs = expandInputs(cmd.files, { include: cmd.include, exclude: cmd.exclude });
  const articles = inputs.filter((i) => i.kind !== 'problem').length;
  const single = cmd.format === 'json' ? '--format json prints one object' : cmd.format === 'w3c' ? '--format w3c prints one collection' : typeof cmd.review === 'object' ? '--review PATH applies to one article' : '';
  if (single && articles > 1) {
    io.stderr(`claimlens: ${single}, and these paths hold ${articles} files${cmd.format === 'json' ? '; use --format jsonl' : ''}\n${USAGE}\n`);
    return EXIT_INPUT;
  }
  const progress = io.stderrIsTTY && inputs.length > 1 ? terminalProgress(io.stderr, inputs.length, 'annotating') : NO_PROGRESS;
  for await (const outcome of analyzeInputs(inputs, { maxSize: cmd.maxSize, language: cmd.language, stdin: io.stdin })) {
    const problem = problemLine(outcome) ?? (outcome.kind === 'analysed' ? reviewed(outcome, cmd.review) : undefined);
    if (problem) {
      progress.clear();
      io.stderr(problem.line);
      status = combineStatus(status, problem.status);
    }
    if (outcome.kind !== 'analysed' || problem) {
      progress.tick(outcome.kind === 'analysed' || outcome.kind === 'export' ? outcome.article.label : outcome.label);
      continue;
    }
    const { article, analysis } = outcome;
    const separator = printed > 0 && (cmd.format === 'text' || cmd.format === 'markdown') ? '\n' : '';
    if (cmd.format === 'json') io.stdout(jsonTerminalSafe(renderJson(analysis)));
    else if (cmd.format === 'jsonl') io.stdout(jsonTerminalSafe(renderJsonLine(article.path, analysis)));
    else if (cmd.format === 'w3c') io.stdout(jsonTerminalSafe(formatW3c(analysis, article.text, { source: articleIri(article), label: `ClaimLens claims in ${article.label}` })));
    // Article text and file names may carry ESC/CR/bidi controls: shown, never sent raw to a terminal.
    else if (cmd.format === 'markdown') io.stdout(terminalSafe(separator + renderMarkdown(oneLine(article.label), article.text, analysis)));
    else io.stdout(terminalSafe(separator + renderText(oneLine(article.label), article.text, analysis)));
    printed++;
    progress.tick(article.label);
  }
  progress.clear();
  return status;
}

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let cmd;
  try {
    cmd = parseArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr(`claimlens: ${err.message}\n${argv[0] === 'stats' ? STATS_USAGE : USAGE}\n`);
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
  if (cmd.kind === 'stats') return runStats(cmd, io);
  return annotate(cmd, io);
}
