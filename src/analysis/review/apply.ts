// A review on top of an analysis: the one reviewed Analysis every view, export and the CLI read.
// Names first (merges, types, canonical names, not-a-name), then claims (sources point at the
// corrected cards), then the claim items. Pure and cheap (no NLP): it runs after the worker's
// analysis and again whenever the review changes. The raw analysis is never modified.
import type { Analysis, Claim, Entity, OrphanedItem } from '../model';
import type { Anchor } from './anchor';
import { applyClaimItems } from './applyClaims';
import { applyEntityItems, resolveId } from './applyEntities';
import { isEmptyReview, type ReviewFile } from './model';

export interface ReviewApplication {
  /** The reviewed analysis (the raw one itself when there is nothing to apply). */
  analysis: Analysis;
  /** Claims the reviewer marked "not a claim", with the item that hides each (reversible). */
  hidden: Array<{ claim: Claim; itemId: string }>;
  /** Cards the reviewer marked "not a name", with the item that drops each. */
  ignored: Array<{ entity: Entity; itemId: string }>;
  /** Reviewed claim id -> ids of the review items applied to it (oldest first). */
  itemsByClaim: Map<string, string[]>;
  /** Reviewed entity id -> ids of the review items that changed it. */
  itemsByEntity: Map<string, string[]>;
  /** Claim item id -> where its words are in the text now. */
  anchors: Map<string, Anchor>;
  orphaned: OrphanedItem[];
}

export function applyReview(raw: Analysis, text: string, review: ReviewFile | undefined): ReviewApplication {
  const empty: ReviewApplication = {
    analysis: raw,
    hidden: [],
    ignored: [],
    itemsByClaim: new Map(),
    itemsByEntity: new Map(),
    anchors: new Map(),
    orphaned: [],
  };
  if (!review || isEmptyReview(review)) return empty;
  const names = applyEntityItems(raw.entities, review.entities);
  const byId = new Map(names.entities.map((e) => [e.id, e]));
  const claims = raw.claims.map((c) => retarget(c, names.redirect, byId));
  const result = applyClaimItems(claims, names.entities, text, review.claims);
  const orphaned = [...result.orphaned, ...names.orphaned];
  const analysis: Analysis = { schema: raw.schema, entities: names.entities, claims: result.claims };
  if (orphaned.length > 0) analysis.orphaned = orphaned;
  return {
    analysis,
    hidden: result.hidden,
    ignored: names.ignored,
    itemsByClaim: result.itemsByClaim,
    itemsByEntity: names.itemsByEntity,
    anchors: result.anchors,
    orphaned,
  };
}

/** A claim whose source card was merged, renamed or dropped points at what the card became. */
function retarget(claim: Claim, redirect: Map<string, string | null>, byId: Map<string, Entity>): Claim {
  const src = claim.source;
  if (!src?.entityId) return claim;
  const id = redirect.has(src.entityId) ? resolveId(redirect, src.entityId) : src.entityId;
  const entity = id === null ? undefined : byId.get(id);
  if (id === src.entityId && (!entity || entity.name === src.name)) return claim;
  // Not a name any more: the words stay as written, as for any unnamed source.
  const source = entity ? { ...src, entityId: entity.id, name: entity.name } : { ...src, entityId: null, name: src.text || src.name };
  return { ...claim, source };
}
