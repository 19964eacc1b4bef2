// Nothing reaches the network: the analysis, the worker pool and the CLI run with every Node
// network entry point made to throw, still produce their results, and no socket ever exists.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import * as http from 'node:http';
import * as dns from 'node:dns';
import * as net from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { buildSync } from 'esbuild';
import { analyzeArticle } from '../../src/analysis';
import { AnalysisPool } from '../../src/worker/pool';
import { assertValidAnalysis } from '../fuzz/invariants';
import { fuzzCase } from '../fuzz/arbitraries';
import { installNetworkTrap, liveNetworkResources } from '../fuzz/noNetwork';
import { projectRoot } from '../vscode/paths';

const ROOT = projectRoot;
const SAMPLE = join(ROOT, 'samples', 'harbour-strike.md');
const SEED_ARTICLE = resolve(ROOT, '..', 'shared', 'samples', 'seed.txt');
const TRAP_JS = resolve(__dirname, '../fuzz/noNetwork.js');
const WORKER_JS = resolve(__dirname, '../../src/worker/analysisWorker.js');

describe('no network', function () {
  this.timeout(180_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'claimlens-nonet-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('the trap itself catches sockets, HTTP, DNS and fetch (so a pass below means something)', () => {
    const trap = installNetworkTrap();
    try {
      assert.throws(() => http.get('http://127.0.0.1:9/'), /forbidden/);
      assert.throws(() => net.connect(9, '127.0.0.1'), /forbidden/);
      assert.throws(() => new net.Socket().connect(9, '127.0.0.1'), /forbidden/);
      assert.throws(() => dns.lookup('localhost', () => undefined), /forbidden/);
      assert.throws(() => (globalThis as unknown as { fetch: (u: string) => unknown }).fetch('http://127.0.0.1:9/'), /forbidden/);
      assert.deepEqual(trap.attempts, ['http.get', 'net.connect', 'net.Socket.prototype.connect', 'dns.lookup', 'globalThis.fetch']);
    } finally {
      trap.restore();
    }
    assert.equal(typeof http.get, 'function');
    assert.notEqual(http.get.name, 'trapped');
  });

  it('analyzeArticle finds entities and claims with the network trapped (sample, seed, hostile text)', function () {
    const texts: Array<[string, string]> = [['samples/harbour-strike.md', readFileSync(SAMPLE, 'utf8')]];
    if (existsSync(SEED_ARTICLE)) texts.push(['seed.txt', readFileSync(SEED_ARTICLE, 'utf8')]);
    else console.log(`      (seed article not found at ${SEED_ARTICLE}: analysing the project sample and hostile text only)`);
    const hostile = fc.sample(fuzzCase, { seed: 99, numRuns: 30 });
    const trap = installNetworkTrap();
    try {
      for (const [name, text] of texts) {
        const a = analyzeArticle(text, { languageId: name.endsWith('.md') ? 'markdown' : 'plaintext' });
        assertValidAnalysis(text, a, name);
        assert.ok(a.entities.length > 0 && a.claims.length > 0, `${name}: nothing found`);
      }
      for (const c of hostile) assertValidAnalysis(c.text, analyzeArticle(c.text, { languageId: c.languageId }));
      assert.deepEqual(trap.attempts, []);
      assert.deepEqual(liveNetworkResources(), []);
    } finally {
      trap.restore();
    }
  });

  it('the worker pool analyses with the network trapped in every worker thread', async function () {
    // npm test builds dist/ first: a missing worker is a broken build, not a reason to skip.
    assert.ok(existsSync(WORKER_JS), `no compiled worker at ${WORKER_JS}: run node esbuild.mjs`);
    const attemptsFile = join(dir, 'worker-attempts.txt');
    writeFileSync(attemptsFile, '');
    const wrapper = join(dir, 'trapped-worker.js');
    writeFileSync(
      wrapper,
      `const trap = require(${JSON.stringify(TRAP_JS)}).installNetworkTrap();
const push = trap.attempts.push.bind(trap.attempts);
trap.attempts.push = (...a) => { require('node:fs').appendFileSync(${JSON.stringify(attemptsFile)}, a.join('\\n') + '\\n'); return push(...a); };
require(${JSON.stringify(WORKER_JS)});
`,
    );
    const text = readFileSync(SAMPLE, 'utf8');
    const pool = new AnalysisPool({ workerPath: wrapper, maxWorkers: 2 });
    try {
      const a = await pool.analyze('sample', text, { languageId: 'markdown' });
      assertValidAnalysis(text, a);
      assert.deepEqual(a, analyzeArticle(text, { languageId: 'markdown' }));
    } finally {
      pool.dispose();
    }
    assert.equal(readFileSync(attemptsFile, 'utf8'), '');
  });

  it('the preload trap reports a program that does use the network', () => {
    const report = join(dir, 'probe-report.json');
    const r = spawnSync(process.execPath, ['--require', TRAP_JS, '-e', "try { require('node:http').get('http://127.0.0.1:9/') } catch {}"], {
      encoding: 'utf8',
      env: { ...process.env, CLAIMLENS_NET_TRAP_REPORT: report },
    });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(readFileSync(report, 'utf8')).attempts, ['http.get']);
  });

  it('the bundled CLI annotates with the network trapped, and no network handle ever exists', () => {
    const cliJs = join(dir, 'cli.js');
    buildSync({ entryPoints: [join(ROOT, 'src', 'cli', 'main.ts')], outfile: cliJs, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'error' });
    const report = join(dir, 'cli-report.json');
    const article = join(dir, 'article.md');
    writeFileSync(article, readFileSync(SAMPLE));
    chmodSync(article, 0o644);
    const r = spawnSync(process.execPath, ['--require', TRAP_JS, cliJs, 'annotate', article, '--format', 'json'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, CLAIMLENS_NET_TRAP_REPORT: report },
    });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '');
    const out = JSON.parse(r.stdout) as { schema: string; claims: unknown[] };
    assert.equal(out.schema, 'claimlens/1');
    assert.ok(out.claims.length > 0);
    const seen = JSON.parse(readFileSync(report, 'utf8')) as { attempts: string[]; resources: string[] };
    assert.deepEqual(seen, { attempts: [], resources: [] });
  });
});
