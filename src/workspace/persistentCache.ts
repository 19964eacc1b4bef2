// The workspace index's cache on disk: one file per analysed article text, named by the SHA-256 of
// its language and text, in a folder named by the analyser version. Reopening a workspace reads
// these instead of running the analysis again. The rules:
//   - versioned: a new analyser (any change to the worker bundle) uses a new folder and deletes the
//     old ones, so it never reads facts an older analyser produced;
//   - bounded: past maxBytes or maxEntries the oldest written entries are deleted;
//   - safe to delete: anything missing, unreadable or malformed is a miss (a bad entry is removed),
//     never an error; deleting the whole folder only costs one slower start.
// Storage goes through a CacheStore (VS Code's workspace.fs in the extension, node:fs elsewhere).
import { createHash } from 'node:crypto';
import type { Analysis } from '../analysis/model';
import { SCHEMA } from '../analysis/model';

export interface CacheStore {
  /** undefined when missing or unreadable. Paths are relative to the cache's root, `/`-separated. */
  readFile(path: string): Promise<Uint8Array | undefined>;
  writeFile(path: string, data: Uint8Array): Promise<void>;
  /** Recursive; a missing path is not an error. */
  delete(path: string): Promise<void>;
  /** Entries of a folder, or undefined when it does not exist. */
  readDirectory(path: string): Promise<Array<{ name: string; isDirectory: boolean }> | undefined>;
  stat(path: string): Promise<{ size: number; mtime: number } | undefined>;
}

export interface CacheLimits {
  /** Default 256 MB: about 25,000 analysed 4 KB articles. */
  maxBytes?: number;
  maxEntries?: number;
}

/** Bumped when the entry layout changes (the analyser version covers what is inside). */
export const CACHE_FORMAT = 1;
const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;
const DEFAULT_MAX_ENTRIES = 50_000;

export interface CacheCounters {
  hits: number;
  misses: number;
  writes: number;
  /** Entries found broken (unparsable, another key or version) and removed. */
  discarded: number;
  evicted: number;
}

interface Entry {
  format: number;
  analyser: string;
  key: string;
  analysis: Analysis;
}

export class PersistentCache {
  readonly counters: CacheCounters = { hits: 0, misses: 0, writes: 0, discarded: 0, evicted: 0 };
  private readonly folder: string;
  private readonly maxBytes: number;
  private readonly maxEntries: number;
  private writtenSinceTrim = 0;
  private trimming: Promise<void> | undefined;

  constructor(
    private readonly store: CacheStore,
    /** Identifies the analyser (a hash of the worker bundle): part of the folder name. */
    readonly analyserVersion: string,
    limits: CacheLimits = {},
  ) {
    this.folder = `v${CACHE_FORMAT}-${analyserVersion.replace(/[^A-Za-z0-9._-]/g, '_')}`;
    this.maxBytes = limits.maxBytes ?? DEFAULT_MAX_BYTES;
    this.maxEntries = limits.maxEntries ?? DEFAULT_MAX_ENTRIES;
  }

  /** The key of one article text as analysed in one language. */
  static keyOf(text: string, languageId: string): string {
    return createHash('sha256').update(languageId).update('\u0000').update(text).digest('hex');
  }

  /** Removes the folders of other analyser versions (and anything else that is not ours). */
  async removeOtherVersions(): Promise<number> {
    // (no listing of a root that is not there yet: some file systems log that as an error)
    const entries = (await this.store.stat('')) ? ((await this.store.readDirectory('')) ?? []) : [];
    let removed = 0;
    for (const e of entries) {
      if (e.name === this.folder) continue;
      await this.store.delete(e.name);
      removed++;
    }
    return removed;
  }

  async get(key: string): Promise<Analysis | undefined> {
    const bytes = await this.store.readFile(this.pathOf(key));
    if (!bytes) {
      this.counters.misses++;
      return undefined;
    }
    const entry = parseEntry(bytes);
    if (!entry || entry.key !== key || entry.analyser !== this.analyserVersion || entry.format !== CACHE_FORMAT) {
      this.counters.discarded++;
      this.counters.misses++;
      await this.store.delete(this.pathOf(key));
      return undefined;
    }
    this.counters.hits++;
    return entry.analysis;
  }

  async set(key: string, analysis: Analysis): Promise<void> {
    const entry: Entry = { format: CACHE_FORMAT, analyser: this.analyserVersion, key, analysis };
    const bytes = new TextEncoder().encode(JSON.stringify(entry));
    await this.store.writeFile(this.pathOf(key), bytes);
    this.counters.writes++;
    this.writtenSinceTrim += bytes.length;
  }

  /** Whether enough was written since the last trim to look at the bounds again. */
  get needsTrim(): boolean {
    return this.writtenSinceTrim > this.maxBytes / 8;
  }

  /** Trims when enough was written since the last time (writers call this after set()). */
  maybeTrim(): void {
    if (this.needsTrim && !this.trimming) {
      this.trimming = this.trim()
        .catch(() => undefined)
        .finally(() => (this.trimming = undefined));
    }
  }

  /** Deletes the oldest entries until the folder is within its bounds. */
  async trim(): Promise<void> {
    this.writtenSinceTrim = 0;
    const names = ((await this.store.readDirectory(this.folder)) ?? []).filter((e) => !e.isDirectory && e.name.endsWith('.json'));
    const entries: Array<{ name: string; size: number; mtime: number }> = [];
    for (const e of names) {
      const s = await this.store.stat(`${this.folder}/${e.name}`);
      if (s) entries.push({ name: e.name, ...s });
    }
    let bytes = entries.reduce((n, e) => n + e.size, 0);
    let count = entries.length;
    entries.sort((a, b) => a.mtime - b.mtime || (a.name < b.name ? -1 : 1));
    for (const e of entries) {
      if (bytes <= this.maxBytes && count <= this.maxEntries) break;
      await this.store.delete(`${this.folder}/${e.name}`);
      bytes -= e.size;
      count--;
      this.counters.evicted++;
    }
  }

  private pathOf(key: string): string {
    return `${this.folder}/${key}.json`;
  }
}

function parseEntry(bytes: Uint8Array): Entry | undefined {
  try {
    const e = JSON.parse(new TextDecoder().decode(bytes)) as Partial<Entry>;
    const a = e.analysis as Partial<Analysis> | undefined;
    if (typeof e.key !== 'string' || typeof e.analyser !== 'string' || !a || a.schema !== SCHEMA || !Array.isArray(a.entities) || !Array.isArray(a.claims)) return undefined;
    return e as Entry;
  } catch {
    return undefined;
  }
}
