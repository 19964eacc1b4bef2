// Where the development sets are, and what kind of gold each holds. Bundled to .cache/bench/ by
// bench/run-ts.mjs (or compiled to out/bench/ by tsc): the repository root is two folders up.
import { resolve } from 'node:path';
import type { GoldDoc } from './gold';

export const GUM_DEV = resolve(__dirname, '..', '..', '..', 'shared', 'benchmarks', 'gum-news-claims.dev.jsonl');

/** Converted by ../shared/tools/convert_polnear_local.py (see ../shared/benchmarks/README.md); git-ignored, never committed. */
export const POLNEAR_TRAIN = resolve(__dirname, '..', '..', '.cache', 'benchmarks', 'polnear-train.jsonl');

/** PolNeAR has no coreference and no names: pronoun speakers cannot be checked and there is no entity table. */
export function isPolnear(docs: GoldDoc[]): boolean {
  return docs.length > 0 && docs.every((d) => d.entities.length === 0 && /^PolNeAR\b/.test(d.source ?? ''));
}
