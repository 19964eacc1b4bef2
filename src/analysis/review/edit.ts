// Changes a reviewer makes, as pure functions from one ReviewFile to the next (nothing is mutated):
// the extension's commands and the tests call these, so every rule about which item a change
// lands in lives here. A claim's change goes to the newest item already applied to it, or a new
// item targeting the claim's words; a card's change to its newest item, or a new item naming it.
import type { Claim, ClaimKind, Entity, EntityType, Span, Verdict } from '../model';
import { describeTarget } from './anchor';
import type { ReviewApplication } from './apply';
import { nameForms } from './applyEntities';
import { newItemId, type ClaimItem, type EntityItem, type ReviewFile } from './model';

export interface ClaimChange {
  verdict?: Verdict;
  note?: string;
  /** A corrected source's name; null: back to the analysed source. */
  source?: string | null;
  hidden?: boolean;
}

export function updateClaim(review: ReviewFile, app: ReviewApplication, claim: Claim, text: string, change: ClaimChange, now = new Date()): ReviewFile {
  const ids = app.itemsByClaim.get(claim.id) ?? [];
  const existing = review.claims.find((i) => i.id === ids[ids.length - 1]);
  const item: ClaimItem = existing
    ? { ...existing }
    : { id: newItemId('c', now.getTime()), target: describeTarget(text, claim.start, claim.end), verdict: 'unreviewed', note: '', hidden: false, added: false, kind: claim.kind, updated: '' };
  if (change.verdict !== undefined) item.verdict = change.verdict;
  if (change.note !== undefined) item.note = change.note.trim();
  if (change.source === null) delete item.source;
  else if (change.source !== undefined) item.source = { name: change.source.trim() };
  if (change.hidden !== undefined) item.hidden = change.hidden;
  item.updated = now.toISOString();
  const others = review.claims.filter((i) => i.id !== item.id);
  return { ...review, claims: isNoop(item) ? others : [...others, item] };
}

/** An item that says nothing (unreviewed, no note, no correction) is removed rather than kept. */
function isNoop(item: ClaimItem): boolean {
  return item.verdict === 'unreviewed' && !item.note && !item.source && !item.hidden && !item.added && !item.extra;
}

/** A claim the analysis missed: the selected words, with a kind and optionally a source. */
export function addClaim(review: ReviewFile, text: string, span: Span, kind: ClaimKind, source: string | undefined, now = new Date()): ReviewFile {
  const item: ClaimItem = {
    id: newItemId('c', now.getTime()),
    target: describeTarget(text, span.start, span.end),
    verdict: 'unreviewed',
    note: '',
    hidden: false,
    added: true,
    kind,
    updated: now.toISOString(),
  };
  if (source?.trim()) item.source = { name: source.trim() };
  return { ...review, claims: [...review.claims, item] };
}

/** Removes items (Revert to Automatic, discarding an orphan, restoring a hidden claim's only item). */
export function removeItems(review: ReviewFile, ids: readonly string[]): ReviewFile {
  const drop = new Set(ids);
  return { ...review, claims: review.claims.filter((i) => !drop.has(i.id)), entities: review.entities.filter((i) => !drop.has(i.id)) };
}

/** "Show as a claim again": the hiding item loses its flag, and goes when it says nothing else. */
export function restoreClaim(review: ReviewFile, itemId: string, now = new Date()): ReviewFile {
  const item = review.claims.find((i) => i.id === itemId);
  if (!item) return review;
  const next = { ...item, hidden: false, updated: now.toISOString() };
  const others = review.claims.filter((i) => i.id !== itemId);
  return { ...review, claims: isNoop(next) ? others : [...others, next] };
}

export interface EntityChange {
  ignore?: boolean;
  type?: EntityType;
  canonical?: string;
  /** Another card that is the same real-world entity. */
  mergeWith?: Entity;
}

export function updateEntity(review: ReviewFile, app: ReviewApplication, entity: Entity, change: EntityChange, now = new Date()): ReviewFile {
  const mine = app.itemsByEntity.get(entity.id) ?? [];
  const theirs = change.mergeWith ? (app.itemsByEntity.get(change.mergeWith.id) ?? []) : [];
  const existing = review.entities.find((i) => i.id === mine[mine.length - 1]) ?? review.entities.find((i) => i.id === theirs[theirs.length - 1]);
  const item: EntityItem = existing ? { ...existing } : { id: newItemId('e', now.getTime()), names: [], ignore: false, updated: '' };
  // Every form of the card(s), so the item still finds them when the analysis spells one differently.
  const merged = [entity, ...(change.mergeWith ? [change.mergeWith] : [])];
  item.names = [...new Set([...item.names, ...merged.flatMap(nameForms)])];
  if (change.ignore !== undefined) item.ignore = change.ignore;
  if (change.type !== undefined) item.type = change.type;
  if (change.canonical !== undefined) item.canonical = change.canonical.trim();
  if (change.mergeWith && !item.canonical) item.canonical = entity.name;
  item.updated = now.toISOString();
  // The merged card's own items fold into this one.
  const folded = new Set([...mine, ...theirs]);
  const others = review.entities.filter((i) => i.id !== item.id && !(change.mergeWith && folded.has(i.id)));
  return { ...review, entities: [...others, item] };
}
