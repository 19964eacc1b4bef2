// Bytes of an article file -> its text, as VS Code reads it (UTF-8, a leading BOM dropped), or one
// sentence saying why the bytes are not a text article. Shared by the CLI and the workspace index.

export class DecodeError extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
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

/** Bytes -> article text, refusing what is not a UTF-8 text article (throws DecodeError). */
export function decodeText(bytes: Uint8Array): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new DecodeError('UTF-16 text is not supported; save the article as UTF-8');
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new DecodeError(`binary file (NUL byte at offset ${nul}), not a text article`);
  try {
    // fatal: a wrong encoding must be reported, not silently turned into U+FFFD (offsets would lie).
    // ignoreBOM false: the decoder drops a leading BOM, as VS Code does.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new DecodeError(`not valid UTF-8${at >= 0 ? ` (first bad byte at offset ${at})` : ''}; save the article as UTF-8`);
  }
}
