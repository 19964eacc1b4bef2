// Reads and analyses the CLI's inputs in parallel and hands the results back in input order, so
// `annotate DIR --format jsonl` prints the same lines in the same order on every run, however
// the threads finish. Several inputs go through the worker pool with one thread per core (a
// batch job may use the whole machine); a single input is analysed as before (analyzeFile).
import * as os from 'node:os';
import type { Analysis } from '../analysis/model';
import { isClaimLensExport } from '../analysis/output/exportMarker';
import { AnalysisPool } from '../worker/pool';
import type { Language } from './args';
import { analyzeFile, poolWorkerPath } from './analyzeFile';
import type { Input } from './inputs';
import { InputError, readArticleFile, readArticleStdin, type Article } from './readInput';

export type Outcome =
  | { kind: 'analysed'; article: Article; analysis: Analysis; walked: boolean }
  /** One of ClaimLens's own exported reports: not an article. */
  | { kind: 'export'; article: Article; walked: boolean }
  /** Could not be read or listed: `reason` is one sentence for the user. */
  | { kind: 'unreadable'; label: string; reason: string }
  /** The analysis itself failed: a bug of ours. */
  | { kind: 'failed'; label: string; message: string };

export interface AnalyzeManyOptions {
  maxSize: number;
  language: Language | null;
  stdin: NodeJS.ReadableStream;
  /** Threads for several inputs (default: one per core). */
  workers?: number;
}

type Analyze = (key: string, article: Article) => Promise<Analysis>;

/** Outcomes in input order; at most a few analyses in flight per thread. */
export async function* analyzeInputs(inputs: readonly Input[], options: AnalyzeManyOptions): AsyncGenerator<Outcome> {
  const articles = inputs.filter((i) => i.kind !== 'problem').length;
  const backend = articles > 1 ? poolBackend(options.workers) : undefined;
  const analyze: Analyze = backend?.analyze ?? ((_key, article) => analyzeFile(article));
  const window = Math.max(2, (backend?.threads ?? 1) * 3);
  const inFlight: Array<Promise<Outcome>> = [];
  let next = 0;
  try {
    while (next < inputs.length || inFlight.length > 0) {
      while (next < inputs.length && inFlight.length < window) {
        const index = next++;
        inFlight.push(outcomeOf(inputs[index], index, analyze, options));
      }
      yield await inFlight.shift()!;
    }
  } finally {
    backend?.dispose();
  }
}

async function outcomeOf(input: Input, index: number, analyze: Analyze, options: AnalyzeManyOptions): Promise<Outcome> {
  if (input.kind === 'problem') return { kind: 'unreadable', label: input.path, reason: input.reason };
  let article: Article;
  try {
    article = input.kind === 'stdin' ? await readArticleStdin(options.stdin, options.maxSize, options.language) : readArticleFile(input.path, options.maxSize, options.language);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    return { kind: 'unreadable', label: err.label, reason: err.reason };
  }
  const walked = input.kind === 'file' && input.walked;
  if (isClaimLensExport(article.text)) return { kind: 'export', article, walked };
  try {
    return { kind: 'analysed', article, analysis: await analyze(`cli:${index}`, article), walked };
  } catch (err) {
    return { kind: 'failed', label: article.label, message: err instanceof Error ? err.message : String(err) };
  }
}

function poolBackend(workers?: number): { analyze: Analyze; threads: number; dispose(): void } | undefined {
  const workerPath = poolWorkerPath();
  if (!workerPath) return undefined;
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  const threads = Math.max(1, Math.floor(workers ?? cores));
  const pool = new AnalysisPool({ workerPath, maxWorkers: threads });
  return { threads, analyze: (key, article) => analyzeFile(article, { pool, key }), dispose: () => pool.dispose() };
}
