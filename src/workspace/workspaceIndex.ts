// The workspace index: every article of a workspace analysed, kept current, and summarised across
// articles. No vscode here: the host (src/extension/workspace/ in VS Code, the benchmark in plain
// Node) lists and reads files and runs the analysis; this class decides what to analyse, in what
// order, what the persistent cache already knows, and what changed.
import type { Analysis } from '../analysis/model';
import { isClaimLensExport } from '../analysis/output/exportMarker';
import type { Stats } from '../analysis/output/stats';
import { lineStarts } from '../analysis/text/text';
import { PersistentCache } from './persistentCache';
import { runSliced } from '../analysis/output/steps';
import { articleRecord, buildWorkspaceView, workspaceViewSteps, type ArticleRecord, type WorkspaceSources, type WorkspaceView } from './workspaceSources';

export interface ArticleRef {
  /** Identity of the file (a URI string in VS Code). */
  uri: string;
  /** Workspace-relative, `/`-separated: what views and stats show. */
  path: string;
  languageId: string;
}

/** Thrown by a host's read() for a file that is not to be indexed (too large): counted as skipped. */
export class SkippedFile extends Error {}

export interface IndexHost {
  /** Every article file of the workspace (already filtered by the include/exclude globs). */
  list(): Promise<ArticleRef[]>;
  /** The article's text: an open document's unsaved text, else the file. Throws when unreadable. */
  read(ref: ArticleRef): Promise<string>;
  analyze(key: string, text: string, languageId: string): Promise<Analysis>;
  /** The analysis of `key` is done: the pool may free what it kept for it. */
  forget(key: string): void;
  /**
   * The article's reviewed analysis (verdicts, corrections), when the host knows reviews. The
   * cache keeps the raw analysis: a review changes apart from the text.
   */
  review?(ref: ArticleRef, text: string, raw: Analysis): Promise<Analysis>;
}

export interface IndexOptions {
  cache?: PersistentCache;
  /** Articles read and analysed at a time (default 8: enough to keep every worker thread busy). */
  concurrency?: number;
  /** Files larger than this many UTF-16 code units are left out (default 5 MB, as the editor's default). */
  maxChars?: number;
}

export interface IndexedArticle extends ArticleRef {
  hash: string;
  /** Reviewed (what the views show); `raw` is the analysis before the review. */
  analysis: Analysis;
  raw: Analysis;
  lineStarts: number[];
  /** Its numbers and sources for the workspace view, computed once per analysis. */
  record: ArticleRecord;
}

/** What one build or update did: counts, not times, so tests can assert on them. */
export interface IndexCounters {
  /** Articles whose analysis ran in this session. */
  analysed: number;
  /** Articles whose analysis came from the persistent cache. */
  fromCache: number;
  /** Articles whose text had not changed since they were indexed (nothing to do). */
  unchanged: number;
  /** ClaimLens's own exported reports and files over the size limit: not articles. */
  skipped: number;
  failed: number;
}

export interface BuildReport extends IndexCounters {
  articles: number;
  cancelled: boolean;
  /** Files that could not be read or analysed, with the reason. */
  problems: Array<{ path: string; message: string }>;
}

export interface Cancellation {
  readonly isCancellationRequested: boolean;
}

type Outcome = 'analysed' | 'fromCache' | 'unchanged' | 'skipped' | 'failed';

export class WorkspaceIndex {
  readonly counters: IndexCounters = { analysed: 0, fromCache: 0, unchanged: 0, skipped: 0, failed: 0 };
  private readonly items = new Map<string, IndexedArticle>();
  private readonly listeners = new Set<() => void>();
  private readonly concurrency: number;
  private readonly maxChars: number;
  /** Bumped on every change; derived views are memoised per generation. */
  private generation = 0;
  private memo: { generation: number; view?: WorkspaceView } = { generation: -1 };
  private pending: { generation: number; promise: Promise<WorkspaceView> } | undefined;
  /** Latest request per file: an older read or analysis that finishes late is dropped. */
  private readonly requests = new Map<string, number>();
  private nextRequest = 1;
  /** A full build is running: it trims the cache once at its end. */
  private building = false;

  constructor(
    private readonly host: IndexHost,
    private readonly options: IndexOptions = {},
  ) {
    this.concurrency = Math.max(1, options.concurrency ?? 8);
    this.maxChars = options.maxChars ?? 5 * 1024 * 1024;
  }

  /** Called after any change of the indexed articles. */
  onDidChange(listener: () => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  get size(): number {
    return this.items.size;
  }

  get(uri: string): IndexedArticle | undefined {
    return this.items.get(uri);
  }

  /** By path. */
  articles(): IndexedArticle[] {
    return [...this.items.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  /** Sources merged across articles, with their claims per article (memoised until the next change). */
  sources(): WorkspaceSources {
    return this.view().sources;
  }

  /** claimlens-stats/1 of the workspace, from the same merge as sources(). */
  stats(): Stats {
    return this.view().stats;
  }

  private view(): WorkspaceView {
    if (this.memo.generation !== this.generation) this.memo = { generation: this.generation };
    return (this.memo.view ??= buildWorkspaceView(this.articles().map((a) => a.record)));
  }

  /**
   * The same view, computed in slices of a few milliseconds so the caller's thread (the extension
   * host) keeps serving the editor while thousands of articles are merged. Memoised per change;
   * calls during one computation share it.
   */
  viewAsync(): Promise<WorkspaceView> {
    const generation = this.generation;
    if (this.memo.generation === generation && this.memo.view) return Promise.resolve(this.memo.view);
    if (this.pending?.generation === generation) return this.pending.promise;
    const promise = runSliced(workspaceViewSteps(this.articles().map((a) => a.record))).then((view) => {
      if (this.generation === generation) this.memo = { generation, view };
      if (this.pending?.generation === generation) this.pending = undefined;
      return view;
    });
    this.pending = { generation, promise };
    return promise;
  }

  /**
   * Indexes every article the host lists: unchanged ones are kept, the others come from the
   * persistent cache or are analysed. Files no longer listed are dropped.
   */
  async build(onProgress?: (done: number, total: number) => void, cancel?: Cancellation): Promise<BuildReport> {
    const refs = await this.host.list();
    const listed = new Set(refs.map((r) => r.uri));
    for (const uri of [...this.items.keys()]) if (!listed.has(uri)) this.drop(uri);
    const report: BuildReport = { articles: 0, cancelled: false, problems: [], analysed: 0, fromCache: 0, unchanged: 0, skipped: 0, failed: 0 };
    let next = 0;
    let done = 0;
    const worker = async () => {
      while (next < refs.length) {
        if (cancel?.isCancellationRequested) {
          report.cancelled = true;
          return;
        }
        const ref = refs[next++];
        const outcome = await this.index(ref, undefined, (message) => report.problems.push({ path: ref.path, message }));
        report[outcome]++;
        onProgress?.(++done, refs.length);
      }
    };
    this.building = true;
    try {
      await Promise.all(Array.from({ length: Math.min(this.concurrency, Math.max(1, refs.length)) }, worker));
    } finally {
      this.building = false;
    }
    if (this.options.cache?.needsTrim) await this.options.cache.trim();
    report.articles = this.items.size;
    return report;
  }

  /** (Re-)indexes one file: after a change on disk, or with `text`, an open document's unsaved text. */
  async update(ref: ArticleRef, text?: string): Promise<Outcome> {
    return this.index(ref, text, () => undefined);
  }

  /** The article's review changed: it is reviewed again (analysed again only if its text changed too). */
  async reviewChanged(uri: string): Promise<void> {
    const item = this.items.get(uri);
    if (item && this.host.review) await this.index(item, undefined, () => undefined, true);
  }

  /** An analysis already made elsewhere (the editor analyses open articles): taken as it is. */
  accept(ref: ArticleRef, text: string, raw: Analysis, reviewed: Analysis = raw): void {
    if (isClaimLensExport(text)) return this.drop(ref.uri);
    const hash = PersistentCache.keyOf(text, ref.languageId);
    this.requests.set(ref.uri, this.nextRequest++);
    const item = this.items.get(ref.uri);
    if (item?.hash === hash && item.analysis === reviewed) return;
    this.setItem(ref, hash, lineStarts(text), raw, reviewed);
    if (item?.hash === hash) return;
    // every version the editor analyses is kept (the saved one is what a reload needs); trimmed as it grows
    const cache = this.options.cache;
    void cache?.set(hash, raw).then(() => cache.maybeTrim(), () => undefined);
  }

  remove(uri: string): void {
    this.requests.set(uri, this.nextRequest++);
    this.drop(uri);
  }

  clear(): void {
    this.items.clear();
    this.changed();
  }

  private async index(ref: ArticleRef, given: string | undefined, problem: (message: string) => void, reReview = false): Promise<Outcome> {
    const request = this.nextRequest++;
    this.requests.set(ref.uri, request);
    const stale = () => this.requests.get(ref.uri) !== request;
    let text: string;
    try {
      text = given ?? (await this.host.read(ref));
    } catch (err) {
      if (!stale()) this.drop(ref.uri);
      if (err instanceof SkippedFile) return this.count('skipped');
      problem(messageOf(err));
      return this.count('failed');
    }
    if (stale()) return this.count('unchanged');
    if (text.length > this.maxChars || isClaimLensExport(text)) {
      this.drop(ref.uri);
      return this.count('skipped');
    }
    const hash = PersistentCache.keyOf(text, ref.languageId);
    const known = this.items.get(ref.uri);
    if (known?.hash === hash) {
      if (reReview) await this.put(ref, hash, text, known.raw, stale);
      return this.count('unchanged');
    }
    const cached = await this.options.cache?.get(hash).catch(() => undefined);
    if (stale()) return this.count('unchanged');
    if (cached) {
      await this.put(ref, hash, text, cached, stale);
      return this.count('fromCache');
    }
    return this.analyse(ref, text, hash, stale, problem);
  }

  private async analyse(ref: ArticleRef, text: string, hash: string, stale: () => boolean, problem: (message: string) => void): Promise<Outcome> {
    const key = `index:${ref.uri}`;
    let analysis: Analysis;
    try {
      analysis = await this.host.analyze(key, text, ref.languageId);
    } catch (err) {
      if (stale()) return this.count('unchanged');
      problem(messageOf(err));
      return this.count('failed');
    } finally {
      this.host.forget(key);
    }
    await this.options.cache?.set(hash, analysis).catch(() => undefined);
    if (!this.building) this.options.cache?.maybeTrim();
    if (stale()) return this.count('unchanged');
    await this.put(ref, hash, text, analysis, stale);
    return this.count('analysed');
  }

  /** A raw analysis of `text`: reviewed (when the host has reviews), then indexed unless a newer request came. */
  private async put(ref: ArticleRef, hash: string, text: string, raw: Analysis, stale: () => boolean): Promise<void> {
    const reviewed = this.host.review ? await this.host.review(ref, text, raw).catch(() => raw) : raw;
    if (!stale()) this.setItem(ref, hash, lineStarts(text), raw, reviewed);
  }

  private setItem(ref: ArticleRef, hash: string, starts: number[], raw: Analysis, analysis: Analysis): void {
    const record = articleRecord({ uri: ref.uri, path: ref.path, analysis });
    this.items.set(ref.uri, { uri: ref.uri, path: ref.path, languageId: ref.languageId, hash, analysis, raw, lineStarts: starts, record });
    this.changed();
  }

  private drop(uri: string): void {
    if (this.items.delete(uri)) this.changed();
  }

  private count(outcome: Outcome): Outcome {
    this.counters[outcome]++;
    return outcome;
  }

  private changed(): void {
    this.generation++;
    for (const l of [...this.listeners]) {
      try {
        l();
      } catch {
        // a listener's failure must not stop the index
      }
    }
  }
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
