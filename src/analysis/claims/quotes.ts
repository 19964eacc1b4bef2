// Quotation-mark scanning for one paragraph. compromise's quotations() silently drops quotes of four
// or more sentences, so marks are paired here by their context instead.
import type { QuoteFact } from '../facts';

const DOUBLE_OPEN = '“„«';
const DOUBLE_CLOSE = '”»';
const SINGLE_OPEN = '‘‹';
const SINGLE_CLOSE = '’›';
const LETTER = /[\p{L}\p{N}]/u;
const SPACE_OR_OPENER = /[\s([{\u2014\u2013\-/]/;

interface Mark {
  at: number;
  /** Length of the mark (2 for the TeX/PTB pairs `` and ''). */
  len: number;
  double: boolean;
  /** Context allows an opening mark here (start of text or after a space or bracket). */
  canOpen: boolean;
  /** Context allows a closing mark here (after a non-space). */
  canClose: boolean;
  /** The glyph only ever opens or only ever closes. */
  glyph: 'open' | 'close' | 'either';
}

/** Every character markAt can take for a quotation mark (a lone backtick is none, but `` is). */
const MARK_CHARS = `\`'"${DOUBLE_OPEN}${DOUBLE_CLOSE}${SINGLE_OPEN}${SINGLE_CLOSE}`;

function markAt(text: string, i: number): Mark | undefined {
  const c = text[i];
  // Most characters are no mark: skip the context tests below for them.
  if (!MARK_CHARS.includes(c)) return undefined;
  const prev = i > 0 ? text[i - 1] : '';
  const afterOpen = prev === '' || SPACE_OR_OPENER.test(prev) || DOUBLE_OPEN.includes(prev) || SINGLE_OPEN.includes(prev);
  const twoChar = (c === '`' && text[i + 1] === '`') || (c === "'" && text[i + 1] === "'");
  const len = twoChar ? 2 : 1;
  const next = text[i + len] ?? '';
  const canOpen = afterOpen && next !== '' && !/\s/.test(next);
  const canClose = prev !== '' && !/\s/.test(prev);
  // The TeX/PTB pair (`` … '') is unambiguous, and converters often leave a space after ``.
  if (twoChar) return { at: i, len, double: true, canOpen: c === '`' ? afterOpen : canOpen, canClose, glyph: c === '`' ? 'open' : 'close' };
  // Double marks may also open right after a colon or comma with no space (`he said:"Hello"`).
  const dOpen = canOpen || (/[:,;]/.test(prev) && next !== '' && !/\s/.test(next));
  if (c === '"') return { at: i, len, double: true, canOpen: dOpen, canClose, glyph: 'either' };
  // Guillemets are often spaced (« Bonjour »): their glyph alone says which side they are.
  if (c === '«') return { at: i, len, double: true, canOpen: next !== '', canClose: false, glyph: 'open' };
  if (c === '»') return { at: i, len, double: true, canOpen: false, canClose: prev !== '', glyph: 'close' };
  if (DOUBLE_OPEN.includes(c)) return { at: i, len, double: true, canOpen: dOpen || !canClose, canClose, glyph: 'open' };
  if (DOUBLE_CLOSE.includes(c)) return { at: i, len, double: true, canOpen: dOpen, canClose, glyph: 'close' };
  if (c === "'" || SINGLE_OPEN.includes(c) || SINGLE_CLOSE.includes(c)) {
    // An apostrophe inside a word ("Maduro's", "O'Connell", "don't") is never a quotation mark.
    if (LETTER.test(prev) && LETTER.test(next)) return undefined;
    // Elisions at a word start: "'90s", "'em", "'til".
    if (afterOpen && /^(\d\d?s\b|\d\d\b|em\b|til\b|tis\b|twas\b|n\b|cause\b)/i.test(text.slice(i + 1, i + 6))) return undefined;
    const glyph = SINGLE_OPEN.includes(c) ? 'open' : SINGLE_CLOSE.includes(c) ? 'close' : 'either';
    return { at: i, len, double: false, canOpen, canClose: canClose && !LETTER.test(next), glyph };
  }
  return undefined;
}

/**
 * Finds quotations in one paragraph. Double marks are paired first; single marks count as quotation
 * marks only outside double quotes (British style) and only when a closing mark is found, except a
 * curly opening one, which may run on to the next paragraph like a double one.
 * A paragraph boundary always ends a quote, so an unbalanced mark cannot swallow the document.
 */
export function scanQuotes(text: string): QuoteFact[] {
  const marks: Mark[] = [];
  for (let i = 0; i < text.length; i++) {
    const m = markAt(text, i);
    if (m) {
      marks.push(m);
      i += m.len - 1;
    }
  }
  const out: QuoteFact[] = [];
  pair(text, marks.filter((m) => m.double), true, out);
  const outside = marks.filter((m) => !m.double && !out.some((q) => q.open < m.at && m.at < (q.unclosed ? text.length : q.end)));
  const singles: QuoteFact[] = [];
  pair(text, outside, false, singles);
  // A single-quoted span may not straddle a double-quoted one: quotes never overlap.
  for (const s of singles) if (!out.some((d) => d.open < s.close && s.open < d.close)) out.push(s);
  return out.sort((a, b) => a.start - b.start);
}

function pair(text: string, marks: Mark[], double: boolean, out: QuoteFact[]): void {
  // A mark's role comes from its context first and its glyph second: writers and converters mix up
  // curly marks ("decision.“ However"), but a mark after a word and before a space always closes.
  const opens = (m: Mark) => m.canOpen && (m.glyph !== 'close' || !m.canClose);
  const closes = (m: Mark) => m.canClose && (m.glyph !== 'open' || !m.canOpen);
  let open: Mark | undefined;
  for (let k = 0; k < marks.length; k++) {
    const m = marks[k];
    if (!open) {
      if (opens(m)) open = m;
      continue;
    }
    if (!closes(m)) {
      // A fresh explicit opening mark while one is pending: the pending one was never closed, so the
      // new one wins rather than pairing across text the writer did not quote.
      if (opens(m) && (m.glyph === 'open' || !double)) open = m;
      continue;
    }
    // A plural possessive ("workers' union") looks like a closing single mark: prefer a later one.
    if (!double && /s$/.test(text.slice(0, m.at)) && /^\s+\p{Ll}/u.test(text.slice(m.at + 1)) && marks.slice(k + 1).some(closes)) {
      continue;
    }
    push(text, open, m, out);
    open = undefined;
  }
  if (open && (double || open.glyph === 'open')) push(text, open, undefined, out);
}

function push(text: string, open: Mark, close: Mark | undefined, out: QuoteFact[]): void {
  let start = open.at + open.len;
  let end = close ? close.at : text.length;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end <= start) return;
  out.push({
    start,
    end,
    unclosed: !close,
    open: open.at,
    close: close ? close.at + close.len : text.length,
    single: !open.double,
  });
}
