// The reviews of open articles: read from their review files, changed by the review commands,
// written back debounced and atomically, merged per item with changes made on disk meanwhile, and
// flushed when the window closes. A file that cannot be read is never overwritten: it is kept as
// `.bak` before a new one is written. The document service applies `current(uri)` to analyses.
import * as vscode from 'vscode';
import { mergeReviews, resolveConflict, type ReviewConflict } from '../../analysis/review/merge';
import { emptyReview, isEmptyReview, type ReviewFile } from '../../analysis/review/model';
import { parseReview, ReviewFileError } from '../../analysis/review/parse';
import { serializeReview } from '../../analysis/review/serialize';
import type { ReviewSource } from '../documentService';
import { backupName, readIfExists, writeAtomic } from './atomicWrite';
import { reviewLocation, type ReviewStorage } from './reviewLocation';
import type { ConflictChoice, ReviewPrompts } from './reviewPrompts';

export interface ReviewStoreOptions {
  log: vscode.LogOutputChannel;
  prompts: ReviewPrompts;
  /** The extension's storage folder, for documents that are not files. */
  storage: vscode.Uri | undefined;
  storageMode: () => ReviewStorage;
  isTrusted?: () => boolean;
  fs?: vscode.FileSystem;
  saveDelayMs?: number;
}

interface Entry {
  article: vscode.Uri;
  file: vscode.Uri | undefined;
  current: ReviewFile;
  /** What was last read from or written to the file (the merge base), and its exact text. */
  base: ReviewFile | undefined;
  baseText: string | undefined;
  /** Changed here since the last write. */
  dirty: boolean;
  /** The file on disk cannot be read: the message; it must be backed up before any write. */
  broken?: string;
  conflicts: ReviewConflict[];
  loading: Promise<ReviewFile | undefined>;
  timer?: ReturnType<typeof setTimeout>;
  saving?: Promise<void>;
  watcher?: vscode.Disposable;
}

export class ReviewStore implements ReviewSource, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.emitter.event;
  private readonly entries = new Map<string, Entry>();
  private readonly fs: vscode.FileSystem;
  private readonly saveDelayMs: number;
  /** Untrusted workspace: undefined until asked, then the answer for the rest of the session. */
  private writeAllowed: boolean | undefined;
  prompts: ReviewPrompts;

  constructor(private readonly options: ReviewStoreOptions) {
    this.fs = options.fs ?? vscode.workspace.fs;
    this.saveDelayMs = options.saveDelayMs ?? 500;
    this.prompts = options.prompts;
  }

  /** The review as held now (undefined when none was read yet or it is empty). */
  current(uri: vscode.Uri): ReviewFile | undefined {
    const entry = this.entries.get(uri.toString());
    return entry && !isEmptyReview(entry.current) ? entry.current : undefined;
  }

  load(uri: vscode.Uri): Promise<ReviewFile | undefined> {
    return this.entry(uri).loading;
  }

  /** Where the article's review is (or would be) kept, its problem if unreadable, and open conflicts. */
  status(uri: vscode.Uri): { file: vscode.Uri | undefined; broken?: string; dirty: boolean; conflicts: readonly ReviewConflict[] } {
    const e = this.entry(uri);
    return { file: e.file, broken: e.broken, dirty: e.dirty, conflicts: e.conflicts };
  }

  /** Applies a change to the article's review; views update at once, the file a moment later. */
  async update(uri: vscode.Uri, change: (review: ReviewFile) => ReviewFile): Promise<ReviewFile> {
    const entry = this.entry(uri);
    await entry.loading;
    entry.current = change(entry.current);
    entry.dirty = true;
    this.emitter.fire(entry.article);
    this.scheduleSave(entry);
    return entry.current;
  }

  /** Writes every pending change now (window closing, tests). */
  async flush(uri?: vscode.Uri): Promise<void> {
    const entries = uri ? [this.entries.get(uri.toString())].filter((e): e is Entry => !!e) : [...this.entries.values()];
    await Promise.all(entries.map((e) => this.save(e)));
  }

  /** The document closed: write what is pending and stop watching. */
  async forget(uri: vscode.Uri): Promise<void> {
    const entry = this.entries.get(uri.toString());
    if (!entry) return;
    await this.save(entry);
    entry.watcher?.dispose();
    if (!entry.dirty) this.entries.delete(uri.toString());
  }

  /** The workspace became trusted: save what was held back. */
  trustGranted(): Promise<void> {
    this.writeAllowed = true;
    return this.flush();
  }

  dispose(): void {
    for (const e of this.entries.values()) {
      if (e.timer) clearTimeout(e.timer);
      e.watcher?.dispose();
    }
    this.emitter.dispose();
  }

  private entry(uri: vscode.Uri): Entry {
    const key = uri.toString();
    let entry = this.entries.get(key);
    if (!entry) {
      const file = reviewLocation(uri, this.options.storageMode(), this.options.storage);
      const e: Entry = { article: uri, file, current: emptyReview(), base: undefined, baseText: undefined, dirty: false, conflicts: [], loading: Promise.resolve(undefined) };
      e.loading = this.read(e).then(() => this.current(uri));
      if (file) e.watcher = this.watch(e, file);
      this.entries.set(key, e);
      entry = e;
    }
    return entry;
  }

  /** Reads the file into the entry; a broken file is reported, kept, and read as empty. */
  private async read(entry: Entry): Promise<'same' | 'changed'> {
    if (!entry.file) return 'same';
    let text: string | undefined;
    try {
      text = await readIfExists(this.fs, entry.file);
    } catch (err) {
      this.options.log.error(`review file ${entry.file.toString(true)} not read: ${message(err)}`);
      return 'same';
    }
    if (text === entry.baseText) return 'same';
    if (text === undefined) {
      // Removed on disk: with nothing unsaved here, the review is gone too.
      entry.base = undefined;
      entry.baseText = undefined;
      entry.broken = undefined;
      if (!entry.dirty) entry.current = emptyReview();
      return 'changed';
    }
    let theirs: ReviewFile;
    try {
      theirs = parseReview(text);
    } catch (err) {
      if (!(err instanceof ReviewFileError)) throw err;
      entry.broken = err.message;
      entry.baseText = text;
      this.options.log.warn(`review file ${entry.file.toString(true)} is not readable: ${err.message}`);
      this.prompts.broken(entry.file, err.message);
      return 'changed';
    }
    entry.broken = undefined;
    if (entry.dirty) await this.merge(entry, theirs);
    else entry.current = theirs;
    entry.base = theirs;
    entry.baseText = text;
    return 'changed';
  }

  /** Unsaved changes here, a changed file there: merge per item and ask about conflicts. */
  private async merge(entry: Entry, theirs: ReviewFile): Promise<void> {
    const { merged, conflicts } = mergeReviews(entry.base ?? emptyReview(), entry.current, theirs);
    entry.current = merged;
    if (conflicts.length === 0) return;
    entry.conflicts = [...entry.conflicts, ...conflicts];
    this.options.log.warn(`review ${entry.file?.toString(true)}: ${conflicts.length} item(s) changed both here and on disk; both versions kept`);
    void this.askAboutConflicts(entry, conflicts);
  }

  private async askAboutConflicts(entry: Entry, conflicts: ReviewConflict[]): Promise<void> {
    let choice: ConflictChoice | undefined;
    try {
      choice = await this.prompts.conflicts(entry.file!, conflicts);
    } catch (err) {
      this.options.log.error(`conflict prompt failed: ${message(err)}`);
    }
    if (!choice || choice === 'both') return;
    await this.update(entry.article, (review) => conflicts.reduce((r, c) => resolveConflict(r, c, choice), review));
    entry.conflicts = entry.conflicts.filter((c) => !conflicts.includes(c));
  }

  private watch(entry: Entry, file: vscode.Uri): vscode.Disposable | undefined {
    if (file.scheme !== 'file') return undefined;
    const folder = vscode.Uri.joinPath(file, '..');
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, file.path.split('/').pop()!));
    const changed = () => void this.reloadFromDisk(entry);
    watcher.onDidChange(changed);
    watcher.onDidCreate(changed);
    watcher.onDidDelete(changed);
    return watcher;
  }

  /** The file changed on disk (another editor, a git pull, our own write coming back). */
  async reloadFromDisk(entry: Entry | vscode.Uri): Promise<void> {
    const e = entry instanceof vscode.Uri ? this.entries.get(entry.toString()) : entry;
    if (!e) return;
    await e.loading;
    await e.saving;
    if ((await this.read(e)) === 'changed') {
      this.emitter.fire(e.article);
      if (e.dirty) this.scheduleSave(e);
    }
  }

  private scheduleSave(entry: Entry): void {
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = setTimeout(() => {
      entry.timer = undefined;
      void this.save(entry);
    }, this.saveDelayMs);
  }

  private save(entry: Entry): Promise<void> {
    if (entry.timer) {
      clearTimeout(entry.timer);
      entry.timer = undefined;
    }
    // One write at a time per file; a change made during a write is saved right after it.
    const run = (entry.saving ?? Promise.resolve()).then(() => this.write(entry));
    entry.saving = run.finally(() => {
      if (entry.saving === run) entry.saving = undefined;
    });
    return entry.saving;
  }

  private async write(entry: Entry): Promise<void> {
    const file = entry.file;
    if (!entry.dirty || !file) return;
    if (!(await this.mayWrite(file))) return;
    try {
      // Changed on disk since we read it, and the watcher has not told us yet: merge first.
      if (!entry.broken && (await this.read(entry)) === 'changed') this.emitter.fire(entry.article);
      if (isEmptyReview(entry.current) && entry.baseText === undefined && !entry.broken) {
        entry.dirty = false; // nothing to keep and no file yet: do not create an empty one
        return;
      }
      if (entry.broken) {
        const backup = await backupName(this.fs, file);
        await this.fs.copy(file, backup, { overwrite: false });
        this.options.log.warn(`kept the unreadable review file as ${backup.toString(true)}`);
        this.prompts.backedUp(file, backup);
        entry.broken = undefined;
      }
      const text = serializeReview(entry.current);
      const snapshot = entry.current;
      await writeAtomic(this.fs, file, text);
      entry.base = snapshot;
      entry.baseText = text;
      entry.dirty = entry.current !== snapshot;
      this.options.log.info(`saved review ${file.toString(true)} (${snapshot.claims.length} claim items, ${snapshot.entities.length} name items)`);
    } catch (err) {
      this.options.log.error(`saving review ${file.toString(true)} failed: ${message(err)}`);
      this.prompts.saveFailed(file, message(err));
    }
  }

  private async mayWrite(file: vscode.Uri): Promise<boolean> {
    if (this.options.isTrusted?.() ?? vscode.workspace.isTrusted) return true;
    if (this.writeAllowed === undefined) {
      this.writeAllowed = false; // asked once: changes made while the question is open wait for the answer
      this.writeAllowed = await this.prompts.allowWrite(file).then((ok) => ok, () => false);
      if (this.writeAllowed) setTimeout(() => void this.flush(), 0);
    }
    return this.writeAllowed;
  }
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
