// Guards for showing article text (and file names) where control characters would act instead of
// being read: a terminal (ESC sequences clear the screen, retitle the window or write the
// clipboard; CR overwrites a line) or a one-line message. Pure functions; no vscode, no compromise.

/**
 * C0 and C1 controls (except tab and line feed), DEL, and the bidi embeddings, overrides and
 * isolates that reorder what a reader sees ("Trojan Source"). Line feeds are handled separately.
 */
const ACTIVE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

function escapeChar(c: string): string {
  return `\\u{${c.charCodeAt(0).toString(16)}}`;
}

/** Text safe to print to a terminal: every active control shown as `\u{1b}`; tabs and line feeds kept. */
export function terminalSafe(text: string): string {
  return text.replace(ACTIVE, escapeChar);
}

/** Like terminalSafe, and line feeds shown as `\u{a}` too: for one-line messages (file names in errors). */
export function oneLine(text: string): string {
  return terminalSafe(text).replace(/\n/g, escapeChar);
}

/**
 * Longest analysis unit handed to compromise, in UTF-16 code units. compromise's cost grows
 * faster than linearly with the length of one paragraph (measured: a 100 KB line 11 s, 200 KB
 * 44 s, 1 MB many minutes), while news paragraphs stay far below this. Longer paragraphs (pasted
 * pages without line breaks, OCR) are cut into units at sentence ends.
 */
export const MAX_UNIT_CHARS = 6000;

const SENTENCE_END = /[.!?…]["”’»)\]]*\s+/g;
const CLAUSE_END = /[;:,]\s+/g;
const SPACE = /\s+/g;

/** The cut after the last match of `re` in text[from, to) that lies past `min`, or -1. */
function lastCut(text: string, re: RegExp, from: number, to: number, min: number): number {
  re.lastIndex = 0;
  let best = -1;
  let m: RegExpExecArray | null;
  const window = text.slice(from, to);
  while ((m = re.exec(window)) !== null) {
    const cut = from + m.index + m[0].length;
    if (cut > min && cut < to) best = cut;
    if (m[0].length === 0) re.lastIndex++;
  }
  return best;
}

/**
 * Splits text[start, end) into units of at most `max` code units, cutting after a sentence end
 * where possible, else after a clause mark, else at a space, else anywhere but inside a surrogate
 * pair. Units never start or end with white space; a short span comes back whole.
 */
export function splitLongUnit(text: string, start: number, end: number, max = MAX_UNIT_CHARS): Array<[number, number]> {
  if (end - start <= max) return [[start, end]];
  const out: Array<[number, number]> = [];
  let pos = start;
  while (end - pos > max) {
    const to = pos + max;
    const min = pos + Math.floor(max / 2);
    let cut = lastCut(text, SENTENCE_END, pos, to + 1, min);
    if (cut < 0) cut = lastCut(text, CLAUSE_END, pos, to + 1, min);
    if (cut < 0) cut = lastCut(text, SPACE, pos, to + 1, min);
    if (cut < 0) {
      cut = to;
      const c = text.charCodeAt(cut);
      if (c >= 0xdc00 && c <= 0xdfff && cut > pos + 1) cut--; // keep the surrogate pair together
    }
    let unitEnd = cut;
    while (unitEnd > pos && /\s/.test(text[unitEnd - 1])) unitEnd--;
    if (unitEnd > pos) out.push([pos, unitEnd]);
    pos = cut;
    while (pos < end && /\s/.test(text[pos])) pos++;
  }
  let last = end;
  while (last > pos && /\s/.test(text[last - 1])) last--;
  if (last > pos) out.push([pos, last]);
  return out;
}

/** What JSON.stringify leaves raw but a terminal would act on or reorder: C1 controls, DEL, bidi. */
const JSON_RAW_ACTIVE = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/**
 * JSON text with DEL, C1 controls, bidi controls and U+2028/2029 written as \u escapes. Lossless:
 * these characters only occur inside strings, and JSON.parse gives back exactly the same value.
 */
export function jsonTerminalSafe(json: string): string {
  return json.replace(JSON_RAW_ACTIVE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
