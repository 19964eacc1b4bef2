// The analysis pool, as the extension host (or the CLI) sees it. Node only: worker_threads.
//
// This module is deliberately light: it imports no part of the analysis core at run time, so
// the extension host never loads compromise. All analysis state (per-document paragraph caches,
// the document pass, helper threads) lives in one coordinator worker (dist/worker.js); this side
// keeps only bookkeeping: which job is current for which key, and its promise.
import { Worker } from 'node:worker_threads';
import * as os from 'node:os';
import type { Analysis, AnalyzeOptions } from '../analysis/model';
import type { AnalysisStats, FromCoordinator, ToCoordinator, WorkerRole } from './protocol';

export type { AnalysisStats } from './protocol';

export class CancelledError extends Error {
  constructor(message = 'analysis cancelled') {
    super(message);
    this.name = 'CancelledError';
  }
}

export interface PoolOptions {
  /** Absolute path of the bundled worker script (dist/worker.js). */
  workerPath: string;
  /** Upper bound on worker threads (default: min(4, max(1, cpus - 1))). */
  maxWorkers?: number;
}

export interface AnalysisResult {
  analysis: Analysis;
  stats: AnalysisStats;
}

interface Job {
  key: string;
  message: Extract<ToCoordinator, { type: 'analyze' }>;
  resolve(result: AnalysisResult): void;
  reject(error: Error): void;
  /** Coordinator crashes this job has been through: a job that crashes twice is not retried. */
  crashes: number;
  /** A result arriving in parts (see protocol.ts), until its last part. */
  partial?: AnalysisResult;
}

const MAX_CRASHES_PER_JOB = 2;

export function defaultMaxWorkers(): number {
  const cpus = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.min(4, Math.max(1, cpus - 1));
}

export class AnalysisPool {
  private readonly workerPath: string;
  private readonly maxWorkers: number;
  private worker: Worker | undefined;
  private readonly jobs = new Map<number, Job>();
  private readonly currentJob = new Map<string, number>();
  private readonly crashListeners = new Set<(error: Error) => void>();
  private nextJob = 1;
  private disposed = false;

  constructor(options: PoolOptions) {
    this.workerPath = options.workerPath;
    this.maxWorkers = Math.max(1, Math.floor(options.maxWorkers ?? defaultMaxWorkers()));
  }

  /** Analyse one version of a document identified by `key` (e.g. its URI). A newer call with the
   *  same key cancels the older one, whose promise rejects with CancelledError. Paragraph results
   *  are cached per key, so re-analysis after an edit only re-runs changed paragraphs. */
  analyze(key: string, text: string, options?: AnalyzeOptions): Promise<Analysis> {
    return this.analyzeWithStats(key, text, options).then((r) => r.analysis);
  }

  /** Like analyze(), with counts and timings of what the coordinator did (benchmarks, tests). */
  analyzeWithStats(key: string, text: string, options: AnalyzeOptions = {}): Promise<AnalysisResult> {
    if (this.disposed) return Promise.reject(new Error('the analysis pool is disposed'));
    this.cancelCurrent(key);
    const id = this.nextJob++;
    const message: ToCoordinator = { type: 'analyze', job: id, key, text, options };
    const promise = new Promise<AnalysisResult>((resolve, reject) => {
      this.jobs.set(id, { key, message, resolve, reject, crashes: 0 });
    });
    this.currentJob.set(key, id);
    this.send(message, id);
    return promise;
  }

  /** Document closed: cancel its work and free its cache. */
  forget(key: string): void {
    this.cancelCurrent(key);
    this.currentJob.delete(key);
    // No worker means no cache to free; do not start one just to forget.
    if (this.worker) this.post({ type: 'forget', key });
  }

  /** Called when a worker crashed (it is restarted; pending work is retried or rejected). */
  onCrash(listener: (error: Error) => void): { dispose(): void } {
    this.crashListeners.add(listener);
    return { dispose: () => this.crashListeners.delete(listener) };
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const [id, job] of this.jobs) {
      this.jobs.delete(id);
      job.reject(new CancelledError('the analysis pool was disposed'));
    }
    this.currentJob.clear();
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
  }

  private cancelCurrent(key: string): void {
    const id = this.currentJob.get(key);
    if (id === undefined) return;
    const job = this.jobs.get(id);
    if (!job) return;
    this.jobs.delete(id);
    if (this.worker) this.post({ type: 'cancel', job: id });
    job.reject(new CancelledError());
    this.updateRef();
  }

  private send(message: ToCoordinator, id: number): void {
    try {
      this.post(message);
    } catch (err) {
      // e.g. options that cannot be cloned: fail this call, not the pool
      const job = this.jobs.get(id);
      this.jobs.delete(id);
      job?.reject(err instanceof Error ? err : new Error(String(err)));
    }
    this.updateRef();
  }

  private post(message: ToCoordinator): void {
    this.ensureWorker().postMessage(message);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const workerData: WorkerRole = { role: 'coordinator', maxWorkers: this.maxWorkers, workerPath: this.workerPath };
    const worker = new Worker(this.workerPath, { workerData });
    worker.on('message', (msg: FromCoordinator) => this.onMessage(msg));
    worker.on('error', (err) => this.crashed(worker, err));
    worker.on('exit', (code) => this.crashed(worker, new Error(`the analysis worker exited (code ${code})`)));
    this.worker = worker;
    return worker;
  }

  private onMessage(msg: FromCoordinator): void {
    if (msg.type === 'crash') {
      this.notifyCrash(new Error(msg.message));
      return;
    }
    const job = this.jobs.get(msg.job);
    if (!job) return; // cancelled meanwhile
    if (msg.type === 'result' || msg.type === 'part') {
      if (msg.type === 'result') {
        job.partial = { analysis: msg.analysis, stats: msg.stats };
      } else if (job.partial) {
        // push in a loop: spreading thousands of items as call arguments can overflow the stack
        for (const e of msg.entities) job.partial.analysis.entities.push(e);
        for (const c of msg.claims) job.partial.analysis.claims.push(c);
      }
      if (msg.more) {
        // Asking for the next part lets the host's other events run between two parts.
        this.post({ type: 'next', job: msg.job });
        return;
      }
    }
    this.jobs.delete(msg.job);
    if (this.currentJob.get(job.key) === msg.job) this.currentJob.delete(job.key);
    if (msg.type === 'failed') job.reject(new Error(msg.message));
    else if (job.partial) job.resolve(job.partial);
    else job.reject(new Error('a result part arrived before its result'));
    this.updateRef();
  }

  private crashed(worker: Worker, error: Error): void {
    // 'error' is followed by 'exit': handle each worker's death once, and never a disposed pool's.
    if (this.worker !== worker || this.disposed) return;
    this.worker = undefined;
    this.notifyCrash(error);
    // The replacement starts with empty caches: resend every job still waiting.
    for (const [id, job] of [...this.jobs]) {
      job.crashes++;
      job.partial = undefined;
      if (job.crashes >= MAX_CRASHES_PER_JOB) {
        this.jobs.delete(id);
        if (this.currentJob.get(job.key) === id) this.currentJob.delete(job.key);
        job.reject(new Error(`the analysis worker crashed: ${error.message}`));
      } else {
        this.send(job.message, id);
      }
    }
    this.updateRef();
  }

  private notifyCrash(error: Error): void {
    for (const listener of [...this.crashListeners]) {
      try {
        listener(error);
      } catch {
        // a listener's failure must not stop the others or the pool
      }
    }
  }

  /** An idle pool must not keep a CLI process alive. */
  private updateRef(): void {
    if (!this.worker) return;
    if (this.jobs.size > 0) this.worker.ref();
    else this.worker.unref();
  }
}
