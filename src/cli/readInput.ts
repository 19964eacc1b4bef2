// Reading an article from a file or standard input: bytes -> text, with every way that can fail
// turned into an InputError carrying one human sentence (no errno dumps, no stack traces).
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { extname } from 'node:path';
import type { Language } from './args';

export interface Article {
  /** As given on the command line; `-` for standard input. */
  path: string;
  /** For messages and reports: the path, or `<stdin>`. */
  label: string;
  /** Decoded UTF-8, leading BOM removed (as VS Code's getText() does, so offsets agree). */
  text: string;
  languageId: Language;
}

export class InputError extends Error {
  constructor(
    readonly label: string,
    readonly reason: string,
  ) {
    super(`${label}: ${reason}`);
  }
}

export const STDIN_LABEL = '<stdin>';

export function formatSize(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

function tooLarge(label: string, size: number | null, maxSize: number): InputError {
  const what = size === null ? 'larger than' : `${formatSize(size)}, above`;
  return new InputError(label, `too large (${what} the ${formatSize(maxSize)} limit; see --max-size)`);
}

/** Index of the first byte that is not part of valid UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    // overlong forms, surrogates and code points above U+10FFFF are not UTF-8
    if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return i;
    i += need + 1;
  }
  return -1;
}

/** Bytes -> article text, refusing what is not a UTF-8 text article. */
export function decodeArticle(bytes: Uint8Array, label: string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new InputError(label, 'UTF-16 text is not supported; save the article as UTF-8');
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new InputError(label, `binary file (NUL byte at offset ${nul}), not a text article`);
  try {
    // fatal: a wrong encoding must be reported, not silently turned into U+FFFD (offsets would lie).
    // ignoreBOM false: the decoder drops a leading BOM, as VS Code does.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new InputError(label, `not valid UTF-8${at >= 0 ? ` (first bad byte at offset ${at})` : ''}; save the article as UTF-8`);
  }
}

export function languageFor(path: string, forced: Language | null): Language {
  if (forced) return forced;
  const ext = extname(path).toLowerCase();
  return ext === '.md' || ext === '.markdown' ? 'markdown' : 'plaintext';
}

/** A system error (open/read) as one sentence for the user. */
export function openError(label: string, err: unknown): InputError {
  const code = (err as NodeJS.ErrnoException).code;
  const reasons: Record<string, string> = {
    ENOENT: 'no such file',
    ENOTDIR: 'no such file (a part of the path is not a directory)',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'is a directory, not an article',
    ELOOP: 'too many symbolic links',
    ENAMETOOLONG: 'file name too long',
    EMFILE: 'too many open files',
  };
  return new InputError(label, (code && reasons[code]) ?? `cannot read (${code ?? String(err)})`);
}

/** Reads at most maxSize bytes from fd; throws when there is more (devices and pipes have no size). */
function readLimited(fd: number, label: string, maxSize: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(1 << 20, maxSize + 1 - total));
    const n = readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    total += n;
    if (total > maxSize) throw tooLarge(label, null, maxSize);
  }
  return Buffer.concat(chunks, total);
}

export function readArticleFile(path: string, maxSize: number, language: Language | null): Article {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (err) {
    throw openError(path, err);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new InputError(path, 'is a directory, not an article');
    if (stat.isFile() && stat.size > maxSize) throw tooLarge(path, stat.size, maxSize);
    let bytes: Buffer;
    try {
      bytes = readLimited(fd, path, maxSize);
    } catch (err) {
      if (err instanceof InputError) throw err;
      throw openError(path, err);
    }
    return { path, label: path, text: decodeArticle(bytes, path), languageId: languageFor(path, language) };
  } finally {
    closeSync(fd);
  }
}

/** Standard input as an article (plain text unless --language says otherwise). */
export async function readArticleStdin(stdin: NodeJS.ReadableStream, maxSize: number, language: Language | null): Promise<Article> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stdin) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    total += buf.length;
    if (total > maxSize) throw tooLarge(STDIN_LABEL, null, maxSize);
    chunks.push(buf);
  }
  const text = decodeArticle(Buffer.concat(chunks, total), STDIN_LABEL);
  return { path: '-', label: STDIN_LABEL, text, languageId: language ?? 'plaintext' };
}
