// The worker pool: results equal the in-process analysis, newer versions cancel older ones,
// forget() cancels, crashed workers are restarted and reported. Workers run the tsc output
// (out/src/worker/analysisWorker.js), so no bundle is needed.
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzeArticle } from '../../src/analysis/analyze';
import { AnalysisPool, CancelledError } from '../../src/worker/pool';
import { splitResult } from '../../src/worker/coordinator';
import { analyzeFile, poolRoute, POOL_MIN_CHARS } from '../../src/cli/analyzeFile';
import { generateArticle, readSample } from '../../bench/generate';

const WORKER = path.resolve(__dirname, '../../src/worker/analysisWorker.js');

/**
 * A worker script that behaves like the real one, except that it exits when told to by the
 * test: the coordinator on an `analyze` whose text contains CRASH_COORDINATOR, a helper on its
 * first batch while the flag file named by CLAIMLENS_TEST_HELPER_CRASH does not exist yet.
 * Its own message listener is registered first, so it runs before the real worker's.
 */
function crashingWorker(dir: string): string {
  const file = path.join(dir, 'crashing-worker.js');
  writeFileSync(
    file,
    `const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
parentPort.on('message', (m) => {
  if (workerData.role === 'coordinator' && m.type === 'analyze' && m.text.includes('CRASH_COORDINATOR')) {
    const once = m.text.match(/CRASH_ONCE=(\\S+)/);
    if (!once || !fs.existsSync(once[1])) { if (once) fs.writeFileSync(once[1], ''); process.exit(7); }
  }
  const flag = process.env.CLAIMLENS_TEST_HELPER_CRASH;
  if (workerData.role === 'helper' && flag && !fs.existsSync(flag)) { fs.writeFileSync(flag, ''); process.exit(8); }
});
require(${JSON.stringify(WORKER)});
`,
  );
  return file;
}

describe('AnalysisPool', function () {
  this.timeout(120_000);
  const sample = readSample();
  let dir: string;
  const pools: AnalysisPool[] = [];
  const newPool = (options: Partial<ConstructorParameters<typeof AnalysisPool>[0]> = {}) => {
    const pool = new AnalysisPool({ workerPath: WORKER, maxWorkers: 1, ...options });
    pools.push(pool);
    return pool;
  };

  before(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'claimlens-pool-'));
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  afterEach(() => {
    for (const p of pools.splice(0)) p.dispose();
    delete process.env.CLAIMLENS_TEST_HELPER_CRASH;
  });

  it('returns exactly what analyzeArticle returns, for plain text and Markdown', async () => {
    const pool = newPool();
    assert.deepEqual(await pool.analyze('a', sample), analyzeArticle(sample));
    assert.deepEqual(await pool.analyze('a', sample, { languageId: 'markdown' }), analyzeArticle(sample, { languageId: 'markdown' }));
  });

  it('re-runs only the edited paragraph and still equals a fresh analysis', async () => {
    const pool = newPool();
    const text = generateArticle(12_000);
    const first = await pool.analyzeWithStats('doc', text);
    assert.equal(first.stats.cached, 0);
    const edited = text.replace('walked off the job', 'walked off the site');
    assert.notEqual(edited, text);
    const second = await pool.analyzeWithStats('doc', edited);
    assert.equal(second.stats.analysed, 1);
    assert.equal(second.stats.cached, second.stats.paragraphs - 1);
    assert.deepEqual(second.analysis, analyzeArticle(edited));
  });

  it('keeps caches per key', async () => {
    const pool = newPool();
    await pool.analyze('one', sample);
    const other = await pool.analyzeWithStats('two', sample);
    assert.equal(other.stats.cached, 0, 'a different key starts with its own cache');
  });

  it('cancels the older version of the same key with CancelledError', async () => {
    const pool = newPool();
    const text = generateArticle(30_000);
    const older = pool.analyze('doc', text);
    const newer = pool.analyze('doc', text + '\n\nAnna Berg said the port would reopen.');
    await assert.rejects(older, CancelledError);
    assert.deepEqual(await newer, analyzeArticle(text + '\n\nAnna Berg said the port would reopen.'));
  });

  it('does not cancel other keys', async () => {
    const pool = newPool();
    const [a, b] = await Promise.all([pool.analyze('a', sample), pool.analyze('b', sample.toUpperCase())]);
    assert.deepEqual(a, analyzeArticle(sample));
    assert.deepEqual(b, analyzeArticle(sample.toUpperCase()));
  });

  it('forget() cancels pending work and frees the cache', async () => {
    const pool = newPool();
    const pending = pool.analyze('doc', generateArticle(20_000));
    pool.forget('doc');
    await assert.rejects(pending, CancelledError);
    await pool.analyze('doc', sample);
    pool.forget('doc');
    const again = await pool.analyzeWithStats('doc', sample);
    assert.equal(again.stats.cached, 0);
  });

  it('does not keep a small document waiting behind the first pass of a long one', async () => {
    const pool = newPool();
    const done: string[] = [];
    const long = pool.analyze('long', generateArticle(150_000)).then(() => done.push('long'));
    const small = pool.analyze('small', sample).then(() => done.push('small'));
    await Promise.all([long, small]);
    assert.deepEqual(done, ['small', 'long']);
  });

  it('dispose() rejects pending work and later calls', async () => {
    const pool = newPool();
    const pending = pool.analyze('doc', sample);
    pool.dispose();
    await assert.rejects(pending, CancelledError);
    await assert.rejects(pool.analyze('doc', sample), /disposed/);
  });

  it('spreads a large first pass over helper workers, results in order', async () => {
    const pool = newPool({ maxWorkers: 2 });
    const text = generateArticle(110_000);
    const { analysis, stats } = await pool.analyzeWithStats('big', text);
    assert.equal(stats.workers, 2);
    assert.deepEqual(analysis, analyzeArticle(text));
  });

  it('hands a large result over in parts that join back to the whole, in order', () => {
    const analysis = analyzeArticle(generateArticle(40_000));
    const parts = splitResult(analysis, 8_000);
    assert.ok(parts.length > 3, `expected several parts, got ${parts.length}`);
    assert.deepEqual(parts.flatMap((p) => p.entities), analysis.entities);
    assert.deepEqual(parts.flatMap((p) => p.claims), analysis.claims);
    assert.ok(parts.every((p) => p.entities.length + p.claims.length > 0), 'no empty part');
  });

  it('restarts a crashed coordinator, tells onCrash listeners and retries the work', async () => {
    const pool = newPool({ workerPath: crashingWorker(dir) });
    const crashes: Error[] = [];
    pool.onCrash((e) => crashes.push(e));
    const text = `${sample}\n\nCRASH_COORDINATOR CRASH_ONCE=${path.join(dir, 'once')}\n`;
    assert.deepEqual(await pool.analyze('doc', text), analyzeArticle(text));
    assert.equal(crashes.length, 1);
    assert.match(crashes[0].message, /code 7/);
  });

  it('rejects work that crashes the worker every time, and keeps serving other work', async () => {
    const pool = newPool({ workerPath: crashingWorker(dir) });
    const crashes: Error[] = [];
    const listener = pool.onCrash((e) => crashes.push(e));
    await assert.rejects(pool.analyze('doc', 'CRASH_COORDINATOR always'), (e: Error) => !(e instanceof CancelledError) && /crashed/.test(e.message));
    assert.equal(crashes.length, 2, 'first attempt and one retry');
    assert.deepEqual(await pool.analyze('doc', sample), analyzeArticle(sample));
    listener.dispose();
  });

  it('restarts a crashed helper and retries its batch', async () => {
    process.env.CLAIMLENS_TEST_HELPER_CRASH = path.join(dir, 'helper-crashed');
    const pool = newPool({ workerPath: crashingWorker(dir), maxWorkers: 2 });
    const crashes: Error[] = [];
    pool.onCrash((e) => crashes.push(e));
    const text = generateArticle(60_000);
    assert.deepEqual(await pool.analyze('doc', text), analyzeArticle(text));
    assert.equal(crashes.length, 1);
    assert.match(crashes[0].message, /helper 1 crashed/);
  });

  it('the CLI sends large inputs through the pool, with the same result', async () => {
    const text = generateArticle(POOL_MIN_CHARS + 1000);
    const article = { path: 'big.md', label: 'big.md', text, languageId: 'markdown' as const };
    assert.ok(poolRoute(article), 'a large input takes the pool route');
    assert.equal(poolRoute({ ...article, text: sample }), undefined, 'a small one is analysed in-process');
    assert.deepEqual(await analyzeFile(article), analyzeArticle(text, { languageId: 'markdown' }));
  });

  it('reports a worker that cannot start instead of hanging', async () => {
    const pool = newPool({ workerPath: path.join(dir, 'missing-worker.js') });
    const crashes: Error[] = [];
    pool.onCrash((e) => crashes.push(e));
    await assert.rejects(pool.analyze('doc', sample), /crashed/);
    assert.ok(crashes.length >= 1);
  });
});
