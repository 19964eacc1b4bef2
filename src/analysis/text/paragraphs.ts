// Splits an article into analysis units ("paragraphs"). Each unit is analysed on its own (and cached
// by its content), so a boundary must never cut a sentence: a soft-wrapped line joins the next one.
import { splitLongUnit } from './guards';

export interface Paragraph {
  /** Offset of the paragraph's first character in the analysed text. */
  start: number;
  end: number;
  text: string;
}

const TERMINAL = /[.!?:;"”’'»)\]]\s*$/;
const BLOCK_START = /^\s*(#{1,6}\s|[-*+]\s|\d+[.)]\s|>|\||```|~~~)/;
/** Lines shorter than this without final punctuation are headings or list items, not wrapped prose. */
const WRAP_MIN = 50;

/**
 * Blank lines always separate paragraphs. A single line break separates them too, unless the line
 * looks soft-wrapped: long, without terminal punctuation, and not followed by a Markdown block.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const lineRe = /[^\r\n]*(\r\n|\r|\n|$)/g;
  let paraStart = -1;
  let paraEnd = -1;
  let prevLine = '';
  let m: RegExpExecArray | null;
  const flush = () => {
    // A paragraph too long for compromise (a pasted page on one line) becomes several units.
    if (paraStart >= 0) for (const [s, e] of splitLongUnit(text, paraStart, paraEnd)) out.push({ start: s, end: e, text: text.slice(s, e) });
    paraStart = -1;
  };
  while ((m = lineRe.exec(text)) !== null && m[0].length > 0) {
    const lineStart = m.index;
    const line = m[0].replace(/[\r\n]+$/, '');
    const lineEnd = lineStart + line.length;
    if (line.trim() === '') {
      flush();
    } else {
      const continues =
        paraStart >= 0 && prevLine.length >= WRAP_MIN && !TERMINAL.test(prevLine) && !BLOCK_START.test(line) && !/^\s*#/.test(prevLine);
      if (!continues) flush();
      if (paraStart < 0) paraStart = lineStart + (line.length - line.trimStart().length);
      paraEnd = lineStart + line.trimEnd().length;
    }
    prevLine = line;
  }
  flush();
  return out;
}
