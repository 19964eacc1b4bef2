// The workspace case of `npm run bench`: 1,000 generated articles of about 4 KB, every paragraph
// distinct (no free cache hits), indexed as the extension does it (src/workspace/workspaceIndex.ts
// through the worker pool, persistent cache on disk), against one plain compromise pass over the
// same texts in the same run; then a restart that reads the persistent cache. This thread stands
// in for the extension host: its longest event-loop block is measured while indexing.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { splitParagraphs } from '../src/analysis/text/paragraphs';
import { AnalysisPool } from '../src/worker/pool';
import { articleFilter } from '../src/workspace/articleFilter';
import { nodeStore } from '../src/workspace/nodeStore';
import { PersistentCache } from '../src/workspace/persistentCache';
import { walkArticles, walkArticlesAsync } from '../src/workspace/walk';
import { WorkspaceIndex, type ArticleRef, type IndexHost } from '../src/workspace/workspaceIndex';
import { readSample, variant } from './generate';

export const WORKSPACE_ARTICLES = 1000;
const ARTICLE_BYTES = 4 * 1024;

/** Writes the articles into `dir/articles/` (copy n of the sample, then paragraphs of copy n + 1 000 000 up to ~4 KB). */
export function generateWorkspace(dir: string, count = WORKSPACE_ARTICLES): { files: number; bytes: number; paragraphs: number; distinctParagraphs: number } {
  const sample = readSample();
  const folder = path.join(dir, 'articles');
  mkdirSync(folder, { recursive: true });
  let bytes = 0;
  const seen = new Set<string>();
  let paragraphs = 0;
  for (let i = 0; i < count; i++) {
    const parts = variant(sample, 2 * i).trimEnd().split('\n\n');
    const more = variant(sample, 2 * i + 1).trimEnd().split('\n\n');
    while (Buffer.byteLength(parts.join('\n\n')) < ARTICLE_BYTES && more.length) parts.push(more.shift()!);
    const text = parts.join('\n\n') + '\n';
    const file = path.join(folder, `${String(i).padStart(4, '0')}.${i % 3 === 0 ? 'txt' : 'md'}`);
    writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
    for (const p of splitParagraphs(text)) {
      paragraphs++;
      seen.add(p.text);
    }
  }
  return { files: count, bytes, paragraphs, distinctParagraphs: seen.size };
}

function articleTexts(dir: string): string[] {
  return walkArticles(path.join(dir, 'articles'), articleFilter()).files.map((f) => readFileSync(f, 'utf8'));
}

/** One plain compromise pass over every article (nlp + the four views, as the size cases do). */
export async function workspaceRawTask(dir: string, cpuMs: (start: NodeJS.CpuUsage) => number): Promise<object> {
  const texts = articleTexts(dir);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const nlp = require('compromise');
  nlp('Warm up, said Anna Berg in Valmera.').people().json();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (const text of texts) {
    const doc = nlp(text);
    for (const view of [doc.people(), doc.places(), doc.organizations(), doc.quotations()]) view.toView().json({ offset: true });
  }
  return { workspace_raw_ms: performance.now() - t0, workspace_raw_cpu_ms: cpuMs(c0) };
}

function nodeHost(root: string, pool: AnalysisPool | undefined, started: { pool: boolean }): IndexHost {
  return {
    async list(): Promise<ArticleRef[]> {
      // asynchronous, as VS Code's file search is for the extension, which then yields every 250 files
      const refs: ArticleRef[] = [];
      for (const f of (await walkArticlesAsync(root, articleFilter())).files) {
        if (refs.length % 250 === 249) await new Promise<void>((resolve) => setImmediate(resolve));
        const rel = f.slice(root.length + 1).split(path.sep).join('/');
        refs.push({ uri: f, path: rel, languageId: /\.(md|markdown)$/.test(f) ? 'markdown' : 'plaintext' });
      }
      return refs;
    },
    async read(ref) {
      return new TextDecoder('utf-8', { fatal: true }).decode(await readFile(ref.uri));
    },
    analyze(key, text, languageId) {
      if (!pool) throw new Error('no pool in this run');
      started.pool = true;
      return pool.analyze(key, text, { languageId });
    },
    forget: (key) => pool?.forget(key),
  };
}

/** The first indexing (`warm`: false) or the one after a restart with the persistent cache. */
export async function workspaceIndexTask(dir: string, warm: boolean, workerPath: string, peakRssMb: () => number, cpuMs: (start: NodeJS.CpuUsage) => number): Promise<object> {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  const workers = Number(process.env.CLAIMLENS_BENCH_WS_WORKERS) || cores;
  const pool = warm ? undefined : new AnalysisPool({ workerPath, maxWorkers: workers });
  const started = { pool: false };
  let coldStartMs = 0;
  if (pool) {
    // Thread start and compromise load, apart (the raw pass's require() is not timed either):
    // two documents at once, so the coordinator starts its helpers too.
    const c0 = performance.now();
    await Promise.all(['Anna Berg said the talks had failed.', 'Jonas Berg said they had not.'].map((t, i) => pool.analyze(`warm-${i}`, t)));
    coldStartMs = performance.now() - c0;
  }
  // The machine's own noise: the longest event-loop delay of this thread doing nothing for 2 s
  // (on a shared, loaded machine the operating system alone stalls a thread for tens of ms).
  const idle = monitorEventLoopDelay({ resolution: 1 });
  idle.enable();
  await new Promise((resolve) => setTimeout(resolve, 2000));
  idle.disable();
  const cache = new PersistentCache(nodeStore(path.join(dir, 'cache')), 'bench');
  const index = new WorkspaceIndex(nodeHost(path.join(dir, 'articles'), pool, started), { cache });
  // As in the extension: while the index builds, the views redraw at most every 2 s, each merging
  // every source (in time slices); once it is built they show the whole workspace.
  let redraws = 0;
  let lastRedraw = 0;
  index.onDidChange(() => {
    if (performance.now() - lastRedraw < 2000) return;
    lastRedraw = performance.now();
    redraws++;
    void index.viewAsync();
  });
  const lag = monitorEventLoopDelay({ resolution: 1 });
  lag.enable();
  const elu0 = performance.eventLoopUtilization();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const report = await index.build();
  const buildMs = performance.now() - t0;
  const s0 = performance.now();
  const view = await index.viewAsync();
  const viewMs = performance.now() - s0;
  const totalMs = performance.now() - t0;
  const cpu = cpuMs(c0);
  lag.disable();
  const elu = performance.eventLoopUtilization(elu0);
  pool?.dispose();
  const { sources, stats } = view;
  // For comparison: the same merge in one go (what a caller without time slices would block for).
  const m0 = performance.now();
  index['memo'] = { generation: -1 };
  index.sources();
  const mergeAtOnceMs = performance.now() - m0;
  const prefix = warm ? 'workspace_warm' : 'workspace_first';
  return {
    [`${prefix}_ms`]: totalMs,
    [`${prefix}_build_ms`]: buildMs,
    [`${prefix}_cpu_ms`]: cpu,
    [`${prefix}_view_ms`]: viewMs,
    [`${prefix}_merge_at_once_ms`]: mergeAtOnceMs,
    [`${prefix}_redraws`]: redraws,
    [`${prefix}_max_block_ms`]: lag.max / 1e6,
    [`${prefix}_idle_max_block_ms`]: idle.max / 1e6,
    [`${prefix}_blocks_over_50ms`]: countOver(lag, 50),
    [`${prefix}_busy_ms`]: elu.active,
    [`${prefix}_peak_rss_mb`]: peakRssMb(),
    [`${prefix}_report`]: { ...report, problems: report.problems.length },
    [`${prefix}_cache`]: cache.counters,
    [`${prefix}_pool_started`]: started.pool,
    [`${prefix}_workers`]: pool ? workers : 0,
    ...(pool ? { workspace_cold_start_ms: coldStartMs } : {}),
    workspace_sources: sources.quoted.length,
    workspace_mentioned_only: sources.mentionedOnly.length,
    workspace_claims: stats.totals.claims,
  };
}

/** About how many event-loop delays exceeded `ms`: the share of the histogram above it, times its count. */
function countOver(h: ReturnType<typeof monitorEventLoopDelay>, ms: number): number {
  for (const [percentile, value] of h.percentiles) if (value / 1e6 > ms) return Math.round(((100 - percentile) / 100) * h.count);
  return 0;
}
