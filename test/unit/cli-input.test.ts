// The CLI's argument parsing and input decoding: pure parts, no analysis, no subprocess.
import * as assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { DEFAULT_MAX_SIZE, UsageError, parseArgs, parseSize } from '../../src/cli/args';
import { InputError, decodeArticle, openError, firstInvalidUtf8, languageFor, readArticleFile, readArticleStdin } from '../../src/cli/readInput';

function reasonOf(f: () => unknown): string {
  try {
    f();
  } catch (err) {
    assert.ok(err instanceof InputError, `expected an InputError, got ${String(err)}`);
    return err.reason;
  }
  assert.fail('expected an InputError');
}

describe('cli: arguments', () => {
  it('parses files, formats and options in any order', () => {
    assert.deepEqual(parseArgs(['annotate', 'a.txt', '--format', 'jsonl', 'b.md', '--max-size=1M']), {
      kind: 'annotate',
      files: ['a.txt', 'b.md'],
      format: 'jsonl',
      maxSize: 1024 * 1024,
      language: null,
      review: 'auto',
    });
    const c = parseArgs(['annotate', '-', '-f', 'markdown', '--language', 'markdown']);
    assert.ok(c.kind === 'annotate' && c.files[0] === '-' && c.format === 'markdown' && c.language === 'markdown');
    assert.ok(c.kind === 'annotate' && c.maxSize === DEFAULT_MAX_SIZE);
  });

  it('treats everything after -- as a file, even when it starts with a dash', () => {
    const c = parseArgs(['annotate', '--', '--weird.txt']);
    assert.ok(c.kind === 'annotate');
    assert.deepEqual(c.files, ['--weird.txt']);
  });

  it('answers --help and --version before anything else', () => {
    assert.deepEqual(parseArgs(['annotate', 'x', '--help']), { kind: 'help' });
    assert.equal(parseArgs(['--version']).kind, 'version');
    assert.equal(parseArgs(['annotate', 'x', '-V']).kind, 'version');
  });

  for (const [argv, message] of [
    [[], 'no command'],
    [['frobnicate', 'x'], 'unknown command: frobnicate'],
    [['annotate'], 'annotate needs at least one FILE'],
    [['annotate', 'x', '--format', 'yaml'], '--format: unknown value "yaml"'],
    [['annotate', 'x', '--format'], '--format needs a value'],
    [['annotate', 'x', '--colour'], 'unknown option: --colour'],
    [['annotate', 'a', 'b', '--format', 'json'], 'use --format jsonl for several files'],
    [['annotate', '-', '-'], 'standard input (-) can be read only once'],
    [['annotate', 'x', '--max-size', 'lots'], '--max-size: not a size: lots'],
  ] as [string[], string][]) {
    it(`rejects ${JSON.stringify(argv)} with "${message}"`, () => {
      assert.throws(() => parseArgs(argv), (e: unknown) => e instanceof UsageError && e.message.includes(message));
    });
  }

  it('reads sizes in bytes or with 1024-based units', () => {
    assert.equal(parseSize('1000'), 1000);
    assert.equal(parseSize('512k'), 512 * 1024);
    assert.equal(parseSize('20MB'), 20 * 1024 * 1024);
    assert.equal(parseSize('1.5G'), 1.5 * 1024 ** 3);
    assert.throws(() => parseSize('0'), UsageError);
  });
});

describe('cli: decoding an article', () => {
  it('strips a leading UTF-8 BOM (as VS Code does) and keeps CRLF', () => {
    const text = decodeArticle(Buffer.from('\ufeffSaid Ana,\r\n"hi"', 'utf8'), 'f');
    assert.equal(text, 'Said Ana,\r\n"hi"');
  });

  it('refuses binary data, naming the first NUL byte', () => {
    assert.equal(reasonOf(() => decodeArticle(Buffer.from([0x41, 0x42, 0x00, 0x43]), 'f')), 'binary file (NUL byte at offset 2), not a text article');
  });

  it('refuses invalid UTF-8, naming the first bad byte', () => {
    const bytes = Buffer.concat([Buffer.from('café ', 'utf8'), Buffer.from([0xe9, 0x74, 0xe9])]); // Latin-1 "été"
    assert.equal(reasonOf(() => decodeArticle(bytes, 'f')), 'not valid UTF-8 (first bad byte at offset 6); save the article as UTF-8');
  });

  it('refuses UTF-16 with a hint rather than as binary', () => {
    assert.match(reasonOf(() => decodeArticle(Buffer.from('\ufeffhi', 'utf16le'), 'f')), /UTF-16/);
  });

  it('finds the first invalid byte exactly where TextDecoder rejects (random bytes)', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 10 }), (noise, valid) => {
        const bytes = Buffer.concat([Buffer.from(valid, 'utf8'), noise]);
        let ok = true;
        try {
          strict.decode(bytes);
        } catch {
          ok = false;
        }
        const at = firstInvalidUtf8(bytes);
        assert.equal(at === -1, ok);
        if (!ok) strict.decode(bytes.subarray(0, at)); // everything before it is valid
      }),
      { seed: 42, numRuns: 2000 },
    );
  });

  it('treats .md and .markdown as Markdown unless told otherwise', () => {
    assert.equal(languageFor('a/Story.MD', null), 'markdown');
    assert.equal(languageFor('story.markdown', null), 'markdown');
    assert.equal(languageFor('story.txt', null), 'plaintext');
    assert.equal(languageFor('story.md', 'plaintext'), 'plaintext');
  });
});

describe('cli: reading files', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'claimlens-cli-input-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a file as text with its language', () => {
    const path = join(dir, 'a.md');
    writeFileSync(path, '\ufeff# Title\n');
    assert.deepEqual(readArticleFile(path, DEFAULT_MAX_SIZE, null), { path, label: path, text: '# Title\n', languageId: 'markdown' });
  });

  it('reads an empty file as empty text', () => {
    const path = join(dir, 'empty.txt');
    writeFileSync(path, '');
    assert.equal(readArticleFile(path, DEFAULT_MAX_SIZE, null).text, '');
  });

  it('says what is wrong with a missing file, a directory, a file under a file', () => {
    mkdirSync(join(dir, 'folder'));
    writeFileSync(join(dir, 'plain.txt'), 'x');
    assert.equal(reasonOf(() => readArticleFile(join(dir, 'nope.txt'), DEFAULT_MAX_SIZE, null)), 'no such file');
    assert.equal(reasonOf(() => readArticleFile(join(dir, 'folder'), DEFAULT_MAX_SIZE, null)), 'is a directory, not an article');
    assert.match(reasonOf(() => readArticleFile(join(dir, 'plain.txt', 'x'), DEFAULT_MAX_SIZE, null)), /^no such file/);
  });

  it('refuses a file above the size limit without reading it, and a device that never ends', () => {
    const path = join(dir, 'big.txt');
    writeFileSync(path, 'a'.repeat(2048));
    assert.equal(reasonOf(() => readArticleFile(path, 1024, null)), 'too large (2.0 KB, above the 1.0 KB limit; see --max-size)');
    assert.equal(readArticleFile(path, 2048, null).text.length, 2048);
    assert.equal(reasonOf(() => readArticleFile('/dev/zero', 1024, null)), 'too large (larger than the 1.0 KB limit; see --max-size)');
  });

  it('says "permission denied" for an unreadable file', function () {
    if (process.getuid?.() === 0) {
      console.log('      skipped: running as root, where chmod 000 does not stop reads (the next test simulates EACCES)');
      this.skip();
    }
    const path = join(dir, 'secret.txt');
    writeFileSync(path, 'x');
    chmodSync(path, 0o000);
    assert.equal(reasonOf(() => readArticleFile(path, DEFAULT_MAX_SIZE, null)), 'permission denied');
  });

  it('turns an EACCES/EPERM from the system into "permission denied" (simulated, works as root too)', () => {
    for (const code of ['EACCES', 'EPERM']) {
      const err = Object.assign(new Error(`${code}: permission denied, open 'x'`), { code });
      assert.equal(openError('x', err).reason, 'permission denied');
    }
    assert.equal(openError('x', Object.assign(new Error('odd'), { code: 'EIO' })).reason, 'cannot read (EIO)');
  });

  it('reads standard input up to the limit', async () => {
    const a = await readArticleStdin(Readable.from([Buffer.from('\ufeffHello '), Buffer.from('world')]), 100, null);
    assert.deepEqual(a, { path: '-', label: '<stdin>', text: 'Hello world', languageId: 'plaintext' });
    await assert.rejects(readArticleStdin(Readable.from([Buffer.alloc(60, 65), Buffer.alloc(60, 65)]), 100, null), (e: unknown) => e instanceof InputError && /too large/.test(e.reason));
  });
});
