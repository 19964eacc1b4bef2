// Verifies the bundled CLI on bad input as a user meets it: one clear line on stderr, exit 2, no
// stack trace, and nothing written anywhere (fixture folder, working folder, HOME and TMPDIR all
// unchanged). Complements cli-process.test.ts (the CLI owner's) with the cases it does not cover:
// an unreadable file even as root, hostile file names, mixed good and bad files, more encodings,
// and terminal control sequences inside article text.
import * as assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chmodSync, closeSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { buildSync } from 'esbuild';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { run } from '../../src/cli/cli';
import { fuzzCase, fuzzSeed } from '../fuzz/arbitraries';
import { projectRoot } from '../vscode/paths';

const ROOT = projectRoot;
const GOOD = 'Harbour strike\n\n"We will not move," Marta Núñez said. Li Wei said the offer was fair.\n';
const NOBODY = 65534;

/** Every file and folder under dir with its size and mtime: equal snapshots mean nothing was written. */
function snapshot(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const st = statSync(p, { throwIfNoEntry: false }) ?? { size: -1, mtimeMs: -1, isDirectory: () => false };
      out.push(`${relative(dir, p)} ${st.size} ${st.mtimeMs}`);
      if (st.isDirectory()) walk(p);
    }
  };
  walk(dir);
  return out;
}

describe('cli errors: bad input to the bundled command', function () {
  this.timeout(180_000);
  let base: string; // holds the bundle (outside the watched folders)
  let fixtures: string;
  let cwd: string;
  let home: string;
  let tmp: string;
  let cliJs: string;
  let watched: Record<string, string[]>;

  const cli = (args: string[], extra: SpawnSyncOptions = {}) => {
    const r = spawnSync(process.execPath, [cliJs, ...args], {
      cwd,
      input: '',
      encoding: 'utf8',
      env: { ...process.env, HOME: home, TMPDIR: tmp, TMP: tmp, TEMP: tmp, CLAIMLENS_DEBUG: '' },
      ...extra,
    });
    return { code: r.status, stdout: String(r.stdout), stderr: String(r.stderr), error: r.error?.message };
  };
  const fixture = (name: string, content: string | Buffer, mode = 0o644) => {
    const p = join(fixtures, name);
    writeFileSync(p, content);
    chmodSync(p, mode);
    watched[fixtures] = snapshot(fixtures); // the test's own writes; only the CLI's must not happen
    return p;
  };
  /** One line on stderr naming the file, exit 2, nothing on stdout, no trace of a stack. */
  const assertOneLineError = (r: ReturnType<typeof cli>, reason: RegExp) => {
    assert.equal(r.code, 2, `exit code; stderr: ${r.stderr}`);
    assert.equal(r.stdout, '');
    const lines = r.stderr.split('\n');
    assert.equal(lines.length, 2, `expected one line: ${JSON.stringify(r.stderr)}`);
    assert.equal(lines[1], '');
    assert.match(lines[0], /^claimlens: /);
    assert.match(lines[0], reason);
    assert.doesNotMatch(r.stderr, /\bat .*:\d+:\d+|Error:|errno|node:internal/);
  };

  before(() => {
    base = mkdtempSync(join(tmpdir(), 'claimlens-clierr-'));
    chmodSync(base, 0o755); // another user must reach the bundle (unreadable-file test as root)
    cliJs = join(base, 'cli.js');
    buildSync({ entryPoints: [join(ROOT, 'src', 'cli', 'main.ts')], outfile: cliJs, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'error' });
    chmodSync(cliJs, 0o644);
    for (const d of ['fixtures', 'cwd', 'home', 'tmp']) mkdirSync(join(base, d), { mode: 0o777 });
    [fixtures, cwd, home, tmp] = ['fixtures', 'cwd', 'home', 'tmp'].map((d) => join(base, d));
    for (const d of [fixtures, cwd, home, tmp]) chmodSync(d, 0o777);
  });
  after(() => rmSync(base, { recursive: true, force: true }));
  beforeEach(() => {
    watched = Object.fromEntries([fixtures, cwd, home, tmp].map((d) => [d, snapshot(d)]));
  });
  afterEach(function () {
    if (this.currentTest?.state !== 'passed') return;
    for (const [d, before] of Object.entries(watched)) assert.deepEqual(snapshot(d), before, `the CLI wrote into ${d}`);
  });

  it('a binary file (PNG header with NUL bytes)', () => {
    const p = fixture('photo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    assertOneLineError(cli(['annotate', p]), /photo\.png: binary file/);
  });

  it('invalid UTF-8 of several kinds: Latin-1, a truncated sequence, an encoded surrogate, an overlong form', () => {
    const cases: Array<[string, Buffer]> = [
      ['latin1.txt', Buffer.from('Marta Nu\xf1ez said "s\xed".', 'latin1')],
      ['truncated.txt', Buffer.concat([Buffer.from('Li Wei said "ok" '), Buffer.from([0xe2, 0x80])])],
      ['surrogate.txt', Buffer.concat([Buffer.from('x '), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from(' y')])],
      ['overlong.txt', Buffer.from([0x61, 0xc0, 0xaf, 0x62])],
    ];
    for (const [name, bytes] of cases) assertOneLineError(cli(['annotate', fixture(name, bytes)]), new RegExp(`${name.replace('.', '\\.')}: not valid UTF-8`));
  });

  it('UTF-16 text gets a hint, not a decoding error', () => {
    const p = fixture('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Li Wei said "ok".', 'utf16le')]));
    assertOneLineError(cli(['annotate', p]), /UTF-16/);
  });

  it('a folder with no articles in it', () => {
    const empty = join(fixtures, 'empty-folder');
    mkdirSync(empty);
    watched[fixtures] = snapshot(fixtures);
    try {
      assertOneLineError(cli(['annotate', empty]), /empty-folder: no articles in this folder/);
    } finally {
      rmSync(empty, { recursive: true });
      watched[fixtures] = snapshot(fixtures);
    }
  });

  it('a missing file, and a path through a file', () => {
    assertOneLineError(cli(['annotate', join(fixtures, 'nope.txt')]), /nope\.txt: no such file/);
    const f = fixture('plain.txt', GOOD);
    assertOneLineError(cli(['annotate', join(f, 'inside.txt')]), /no such file/);
  });

  it('a symbolic link loop', () => {
    const loop = join(fixtures, 'loop');
    symlinkSync('loop', loop);
    try {
      assertOneLineError(cli(['annotate', loop]), /symbolic links/);
    } finally {
      rmSync(loop);
      watched[fixtures] = snapshot(fixtures);
    }
  });

  it('a file without read permission (as root: run as user nobody, since root reads anything)', function () {
    const p = fixture('secret.txt', GOOD, 0o000);
    const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    let r;
    if (asRoot) {
      r = cli(['annotate', p], { uid: NOBODY, gid: NOBODY });
      // Another user may be unable to run node or read the bundle on some machines: say so and skip.
      if (r.code === null || (r.code !== 2 && /EACCES|EPERM|cannot find module|permission denied.*cli\.js/i.test(r.stderr))) {
        console.log(`      skipped: cannot run the CLI as uid ${NOBODY} here (${r.error ?? r.stderr.split('\n')[0]})`);
        this.skip();
      }
    } else {
      r = cli(['annotate', p]);
    }
    assertOneLineError(r, /secret\.txt: permission denied/);
  });

  it('a 50 MB file: refused by the documented 20 MB limit, without reading it', () => {
    const p = join(fixtures, 'huge.txt');
    const fd = openSync(p, 'w');
    ftruncateSync(fd, 50 * 1024 * 1024); // sparse: the size is real, the disk is spared
    closeSync(fd);
    watched[fixtures] = snapshot(fixtures);
    try {
      assertOneLineError(cli(['annotate', p]), /huge\.txt: too large \(50\.0 MB, above the 20\.0 MB limit/);
      // and the same over standard input, where there is no size to look at first
      const big = Buffer.alloc(21 * 1024 * 1024, 0x61);
      assertOneLineError(cli(['annotate', '-'], { input: big }), /<stdin>: too large/);
    } finally {
      rmSync(p);
      watched[fixtures] = snapshot(fixtures);
    }
  });

  it('a file name with a line break and terminal escapes still gives exactly one inert line', () => {
    const name = 'evil\nname\u001b[2J\u001b]0;pwned\u0007.txt';
    const r = cli(['annotate', join(fixtures, name)]);
    assertOneLineError(r, /no such file/);
    assert.doesNotMatch(r.stderr, /\u001b|\u0007/);
    const p = fixture(name, Buffer.from([0, 1, 2]));
    const r2 = cli(['annotate', p]);
    assertOneLineError(r2, /binary file/);
    assert.doesNotMatch(r2.stderr, /\u001b|\u0007/);
  });

  it('good and bad files together: the good ones are annotated, one line per bad one, exit 2', () => {
    const good = fixture('good.txt', GOOD);
    const bin = fixture('bin.dat', Buffer.from([1, 0, 2]));
    const r = cli(['annotate', good, join(fixtures, 'missing.txt'), bin, '--format', 'jsonl']);
    assert.equal(r.code, 2);
    const lines = r.stderr.trimEnd().split('\n');
    assert.equal(lines.length, 2, r.stderr);
    assert.match(lines[0], /missing\.txt: no such file/);
    assert.match(lines[1], /bin\.dat: binary file/);
    const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { path: string; claims: unknown[] });
    assert.deepEqual(out.map((o) => o.path), [good]);
    assert.ok(out[0].claims.length > 0);
  });

  it('terminal control sequences inside an article are shown, not sent raw (text and markdown formats)', () => {
    const p = fixture('escapes.txt', 'Marta Núñez said: "We will \u001b[2J\u001b]52;c;aGk=\u0007 strike\u202e now." Li Wei agreed.\r\n');
    for (const format of ['text', 'markdown']) {
      const r = cli(['annotate', p, '--format', format]);
      assert.equal(r.code, 0, r.stderr);
      assert.doesNotMatch(r.stdout, /[\u001b\u0007\u202e\r]/, `${format} output carries raw controls`);
      assert.match(r.stdout, /\\u\{1b\}\\?\[2J/, `${format}: the escape should be visible`);
    }
    const json = cli(['annotate', p, '--format', 'json']);
    assert.equal(json.code, 0);
    assert.doesNotMatch(json.stdout, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/, 'JSON escapes C0, C1 and bidi controls');
    const claim = (JSON.parse(json.stdout) as { claims: Array<{ text: string }> }).claims[0];
    assert.ok(claim.text.includes('\u001b[2J'), 'JSON keeps the exact text (escaped in the encoding only)');
  });

  it('an empty file and a file of only a BOM are fine: exit 0, empty analysis', () => {
    for (const [name, content] of [['empty.txt', ''], ['bom.txt', '\ufeff']] as const) {
      const r = cli(['annotate', fixture(name, content), '--format', 'json']);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stderr, '');
      const a = JSON.parse(r.stdout) as { entities: unknown[]; claims: unknown[] };
      assert.deepEqual([a.entities, a.claims], [[], []]);
    }
  });

  it(`property: any bytes in any format give exit 0 or 2, one line per bad file, never a stack (seed ${fuzzSeed(77)})`, async () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      fuzzCase.map((c) => new Uint8Array(Buffer.from(c.text, 'utf8'))),
      fc.tuple(fuzzCase, fc.uint8Array({ minLength: 1, maxLength: 4 })).map(([c, junk]) => new Uint8Array(Buffer.concat([Buffer.from(c.text, 'utf8'), Buffer.from(junk)]))),
    );
    const samples = fc.sample(fc.tuple(bytes, fc.constantFrom('json', 'jsonl', 'text', 'markdown'), fc.constantFrom('a.txt', 'a.md')), { seed: fuzzSeed(77), numRuns: 80 });
    for (const [data, format, name] of samples) {
      const p = fixture(name, Buffer.from(data));
      let out = '';
      let err = '';
      const code = await run(['annotate', p, '--format', format], { stdout: (t) => void (out += t), stderr: (t) => void (err += t), stdin: Readable.from([]) });
      assert.ok(code === 0 || code === 2, `exit ${code} for ${JSON.stringify(Buffer.from(data).toString('latin1').slice(0, 80))}: ${err}`);
      if (code === 2) {
        assert.equal(out, '');
        assert.equal(err.split('\n').length, 2, err);
      } else {
        assert.equal(err, '');
        if (format === 'json') assert.equal(JSON.parse(out).schema, 'claimlens/1');
        if (format === 'text' || format === 'markdown') assert.doesNotMatch(out, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/, 'raw control characters reach the terminal');
      }
      assert.doesNotMatch(err, /\n\s+at |Error:/);
    }
  });
});
