// Reading an article from a file or standard input: bytes -> text, with every way that can fail
// turned into an InputError carrying one human sentence (no errno dumps, no stack traces).
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { extname } from 'node:path';
import type { Language } from './args';
import { DecodeError, decodeText } from '../analysis/text/decode';

export { firstInvalidUtf8 } from '../analysis/text/decode';

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

/** Bytes -> article text, refusing what is not a UTF-8 text article (see analysis/text/decode.ts). */
export function decodeArticle(bytes: Uint8Array, label: string): string {
  try {
    return decodeText(bytes);
  } catch (err) {
    throw err instanceof DecodeError ? new InputError(label, err.reason) : err;
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
