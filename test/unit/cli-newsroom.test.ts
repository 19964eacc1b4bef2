// `claimlens annotate DIR` and `claimlens stats`: folders walked with the include/exclude rules,
// results in a stable order, totals equal to the per-file annotate output, the merge of map
// outputs, and bad paths reported without stopping the rest.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { buildSync } from 'esbuild';
import { run } from '../../src/cli/cli';
import type { Stats } from '../../src/analysis/output/stats';
import { projectRoot } from '../vscode/paths';
import { NEWSROOM } from './newsroomFactories';

interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(argv: string[], options: { stdin?: string; tty?: boolean } = {}): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const io = { stdout: (t: string) => void (stdout += t), stderr: (t: string) => void (stderr += t), stdin: Readable.from([Buffer.from(options.stdin ?? '')]), stderrIsTTY: options.tty };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

const jsonLines = (out: string) => out.trimEnd().split('\n').map((l) => JSON.parse(l) as { path: string; claims: Array<{ kind: string }> });

describe('cli: annotate DIR and stats', function () {
  this.timeout(120_000);
  let dir: string;
  let news: string;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'claimlens-newsroom-'));
    news = join(dir, 'news');
    cpSync(NEWSROOM, news, { recursive: true });
    // What a real folder also holds: dependencies, version control, other files, a nested folder.
    mkdirSync(join(news, 'node_modules', 'pkg'), { recursive: true });
    writeFileSync(join(news, 'node_modules', 'pkg', 'README.md'), '"Never read," said Anna Berg.\n');
    mkdirSync(join(news, '.git'));
    writeFileSync(join(news, '.git', 'description.txt'), '"Never read," said Anna Berg.\n');
    writeFileSync(join(news, 'notes.json'), '{}');
    mkdirSync(join(news, 'archive'));
    writeFileSync(join(news, 'archive', 'old-draft.txt'), '"We will see," said Jonas Berg, a councillor.\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('annotate DIR --format jsonl: one line per article in path order, with its path; reports, node_modules and .git left out', async () => {
    const r = await cli(['annotate', news, '--format', 'jsonl']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '', 'nothing extra on stderr when it is not a terminal');
    assert.deepEqual(
      jsonLines(r.stdout).map((l) => l.path),
      ['archive/old-draft.txt', 'barrier-costs.txt', 'flood-barrier.md', 'wetlands.md'].map((f) => join(news, f)),
    );
  });

  it('each line equals annotate of that file alone (parallel threads, same analysis)', async () => {
    const all = jsonLines((await cli(['annotate', news, '--format', 'jsonl'])).stdout);
    for (const line of all) {
      const alone = await cli(['annotate', line.path, '--format', 'json']);
      assert.equal(alone.code, 0, alone.stderr);
      const { path, ...rest } = line;
      assert.deepEqual(rest, JSON.parse(alone.stdout), path);
    }
  });

  it('--include and --exclude choose the files of a folder; named files are taken as given', async () => {
    const r = await cli(['annotate', news, '--format', 'jsonl', '--include', '**/*.md', '--exclude', 'wetlands.md']);
    assert.deepEqual(jsonLines(r.stdout).map((l) => l.path), [join(news, 'flood-barrier.md')]);
    const named = await cli(['annotate', join(news, 'wetlands.md'), '--format', 'jsonl', '--exclude', '**']);
    assert.deepEqual(jsonLines(named.stdout).map((l) => l.path), [join(news, 'wetlands.md')]);
  });

  it('a ClaimLens report named on the command line is skipped with a note and exit 2; the rest are annotated', async () => {
    const r = await cli(['annotate', join(news, 'claims-report.md'), join(news, 'wetlands.md'), '--format', 'jsonl']);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, `claimlens: ${join(news, 'claims-report.md')}: skipped: a ClaimLens report (its first line marks it), not an article\n`);
    assert.equal(jsonLines(r.stdout).length, 1);
  });

  it('--format json refuses a folder of several articles (jsonl is for several)', async () => {
    const r = await cli(['annotate', news, '--format', 'json']);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^claimlens: --format json prints one object, and these paths hold 5 files; use --format jsonl\n/);
  });

  it('stats totals equal the sums over per-file annotate output', async () => {
    const r = await cli(['stats', news, '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const stats = JSON.parse(r.stdout) as Stats;
    assert.equal(stats.schema, 'claimlens-stats/1');
    let claims = 0;
    let direct = 0;
    const perFile: Record<string, number> = {};
    for (const a of stats.articles) {
      const one = JSON.parse((await cli(['annotate', a.path, '--format', 'json'])).stdout) as { claims: Array<{ kind: string }> };
      claims += one.claims.length;
      direct += one.claims.filter((c) => c.kind === 'direct').length;
      perFile[a.path] = one.claims.length;
      assert.equal(a.claims, one.claims.length, a.path);
    }
    assert.equal(stats.totals.articles, 4);
    assert.deepEqual([stats.totals.claims, stats.totals.direct, stats.totals.reported], [claims, direct, claims - direct]);
    const t = stats.totals.bySourceType;
    assert.equal(t.person + t.organization + t.unnamed + t.none, claims);
    assert.ok(stats.sources.some((s) => s.name === 'Helga Brandvold' && s.articles.length === 2), JSON.stringify(stats.sources.map((s) => s.name)));
  });

  it('stats --from-jsonl merges map outputs (annotate jsonl halves, or stats of halves) into the stats of the whole', async () => {
    const whole = (await cli(['stats', news, '--format', 'json'])).stdout;
    const a = join(dir, 'part-a.jsonl');
    const b = join(dir, 'part-b.jsonl');
    writeFileSync(a, (await cli(['annotate', join(news, 'archive'), join(news, 'wetlands.md'), '--format', 'jsonl'])).stdout);
    writeFileSync(b, (await cli(['annotate', join(news, 'barrier-costs.txt'), join(news, 'flood-barrier.md'), '--format', 'jsonl'])).stdout);
    const merged = await cli(['stats', '--from-jsonl', a, b, '--format', 'json']);
    assert.equal(merged.code, 0, merged.stderr);
    assert.deepEqual(JSON.parse(merged.stdout), JSON.parse(whole));
    // a reduce of reduces: stats of each half (pretty JSON files), merged again; one half from standard input
    const sa = join(dir, 'stats-a.json');
    writeFileSync(sa, (await cli(['stats', '--from-jsonl', a, '--format', 'json'])).stdout);
    const sb = (await cli(['stats', '--from-jsonl', b, '--format', 'json'])).stdout;
    const again = await cli(['stats', '--from-jsonl', sa, '-', '--format', 'json'], { stdin: sb });
    assert.equal(again.code, 0, again.stderr);
    assert.deepEqual(JSON.parse(again.stdout), JSON.parse(whole));
  });

  it('stats --from-jsonl reports bad lines and missing files, counts the good lines, exits 2', async () => {
    const good = (await cli(['annotate', join(news, 'wetlands.md'), '--format', 'jsonl'])).stdout;
    const mixed = join(dir, 'mixed.jsonl');
    writeFileSync(mixed, `${good}not json\n{"schema":"claimlens/1","entities":[],"claims":[]}\n`);
    const r = await cli(['stats', '--from-jsonl', mixed, join(dir, 'missing.jsonl'), '--format', 'json']);
    assert.equal(r.code, 2);
    assert.equal(
      r.stderr,
      [`claimlens: ${mixed}:2: not valid JSON`, `claimlens: ${mixed}:3: a claimlens/1 line without its "path" (use annotate --format jsonl)`, `claimlens: ${join(dir, 'missing.jsonl')}: no such file`, ''].join('\n'),
    );
    assert.equal((JSON.parse(r.stdout) as Stats).totals.articles, 1);
  });

  it('bad paths and unreadable files are reported, one line each, and the rest still counted', async () => {
    const mixed = join(dir, 'mixed-folder');
    cpSync(join(news, 'wetlands.md'), join(mixed, 'wetlands.md'));
    writeFileSync(join(mixed, 'scan.txt'), Buffer.from([0x49, 0x00, 0x01]));
    symlinkSync(join(dir, 'gone.md'), join(mixed, 'dangling.md'));
    const r = await cli(['stats', join(dir, 'nope'), mixed, '--format', 'json']);
    assert.equal(r.code, 2);
    assert.equal(
      r.stderr,
      [
        `claimlens: ${join(dir, 'nope')}: no such file`,
        `claimlens: ${join(mixed, 'dangling.md')}: no such file`,
        `claimlens: ${join(mixed, 'scan.txt')}: binary file (NUL byte at offset 1), not a text article`,
        '',
      ].join('\n'),
    );
    assert.deepEqual((JSON.parse(r.stdout) as Stats).articles.map((a) => a.path), [join(mixed, 'wetlands.md')]);
  });

  it('draws a progress line on stderr only when it is a terminal, and erases it', async () => {
    const r = await cli(['stats', news, '--format', 'csv'], { tty: true });
    assert.equal(r.code, 0);
    assert.match(r.stderr, /\r\x1b\[Kclaimlens: analysing \d\/\d /);
    assert.ok(r.stderr.endsWith('\r\x1b[K'), JSON.stringify(r.stderr));
    assert.match(r.stdout, /^row,name,type,claims/);
  });

  it('usage errors for stats: unknown option, format, and result options mixed with article options', async () => {
    for (const [argv, message] of [
      [['stats', news, '--frobnicate'], /^claimlens: unknown option: --frobnicate\n/],
      [['stats', news, '--format', 'yaml'], /^claimlens: --format: unknown value "yaml"/],
      [['stats', '--from-jsonl', 'a.jsonl', '--include', '*.md'], /choose articles; --from-jsonl reads results/],
      [['stats'], /stats needs at least one FILE or DIR/],
      [['--format', 'json', 'stats', news], /options go after the command/],
    ] as Array<[string[], RegExp]>) {
      const r = await cli(argv);
      assert.equal(r.code, 2, argv.join(' '));
      assert.equal(r.stdout, '');
      assert.match(r.stderr, message);
    }
  });
});

describe('cli: stats as a process', function () {
  this.timeout(120_000);
  it('reports a file without read permission (run as user nobody when root) and counts the others', function () {
    const base = mkdtempSync(join(tmpdir(), 'claimlens-stats-proc-'));
    try {
      chmodSync(base, 0o755);
      const cliJs = join(base, 'cli.js');
      buildSync({ entryPoints: [join(projectRoot, 'src', 'cli', 'main.ts')], outfile: cliJs, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'error' });
      // the pool's worker script sits next to the bundle, as in dist/
      buildSync({ entryPoints: [join(projectRoot, 'src', 'worker', 'analysisWorker.ts')], outfile: join(base, 'worker.js'), bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'error' });
      const news = join(base, 'news');
      cpSync(NEWSROOM, news, { recursive: true });
      chmodSync(news, 0o755);
      const secret = join(news, 'secret.txt');
      writeFileSync(secret, '"Hidden," said Anna Berg.\n');
      chmodSync(secret, 0o000);
      const asRoot = process.getuid?.() === 0;
      const r = spawnSync(process.execPath, [cliJs, 'stats', news, '--format', 'json'], { encoding: 'utf8', ...(asRoot ? { uid: 65534, gid: 65534 } : {}), env: { ...process.env, CLAIMLENS_DEBUG: '' } });
      if (asRoot && (r.status === null || /cannot find module|EACCES.*cli\.js/i.test(r.stderr))) {
        console.log(`      skipped: cannot run the CLI as user nobody here (${r.error?.message ?? r.stderr.split('\n')[0]})`);
        this.skip();
      }
      assert.equal(r.status, 2, r.stderr);
      assert.equal(r.stderr, `claimlens: ${secret}: permission denied\n`, 'one line, no progress line when stderr is a pipe');
      assert.deepEqual((JSON.parse(r.stdout) as Stats).articles.map((a) => a.path.slice(news.length + 1)), ['barrier-costs.txt', 'flood-barrier.md', 'wetlands.md']);
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });
});
