// The one document service: every view reads the analysis of a document from here and listens to
// one event. It decides which documents are articles, debounces edits, keeps the latest analysis
// per document version, runs the analysis off the main thread (through an AnalysisBackend, the
// worker pool in production) and frees everything when a document closes.
import * as vscode from 'vscode';
import type { Analysis, AnalyzeOptions } from '../analysis/model';
import { isClaimLensExport } from '../analysis/output/exportMarker';
import { AnalysisLookup } from '../analysis/output/lookup';
import { applyReview, type ReviewApplication } from '../analysis/review/apply';
import { isReviewFilePath, type ReviewFile } from '../analysis/review/model';
import { type ClaimLensConfig, readConfig } from './config';

/** What the service needs from the worker pool (src/worker/pool.ts implements it). */
export interface AnalysisBackend {
  analyze(key: string, text: string, options?: AnalyzeOptions): Promise<Analysis>;
  forget(key: string): void;
  onCrash(listener: (error: Error) => void): { dispose(): void };
  dispose(): void;
}

/** `report`: one of ClaimLens's own exported reports (first-line marker), never analysed as an article. */
export type DocumentStateKind = 'idle' | 'analysing' | 'ready' | 'too-large' | 'error' | 'unsupported' | 'report';

/** Why a marked report is not analysed (status bar, views). */
export const REPORT_DETAIL = 'a ClaimLens report (its first line marks it), not an article';

export interface DocumentState {
  kind: DocumentStateKind;
  /** Human-readable detail: the error, the size, or why a document is unsupported. */
  detail?: string;
}

/** Where the service gets a document's review (src/extension/review/reviewStore.ts implements it). */
export interface ReviewSource {
  /** The review as held now, loading it on first ask; undefined when there is none (or it is broken). */
  load(uri: vscode.Uri): Promise<ReviewFile | undefined>;
  /** The review as held now, without loading. */
  current(uri: vscode.Uri): ReviewFile | undefined;
  /** A document's review changed (edited, or read again from disk). */
  readonly onDidChange: vscode.Event<vscode.Uri>;
}

/** One finished analysis and what it was computed from. */
export interface AnalysisSnapshot {
  /** The reviewed analysis: what every view reads (the raw one when there is no review). */
  analysis: Analysis;
  /** The worker's analysis, before the review. */
  raw: Analysis;
  /** How the review applied: hidden claims, ignored names, items per claim and entity, orphans. */
  review: ReviewApplication;
  /** The text the analysis describes (the document's text at `version`). */
  text: string;
  /** Shared lookup tables for hovers/navigation, built once per analysis. */
  lookup: AnalysisLookup;
  /** The document version the analysis describes (offsets are into that version's text). */
  version: number;
  /** Wall time of the request, as seen by the extension host. */
  durationMs: number;
}

export interface DocumentServiceOptions {
  /** Creates the backend on first use, so activation costs nothing until an article is opened. */
  createBackend: () => AnalysisBackend;
  log: vscode.LogOutputChannel;
  /** Settings reader (tests may pin settings). */
  config?: () => ClaimLensConfig;
  /** Reviews applied on top of each analysis (none: the raw analysis is shown). */
  reviews?: ReviewSource;
}

interface Entry {
  uri: vscode.Uri;
  key: string;
  snapshot?: AnalysisSnapshot;
  state: DocumentState;
  /** Bumped on every request; a result from an older request is dropped. */
  generation: number;
  timer?: ReturnType<typeof setTimeout>;
  /** The in-flight request and the version it analyses. */
  running?: { version: number; promise: Promise<Analysis | undefined> };
  /** The user chose "Analyse Anyway": keep analysing this document past the size limit until it closes. */
  forced: boolean;
  /** The version that was skipped (too large) or failed: asking again for it returns at once. */
  settledVersion?: number;
}

/**
 * URI schemes that are never articles even when their language is plaintext/markdown: output and
 * log panes, the old side of diffs, notebook and chat cells, comment boxes, the SCM input.
 */
const NON_ARTICLE_SCHEMES = new Set([
  'output',
  'debug',
  'git',
  'gitfs',
  'vscode-scm',
  'comment',
  'vscode-settings',
  'vscode-notebook-cell',
  'vscode-interactive-input',
  'vscode-chat-code-block',
  'chat-editing-text-model',
  'walkThroughSnippet',
]);

export class DocumentService implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  /** One event for every view: a document's analysis or state changed. */
  readonly onDidChange: vscode.Event<vscode.Uri> = this.emitter.event;
  readonly log: vscode.LogOutputChannel;

  private readonly entries = new Map<string, Entry>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly createBackend: () => AnalysisBackend;
  private readonly readConfig: () => ClaimLensConfig;
  private readonly reviews: ReviewSource | undefined;
  private backend: AnalysisBackend | undefined;
  private config: ClaimLensConfig;
  private disposed = false;

  constructor(options: DocumentServiceOptions) {
    this.log = options.log;
    this.createBackend = options.createBackend;
    this.readConfig = options.config ?? (() => readConfig());
    this.config = this.readConfig();
    this.reviews = options.reviews;
    this.disposables.push(
      this.emitter,
      vscode.workspace.onDidOpenTextDocument((doc) => this.schedule(doc, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0) this.schedule(e.document, this.config.debounceMs);
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => this.close(doc.uri)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('claimlens')) this.configChanged();
      }),
    );
    if (this.reviews) this.disposables.push(this.reviews.onDidChange((uri) => this.reviewChanged(uri)));
    for (const doc of vscode.workspace.textDocuments) this.schedule(doc, 0);
  }

  /** Current settings, as the service last read them. */
  get settings(): ClaimLensConfig {
    return this.config;
  }

  isArticle(doc: vscode.TextDocument): boolean {
    // ClaimLens's own review files are data, whatever language a user maps them to.
    return !NON_ARTICLE_SCHEMES.has(doc.uri.scheme) && this.config.languages.includes(doc.languageId) && !isReviewFilePath(doc.uri.path);
  }

  /** Latest finished analysis (may describe an older version while a re-analysis is pending). */
  get(doc: vscode.TextDocument): Analysis | undefined {
    return this.entries.get(doc.uri.toString())?.snapshot?.analysis;
  }

  /** Latest finished analysis with its version and lookup tables. */
  snapshot(doc: vscode.TextDocument | vscode.Uri): AnalysisSnapshot | undefined {
    const uri = doc instanceof vscode.Uri ? doc : doc.uri;
    return this.entries.get(uri.toString())?.snapshot;
  }

  /**
   * A snapshot that matches the document's current text: the cached one when it is current,
   * otherwise the analysis is run now (skipping the debounce). Undefined when the document is not
   * analysed (not an article, too large, failed).
   */
  async current(doc: vscode.TextDocument): Promise<AnalysisSnapshot | undefined> {
    const snap = this.snapshot(doc);
    if (snap && snap.version === doc.version) return snap;
    await this.ensure(doc);
    const after = this.snapshot(doc);
    return after && after.version === doc.version ? after : undefined;
  }

  /**
   * Analyse now (no debounce) unless the current version is already analysed or being analysed.
   * `force`: past the size limit and for any language (sticky until the document closes);
   * `refresh`: run again even when the current version is cached.
   */
  ensure(doc: vscode.TextDocument, opts: { force?: boolean; refresh?: boolean } = {}): Promise<Analysis | undefined> {
    if (this.disposed || doc.isClosed) return Promise.resolve(undefined);
    const force = opts.force === true;
    const existing = this.entries.get(doc.uri.toString());
    if (!force && !this.isArticle(doc) && !existing?.forced) {
      if (existing) this.setState(existing, { kind: 'unsupported', detail: `language "${doc.languageId}" is not in claimlens.languages` });
      return Promise.resolve(undefined);
    }
    const entry = this.entry(doc);
    if (force) entry.forced = true;
    const again = force || opts.refresh === true;
    if (entry.snapshot?.version === doc.version && !again) return Promise.resolve(entry.snapshot.analysis);
    if (entry.running?.version === doc.version && !again) return entry.running.promise;
    // Hovers and other providers ask on every move: a version that was too large or failed is not
    // retried (nor re-announced) until it changes, or the user asks (refresh / Analyse Anyway).
    const settled = entry.state.kind === 'too-large' || entry.state.kind === 'error' || entry.state.kind === 'report';
    if (settled && entry.settledVersion === doc.version && !again) return Promise.resolve(undefined);
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = undefined;
    return this.run(entry, doc);
  }

  state(uri: vscode.Uri): DocumentState {
    const entry = this.entries.get(uri.toString());
    if (entry) return entry.state;
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (doc && !this.isArticle(doc)) return { kind: 'unsupported', detail: `language "${doc.languageId}" is not an article language` };
    return { kind: 'idle' };
  }

  dispose(): void {
    this.disposed = true;
    for (const entry of this.entries.values()) if (entry.timer) clearTimeout(entry.timer);
    this.entries.clear();
    for (const d of this.disposables.splice(0)) d.dispose();
    this.backend?.dispose();
    this.backend = undefined;
  }

  private entry(doc: vscode.TextDocument): Entry {
    const key = doc.uri.toString();
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { uri: doc.uri, key, state: { kind: 'idle' }, generation: 0, forced: false };
      this.entries.set(key, entry);
    }
    return entry;
  }

  private schedule(doc: vscode.TextDocument, delayMs: number): void {
    if (this.disposed || doc.isClosed) return;
    const existing = this.entries.get(doc.uri.toString());
    if (!this.isArticle(doc) && !existing?.forced) {
      // A document whose language changed away from an article language: drop what we had.
      if (existing) this.close(doc.uri, { kind: 'unsupported', detail: `language "${doc.languageId}"` });
      return;
    }
    const entry = this.entry(doc);
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = setTimeout(() => {
      entry.timer = undefined;
      const current = vscode.workspace.textDocuments.find((d) => d.uri.toString() === entry.key);
      if (current && !current.isClosed) void this.run(entry, current);
    }, delayMs);
  }

  private run(entry: Entry, doc: vscode.TextDocument): Promise<Analysis | undefined> {
    const generation = ++entry.generation;
    const version = doc.version;
    const text = doc.getText();
    if (isClaimLensExport(text)) return Promise.resolve(this.skipReport(entry, version));
    const sizeKB = Buffer.byteLength(text, 'utf8') / 1024;
    if (!entry.forced && sizeKB > this.config.maxFileSizeKB) return Promise.resolve(this.skipTooLarge(entry, version, sizeKB));
    return this.analyse(entry, doc, generation, version, text);
  }

  /**
   * A ClaimLens report: its quotes would read as more quotes, with "Direct" or a line number as
   * sources. A report whose marker is removed is an article again at its next version.
   */
  private skipReport(entry: Entry, version: number): undefined {
    entry.running = undefined;
    entry.snapshot = undefined;
    entry.settledVersion = version;
    if (entry.state.kind !== 'report') this.log.info(`${this.label(entry)}: ${REPORT_DETAIL}; not analysed`);
    this.setState(entry, { kind: 'report', detail: REPORT_DETAIL });
    return undefined;
  }

  private skipTooLarge(entry: Entry, version: number, sizeKB: number): undefined {
    entry.running = undefined;
    entry.settledVersion = version;
    this.log.info(`${this.label(entry)}: ${Math.round(sizeKB)} KB is over claimlens.maxFileSizeKB (${this.config.maxFileSizeKB} KB); not analysed`);
    this.setState(entry, {
      kind: 'too-large',
      detail: `${formatKB(sizeKB)} is over the ${formatKB(this.config.maxFileSizeKB)} limit (claimlens.maxFileSizeKB)`,
    });
    return undefined;
  }

  private analyse(entry: Entry, doc: vscode.TextDocument, generation: number, version: number, text: string): Promise<Analysis | undefined> {
    const started = Date.now();
    this.setState(entry, { kind: 'analysing' });
    let backend: AnalysisBackend;
    try {
      backend = this.getBackend();
    } catch (err) {
      return Promise.resolve(this.fail(entry, generation, err));
    }
    entry.settledVersion = undefined;
    const review = this.loadReview(entry);
    const promise = Promise.all([backend.analyze(entry.key, text, { languageId: doc.languageId }), review]).then(
      ([raw]) => this.finished(entry, generation, raw, text, version, started),
      (err: unknown) => {
        // A newer request for the same document cancels this one: not an error.
        if (entry.generation !== generation || this.disposed) return undefined;
        entry.settledVersion = version;
        return this.fail(entry, generation, err);
      },
    );
    entry.running = { version, promise };
    return promise;
  }

  /** The review is read while the worker analyses; a review that cannot be read shows nothing. */
  private loadReview(entry: Entry): Promise<ReviewFile | undefined> | undefined {
    return this.reviews?.load(entry.uri).catch((err: unknown) => {
      this.log.error(`${this.label(entry)}: review not read: ${err instanceof Error ? err.message : String(err)}`);
      return undefined;
    });
  }

  private finished(entry: Entry, generation: number, raw: Analysis, text: string, version: number, started: number): Analysis {
    if (this.disposed || entry.generation !== generation || this.entries.get(entry.key) !== entry) {
      return raw; // superseded or closed: the caller still gets its result, views do not change
    }
    const durationMs = Date.now() - started;
    entry.snapshot = this.reviewed(raw, text, version, durationMs, entry.uri);
    const analysis = entry.snapshot.analysis;
    entry.running = undefined;
    this.log.debug(`${this.label(entry)} v${version}: ${analysis.entities.length} entities, ${analysis.claims.length} claims in ${durationMs} ms`);
    this.setState(entry, { kind: 'ready' });
    return analysis;
  }

  /** The snapshot views read: the raw analysis with the document's current review applied. */
  private reviewed(raw: Analysis, text: string, version: number, durationMs: number, uri: vscode.Uri): AnalysisSnapshot {
    let review: ReviewApplication;
    try {
      review = applyReview(raw, text, this.reviews?.current(uri));
    } catch (err) {
      // A bug in applying must not cost the user the analysis itself.
      this.log.error(`applying the review of ${uri.toString(true)} failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
      review = applyReview(raw, text, undefined);
    }
    return { analysis: review.analysis, raw, review, text, lookup: new AnalysisLookup(review.analysis), version, durationMs };
  }

  /** A review changed: apply it to the analysis already held (no re-analysis), and tell the views. */
  private reviewChanged(uri: vscode.Uri): void {
    const entry = this.entries.get(uri.toString());
    const snap = entry?.snapshot;
    if (!entry || !snap || this.disposed) return;
    entry.snapshot = this.reviewed(snap.raw, snap.text, snap.version, snap.durationMs, uri);
    this.emitter.fire(uri);
  }

  private fail(entry: Entry, generation: number, err: unknown): undefined {
    if (entry.generation !== generation) return undefined;
    entry.running = undefined;
    const message = err instanceof Error ? err.message : String(err);
    this.log.error(`${this.label(entry)}: analysis failed: ${err instanceof Error && err.stack ? err.stack : message}`);
    this.setState(entry, { kind: 'error', detail: message });
    return undefined;
  }

  private getBackend(): AnalysisBackend {
    if (!this.backend) {
      this.backend = this.createBackend();
      this.disposables.push(
        this.backend.onCrash((error) => {
          // The pool restarts the worker and retries or rejects pending work; say so, never stay silent.
          this.log.error(`analysis worker crashed: ${error.stack ?? error.message}`);
          for (const entry of this.entries.values()) {
            if (entry.state.kind === 'analysing') this.setState(entry, { kind: 'analysing', detail: 'worker crashed; retrying' });
          }
        }),
      );
    }
    return this.backend;
  }

  private close(uri: vscode.Uri, finalState?: DocumentState): void {
    const key = uri.toString();
    const entry = this.entries.get(key);
    if (!entry) return;
    if (entry.timer) clearTimeout(entry.timer);
    entry.generation++;
    this.entries.delete(key);
    this.backend?.forget(key);
    if (finalState) entry.state = finalState;
    this.emitter.fire(uri);
  }

  private configChanged(): void {
    this.config = this.readConfig();
    for (const doc of vscode.workspace.textDocuments) {
      const entry = this.entries.get(doc.uri.toString());
      if (this.isArticle(doc) || entry?.forced) {
        // Re-check the size limit and re-run documents that were waiting on it.
        if (!entry || entry.state.kind === 'too-large' || entry.state.kind === 'idle') this.schedule(doc, 0);
        else this.emitter.fire(doc.uri);
      } else if (entry) {
        this.close(doc.uri, { kind: 'unsupported' });
      }
    }
  }

  private setState(entry: Entry, state: DocumentState): void {
    entry.state = state;
    this.emitter.fire(entry.uri);
  }

  private label(entry: Entry): string {
    return entry.uri.scheme === 'file' ? vscode.workspace.asRelativePath(entry.uri) : entry.uri.toString();
  }
}

function formatKB(kb: number): string {
  return kb >= 1024 ? `${(kb / 1024).toFixed(1)} MB` : `${Math.round(kb)} KB`;
}
