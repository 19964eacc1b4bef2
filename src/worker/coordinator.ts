// The coordinator worker: owns the per-document paragraph caches, splits each job's first pass
// into batches of paragraphs, runs them on itself and on helper workers, then runs the document
// pass and posts the Analysis back. Batches are small (a few KB of text), so a cancellation or a
// newer version of the same document takes effect within one batch.
import { Worker } from 'node:worker_threads';
import type { Analysis, AnalyzeOptions } from '../analysis/model';
import type { ParagraphFacts } from '../analysis/facts';
import { LruCache } from '../analysis/cache';
import { analyzeParagraphs, batchTexts, finishDocument, planFirstPass, prepareDocument, type FirstPassPlan, type PreparedDocument } from '../analysis/analyze';
import type { AnalysisStats, FromCoordinator, FromHelper, ToCoordinator, ToHelper, WorkerRole } from './protocol';

/** Below this much pending text (and with one document waiting), helpers are not worth their start-up. */
const HELPER_MIN_CHARS = 48_000;
/** Documents whose caches are kept, and each cache's bounds. */
const MAX_DOCUMENTS = 16;
const MAX_PARAGRAPHS_PER_DOCUMENT = 50_000;
const MAX_CHARS_PER_DOCUMENT = 12_000_000;
/** Rough serialised size of one part of a result sent to the pool (see protocol.ts). */
const PART_BYTES = 192 * 1024;

interface Job {
  id: number;
  key: string;
  doc: PreparedDocument;
  plan: FirstPassPlan;
  cache: LruCache<ParagraphFacts>;
  cancelled: boolean;
  batchesLeft: number;
  executors: Set<Executor>;
  stats: AnalysisStats;
  firstPassStart: number;
}

interface Batch {
  id: number;
  job: Job;
  texts: string[];
  attempts: number;
}

interface Executor {
  readonly name: string;
  busy: boolean;
  run(batch: Batch): void;
}

export class Coordinator {
  private readonly caches = new LruCache<LruCache<ParagraphFacts>>({ maxEntries: MAX_DOCUMENTS });
  private readonly jobs = new Map<number, Job>();
  /** Batches waiting, per job. */
  private readonly queues = new Map<Job, Batch[]>();
  private readonly executors: Executor[] = [];
  /** Results being handed over part by part, by job. */
  private readonly deliveries = new Map<number, Array<{ entities: Analysis['entities']; claims: Analysis['claims'] }>>();
  private nextBatch = 1;

  constructor(
    private readonly role: Extract<WorkerRole, { role: 'coordinator' }>,
    private readonly postToPool: (msg: FromCoordinator) => void,
  ) {
    this.executors.push(new InlineExecutor(this));
  }

  handle(msg: ToCoordinator): void {
    switch (msg.type) {
      case 'analyze':
        this.start(msg.job, msg.key, msg.text, msg.options);
        break;
      case 'cancel':
        this.cancel(msg.job);
        this.deliveries.delete(msg.job);
        break;
      case 'next':
        this.sendNextPart(msg.job);
        break;
      case 'forget':
        for (const job of this.jobs.values()) if (job.key === msg.key) this.cancel(job.id);
        this.caches.delete(msg.key);
        break;
    }
  }

  private cacheFor(key: string): LruCache<ParagraphFacts> {
    let cache = this.caches.get(key);
    if (!cache) {
      cache = new LruCache<ParagraphFacts>({ maxEntries: MAX_PARAGRAPHS_PER_DOCUMENT, maxKeyChars: MAX_CHARS_PER_DOCUMENT });
      this.caches.set(key, cache);
    }
    return cache;
  }

  private start(id: number, key: string, text: string, options: AnalyzeOptions): void {
    const t0 = performance.now();
    let doc: PreparedDocument;
    let plan: FirstPassPlan;
    const cache = this.cacheFor(key);
    try {
      doc = prepareDocument(text, options);
      plan = planFirstPass(doc, cache);
    } catch (err) {
      this.postToPool({ type: 'failed', job: id, message: messageOf(err) });
      return;
    }
    const t1 = performance.now();
    const job: Job = {
      id,
      key,
      doc,
      plan,
      cache,
      cancelled: false,
      batchesLeft: 0,
      executors: new Set(),
      stats: {
        paragraphs: doc.paragraphs.length,
        analysed: plan.pending.length,
        cached: doc.paragraphs.length - plan.pending.length,
        workers: 0,
        prepareMs: t1 - t0,
        firstPassMs: 0,
        documentPassMs: 0,
      },
      firstPassStart: t1,
    };
    this.jobs.set(id, job);
    const batches = this.batchesOf(job);
    job.batchesLeft = batches.length;
    if (batches.length === 0) {
      this.finish(job);
      return;
    }
    this.queues.set(job, batches);
    if (this.wantsHelpers()) this.ensureHelpers();
    this.pump();
  }

  /**
   * Helpers pay for their start-up (loading compromise) with a long document, or with several
   * documents waiting at once (a folder on the command line, a workspace being indexed).
   */
  private wantsHelpers(): boolean {
    if (this.queues.size >= 2) return true;
    let chars = 0;
    for (const batches of this.queues.values()) for (const b of batches) for (const t of b.texts) chars += t.length;
    return chars >= HELPER_MIN_CHARS;
  }

  private batchesOf(job: Job): Batch[] {
    return batchTexts(job.plan.pending).map((texts) => ({ id: this.nextBatch++, job, texts, attempts: 0 }));
  }

  private cancel(id: number): void {
    const job = this.jobs.get(id);
    if (!job) return;
    job.cancelled = true;
    this.jobs.delete(id);
    this.queues.delete(job);
  }

  /** Hands queued batches to idle executors; batches of cancelled jobs are dropped here. */
  pump(): void {
    for (const executor of this.executors) {
      if (executor.busy) continue;
      const batch = this.nextLiveBatch();
      if (!batch) return;
      batch.job.executors.add(executor);
      executor.busy = true;
      executor.run(batch);
    }
  }

  /**
   * The next batch of the job with the least work left: a small document or an edit of a cached
   * one is not stuck behind the first pass of a long article.
   */
  private nextLiveBatch(): Batch | undefined {
    for (;;) {
      let best: Job | undefined;
      for (const [job, batches] of this.queues) {
        if (job.cancelled || batches.length === 0) {
          this.queues.delete(job);
          continue;
        }
        if (!best || job.batchesLeft < best.batchesLeft) best = job;
      }
      if (!best) return undefined;
      const queue = this.queues.get(best)!;
      const batch = queue.shift()!;
      if (queue.length === 0) this.queues.delete(best);
      // An earlier (cancelled) version may have finished these paragraphs meanwhile.
      batch.texts = batch.texts.filter((t) => {
        const facts = batch.job.cache.get(t);
        if (facts) {
          batch.job.plan.known.set(t, facts);
          // finished meanwhile by a cancelled version: not this job's work after all
          batch.job.stats.analysed--;
          batch.job.stats.cached++;
        }
        return !facts;
      });
      if (batch.texts.length) return batch;
      this.batchDone(batch);
    }
  }

  /** An executor finished a batch (facts in the order of batch.texts). */
  completed(executor: Executor, batch: Batch, facts: ParagraphFacts[]): void {
    executor.busy = false;
    // Facts stay valid when the job was cancelled: the next version of the document needs most of them.
    batch.texts.forEach((t, i) => batch.job.cache.set(t, facts[i]));
    if (!batch.job.cancelled) {
      batch.texts.forEach((t, i) => batch.job.plan.known.set(t, facts[i]));
      this.batchDone(batch);
    }
    this.pump();
  }

  /** An executor failed a batch: analysis threw (the job fails) or a helper died (retry once). */
  failed(executor: Executor, batch: Batch, message: string, crashed: boolean): void {
    executor.busy = false;
    if (crashed) this.postToPool({ type: 'crash', message });
    if (crashed && batch.attempts === 0 && !batch.job.cancelled) {
      batch.attempts++;
      const queue = this.queues.get(batch.job);
      if (queue) queue.unshift(batch);
      else this.queues.set(batch.job, [batch]);
    } else if (!batch.job.cancelled) {
      this.cancel(batch.job.id);
      this.postToPool({ type: 'failed', job: batch.job.id, message });
    }
    this.pump();
  }

  private sendNextPart(id: number): void {
    const parts = this.deliveries.get(id);
    const part = parts?.shift();
    if (!parts || !part) return;
    if (parts.length === 0) this.deliveries.delete(id);
    this.postToPool({ type: 'part', job: id, ...part, more: parts.length > 0 });
  }

  /** A helper died while idle: nothing to retry, but the pool's onCrash listeners hear of it. */
  reportCrash(message: string): void {
    this.postToPool({ type: 'crash', message });
  }

  private batchDone(batch: Batch): void {
    const job = batch.job;
    job.batchesLeft--;
    if (job.batchesLeft === 0 && !job.cancelled) this.finish(job);
  }

  private finish(job: Job): void {
    this.jobs.delete(job.id);
    const t0 = performance.now();
    job.stats.firstPassMs = t0 - job.firstPassStart;
    job.stats.workers = job.executors.size;
    try {
      const analysis = finishDocument(job.doc, (t) => job.plan.known.get(t));
      job.stats.documentPassMs = performance.now() - t0;
      const [first, ...rest] = splitResult(analysis);
      if (rest.length) this.deliveries.set(job.id, rest);
      this.postToPool({ type: 'result', job: job.id, analysis: { ...analysis, ...first }, stats: job.stats, more: rest.length > 0 });
      // One part ahead of the pool's requests: it deserialises one while this thread serialises the next.
      this.sendNextPart(job.id);
    } catch (err) {
      this.postToPool({ type: 'failed', job: job.id, message: messageOf(err) });
    }
  }

  private ensureHelpers(): void {
    const wanted = this.role.maxWorkers - 1; // the coordinator itself is one of the workers
    let helpers = this.executors.length - 1;
    while (helpers < wanted) {
      this.executors.push(new HelperExecutor(this, this.role.workerPath, helpers + 1));
      helpers++;
    }
  }
}

/** Runs batches on the coordinator's own thread, one per macrotask so messages get through. */
class InlineExecutor implements Executor {
  readonly name = 'coordinator';
  busy = false;

  constructor(private readonly owner: Coordinator) {}

  run(batch: Batch): void {
    setImmediate(() => {
      if (batch.job.cancelled) {
        this.busy = false;
        this.owner.pump();
        return;
      }
      let facts: ParagraphFacts[];
      try {
        facts = analyzeParagraphs(batch.texts);
      } catch (err) {
        this.owner.failed(this, batch, messageOf(err), false);
        return;
      }
      this.owner.completed(this, batch, facts);
    });
  }
}

/** A helper thread running batches; restarted when it dies. */
class HelperExecutor implements Executor {
  readonly name: string;
  busy = false;
  private worker: Worker | undefined;
  private current: Batch | undefined;

  constructor(
    private readonly owner: Coordinator,
    private readonly workerPath: string,
    index: number,
  ) {
    this.name = `helper ${index}`;
    this.start();
  }

  run(batch: Batch): void {
    this.current = batch;
    const worker = this.start();
    const msg: ToHelper = { type: 'paragraphs', batch: batch.id, texts: batch.texts };
    worker.postMessage(msg);
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const workerData: WorkerRole = { role: 'helper' };
    const worker = new Worker(this.workerPath, { workerData });
    worker.on('message', (msg: FromHelper) => {
      const batch = this.current;
      if (!batch || msg.batch !== batch.id) return;
      this.current = undefined;
      if (msg.type === 'facts') this.owner.completed(this, batch, msg.facts);
      else this.owner.failed(this, batch, msg.message, false);
    });
    const died = (error: Error) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      const batch = this.current;
      this.current = undefined;
      const message = `${this.name} crashed: ${error.message}`;
      if (batch) this.owner.failed(this, batch, message, true);
      else this.owner.reportCrash(message);
    };
    worker.on('error', died);
    worker.on('exit', (code) => died(new Error(`exited (code ${code})`)));
    // Idle helpers must not keep the coordinator's thread alive on their own.
    worker.unref();
    this.worker = worker;
    return worker;
  }
}

/** Cuts a result into parts of about PART_BYTES (estimated), entities first, order kept. */
export function splitResult(analysis: Analysis, partBytes = PART_BYTES): Array<{ entities: Analysis['entities']; claims: Analysis['claims'] }> {
  const parts: Array<{ entities: Analysis['entities']; claims: Analysis['claims'] }> = [];
  let part: (typeof parts)[number] = { entities: [], claims: [] };
  let bytes = 0;
  const add = (size: number) => {
    if (bytes > 0 && bytes + size > partBytes) {
      parts.push(part);
      part = { entities: [], claims: [] };
      bytes = 0;
    }
    bytes += size;
  };
  for (const e of analysis.entities) {
    add(80 + 2 * (e.name.length + e.id.length) + 2 * e.aliases.concat(e.roles).join('').length + 24 * e.mentions.length);
    part.entities.push(e);
  }
  for (const c of analysis.claims) {
    add(160 + 2 * (c.text.length + (c.source?.name.length ?? 0) + (c.cue?.text.length ?? 0)));
    part.claims.push(c);
  }
  parts.push(part);
  return parts;
}

export function messageOf(err: unknown): string {
  return err instanceof Error ? err.stack ?? err.message : String(err);
}
