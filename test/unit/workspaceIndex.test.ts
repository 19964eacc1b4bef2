// The workspace index without VS Code: a host of in-memory files, the real analysis core, and the
// persistent cache on a temporary folder (the same code the extension runs with workspace.fs).
import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as fs from 'node:fs';
import { analyzeArticle } from '../../src/analysis';
import type { Analysis, Verdict } from '../../src/analysis/model';
import { nodeStore } from '../../src/workspace/nodeStore';
import { PersistentCache } from '../../src/workspace/persistentCache';
import { WorkspaceIndex, type ArticleRef, type IndexHost } from '../../src/workspace/workspaceIndex';
import { NEWSROOM } from './newsroomFactories';

class FakeHost implements IndexHost {
  readonly files = new Map<string, string>();
  analyses = 0;
  readonly forgotten: string[] = [];
  unreadable = new Set<string>();
  /** Resolves analyses only when released (for ordering tests). */
  gate: Promise<void> | undefined;

  constructor(files: Record<string, string>) {
    for (const [p, t] of Object.entries(files)) this.files.set(p, t);
  }
  ref(path: string): ArticleRef {
    return { uri: `file:///ws/${path}`, path, languageId: path.endsWith('.md') ? 'markdown' : 'plaintext' };
  }
  async list(): Promise<ArticleRef[]> {
    return [...this.files.keys()].sort().map((p) => this.ref(p));
  }
  async read(ref: ArticleRef): Promise<string> {
    if (this.unreadable.has(ref.path)) throw new Error('permission denied');
    const t = this.files.get(ref.path);
    if (t === undefined) throw new Error('no such file');
    return t;
  }
  async analyze(_key: string, text: string, languageId: string): Promise<Analysis> {
    this.analyses++;
    await this.gate;
    return analyzeArticle(text, { languageId });
  }
  forget(key: string): void {
    this.forgotten.push(key);
  }
}

function newsroom(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fs.readdirSync(NEWSROOM)) out[`news/${f}`] = fs.readFileSync(join(NEWSROOM, f), 'utf8');
  return out;
}

describe('workspace index', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'claimlens-index-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('indexes every article, skips ClaimLens reports, and merges a source across files', async () => {
    const host = new FakeHost(newsroom());
    const index = new WorkspaceIndex(host);
    const report = await index.build();
    assert.deepEqual([report.articles, report.analysed, report.skipped, report.failed], [3, 3, 1, 0]);
    assert.deepEqual(index.articles().map((a) => a.path), ['news/barrier-costs.txt', 'news/flood-barrier.md', 'news/wetlands.md']);
    const solberg = index.sources().quoted.find((s) => s.name === 'Helga Brandvold');
    assert.ok(solberg);
    assert.deepEqual(solberg.articles.filter((a) => a.claims.length > 0).map((a) => a.path), ['news/barrier-costs.txt', 'news/flood-barrier.md']);
    assert.equal(index.stats().totals.claims, index.articles().reduce((n, a) => n + a.analysis.claims.length, 0));
    // the view computed in time slices is the same view
    const sliced = new WorkspaceIndex(new FakeHost(newsroom()));
    await sliced.build();
    assert.deepEqual((await sliced.viewAsync()).stats, index.stats());
    assert.deepEqual((await sliced.viewAsync()).sources.quoted.map((s) => [s.name, s.claims, s.articles.map((a) => a.path)]), index.sources().quoted.map((s) => [s.name, s.claims, s.articles.map((a) => a.path)]));
    assert.deepEqual(host.forgotten.sort(), index.articles().map((a) => `index:${a.uri}`).sort(), 'the pool is told each analysis is done');
  });

  it('a new index on the same persistent cache analyses nothing (reopening a workspace)', async () => {
    const files = newsroom();
    const first = new WorkspaceIndex(new FakeHost(files), { cache: new PersistentCache(nodeStore(dir), 'analyser-1') });
    await first.build();
    const host = new FakeHost(files);
    const cache = new PersistentCache(nodeStore(dir), 'analyser-1');
    const second = new WorkspaceIndex(host, { cache });
    const report = await second.build();
    assert.deepEqual([report.fromCache, report.analysed, host.analyses], [3, 0, 0]);
    assert.equal(cache.counters.hits, 3);
    assert.deepEqual(second.stats(), first.stats());
  });

  it('a new analyser version never reads the old entries, and removes their folder', async () => {
    const files = newsroom();
    await new WorkspaceIndex(new FakeHost(files), { cache: new PersistentCache(nodeStore(dir), 'analyser-1') }).build();
    const cache = new PersistentCache(nodeStore(dir), 'analyser-2');
    assert.equal(await cache.removeOtherVersions(), 1);
    assert.deepEqual(readdirSync(dir), []);
    const host = new FakeHost(files);
    const report = await new WorkspaceIndex(host, { cache }).build();
    assert.deepEqual([report.fromCache, report.analysed], [0, 3]);
    assert.deepEqual(readdirSync(dir), ['v1-analyser-2']);
  });

  it('a broken or deleted cache is a miss, never an error', async () => {
    const files = newsroom();
    await new WorkspaceIndex(new FakeHost(files), { cache: new PersistentCache(nodeStore(dir), 'a') }).build();
    const folder = join(dir, 'v1-a');
    const [one, two] = readdirSync(folder).sort();
    writeFileSync(join(folder, one), '{"format":1,"analyser":"a","key":"tr');
    writeFileSync(join(folder, two), JSON.stringify({ format: 1, analyser: 'a', key: 'another', analysis: { schema: 'claimlens/1', entities: [], claims: [] } }));
    const cache = new PersistentCache(nodeStore(dir), 'a');
    const report = await new WorkspaceIndex(new FakeHost(files), { cache }).build();
    assert.deepEqual([report.fromCache, report.analysed, cache.counters.discarded], [1, 2, 2]);
    rmSync(dir, { recursive: true, force: true });
    const gone = await new WorkspaceIndex(new FakeHost(files), { cache: new PersistentCache(nodeStore(dir), 'a') }).build();
    assert.deepEqual([gone.analysed, gone.failed], [3, 0]);
  });

  it('keeps the cache within its bounds, oldest entries first', async () => {
    const store = nodeStore(dir);
    const cache = new PersistentCache(store, 'a', { maxEntries: 2 });
    const analysis: Analysis = { schema: 'claimlens/1', entities: [], claims: [] };
    for (const k of ['k1', 'k2', 'k3']) {
      await cache.set(k, analysis);
      await new Promise((r) => setTimeout(r, 20));
    }
    await cache.trim();
    assert.deepEqual(readdirSync(join(dir, 'v1-a')).sort(), ['k2.json', 'k3.json']);
    assert.equal(cache.counters.evicted, 1);
    const bySize = new PersistentCache(store, 'a', { maxBytes: 1 });
    await bySize.trim();
    assert.deepEqual(readdirSync(join(dir, 'v1-a')), []);
  });

  it('updates one changed file, drops a deleted one, and reports an unreadable one', async () => {
    const host = new FakeHost(newsroom());
    const index = new WorkspaceIndex(host);
    await index.build();
    let changes = 0;
    index.onDidChange(() => changes++);
    const before = host.analyses;
    host.files.set('news/wetlands.md', host.files.get('news/wetlands.md')!.replace('Amara Mensah', 'Helga Brandvold'));
    assert.equal(await index.update(host.ref('news/wetlands.md')), 'analysed');
    assert.equal(host.analyses, before + 1);
    assert.equal(await index.update(host.ref('news/wetlands.md')), 'unchanged');
    assert.equal(index.sources().quoted.find((s) => s.name === 'Helga Brandvold')?.articles.filter((a) => a.claims.length).length, 3);
    host.files.delete('news/barrier-costs.txt');
    host.unreadable.add('news/flood-barrier.md');
    const report = await index.build();
    assert.deepEqual(report.problems, [{ path: 'news/flood-barrier.md', message: 'permission denied' }]);
    assert.deepEqual(index.articles().map((a) => a.path), ['news/wetlands.md']);
    assert.ok(changes >= 3);
  });

  it('an open document\'s unsaved text wins over a slower read of the file', async () => {
    const host = new FakeHost(newsroom());
    const index = new WorkspaceIndex(host);
    const ref = host.ref('news/wetlands.md');
    let release: () => void = () => undefined;
    host.gate = new Promise((r) => (release = r));
    const fromDisk = index.update(ref);
    const unsaved = host.files.get('news/wetlands.md')!.replace('Amara Mensah', 'Petra Lindgren');
    index.accept(ref, unsaved, analyzeArticle(unsaved, { languageId: 'markdown' }));
    release();
    assert.equal(await fromDisk, 'unchanged');
    assert.ok(index.get(ref.uri)?.analysis.entities.some((e) => e.name === 'Petra Lindgren'));
  });

  it('applies reviews to what it shows, keeps the raw analysis in the cache, and re-reviews without analysing', async () => {
    const host = new FakeHost(newsroom());
    let verdict: Verdict = 'disputed';
    let reviewsAsked = 0;
    (host as IndexHost).review = async (_ref, _text, raw) => {
      reviewsAsked++;
      return { ...raw, claims: raw.claims.map((c) => ({ ...c, review: { verdict, note: '', updated: '2026-01-01' } })) };
    };
    const cache = new PersistentCache(nodeStore(dir), 'a');
    const index = new WorkspaceIndex(host, { cache });
    await index.build();
    const verdictOf = (c: object) => (c as { review?: { verdict: string } }).review?.verdict;
    const article = index.articles()[0];
    assert.ok(article.analysis.claims.every((c) => verdictOf(c) === 'disputed'));
    assert.ok(article.raw.claims.every((c) => verdictOf(c) === undefined), 'the raw analysis has no review');
    const analysesBefore = host.analyses;
    verdict = 'verified';
    await index.reviewChanged(article.uri);
    assert.equal(host.analyses, analysesBefore, 'a review change analyses nothing');
    assert.ok(index.get(article.uri)!.analysis.claims.every((c) => verdictOf(c) === 'verified'));
    assert.ok(reviewsAsked >= 4);
    const again = new WorkspaceIndex(new FakeHost(newsroom()), { cache: new PersistentCache(nodeStore(dir), 'a') });
    await again.build();
    assert.ok(again.articles()[0].analysis.claims.every((c) => verdictOf(c) === undefined), 'the cache holds raw analyses');
  });

  it('stops when cancelled, keeping what was done', async () => {
    const host = new FakeHost(newsroom());
    const index = new WorkspaceIndex(host, { concurrency: 1 });
    let requested = false;
    const report = await index.build((done) => (requested = done >= 1), { get isCancellationRequested() { return requested; } });
    assert.equal(report.cancelled, true);
    assert.equal(index.size, 1);
  });
});
