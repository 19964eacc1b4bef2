// Text utilities shared by the core: normalisation with an offset map, folding for name matching,
// and line/column lookup. Pure functions, no compromise, no vscode.

/**
 * Text prepared for analysis, with a way back to offsets in the original.
 * compromise misses names written with decomposed accents (NFD), so the core analyses NFC text;
 * NFC can shorten the string, so every reported offset goes through `toOriginal`.
 */
export interface PreparedText {
  original: string;
  /** NFC text handed to compromise. */
  text: string;
  /** Maps an index in `text` (0..text.length) to an index in `original`. */
  toOriginal(index: number): number;
}

const COMBINING = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/;

export function prepareText(original: string): PreparedText {
  const nfc = original.normalize('NFC');
  if (nfc === original) {
    return { original, text: original, toOriginal: (i) => i };
  }
  // Normalise cluster by cluster (a starter plus its combining marks) so each normalised index maps
  // to the start of the cluster it came from; cluster ends map exactly.
  const pieces: string[] = [];
  const map: number[] = []; // map[normIndex] = original index
  let i = 0;
  while (i < original.length) {
    let j = i + 1;
    // keep surrogate pairs together
    if (isHighSurrogate(original.charCodeAt(i)) && j < original.length && isLowSurrogate(original.charCodeAt(j))) j++;
    while (j < original.length && COMBINING.test(original[j])) j++;
    const cluster = original.slice(i, j);
    const norm = cluster.normalize('NFC');
    if (norm.length === cluster.length) {
      for (let k = 0; k < norm.length; k++) map.push(i + k);
    } else {
      for (let k = 0; k < norm.length; k++) map.push(k === 0 ? i : j);
    }
    pieces.push(norm);
    i = j;
  }
  map.push(original.length);
  const text = pieces.join('');
  return {
    original,
    text,
    toOriginal: (index) => map[Math.max(0, Math.min(index, map.length - 1))],
  };
}

export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Accent-, case- and punctuation-insensitive key: "González" and "GONZALEZ" fold alike. */
export function foldKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`´]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A URL- and id-friendly slug: "Edmundo González" -> "edmundo-gonzalez". */
export function slug(name: string): string {
  return foldKey(name).replace(/\s+/g, '-') || 'unnamed';
}

/** Zero-based line starts, for converting offsets to line:column (CRLF and CR aware). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) {
      starts.push(i + 1);
    }
  }
  return starts;
}

/** One-based line and column of an offset. */
export function lineColumn(starts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}
