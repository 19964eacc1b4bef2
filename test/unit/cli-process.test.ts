// The bundled CLI as a user runs it: a real process, real exit codes, stderr exactly one line per
// problem, no stack traces, nothing written to disk, no network.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, ftruncateSync, mkdtempSync, openSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { projectRoot } from '../vscode/paths';

const ROOT = projectRoot;
const ARTICLE = 'Port of Valmera\n\n"We did not choose this strike," Marisol Peña said. Dahl said the offer was fair.\n';

describe('cli: the bundled command', function () {
  this.timeout(120_000);
  let dir: string;
  let cliJs: string;

  const cli = (args: string[], options: { input?: string | Buffer; cwd?: string; preload?: string } = {}) => {
    const r = spawnSync(process.execPath, [...(options.preload ? ['--require', options.preload] : []), cliJs, ...args], {
      cwd: options.cwd ?? dir,
      input: options.input ?? '',
      encoding: 'utf8',
      env: { ...process.env, CLAIMLENS_DEBUG: '' },
    });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  const file = (name: string, content: string | Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'claimlens-cli-process-'));
    // Bundle the CLI on its own (as esbuild.mjs does) so this test does not depend on dist/ being fresh.
    cliJs = join(dir, 'bin', 'cli.js');
    buildSync({ entryPoints: [join(ROOT, 'src', 'cli', 'main.ts')], outfile: cliJs, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'error' });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const fiftyMegabytes = () => {
    // Sparse: a real 50 MB file to the size check, without writing 50 MB to a shared disk.
    const path = join(dir, 'huge.txt');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);
    return path;
  };

  const badInputs: [string, () => string, RegExp][] = [
    ['a missing file', () => join(dir, 'missing.txt'), /no such file/],
    ['a folder with no articles', () => mkdtempSync(join(dir, 'empty-')), /no articles in this folder/],
    ['a binary file', () => file('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])), /binary file \(NUL byte at offset 8\)/],
    ['invalid UTF-8', () => file('latin1.txt', Buffer.from('Caf\xe9 Peña said "ok".', 'latin1')), /not valid UTF-8 \(first bad byte at offset 3\)/],
    ['a 50 MB file (default limit 20 MB)', fiftyMegabytes, /too large \(50\.0 MB, above the 20\.0 MB limit; see --max-size\)/],
  ];
  for (const [what, make, reason] of badInputs) {
    it(`gives one line on stderr and exit 2 for ${what}`, () => {
      const path = make();
      const r = cli(['annotate', path]);
      assert.equal(r.code, 2);
      assert.equal(r.stdout, '');
      assert.equal(r.stderr.split('\n').length, 2, r.stderr);
      assert.ok(r.stderr.startsWith(`claimlens: ${path}: `), r.stderr);
      assert.match(r.stderr, reason);
      assert.doesNotMatch(r.stderr, /\n\s+at |Error:/);
    });
  }

  it('prints the usage line and exits 2 for an unknown option', () => {
    const r = cli(['annotate', '--verbose', 'x.txt']);
    assert.equal(r.code, 2);
    assert.equal(r.stderr.split('\n')[0], 'claimlens: unknown option: --verbose');
    assert.match(r.stderr.split('\n')[1], /^usage: claimlens annotate/);
  });

  it('annotates standard input, and writes nothing but stdout and stderr', () => {
    const work = mkdtempSync(join(dir, 'cwd-'));
    const article = join(work, 'article.md');
    writeFileSync(article, ARTICLE);
    const before = statSync(article).mtimeMs;
    const r = cli(['annotate', '-', article, '--format', 'jsonl'], { input: ARTICLE, cwd: work });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    assert.deepEqual(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).path), ['-', article]);
    assert.deepEqual(readdirSync(work), ['article.md']);
    assert.equal(statSync(article).mtimeMs, before);
  });

  it('runs with every network module made to throw', () => {
    const preload = file(
      'no-network.js',
      [
        "const mods = Object.fromEntries(['net', 'tls', 'http', 'https', 'http2', 'dgram', 'dns'].map((m) => [m, require(m)]));",
        'const deny = (what) => () => { throw new Error(`network use: ${what}`); };',
        "for (const [m, f] of [['net', 'connect'], ['net', 'createConnection'], ['net', 'createServer'], ['tls', 'connect'], ['http', 'request'], ['http', 'get'], ['https', 'request'], ['https', 'get'], ['http2', 'connect'], ['dgram', 'createSocket'], ['dns', 'lookup'], ['dns', 'resolve']]) mods[m][f] = deny(`${m}.${f}`);",
        "mods.net.Socket.prototype.connect = deny('net.Socket.connect');",
      ].join('\n'),
    );
    const r = cli(['annotate', file('net.txt', ARTICLE), '--format', 'text'], { preload });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    assert.match(r.stdout, /Claims by source/);
  });
});
