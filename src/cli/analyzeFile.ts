// The one place the CLI runs the analysis. Kept to a single async function so a worker pool can
// replace the in-process call for large inputs without touching the rest of the CLI.
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle } from '../analysis';
import type { Analysis } from '../analysis';
import { AnalysisPool } from '../worker/pool';
import type { Article } from './readInput';

/** From this size on, the worker pool analyses the input: parallel first pass, flat memory. */
export const POOL_MIN_CHARS = 64 * 1024;

let pool: AnalysisPool | undefined;

/** The worker script when this input goes through the pool, undefined when analysed in-process. */
export function poolRoute(article: Article): string | undefined {
  return article.text.length >= POOL_MIN_CHARS ? poolWorkerPath() : undefined;
}

/**
 * Analyses one input: in this thread when small, else through the pool. `through` is a caller's
 * own pool (several inputs at once: analyzeMany.ts), used whatever the size, under `key`.
 */
export async function analyzeFile(article: Article, through?: { pool: AnalysisPool; key: string }): Promise<Analysis> {
  const options = { languageId: article.languageId };
  const workerPath = through ? undefined : poolRoute(article);
  if (!through && !workerPath) return analyzeArticle(article.text, options);
  // An idle pool does not keep the process alive, so the CLI exits without disposing it.
  const usePool = through?.pool ?? (pool ??= new AnalysisPool({ workerPath: workerPath! }));
  const key = through?.key ?? `cli:${article.path}`;
  try {
    return await usePool.analyze(key, article.text, options);
  } finally {
    // Each file is analysed once: its paragraph cache would only hold memory.
    usePool.forget(key);
  }
}

/** The worker script: next to the bundle (dist/cli.js, dist/worker.js) or in the tsc output. */
export function poolWorkerPath(): string | undefined {
  return [path.join(__dirname, 'worker.js'), path.join(__dirname, '../worker/analysisWorker.js')].find((p) => existsSync(p));
}
