// The review file, schema `claimlens-review/1`: a fact-checker's verdicts, notes and corrections
// for one article, kept apart from the article (see README "Review files"). Items target text the
// W3C Web Annotation way (a quote with its context plus a position hint), so they survive edits of
// the article and changes of the analyser. JSON Schema: schemas/claimlens-review.schema.json.
import type { ClaimKind, EntityType, Verdict } from '../model';

export const REVIEW_SCHEMA = 'claimlens-review/1';

/** Characters of context kept on each side of a target's exact words. */
export const CONTEXT_CHARS = 32;

/** TextQuoteSelector (exact, prefix, suffix) plus a TextPositionSelector hint (start, end). */
export interface TextTarget {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

/** A corrected source: a name, resolved against the article's entities when applied. */
export interface SourceCorrection {
  name: string;
}

export interface ClaimItem {
  /** Unique within the file; gives each item an identity for merging. */
  id: string;
  target: TextTarget;
  verdict: Verdict;
  note: string;
  source?: SourceCorrection;
  /** True: not a claim (a false positive hidden by the reviewer). */
  hidden: boolean;
  /** True: a claim the analysis missed, added by the reviewer. */
  added: boolean;
  /** The claim's kind when reviewed (for an added claim, the kind it is given). */
  kind: ClaimKind;
  /** ISO 8601 time of the last change. */
  updated: string;
  /** Fields this version does not know, kept as they were so a newer writer's data survives. */
  extra?: Record<string, unknown>;
}

export interface EntityItem {
  id: string;
  /** Name forms this item targets; two or more that match different cards merge them. */
  names: string[];
  type?: EntityType;
  canonical?: string;
  /** True: not a name (the cards with these names are dropped). */
  ignore: boolean;
  updated: string;
  extra?: Record<string, unknown>;
}

export interface ReviewFile {
  schema: typeof REVIEW_SCHEMA;
  claims: ClaimItem[];
  entities: EntityItem[];
  extra?: Record<string, unknown>;
}

export function emptyReview(): ReviewFile {
  return { schema: REVIEW_SCHEMA, claims: [], entities: [] };
}

export function isEmptyReview(review: ReviewFile): boolean {
  return review.claims.length === 0 && review.entities.length === 0;
}

/** `harbour-strike.md` -> `harbour-strike.md.claimlens.json`. */
export const REVIEW_SUFFIX = '.claimlens.json';

export function reviewPathFor(articlePath: string): string {
  return articlePath + REVIEW_SUFFIX;
}

/** A review file (or its backup) is ClaimLens's own data, never an article to analyse. */
export function isReviewFilePath(path: string): boolean {
  return /\.claimlens\.json(\.bak(-\d+)?)?$/i.test(path);
}

/** FNV-1a, base 36: short deterministic ids for items written by hand without one. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** A new item id: time and randomness, so two editors adding items at once do not collide. */
export function newItemId(prefix: 'c' | 'e', now: number = Date.now()): string {
  return `${prefix}-${now.toString(36)}-${Math.floor(Math.random() * 36 ** 4).toString(36).padStart(4, '0')}`;
}
