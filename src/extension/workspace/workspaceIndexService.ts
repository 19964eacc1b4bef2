// The workspace index in VS Code: lists the workspace's articles (claimlens.workspace.include /
// exclude), indexes them in the background through the shared worker pool with a cancellable
// progress notification, keeps them current with a file watcher and with the editor's own
// analyses of open documents (unsaved text wins), and keeps a persistent cache in the extension's
// storage. The indexing logic itself is src/workspace/workspaceIndex.ts (no vscode).
import { createHash } from 'node:crypto';
import * as vscode from 'vscode';
import { DecodeError, decodeText } from '../../analysis/text/decode';
import { articleFilter, cleanGlobs, listingExcludes, type PathFilter } from '../../workspace/articleFilter';
import { PersistentCache } from '../../workspace/persistentCache';
import { SkippedFile, WorkspaceIndex, type ArticleRef, type BuildReport, type IndexedArticle, type IndexHost } from '../../workspace/workspaceIndex';
import type { WorkspaceSources } from '../../workspace/workspaceSources';
import type { Stats } from '../../analysis/output/stats';
import { applyReview } from '../../analysis/review/apply';
import type { AnalysisBackend, DocumentService, ReviewSource } from '../documentService';
import { fsStore } from './fsStore';
import { languageOfPath, sanitizeWorkspaceSettings, type WorkspaceSettings } from './workspaceSettings';

export type IndexState = 'off' | 'indexing' | 'ready' | 'cancelled';

export interface WorkspaceIndexServiceOptions {
  service: DocumentService;
  /** The analysis pool, shared with the editor (created on first use). */
  backend: () => AnalysisBackend;
  /** Folder for the persistent cache (the extension's workspace storage, else its global storage). */
  storage: vscode.Uri | undefined;
  /** The worker bundle: its hash is the analyser version of the persistent cache. */
  workerBundle: vscode.Uri;
  log: vscode.LogOutputChannel;
  /** Reviews (verdicts, corrections) of articles, applied to what the index shows. */
  reviews?: ReviewSource;
}

/** Redraws of the views while a build runs: at most one per this many ms (each merges every source). */
const BUILD_REFRESH_MS = 2000;
const REFRESH_MS = 250;
const WATCH_DEBOUNCE_MS = 300;

export class WorkspaceIndexService implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<void>();
  /** The index or its state changed (coalesced: views redraw once per burst). */
  readonly onDidChange: vscode.Event<void> = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  private watchers: vscode.Disposable[] = [];
  private index: WorkspaceIndex | undefined;
  private indexSubscription: { dispose(): void } | undefined;
  private cache: PersistentCache | undefined;
  private settings: WorkspaceSettings;
  private filter: PathFilter;
  private _state: IndexState = 'off';
  private cancelBuild: vscode.CancellationTokenSource | undefined;
  private building: Promise<BuildReport | undefined> | undefined;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private startTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly pendingUpdates = new Map<string, ReturnType<typeof setTimeout>>();
  private analyserVersion: Promise<string> | undefined;
  /** The report of the last finished build (tests read its counters). */
  lastBuild: BuildReport | undefined;

  constructor(private readonly options: WorkspaceIndexServiceOptions) {
    this.settings = this.readSettings();
    this.filter = articleFilter(this.settings);
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('claimlens.workspace')) void this.restart();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.restart()),
      options.service.onDidChange((uri) => this.fromEditor(uri)),
      ...(options.reviews ? [options.reviews.onDidChange((uri) => void this.index?.reviewChanged(uri.toString()))] : []),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        // Unsaved edits may have been discarded: the file on disk is the article again.
        if (this.index?.get(doc.uri.toString())) this.scheduleUpdate(doc.uri);
      }),
    );
    void vscode.commands.executeCommand('setContext', 'claimlens.workspaceIndex', 'off');
  }

  get state(): IndexState {
    return this._state;
  }

  get enabled(): boolean {
    return this.settings.enabled;
  }

  /** Persistent cache counters of the current index (hits after a restart: reuse). */
  get cacheCounters(): PersistentCache['counters'] | undefined {
    return this.cache?.counters;
  }

  get current(): WorkspaceIndex | undefined {
    return this.index;
  }

  /** Sources merged across the workspace (computed in time slices; undefined when nothing is indexed). */
  async sources(): Promise<WorkspaceSources | undefined> {
    const index = this.index;
    return index && index.size > 0 ? (await index.viewAsync()).sources : undefined;
  }

  async stats(): Promise<Stats | undefined> {
    const index = this.index;
    return index && index.size > 0 ? (await index.viewAsync()).stats : undefined;
  }

  article(uri: vscode.Uri): IndexedArticle | undefined {
    return this.index?.get(uri.toString());
  }

  /** The first build, after `delayMs` (activation is not the time to start hundreds of analyses). */
  start(delayMs = 0): void {
    if (this.startTimer) clearTimeout(this.startTimer);
    this.startTimer = setTimeout(() => {
      this.startTimer = undefined;
      void this.restart();
    }, delayMs);
  }

  /** Settles when the current build (if any) is done. */
  async whenIdle(): Promise<BuildReport | undefined> {
    for (;;) {
      const b = this.building;
      if (!b) return this.lastBuild;
      await b;
      if (this.building === b) return this.lastBuild;
    }
  }

  /**
   * A fresh index and a fresh view of the persistent cache, then a full build: what a window
   * reload does (the command "Rebuild Workspace Index").
   */
  async restart(): Promise<BuildReport | undefined> {
    this.cancelBuild?.cancel();
    await this.building?.catch(() => undefined);
    this.settings = this.readSettings();
    this.filter = articleFilter(this.settings);
    this.disposeIndex();
    if (!this.settings.enabled || !vscode.workspace.workspaceFolders?.length) {
      this.setState('off');
      return undefined;
    }
    const cache = await this.openCache();
    this.cache = cache;
    const index = new WorkspaceIndex(this.host(), { cache, maxChars: this.options.service.settings.maxFileSizeKB * 1024 });
    this.index = index;
    this.indexSubscription = index.onDidChange(() => this.scheduleRefresh());
    this.watch();
    const build = this.build(index);
    this.building = build;
    try {
      return await build;
    } finally {
      if (this.building === build) this.building = undefined;
    }
  }

  dispose(): void {
    this.cancelBuild?.cancel();
    this.disposeIndex();
    for (const t of this.pendingUpdates.values()) clearTimeout(t);
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    if (this.startTimer) clearTimeout(this.startTimer);
    for (const d of this.disposables.splice(0)) d.dispose();
  }

  private async build(index: WorkspaceIndex): Promise<BuildReport | undefined> {
    const cts = new vscode.CancellationTokenSource();
    this.cancelBuild = cts;
    this.setState('indexing');
    const started = Date.now();
    const report = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'ClaimLens: indexing the workspace', cancellable: true },
      async (progress, token) => {
        token.onCancellationRequested(() => cts.cancel());
        let shown = 0;
        return index.build((done, total) => {
          progress.report({ message: `${done} of ${total} files`, increment: ((done - shown) / Math.max(1, total)) * 100 });
          shown = done;
        }, cts.token);
      },
    ).then(undefined, (err: unknown) => {
      this.options.log.error(`workspace index failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
      return undefined;
    });
    cts.dispose();
    if (this.index !== index) return report; // replaced meanwhile
    this.lastBuild = report;
    if (report) {
      this.options.log.info(
        `workspace index: ${report.articles} articles in ${Date.now() - started} ms (${report.fromCache} from the cache, ${report.analysed} analysed, ` +
          `${report.unchanged} unchanged, ${report.skipped} skipped, ${report.failed} failed)${report.cancelled ? ', cancelled' : ''}`,
      );
      for (const p of report.problems.slice(0, 20)) this.options.log.warn(`workspace index: ${p.path}: ${p.message}`);
    }
    this.setState(report?.cancelled ? 'cancelled' : 'ready');
    return report;
  }

  private host(): IndexHost {
    const reviews = this.options.reviews;
    return {
      list: () => this.list(),
      read: (ref) => this.read(ref),
      analyze: (key, text, languageId) => this.options.backend().analyze(key, text, { languageId }),
      forget: (key) => this.options.backend().forget(key),
      review: reviews
        ? async (ref, text, raw) => {
            const review = await reviews.load(vscode.Uri.parse(ref.uri, true));
            return review ? applyReview(raw, text, review).analysis : raw;
          }
        : undefined,
    };
  }

  /** Articles of every workspace folder, by the include globs, less the excludes (the same filter as the CLI). */
  private async list(): Promise<ArticleRef[]> {
    const found = new Map<string, ArticleRef>();
    const exclude = simpleGlobs(listingExcludes(this.settings.exclude));
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      for (const include of cleanGlobs(this.settings.include)) {
        const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, include), exclude ? new vscode.RelativePattern(folder, exclude) : null);
        for (let i = 0; i < uris.length; i++) {
          // thousands of files: give the editor its turn now and then
          if (i > 0 && i % 250 === 0) await new Promise<void>((resolve) => setImmediate(resolve));
          const ref = this.refOf(uris[i]);
          if (ref) found.set(ref.uri, ref);
        }
      }
    }
    return [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  private refOf(uri: vscode.Uri): ArticleRef | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return undefined;
    const relative = uri.path.slice(folder.uri.path.replace(/\/$/, '').length + 1);
    if (!this.filter(relative)) return undefined;
    const multiRoot = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    const languageId = open && (open.languageId === 'markdown' || open.languageId === 'plaintext') ? open.languageId : languageOfPath(relative);
    return { uri: uri.toString(), path: multiRoot ? `${folder.name}/${relative}` : relative, languageId };
  }

  private async read(ref: ArticleRef): Promise<string> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === ref.uri);
    if (open) return open.getText();
    const uri = vscode.Uri.parse(ref.uri, true);
    const limit = this.options.service.settings.maxFileSizeKB * 1024;
    // As in the editor (claimlens.maxFileSizeKB): a larger file is not read at all.
    if ((await vscode.workspace.fs.stat(uri)).size > limit) throw new SkippedFile(`over the ${Math.round(limit / 1024)} KB limit`);
    try {
      return decodeText(await vscode.workspace.fs.readFile(uri));
    } catch (err) {
      // binary, or not UTF-8: not an article, and said so in the log
      throw err instanceof DecodeError ? new Error(err.reason) : err;
    }
  }

  /** An open article analysed by the editor: the index takes that analysis of the unsaved text. */
  private fromEditor(uri: vscode.Uri): void {
    const index = this.index;
    if (!index || this._state === 'off') return;
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    const snap = doc ? this.options.service.snapshot(doc) : undefined;
    if (!doc || !snap || snap.version !== doc.version) return;
    const ref = this.refOf(doc.uri);
    if (ref) index.accept(ref, doc.getText(), snap.raw, snap.analysis);
  }

  private watch(): void {
    for (const d of this.watchers.splice(0)) d.dispose();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      for (const include of cleanGlobs(this.settings.include)) {
        const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, include));
        watcher.onDidCreate((uri) => this.scheduleUpdate(uri));
        watcher.onDidChange((uri) => this.scheduleUpdate(uri));
        watcher.onDidDelete((uri) => this.removed(uri));
        this.watchers.push(watcher);
      }
      // A deleted folder is one event for the folder: drop the articles under it.
      const folders = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '**'), true, true, false);
      folders.onDidDelete((uri) => this.removed(uri));
      this.watchers.push(folders);
    }
  }

  private scheduleUpdate(uri: vscode.Uri): void {
    const key = uri.toString();
    const pending = this.pendingUpdates.get(key);
    if (pending) clearTimeout(pending);
    this.pendingUpdates.set(
      key,
      setTimeout(() => {
        this.pendingUpdates.delete(key);
        const ref = this.refOf(uri);
        if (ref && this.index) void this.index.update(ref);
      }, WATCH_DEBOUNCE_MS),
    );
  }

  private removed(uri: vscode.Uri): void {
    const index = this.index;
    if (!index) return;
    const key = uri.toString();
    for (const a of index.articles()) if (a.uri === key || a.uri.startsWith(`${key}/`)) index.remove(a.uri);
  }

  private async openCache(): Promise<PersistentCache | undefined> {
    if (!this.options.storage) return undefined;
    try {
      this.analyserVersion ??= Promise.resolve(vscode.workspace.fs.readFile(this.options.workerBundle)).then((b) => createHash('sha256').update(b).digest('hex').slice(0, 16));
      const cache = new PersistentCache(fsStore(vscode.Uri.joinPath(this.options.storage, 'workspace-index')), await this.analyserVersion);
      const removed = await cache.removeOtherVersions();
      if (removed > 0) this.options.log.info(`workspace index: removed ${removed} cache folder(s) of another analyser version`);
      return cache;
    } catch (err) {
      this.options.log.warn(`workspace index: no persistent cache (${err instanceof Error ? err.message : String(err)})`);
      return undefined;
    }
  }

  private readSettings(): WorkspaceSettings {
    const c = vscode.workspace.getConfiguration('claimlens.workspace');
    const inspected = c.inspect<boolean>('enabled');
    const explicit = [inspected?.globalValue, inspected?.workspaceValue, inspected?.workspaceFolderValue].some((v) => v !== undefined);
    const virtual = (vscode.workspace.workspaceFolders ?? []).some((f) => f.uri.scheme !== 'file');
    return sanitizeWorkspaceSettings({ enabled: c.get('enabled'), enabledExplicitly: explicit, include: c.get('include'), exclude: c.get('exclude') }, virtual);
  }

  private setState(state: IndexState): void {
    this._state = state;
    void vscode.commands.executeCommand('setContext', 'claimlens.workspaceIndex', state);
    this.fire();
  }

  private scheduleRefresh(): void {
    if (this.refreshTimer) return;
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      this.fire();
    }, this._state === 'indexing' ? BUILD_REFRESH_MS : REFRESH_MS);
  }

  private fire(): void {
    try {
      this.emitter.fire();
    } catch (err) {
      this.options.log.error(`workspace index listener failed: ${String(err)}`);
    }
  }

  private disposeIndex(): void {
    this.indexSubscription?.dispose();
    this.indexSubscription = undefined;
    this.index = undefined;
    this.cache = undefined;
    for (const d of this.watchers.splice(0)) d.dispose();
  }
}

/** Globs VS Code's search takes in one pattern: those without braces of their own, joined in braces. */
function simpleGlobs(globs: readonly string[]): string | undefined {
  const plain = globs.filter((g) => !/[{}]/.test(g));
  if (plain.length === 0) return undefined;
  return plain.length === 1 ? plain[0] : `{${plain.join(',')}}`;
}
