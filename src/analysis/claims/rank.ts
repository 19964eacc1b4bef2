// The attribution ranker: every candidate source of a claim gets a score from its named features
// (a weighted sum, weights in claims/weights.ts), the best one wins, and none is given when even
// the best is unlikely. The score's logistic is the source's confidence.
import type { Features } from './features';
import { THRESHOLD, WEIGHTS } from './weights';

export function score(f: Features): number {
  let z = 0;
  for (const k in f) z += (WEIGHTS[k] ?? 0) * f[k];
  return z;
}

export function confidence(f: Features): number {
  return 1 / (1 + Math.exp(-score(f)));
}

/** Candidates by score, best first (stable: on a tie the pattern proposed first wins). */
export function byScore<T extends { f: Features }>(candidates: readonly T[]): T[] {
  return candidates
    .map((c, i) => ({ c, i, s: score(c.f) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((x) => x.c);
}

/** The best candidate and its confidence, or null when the best is below the kind's threshold. */
export function choose<T extends { f: Features }>(candidates: readonly T[], kind: 'direct' | 'reported'): { candidate: T; confidence: number } | null {
  const [best] = byScore(candidates);
  if (!best) return null;
  const p = confidence(best.f);
  return p >= THRESHOLD[kind] ? { candidate: best, confidence: p } : null;
}
