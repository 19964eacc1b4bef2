// `claimlens stats`: the cross-article index of articles and folders (analysed here, in parallel),
// or, with --from-jsonl, of earlier outputs (`annotate --format jsonl` lines and `stats --format
// json` objects) merged: the reduce step after annotate ran as the map step elsewhere.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { summarizeArticle, type ArticleStats } from '../analysis/output/articleStats';
import { computeStats } from '../analysis/output/stats';
import { formatStatsCsv, formatStatsJson, formatStatsText } from '../analysis/output/statsFormats';
import { articleRecordsOf, StatsInputError } from '../analysis/output/statsInput';
import { jsonTerminalSafe, oneLine, terminalSafe } from '../analysis/text/guards';
import { analyzeInputs } from './analyzeMany';
import type { CliIo } from './cli';
import { expandInputs } from './inputs';
import { combineStatus, problemLine, STATUS_INPUT, STATUS_OK } from './problems';
import { NO_PROGRESS, terminalProgress } from './progress';
import { openError } from './readInput';
import { reviewed } from './reviewStep';
import type { StatsCommand } from './statsArgs';

/** Bad lines reported per file before the rest are only counted. */
const MAX_LINE_ERRORS = 5;

export async function runStats(cmd: StatsCommand, io: CliIo): Promise<number> {
  const { records, status } = cmd.fromJsonl ? await readResults(cmd.paths, io) : await analyseArticles(cmd, io);
  const seen = new Set<string>();
  for (const r of records) {
    if (seen.has(r.path)) io.stderr(`claimlens: ${oneLine(r.path)}: given more than once; counted once\n`);
    seen.add(r.path);
  }
  const stats = computeStats(records);
  if (cmd.format === 'json') io.stdout(jsonTerminalSafe(formatStatsJson(stats)));
  // Names come from articles: control characters are shown, never sent raw to a terminal.
  else if (cmd.format === 'csv') io.stdout(formatStatsCsv(stats).split('\r\n').map(terminalSafe).join('\r\n'));
  else io.stdout(terminalSafe(formatStatsText(stats)));
  return status;
}

async function analyseArticles(cmd: StatsCommand, io: CliIo): Promise<{ records: ArticleStats[]; status: number }> {
  const records: ArticleStats[] = [];
  let status = STATUS_OK;
  const inputs = expandInputs(cmd.paths, { include: cmd.include, exclude: cmd.exclude });
  const progress = io.stderrIsTTY && inputs.length > 1 ? terminalProgress(io.stderr, inputs.length, 'analysing') : NO_PROGRESS;
  for await (const outcome of analyzeInputs(inputs, { maxSize: cmd.maxSize, language: cmd.language, stdin: io.stdin })) {
    // the same numbers annotate prints: reviews beside the articles are applied here too
    const problem = problemLine(outcome) ?? (outcome.kind === 'analysed' ? reviewed(outcome, 'auto') : undefined);
    if (problem) {
      progress.clear();
      io.stderr(problem.line);
      status = combineStatus(status, problem.status);
    }
    if (outcome.kind === 'analysed' && !problem) records.push(summarizeArticle(outcome.article.path, outcome.analysis));
    progress.tick(outcome.kind === 'analysed' || outcome.kind === 'export' ? outcome.article.label : outcome.label);
  }
  progress.clear();
  return { records, status };
}

async function readResults(paths: readonly string[], io: CliIo): Promise<{ records: ArticleStats[]; status: number }> {
  const records: ArticleStats[] = [];
  let status = STATUS_OK;
  for (const path of paths) {
    const label = path === '-' ? '<stdin>' : path;
    const errors: Array<{ line?: number; message: string }> = [];
    try {
      await readJsonValues(path === '-' ? io.stdin : createReadStream(path), (value, line) => {
        try {
          for (const r of articleRecordsOf(value)) records.push(r);
        } catch (err) {
          if (!(err instanceof StatsInputError)) throw err;
          errors.push({ line, message: err.message });
        }
      }, (line, message) => errors.push({ line, message }));
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      errors.push({ message: code ? openError(label, err).reason : String(err) });
    }
    for (const e of errors.slice(0, MAX_LINE_ERRORS)) io.stderr(`claimlens: ${oneLine(label)}${e.line ? `:${e.line}` : ''}: ${oneLine(e.message)}\n`);
    if (errors.length > MAX_LINE_ERRORS) io.stderr(`claimlens: ${oneLine(label)}: …and ${errors.length - MAX_LINE_ERRORS} more bad lines\n`);
    if (errors.length > 0) status = Math.max(status, STATUS_INPUT);
  }
  return { records, status };
}

/**
 * Each JSON value of a JSONL stream with its line number. A file that starts with a line "{" alone
 * is one pretty-printed object (`stats --format json`) and is parsed whole.
 */
async function readJsonValues(stream: NodeJS.ReadableStream, onValue: (value: unknown, line: number) => void, onBadLine: (line: number, message: string) => void): Promise<void> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  let whole: string[] | undefined;
  for await (const raw of lines) {
    n++;
    const line = n === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (whole) {
      whole.push(line);
      continue;
    }
    if (n === 1 && line.trim() === '{') {
      whole = [line];
      continue;
    }
    if (!line.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      onBadLine(n, 'not valid JSON');
      continue;
    }
    onValue(value, n);
  }
  if (!whole) return;
  let value: unknown;
  try {
    value = JSON.parse(whole.join('\n'));
  } catch {
    onBadLine(1, 'not valid JSON (a file starting with "{" alone is read as one JSON object)');
    return;
  }
  onValue(value, 1);
}
