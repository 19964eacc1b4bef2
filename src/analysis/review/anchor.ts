// Finding a review item's words again in an edited text, as Web Annotation clients do: the exact
// words (nearest the position hint, preferring the copy whose context matches), then the words
// between the old prefix and suffix, then an approximate match of the words (Myers' bit-parallel
// algorithm, from approx-string-match) scored by errors, context and distance.
import approxSearch from 'approx-string-match';
import { CONTEXT_CHARS, type TextTarget } from './model';

export type AnchorMethod = 'position' | 'exact' | 'context' | 'fuzzy';

export interface Anchor {
  start: number;
  end: number;
  method: AnchorMethod;
}

/** The selector pair for `text.slice(start, end)`, with up to CONTEXT_CHARS of context each side. */
export function describeTarget(text: string, start: number, end: number): TextTarget {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: text.slice(end, end + CONTEXT_CHARS),
    start,
    end,
  };
}

/** Where the target's words are in `text` now, or undefined when they cannot be found. */
export function anchor(text: string, target: TextTarget): Anchor | undefined {
  const { exact, start } = target;
  if (!exact) return undefined;
  const atHint = text.slice(start, start + exact.length) === exact;
  // The usual case (nothing above the words changed) costs no search.
  if (atHint && (contextScore(text, target, start, start + exact.length) >= 0.5 || (!target.prefix && !target.suffix))) {
    return { start, end: start + exact.length, method: 'position' };
  }
  // Most edits are small and near: look around the hint before searching the whole text.
  const near = nearExact(text, target);
  if (near !== undefined) return { start: near, end: near + exact.length, method: 'exact' };
  const exactHit = bestExact(text, target);
  const exactAnchor = exactHit && { start: exactHit.at, end: exactHit.at + exact.length, method: exactHit.at === start ? ('position' as const) : ('exact' as const) };
  // The same words elsewhere with none of their old context (a repeated phrase) are a last resort:
  // the old place with its words edited, found by context or approximately, is a better answer.
  if (exactAnchor && (exactHit.context > 0 || (!target.prefix && !target.suffix))) return exactAnchor;
  return betweenContext(text, target) ?? fuzzy(text, target) ?? exactAnchor;
}

/** How well the text around [start, end) matches the target's prefix and suffix: 0 to 1. */
export function contextScore(text: string, target: TextTarget, start: number, end: number): number {
  const total = target.prefix.length + target.suffix.length;
  if (total === 0) return 0;
  let before = 0;
  while (before < target.prefix.length && text[start - 1 - before] === target.prefix[target.prefix.length - 1 - before]) before++;
  let after = 0;
  while (after < target.suffix.length && text[end + after] === target.suffix[after]) after++;
  return (before + after) / total;
}

/** The words within NEAR_WINDOW of the hint with most of their context, nearest the hint. */
function nearExact(text: string, target: TextTarget): number | undefined {
  const from = Math.max(0, target.start - NEAR_WINDOW);
  const window = text.slice(from, Math.min(text.length, target.end + NEAR_WINDOW));
  let best: number | undefined;
  for (let i = window.indexOf(target.exact); i >= 0; i = window.indexOf(target.exact, i + 1)) {
    const at = from + i;
    if (contextScore(text, target, at, at + target.exact.length) < 0.5) continue;
    if (best === undefined || Math.abs(at - target.start) < Math.abs(best - target.start)) best = at;
  }
  return best;
}

function bestExact(text: string, target: TextTarget): { at: number; context: number } | undefined {
  let best: { at: number; context: number } | undefined;
  for (let at = text.indexOf(target.exact); at >= 0; at = text.indexOf(target.exact, at + 1)) {
    // Context first (a paragraph inserted above moves every copy), then distance to the hint.
    const context = contextScore(text, target, at, at + target.exact.length);
    const better = !best || context > best.context + 1e-9 || (Math.abs(context - best.context) <= 1e-9 && Math.abs(at - target.start) < Math.abs(best.at - target.start));
    if (better) best = { at, context };
  }
  return best;
}

/** Minimum context on each side for the words between prefix and suffix to count as the target. */
const MIN_CONTEXT = 8;

/**
 * The old words were rewritten but their surroundings were not: take what lies between the old
 * prefix and suffix. Tried with the whole context, then with its inner half (an edit a few words
 * away from the claim changes the far end of its context, not the near end).
 */
function betweenContext(text: string, target: TextTarget): Anchor | undefined {
  const half = (s: string, fromEnd: boolean) => (fromEnd ? s.slice(Math.floor(s.length / 2)) : s.slice(0, Math.ceil(s.length / 2)));
  return between(text, target, target.prefix, target.suffix) ?? between(text, target, half(target.prefix, true), half(target.suffix, false));
}

function between(text: string, target: TextTarget, prefix: string, suffix: string): Anchor | undefined {
  if (prefix.length < MIN_CONTEXT || suffix.length < MIN_CONTEXT) return undefined;
  const { exact } = target;
  const maxGap = exact.length * 2 + CONTEXT_CHARS;
  let best: Anchor | undefined;
  for (let p = text.indexOf(prefix); p >= 0; p = text.indexOf(prefix, p + 1)) {
    const from = p + prefix.length;
    // Only the stretch a gap may span is searched: a prefix that repeats must not scan the text each time.
    const inWindow = text.slice(from, from + maxGap + suffix.length).indexOf(suffix);
    if (inWindow < 0) continue;
    const s = from + inWindow;
    const gap = s - from;
    if (gap === 0 || gap < exact.length / 2) continue;
    if (!best || Math.abs(from - target.start) < Math.abs(best.start - target.start)) best = { start: from, end: s, method: 'context' };
  }
  return best;
}

/** Errors allowed for an approximate match: a quarter of the words' length. */
export function maxErrorsFor(exact: string): number {
  return Math.floor(exact.length / 4);
}

/** Words shorter than this match approximately only when their context matches too. */
const SHORT = 16;

/**
 * Characters searched first (exact words) or only (approximate match) on each side of the position
 * hint. A search costs time in proportion to the text searched and runs again on every
 * re-analysis for an item that stays unplaced: on a long article the approximate search covers
 * only the neighbourhood of the old position (exact words and their context are found anywhere).
 */
export const NEAR_WINDOW = 8 * 1024;

function fuzzy(text: string, target: TextTarget): Anchor | undefined {
  const { exact } = target;
  const maxErrors = maxErrorsFor(exact);
  if (maxErrors === 0) return undefined;
  const reach = NEAR_WINDOW + exact.length;
  const from = Math.max(0, Math.min(target.start, text.length) - reach);
  const to = Math.min(text.length, target.start + reach);
  let best: Anchor | undefined;
  let bestScore = -Infinity;
  for (const found of approxSearch(text.slice(from, to), exact, maxErrors)) {
    const m = { start: found.start + from, end: found.end + from, errors: found.errors };
    const context = contextScore(text, target, m.start, m.end);
    if (exact.length < SHORT && context < 0.5) continue;
    const quality = 1 - m.errors / exact.length;
    const distance = Math.abs(m.start - target.start) / Math.max(1, text.length);
    const score = quality * 50 + context * 20 - distance * 2;
    if (score > bestScore) {
      best = { start: m.start, end: m.end, method: 'fuzzy' };
      bestScore = score;
    }
  }
  return best;
}
