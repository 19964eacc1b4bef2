// `npm run bench`: how ClaimLens scales with article size (a benchmark, not a test).
//
// Every measurement runs in its own child process, so a 1 MB compromise pass (about 0.5 GB) does
// not inflate the peak memory of the pool run and nothing is warm that should be cold. Articles
// are generated from samples/harbour-strike.md with names, places and numbers rotated per copy.
//
//   npm run bench                 table
//   npm run -s bench -- --json    one JSON object (-s keeps npm's own lines off stdout)
//   --5mb                         also a 5 MB pool run (no plain compromise pass: 1-3 GB, a minute)
//   --workers N                   pool size (default: the pool's own default for this machine)
//   --workspace-only              only the workspace case (1,000 articles of 4 KB, see bench/workspace.ts)
//   --no-workspace                skip it
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import * as v8 from 'node:v8';
import type { Analysis } from '../src/analysis/model';
import { AnalysisLookup } from '../src/analysis/output/lookup';
import { AnalysisPool, defaultMaxWorkers } from '../src/worker/pool';
import { splitResult } from '../src/worker/coordinator';
import { generateArticle } from './generate';
import { generateWorkspace, workspaceIndexTask, workspaceRawTask } from './workspace';

const ROOT = findRoot();
const WORKER = path.join(ROOT, 'dist/worker.js');
const EXTENSION = path.join(ROOT, 'dist/extension.js');
const SIZES: Array<[string, number]> = [
  ['4 KB', 4 * 1024],
  ['100 KB', 100 * 1024],
  ['1 MB', 1024 * 1024],
];

function findRoot(): string {
  // The bench runs bundled (out/bench-bundle/perf.js) or compiled (out/bench/perf.js).
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    try {
      // out/ holds a copy of package.json (tsc emits imported JSON): the root also has esbuild.mjs
      if (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).name === 'claimlens' && existsSync(path.join(dir, 'esbuild.mjs'))) return dir;
    } catch {
      // keep walking up
    }
  }
  throw new Error('claimlens package.json not found above ' + __dirname);
}

/** Peak resident memory of this process, all threads included (workers are threads). */
function peakRssMb(): { mb: number; source: string } {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return { mb: Number(m[1]) / 1024, source: '/proc/self/status VmHWM' };
  } catch {
    // not Linux
  }
  return { mb: process.resourceUsage().maxRSS / 1024, source: 'process.resourceUsage().maxRSS' };
}

/**
 * CPU time of this process since `start`, all threads (workers included): on a shared, loaded
 * machine wall time mostly measures the other tenants, CPU time measures our work.
 */
function cpuMs(start: NodeJS.CpuUsage): number {
  const u = process.cpuUsage(start);
  return (u.user + u.system) / 1000;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

// ---------------------------------------------------------------------------------------------
// Child tasks: each prints one JSON line.

async function rawTask(bytes: number): Promise<object> {
  const text = generateArticle(bytes);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const nlp = require('compromise');
  nlp('Warm up, said Anna Berg in Valmera.').people().json();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const doc = nlp(text);
  for (const view of [doc.people(), doc.places(), doc.organizations(), doc.quotations()]) view.toView().json({ offset: true });
  const rawMs = performance.now() - t0;
  return { bytes: Buffer.byteLength(text), raw_ms: rawMs, raw_cpu_ms: cpuMs(c0), raw_peak_rss_mb: peakRssMb().mb };
}

/** A one-word edit in the paragraph in the middle of the text. */
function oneWordEdit(text: string): string {
  const middle = text.indexOf('\n\n', text.length >> 1) + 2;
  const word = /\b(strike|port|union|talks|said)\b/g;
  word.lastIndex = middle;
  const m = word.exec(text);
  if (!m) throw new Error('no word to edit');
  return text.slice(0, m.index) + m[0].toUpperCase() + text.slice(m.index + m[0].length);
}

async function poolTask(bytes: number): Promise<object> {
  const text = generateArticle(bytes);
  const workers = Number(process.env.CLAIMLENS_BENCH_WORKERS) || defaultMaxWorkers();
  const pool = new AnalysisPool({ workerPath: WORKER, maxWorkers: workers });
  try {
    // Start-up (thread + compromise load) is measured apart: raw_ms does not include require() either.
    const c0 = performance.now();
    await pool.analyze('warm-up', 'Anna Berg said the talks in Valmera had failed.');
    const coldStartMs = performance.now() - c0;
    pool.forget('warm-up');

    const lag = monitorEventLoopDelay({ resolution: 1 });
    lag.enable();
    const elu0 = performance.eventLoopUtilization();
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    let first: Awaited<ReturnType<AnalysisPool['analyzeWithStats']>> | undefined = await pool.analyzeWithStats('doc', text);
    const firstMs = performance.now() - t0;
    const firstCpuMs = cpuMs(cpu0);
    const firstStats = first.stats;
    // Only the latest result is kept, as the extension does.
    first = undefined;
    const edited = oneWordEdit(text);
    const cpu1 = process.cpuUsage();
    const t1 = performance.now();
    const edit = await pool.analyzeWithStats('doc', edited);
    const editMs = performance.now() - t1;
    const editCpuMs = cpuMs(cpu1);
    lag.disable();
    // Busy time of this (the "extension host") thread: receiving results, bookkeeping.
    const elu = performance.eventLoopUtilization(elu0);
    // Before the clone and hover measurements below, which make copies of the result.
    const rss = peakRssMb();

    const clone = cloneCost(edit.analysis);
    const hover = hoverCost(edit.analysis, edited.length);
    return {
      bytes: Buffer.byteLength(text),
      workers,
      cold_start_ms: coldStartMs,
      first_ms: firstMs,
      first_cpu_ms: firstCpuMs,
      first_stats: firstStats,
      edit_ms: editMs,
      edit_cpu_ms: editCpuMs,
      edit_stats: edit.stats,
      main_thread_max_block_ms: lag.max / 1e6,
      main_thread_busy_ms: elu.active,
      entities: edit.analysis.entities.length,
      mentions: edit.analysis.entities.reduce((n, e) => n + e.mentions.length, 0),
      claims: edit.analysis.claims.length,
      ...clone,
      ...hover,
      peak_rss_mb: rss.mb,
      peak_rss_source: rss.source,
    };
  } finally {
    pool.dispose();
  }
}

/**
 * What receiving an Analysis costs the main thread: structured clone (what postMessage does) of
 * the whole result, of its largest part as the pool receives it (see splitResult), and JSON.
 */
function cloneCost(analysis: Analysis): object {
  let maxPartMs = 0;
  const parts = splitResult(analysis);
  for (const part of parts) {
    const bytes = v8.serialize(part);
    const p0 = performance.now();
    v8.deserialize(bytes);
    maxPartMs = Math.max(maxPartMs, performance.now() - p0);
  }
  const ser = v8.serialize(analysis);
  const d0 = performance.now();
  v8.deserialize(ser);
  const deserializeMs = performance.now() - d0;
  const json = JSON.stringify(analysis);
  const j0 = performance.now();
  JSON.parse(json);
  const jsonParseMs = performance.now() - j0;
  return { result_kb: ser.length / 1024, result_parts: parts.length, clone_deserialize_ms: deserializeMs, part_deserialize_max_ms: maxPartMs, json_parse_ms: jsonParseMs };
}

/** A hover: the entity mention and the claim at a random offset, through src/analysis/output/lookup.ts. */
function hoverCost(analysis: Analysis, length: number): object {
  const b0 = performance.now();
  const lookup = new AnalysisLookup(analysis);
  const buildMs = performance.now() - b0;
  const samples: number[] = [];
  let hits = 0;
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  for (let i = 0; i < 100_000; i++) {
    const offset = Math.floor(random() * length);
    const t = process.hrtime.bigint();
    const hit = lookup.entityAt(offset) ?? lookup.claimAt(offset);
    samples.push(Number(process.hrtime.bigint() - t) / 1000);
    if (hit) hits++;
  }
  samples.sort((a, b) => a - b);
  return { lookup_build_ms: buildMs, hover_us_median: percentile(samples, 50), hover_us_p99: percentile(samples, 99), hover_hit_rate: hits / samples.length };
}

/** activate() in plain Node with a stubbed `vscode` module (for this number only). */
async function activateTask(): Promise<object> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Module = require('node:module') as { _load: (request: string, ...rest: unknown[]) => unknown };
  const original = Module._load;
  // Bundles copy a module's own properties (esbuild's __toESM) but keep its prototype: the stub
  // module is an empty object whose prototype answers every name.
  const api = stub('vscode') as Record<PropertyKey, unknown>;
  const vscode = Object.create(new Proxy({}, { get: (_t, prop) => api[prop] })) as object;
  Module._load = function (request: string, ...rest: unknown[]) {
    return request === 'vscode' ? vscode : original.call(this, request, ...rest);
  };
  const context = {
    subscriptions: [] as Array<{ dispose(): unknown }>,
    extensionPath: ROOT,
    asAbsolutePath: (p: string) => path.join(ROOT, p),
    globalState: { get: (_k: string, d?: unknown) => d, update: async () => undefined, keys: () => [] },
    workspaceState: { get: (_k: string, d?: unknown) => d, update: async () => undefined, keys: () => [] },
    extensionUri: stub('extensionUri'),
    extensionMode: 1,
  };
  const t0 = performance.now();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ext = require(EXTENSION) as { activate(ctx: unknown): unknown };
  const t1 = performance.now();
  let error: string | undefined;
  try {
    await ext.activate(context);
  } catch (err) {
    error = String(err);
  }
  const t2 = performance.now();
  const bundle = readFileSync(EXTENSION, 'utf8');
  const loaded = Object.keys(require.cache).filter((k) => /[\\/]compromise[\\/]/.test(k));
  return {
    activate_ms: t2 - t0,
    activate_require_ms: t1 - t0,
    activate_call_ms: t2 - t1,
    activate_error: error,
    extension_bundle_kb: Buffer.byteLength(bundle) / 1024,
    // compromise's lexicon and its version string do not appear in a bundle without it
    extension_bundle_has_compromise: /compromise|14\.17\.0/.test(bundle) && bundle.length > 300_000,
    compromise_loaded_by_activate: loaded.length > 0,
  };
}

/** A do-nothing stand-in for any vscode API: every member is callable, constructible and disposable. */
function stub(name: string): unknown {
  const children = new Map<PropertyKey, unknown>();
  const target = function () {} as unknown as object;
  const proxy: object = new Proxy(target, {
    get(_t, prop) {
      if (prop === 'then') return undefined; // not a thenable: `await stub` must not hang
      if (prop === Symbol.iterator) return function* () {};
      if (prop === Symbol.toPrimitive) return () => 0;
      if (prop === Symbol.hasInstance) return () => false;
      if (prop === 'length') return 0;
      if (prop === 'prototype') return Object.prototype;
      if (prop === 'get') return (_key: unknown, fallback?: unknown) => fallback;
      if (prop === 'dispose') return () => undefined;
      if (!children.has(prop)) children.set(prop, stub(`${name}.${String(prop)}`));
      return children.get(prop);
    },
    set: (_t, prop, value) => {
      children.set(prop, value); // e.g. statusBarItem.text = '…'
      return true;
    },
    apply: () => stub(`${name}()`),
    construct: (_t, _args, newTarget) => (newTarget === proxy ? (stub(`new ${name}`) as object) : Object.create(newTarget.prototype)),
  });
  return proxy;
}

// ---------------------------------------------------------------------------------------------
// Orchestration

function child(task: string, arg = ''): Record<string, unknown> {
  const out = execFileSync(process.execPath, [__filename, '--child', task, arg], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] });
  const line = out.trim().split('\n').pop() ?? '';
  return JSON.parse(line) as Record<string, unknown>;
}

const round = (n: unknown, digits = 1) => (typeof n === 'number' ? Number(n.toFixed(digits)) : n);

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--child') {
    const [, task, arg] = args;
    const result =
      task === 'raw' ? await rawTask(Number(arg))
      : task === 'pool' ? await poolTask(Number(arg))
      : task === 'ws-raw' ? await workspaceRawTask(arg, cpuMs)
      : task === 'ws-first' || task === 'ws-warm' ? await workspaceIndexTask(arg, task === 'ws-warm', WORKER, () => peakRssMb().mb, cpuMs)
      : await activateTask();
    process.stdout.write(JSON.stringify(result) + '\n');
    process.exit(0);
  }
  const json = args.includes('--json');
  const workersArg = args.indexOf('--workers');
  if (workersArg >= 0) process.env.CLAIMLENS_BENCH_WORKERS = String(Number(args[workersArg + 1]) || '');
  const sizes5 = args.includes('--5mb');
  const log = (s: string) => {
    if (!json) process.stderr.write(s + '\n');
  };
  const started = new Date().toISOString();
  const loadBefore = os.loadavg();
  const workspaceOnly = args.includes('--workspace-only');
  const workspace = args.includes('--no-workspace') ? undefined : workspaceCase(log);
  if (workspaceOnly) {
    const out = { started, cores: os.availableParallelism ? os.availableParallelism() : os.cpus().length, load_avg_before: loadBefore.map((n) => round(n, 2)), load_avg_after: os.loadavg().map((n) => round(n, 2)), node: process.version, workspace };
    if (json) process.stdout.write(JSON.stringify(out, null, 2) + '\n');
    else printWorkspace(workspace!, out);
    return;
  }
  const sizes: Record<string, Record<string, unknown>> = {};
  for (const [label, bytes] of SIZES) {
    log(`${label}: plain compromise pass...`);
    const raw = child('raw', String(bytes));
    log(`${label}: ClaimLens through the pool...`);
    const pool = child('pool', String(bytes));
    sizes[label] = {
      ...raw,
      ...pool,
      first_ratio: (pool.first_ms as number) / (raw.raw_ms as number),
      edit_ratio: (pool.edit_ms as number) / (pool.first_ms as number),
      first_cpu_ratio: (pool.first_cpu_ms as number) / (raw.raw_cpu_ms as number),
      edit_cpu_ratio: (pool.edit_cpu_ms as number) / (pool.first_cpu_ms as number),
    };
  }
  if (sizes5) {
    log('5 MB: ClaimLens through the pool (no plain pass)...');
    const pool = child('pool', String(5 * 1024 * 1024));
    sizes['5 MB'] = {
      ...pool,
      raw_ms: null,
      raw_cpu_ms: null,
      raw_peak_rss_mb: null,
      first_ratio: null,
      first_cpu_ratio: null,
      edit_ratio: (pool.edit_ms as number) / (pool.first_ms as number),
      edit_cpu_ratio: (pool.edit_cpu_ms as number) / (pool.first_cpu_ms as number),
    };
  }
  log('activate()...');
  const activate = child('activate');
  const mb = sizes['1 MB'];
  const result = {
    started,
    cores: os.availableParallelism ? os.availableParallelism() : os.cpus().length,
    pool_workers: Number(process.env.CLAIMLENS_BENCH_WORKERS) || defaultMaxWorkers(),
    load_avg_before: loadBefore.map((n) => round(n, 2)),
    load_avg_after: os.loadavg().map((n) => round(n, 2)),
    node: process.version,
    first_ratio_1mb: mb.first_ratio,
    edit_ratio_1mb: mb.edit_ratio,
    first_cpu_ratio_1mb: mb.first_cpu_ratio,
    edit_cpu_ratio_1mb: mb.edit_cpu_ratio,
    hover_us_p99_1mb: mb.hover_us_p99,
    peak_rss_mb_1mb: mb.peak_rss_mb,
    activate_ms: activate.activate_ms,
    targets: { first_ratio_1mb: 1.0, edit_ratio_1mb: 0.05, hover_us_p99_1mb: 1000, peak_rss_mb_1mb: 250, activate_ms: 50, ...WORKSPACE_TARGETS },
    sizes,
    activate,
    workspace,
  };
  if (json) {
    process.stdout.write(JSON.stringify(result, null, 2) + '\n');
    return;
  }
  printTable(result, sizes, activate);
  if (workspace) printWorkspace(workspace, result);
}

const WORKSPACE_TARGETS = { workspace_first_ratio: 1.0, workspace_warm_ms: 2000, workspace_peak_rss_mb: 400, workspace_max_block_ms: 50 };

/** Generates the articles once, then the plain pass, the first indexing and the restart, each in its own process. */
function workspaceCase(log: (s: string) => void): Record<string, unknown> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'claimlens-bench-ws-'));
  try {
    log('workspace: generating 1,000 articles...');
    const generated = generateWorkspace(dir);
    log('workspace: plain compromise pass over every article...');
    const raw = child('ws-raw', dir);
    log('workspace: first indexing through the pool...');
    const first = child('ws-first', dir);
    log('workspace: indexing again after a restart, with the persistent cache...');
    const warm = child('ws-warm', dir);
    return {
      ...generated,
      ...raw,
      ...first,
      ...warm,
      workspace_first_ratio: (first.workspace_first_ms as number) / (raw.workspace_raw_ms as number),
      workspace_first_cpu_ratio: (first.workspace_first_cpu_ms as number) / (raw.workspace_raw_cpu_ms as number),
      targets: WORKSPACE_TARGETS,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function printWorkspace(w: Record<string, unknown>, result: Record<string, unknown>): void {
  const r = (k: string, d = 0) => String(round(w[k], d));
  const firstReport = w.workspace_first_report as { analysed: number; fromCache: number };
  const warmReport = w.workspace_warm_report as { analysed: number; fromCache: number };
  console.log('');
  console.log(`workspace: ${String(w.files)} articles, ${Math.round((w.bytes as number) / 1024)} KB, ${String(w.paragraphs)} paragraphs (${String(w.distinctParagraphs)} distinct)`);
  const rows: Array<[string, string, string]> = [
    ['workspace_raw_ms', r('workspace_raw_ms'), 'one plain compromise pass over every article (one thread)'],
    ['workspace_first_ms', r('workspace_first_ms'), `first indexing: ${String(w.workspace_first_workers)} worker threads, ${firstReport.analysed} analysed`],
    ['workspace_first_ratio', r('workspace_first_ratio', 2), 'first_ms / raw_ms (target <= 1.0)'],
    ['workspace_first_cpu_ratio', r('workspace_first_cpu_ratio', 2), 'CPU time, all threads, against the plain pass'],
    ['workspace_warm_ms', r('workspace_warm_ms'), `after a restart: ${warmReport.fromCache} from the persistent cache, ${warmReport.analysed} analysed (target <= 2000)`],
    ['workspace_first_max_block_ms', r('workspace_first_max_block_ms', 1), 'longest event-loop block of the host thread while indexing (target <= 50)'],
    ['workspace_warm_max_block_ms', r('workspace_warm_max_block_ms', 1), 'the same after the restart'],
    ['workspace_idle_max_block_ms', r('workspace_first_idle_max_block_ms', 1), 'the same thread idle for 2 s before indexing: the machine\'s own noise'],
    ['workspace_blocks_over_50ms', r('workspace_first_blocks_over_50ms'), 'event-loop delays over 50 ms while first indexing (of all the loop turns)'],
    ['workspace_first_peak_rss_mb', r('workspace_first_peak_rss_mb'), 'process + workers (target <= 400)'],
    ['workspace_warm_peak_rss_mb', r('workspace_warm_peak_rss_mb'), 'after the restart (no worker started)'],
    ['workspace_view_ms', r('workspace_warm_view_ms', 1), 'sources merged across all articles + their stats, in time slices (host thread)'],
    ['workspace_merge_at_once_ms', r('workspace_warm_merge_at_once_ms', 1), 'the same merge in one go, for comparison (the block slices avoid)'],
    ['workspace_cold_start_ms', r('workspace_cold_start_ms'), 'worker threads start and load compromise (once, not in first_ms)'],
  ];
  const width = Math.max(...rows.map((x) => x[0].length));
  const vwidth = Math.max(...rows.map((x) => x[1].length));
  for (const [name, value, meaning] of rows) console.log(`${name.padEnd(width)}  ${value.padStart(vwidth)}  ${meaning}`);
  console.log(`${String(w.workspace_sources)} sources, ${String(w.workspace_mentioned_only)} named but never quoted, ${String(w.workspace_claims)} claims; load average ${JSON.stringify(result.load_avg_before)} -> ${JSON.stringify(result.load_avg_after)}`);
}

function printTable(result: Record<string, unknown>, sizes: Record<string, Record<string, unknown>>, activate: Record<string, unknown>): void {
  const rows: Array<[string, string, (s: Record<string, unknown>) => unknown]> = [
    ['raw_ms', 'plain compromise pass (nlp + 4 views)', (s) => round(s.raw_ms, 0)],
    ['first_ms', 'ClaimLens first analysis, through the pool', (s) => round(s.first_ms, 0)],
    ['first_ratio', 'first_ms / raw_ms (target <= 1.0 at 1 MB)', (s) => round(s.first_ratio, 2)],
    ['edit_ms', 'after a one-word edit in one paragraph', (s) => round(s.edit_ms, 0)],
    ['edit_ratio', 'edit_ms / first_ms (target <= 0.05)', (s) => round(s.edit_ratio, 3)],
    ['raw_cpu_ms', 'CPU time (all threads) of the plain pass', (s) => round(s.raw_cpu_ms, 0)],
    ['first_cpu_ms', 'CPU time (all threads) of the first analysis', (s) => round(s.first_cpu_ms, 0)],
    ['first_cpu_ratio', 'first_cpu_ms / raw_cpu_ms', (s) => round(s.first_cpu_ratio, 2)],
    ['edit_cpu_ratio', 'edit CPU / first CPU', (s) => round(s.edit_cpu_ratio, 3)],
    ['edit_paragraphs', 'paragraphs re-analysed after the edit', (s) => (s.edit_stats as { analysed: number }).analysed],
    ['document_pass_ms', 'document pass (in the worker), after the edit', (s) => round((s.edit_stats as { documentPassMs: number }).documentPassMs, 0)],
    ['hover_us median', 'entity/claim lookup at an offset', (s) => round(s.hover_us_median, 2)],
    ['hover_us p99', '(target <= 1000)', (s) => round(s.hover_us_p99, 2)],
    ['main_busy_ms', 'main-thread busy time during first + edit', (s) => round(s.main_thread_busy_ms, 0)],
    ['main_block_ms', 'longest main-thread event-loop delay (load!)', (s) => round(s.main_thread_max_block_ms, 1)],
    ['part_ms', 'deserialise the largest result part (main)', (s) => round(s.part_deserialize_max_ms, 1)],
    ['clone_ms', 'deserialise the whole result in one go', (s) => round(s.clone_deserialize_ms, 1)],
    ['result_kb', 'size of the serialised result', (s) => round(s.result_kb, 0)],
    ['peak_rss_mb', 'process + workers, pool run (target <= 250)', (s) => round(s.peak_rss_mb, 0)],
    ['raw_peak_rss_mb', 'plain compromise pass, for comparison', (s) => round(s.raw_peak_rss_mb, 0)],
    ['cold_start_ms', 'worker start + compromise load (once)', (s) => round(s.cold_start_ms, 0)],
  ];
  const labels = Object.keys(sizes);
  const header = ['metric', ...labels, 'meaning'];
  const body = rows.map(([name, meaning, get]) => [name, ...labels.map((l) => String(get(sizes[l]))), meaning]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i > 0 && i <= labels.length ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of body) console.log(line(r));
  console.log('');
  console.log(`activate_ms ${round(activate.activate_ms, 1)} (require ${round(activate.activate_require_ms, 1)} + activate() ${round(activate.activate_call_ms, 1)}; target <= 50)` +
    `${activate.activate_error ? `, activate() threw: ${String(activate.activate_error)}` : ''}; dist/extension.js ${round(activate.extension_bundle_kb, 0)} KB, ` +
    `compromise in bundle: ${activate.extension_bundle_has_compromise}, loaded: ${activate.compromise_loaded_by_activate}`);
  console.log(`cores ${String(result.cores)}, pool workers ${String(result.pool_workers)}, load average ${JSON.stringify(result.load_avg_before)} -> ${JSON.stringify(result.load_avg_after)}, node ${String(result.node)}; peak RSS from ${String(sizes['1 MB'].peak_rss_source)}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
