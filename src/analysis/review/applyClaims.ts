// Claim items on top of an analysis: each item's words are anchored in the text, then the item
// applies to the analysed claim its words overlap most (ids and exact spans change between
// analyser versions; the words do not). Verdicts and notes, corrected sources, hidden false
// positives and claims the analysis missed. What cannot be placed is reported, never dropped.
import type { Claim, ClaimSource, Entity, OrphanedItem, Span } from '../model';
import { SpanIndex } from '../output/lookup';
import { foldKey } from '../text/text';
import { anchor, type Anchor } from './anchor';
import { nameForms } from './applyEntities';
import type { ClaimItem } from './model';

export interface ClaimsResult {
  claims: Claim[];
  hidden: Array<{ claim: Claim; itemId: string }>;
  /** Reviewed claim id -> ids of the items applied to it, oldest first. */
  itemsByClaim: Map<string, string[]>;
  /** Item id -> where its words are now. */
  anchors: Map<string, Anchor>;
  orphaned: OrphanedItem[];
}

/** An item's words must cover at least this share of the shorter of the two spans to apply to a claim. */
const MIN_COVER = 0.5;
/** An added claim merges into an analysed one only when the two are about the same words. */
const MIN_SAME = 0.6;

export function applyClaimItems(claimsIn: readonly Claim[], entities: readonly Entity[], text: string, items: readonly ClaimItem[]): ClaimsResult {
  const claims = claimsIn.map((c) => ({ ...c }));
  const out: ClaimsResult = { claims, hidden: [], itemsByClaim: new Map(), anchors: new Map(), orphaned: [] };
  const index = new SpanIndex(claims);
  const added: Claim[] = [];
  const hidden = new Map<Claim, string>();
  const usedIds = new Set(claims.map((c) => c.id));
  for (const item of [...items].sort((a, b) => (a.updated < b.updated ? -1 : a.updated > b.updated ? 1 : 0))) {
    const at = anchor(text, item.target);
    if (!at) {
      if (!item.hidden || item.verdict !== 'unreviewed' || item.note) out.orphaned.push(orphan(item, 'text-not-found'));
      continue;
    }
    out.anchors.set(item.id, at);
    let claim = bestClaim([...index.overlapping(at.start, at.end), ...added.filter((c) => c.start < at.end && c.end > at.start)], at, item.added);
    if (!claim && item.added) {
      claim = newClaim(item, at, text, usedIds);
      added.push(claim);
    }
    if (!claim) {
      if (!item.hidden) out.orphaned.push(orphan(item, 'no-claim-there'));
      continue;
    }
    applyItem(claim, item, entities, text);
    if (item.hidden) hidden.set(claim, item.id);
    else hidden.delete(claim);
    const list = out.itemsByClaim.get(claim.id) ?? [];
    list.push(item.id);
    out.itemsByClaim.set(claim.id, list);
  }
  for (const [claim, itemId] of hidden) out.hidden.push({ claim, itemId });
  const hiddenIds = new Set([...hidden.keys()].map((c) => c.id));
  out.claims = [...claims, ...added].filter((c) => !hidden.has(c)).sort((a, b) => a.start - b.start || a.end - b.end);
  for (const c of out.claims) if (c.continues && hiddenIds.has(c.continues)) delete c.continues;
  return out;
}

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** The claim the anchored words are about: most overlap relative to the union of the two spans. */
export function bestClaim(candidates: Claim[], at: Span, added: boolean): Claim | undefined {
  let best: Claim | undefined;
  let bestScore = 0;
  for (const c of candidates) {
    const shared = overlap(c, at);
    if (shared === 0) continue;
    const cover = shared / Math.max(1, Math.min(c.end - c.start, at.end - at.start));
    const same = shared / Math.max(1, Math.max(c.end, at.end) - Math.min(c.start, at.start));
    if (cover < MIN_COVER || (added && same < MIN_SAME)) continue;
    if (same > bestScore) {
      best = c;
      bestScore = same;
    }
  }
  return best;
}

function newClaim(item: ClaimItem, at: Anchor, text: string, usedIds: Set<string>): Claim {
  let n = 1;
  while (usedIds.has(`r${n}`)) n++;
  usedIds.add(`r${n}`);
  return { id: `r${n}`, kind: item.kind, start: at.start, end: at.end, text: text.slice(at.start, at.end), source: null, cue: null, edited: ['added'] };
}

function applyItem(claim: Claim, item: ClaimItem, entities: readonly Entity[], text: string): void {
  if (item.source) {
    claim.source = correctedSource(item.source.name, claim, entities, text);
    if (!claim.edited?.includes('source')) claim.edited = [...(claim.edited ?? []), 'source'];
  }
  if (item.verdict !== 'unreviewed' || item.note) claim.review = { verdict: item.verdict, note: item.note, updated: item.updated };
  else delete claim.review;
}

/**
 * The source a reviewer named: the article's entity of that name when there is one, located at
 * its mention nearest the claim; otherwise the name as typed, at its nearest occurrence in the text
 * (or an empty span at the claim when the text never spells it).
 */
export function correctedSource(name: string, claim: Span, entities: readonly Entity[], text: string): ClaimSource {
  const key = foldKey(name);
  const entity = entities.find((e) => foldKey(e.name) === key) ?? entities.find((e) => nameForms(e).some((n) => foldKey(n) === key));
  const spans = entity ? entity.mentions : occurrences(text, name);
  const outside = spans.filter((m) => m.end <= claim.start || m.start >= claim.end);
  const near = nearest(outside.length > 0 ? outside : spans, claim);
  const span = near ?? { start: claim.start, end: claim.start };
  return {
    name: entity ? entity.name : name,
    entityId: entity ? entity.id : null,
    start: span.start,
    end: span.end,
    text: text.slice(span.start, span.end),
    confidence: 1,
  };
}

function occurrences(text: string, words: string): Span[] {
  const out: Span[] = [];
  if (!words) return out;
  for (let at = text.indexOf(words); at >= 0 && out.length < 1000; at = text.indexOf(words, at + 1)) out.push({ start: at, end: at + words.length });
  return out;
}

function nearest(spans: readonly Span[], claim: Span): Span | undefined {
  const distance = (m: Span) => (m.end <= claim.start ? claim.start - m.end : m.start >= claim.end ? m.start - claim.end : 0);
  let best: Span | undefined;
  for (const m of spans) if (!best || distance(m) < distance(best)) best = m;
  return best ? { start: best.start, end: best.end } : undefined;
}

function orphan(item: ClaimItem, reason: OrphanedItem['reason']): OrphanedItem {
  const o: OrphanedItem = { kind: 'claim', id: item.id, reason, exact: item.target.exact, start: item.target.start, end: item.target.end };
  if (item.verdict !== 'unreviewed') o.verdict = item.verdict;
  if (item.note) o.note = item.note;
  return o;
}
