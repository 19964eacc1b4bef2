// Text utilities shared by the core: normalisation with an offset map, folding for name matching,
// and line/column lookup. Pure functions, no compromise, no vscode.
import { upperBound } from './search';

/**
 * Text prepared for analysis, with a way back to offsets in the original.
 * compromise misses names written with decomposed accents (NFD), so the core analyses NFC text;
 * NFC can shorten (or, for a few characters, lengthen) the string, so every reported offset goes
 * through the maps below.
 */
export interface PreparedText {
  original: string;
  /** NFC text handed to compromise. */
  text: string;
  /**
   * Maps an index in `text` (0..text.length) to an index in `original`; monotone. Inside a
   * character whose normalisation changed it rounds up (to the end of that character).
   */
  toOriginal(index: number): number;
  /** Like `toOriginal` but rounds down inside such a character: to widen a span that would collapse. */
  toOriginalStart(index: number): number;
}

/**
 * No character below U+0300 is changed by NFC or composes with the character before it (checked
 * over all of Unicode against the canonical decompositions), so NFC never acts across the gap
 * before one: the text can be normalised chunk by chunk, and only chunks that change need work.
 */
const SAFE_BOUNDARY_BELOW = 0x300;

/** A character below U+0300 followed only by combining diacritical marks: always one grapheme. */
const BASE_AND_MARKS = /^[\u0000-\u02ff][\u0300-\u036f]+$/;

let graphemes: Intl.Segmenter | undefined;
function segmentGraphemes(s: string): string[] {
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return Array.from(graphemes.segment(s), (g) => g.segment);
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  // never end inside a surrogate pair
  if (n > 0 && isHighSurrogate(a.charCodeAt(n - 1))) n--;
  return n;
}

function commonSuffix(a: string, b: string, prefix: number): number {
  let n = 0;
  while (n < a.length - prefix && n < b.length - prefix && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  if (n > 0 && isLowSurrogate(a.charCodeAt(a.length - n))) n--;
  return n;
}

/** Merges neighbouring graphemes that NFC composes across, so each group normalises on its own. */
function groupWhereNfcJoins(parts: string[]): string[] {
  const out: string[] = [];
  for (const g of parts) {
    const last = out.length - 1;
    if (last >= 0 && (out[last] + g).normalize('NFC') !== out[last].normalize('NFC') + g.normalize('NFC')) out[last] += g;
    else out.push(g);
  }
  return out;
}

export function prepareText(original: string): PreparedText {
  if (original.normalize('NFC') === original) return unchangedText(original);
  const map: OffsetMap = { pieces: [], up: [], down: [] };
  let i = 0;
  while (i < original.length) {
    const j = chunkEnd(original, i);
    mapChunk(map, original.slice(i, j), i);
    i = j;
  }
  map.up.push(original.length);
  map.down.push(original.length);
  const { up, down } = map;
  const clamp = (index: number) => Math.max(0, Math.min(index, up.length - 1));
  return {
    original,
    text: map.pieces.join(''),
    toOriginal: (index) => snapToCodePoint(original, up[clamp(index)], true),
    toOriginalStart: (index) => snapToCodePoint(original, down[clamp(index)], false),
  };
}

function unchangedText(original: string): PreparedText {
  const snap = (i: number, up: boolean) => snapToCodePoint(original, Math.max(0, Math.min(i, original.length)), up);
  return { original, text: original, toOriginal: (i) => snap(i, true), toOriginalStart: (i) => snap(i, false) };
}

/**
 * Normalised text built piece by piece. up[n] / down[n]: original index for normalised index n,
 * rounding up or down inside a character whose normalisation changed its length. Exact at every
 * unchanged position.
 */
interface OffsetMap {
  pieces: string[];
  up: number[];
  down: number[];
}

/** End of the chunk starting at `i`: the next character NFC cannot join to what comes before it. */
function chunkEnd(original: string, i: number): number {
  let j = i + 1;
  while (j < original.length && original.charCodeAt(j) >= SAFE_BOUNDARY_BELOW) j++;
  return j;
}

function mapChunk(map: OffsetMap, chunk: string, at: number): void {
  const norm = chunk.normalize('NFC');
  // unchanged, or one letter with its accents (the common NFD case): a single grapheme
  if (norm === chunk || chunk.length === 1 || BASE_AND_MARKS.test(chunk)) return place(map, chunk, norm, at);
  // Finer: grapheme by grapheme, when NFC does not act across graphemes (it almost never does);
  // finer offsets keep a span over one changed letter from widening to the whole chunk.
  const parts = groupWhereNfcJoins(segmentGraphemes(chunk));
  const normParts = parts.map((g) => g.normalize('NFC'));
  if (normParts.join('') !== norm) return place(map, chunk, norm, at);
  let from = at;
  parts.forEach((g, k) => {
    place(map, g, normParts[k], from);
    from += g.length;
  });
}

function place(map: OffsetMap, piece: string, norm: string, at: number): void {
  const { pieces, up, down } = map;
  pieces.push(norm);
  if (norm === piece) {
    for (let k = 0; k < norm.length; k++) up.push(at + k), down.push(at + k);
    return;
  }
  // Changed (composed, decomposed or reordered): the unchanged head and tail map exactly
  // (a mark after a space must not pull the space into a span); the changed middle rounds.
  const head = commonPrefix(piece, norm);
  const tail = commonSuffix(piece, norm, head);
  const midEnd = at + piece.length - tail;
  for (let k = 0; k < norm.length; k++) {
    if (k <= head) up.push(at + k), down.push(at + k);
    else if (k >= norm.length - tail) up.push(midEnd + k - (norm.length - tail)), down.push(midEnd + k - (norm.length - tail));
    else up.push(midEnd), down.push(at + head);
  }
}

/** Moves an offset that falls inside a surrogate pair to the pair's end (`up`) or start. */
export function snapToCodePoint(text: string, offset: number, up: boolean): number {
  if (offset > 0 && offset < text.length && isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset))) {
    return up ? offset + 1 : offset - 1;
  }
  return offset;
}

export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Folded keys of short strings already seen: the document pass folds the same few thousand names
 * on every re-analysis, and the fold (NFD plus three regex passes) dominated it. Bounded: cleared
 * when full, so a stream of distinct strings cannot grow it without limit.
 */
const folded = new Map<string, string>();
const FOLD_MEMO_MAX = 50_000;
const FOLD_MEMO_CHARS = 200;

/** Accent-, case- and punctuation-insensitive key: "González" and "GONZALEZ" fold alike. */
export function foldKey(name: string): string {
  if (name.length > FOLD_MEMO_CHARS) return fold(name);
  let key = folded.get(name);
  if (key === undefined) {
    if (folded.size >= FOLD_MEMO_MAX) folded.clear();
    key = fold(name);
    folded.set(name, key);
  }
  return key;
}

function fold(name: string): string {
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

/** Zero-based index of the line holding an offset (binary search over `lineStarts`). */
export function lineIndexOf(starts: number[], offset: number): number {
  // (line 0 for an offset before the first start, as for an empty list)
  return Math.max(0, upperBound(starts, offset, (x) => x) - 1);
}

/** One-based line and column of an offset. */
export function lineColumn(starts: number[], offset: number): { line: number; column: number } {
  const line = lineIndexOf(starts, offset);
  return { line: line + 1, column: offset - starts[line] + 1 };
}
