// Fast position lookups over one Analysis, for hovers and navigation: which entity mention or claim
// is at an offset, every mention of an entity, the claims of a source. Built once per analysis
// (O(n log n)), then each lookup is a binary search, so a hover costs microseconds even on long
// articles. Pure: no vscode, no compromise.
import type { Analysis, Claim, Entity, Span } from '../model';
import { upperBound } from '../text/search';

/** One name mention, tied to its entity. */
export interface MentionHit {
  entity: Entity;
  span: Span;
  /** Index of the span in `entity.mentions`. */
  index: number;
}

/**
 * Spans sorted by start, with a running maximum of ends so that overlapping (nested) spans are
 * still found without scanning everything: the scan stops once no earlier span can reach `offset`.
 */
export class SpanIndex<T extends Span> {
  private readonly items: T[];
  private readonly starts: number[];
  private readonly maxEnd: number[];

  constructor(items: readonly T[]) {
    this.items = [...items].sort((a, b) => a.start - b.start || b.end - a.end);
    this.starts = this.items.map((s) => s.start);
    this.maxEnd = [];
    let max = -Infinity;
    for (const s of this.items) {
      max = Math.max(max, s.end);
      this.maxEnd.push(max);
    }
  }

  get size(): number {
    return this.items.length;
  }

  /** Sorted by start (longer first on ties). */
  all(): readonly T[] {
    return this.items;
  }

  /**
   * The innermost (shortest) span containing `offset`: `start <= offset < end`, or with
   * `inclusiveEnd` also `offset === end` (a cursor just after a word still "touches" it).
   */
  at(offset: number, inclusiveEnd = false): T | undefined {
    let best: T | undefined;
    for (let i = this.lastStartAtOrBefore(offset); i >= 0 && this.maxEnd[i] >= offset; i--) {
      const s = this.items[i];
      const inside = offset < s.end || (inclusiveEnd && offset === s.end);
      if (inside && (!best || s.end - s.start < best.end - best.start)) best = s;
    }
    return best;
  }

  /** Every span overlapping `[start, end)`, in start order. */
  overlapping(start: number, end: number): T[] {
    const out: T[] = [];
    const last = this.lastStartAtOrBefore(end - 1);
    // Walk back only while an earlier span can still reach `start`.
    let first = last;
    while (first >= 0 && this.maxEnd[first] > start) first--;
    for (let i = first + 1; i <= last; i++) if (this.items[i].end > start) out.push(this.items[i]);
    return out;
  }

  /** Largest index whose start <= offset, or -1. */
  private lastStartAtOrBefore(offset: number): number {
    return upperBound(this.starts, offset, (x) => x) - 1;
  }
}

interface MentionSpan extends Span {
  hit: MentionHit;
}

interface SourceSpan extends Span {
  claim: Claim;
}

export class AnalysisLookup {
  private readonly mentions: SpanIndex<MentionSpan>;
  private readonly claims: SpanIndex<Claim>;
  private readonly sources: SpanIndex<SourceSpan>;
  private readonly cues: SpanIndex<SourceSpan>;
  private readonly byId = new Map<string, Entity>();
  private readonly claimsBySource = new Map<string, Claim[]>();
  private readonly sortedMentions = new Map<string, Span[]>();

  constructor(readonly analysis: Analysis) {
    const mentionSpans: MentionSpan[] = [];
    for (const entity of analysis.entities) {
      this.byId.set(entity.id, entity);
      this.sortedMentions.set(entity.id, [...entity.mentions].sort((a, b) => a.start - b.start));
      entity.mentions.forEach((span, index) => {
        mentionSpans.push({ start: span.start, end: span.end, hit: { entity, span, index } });
      });
    }
    this.mentions = new SpanIndex(mentionSpans);
    this.claims = new SpanIndex(analysis.claims);
    const sourced: SourceSpan[] = [];
    const cues: SourceSpan[] = [];
    for (const claim of analysis.claims) {
      if (claim.cue) cues.push({ start: claim.cue.start, end: claim.cue.end, claim });
      if (!claim.source) continue;
      // Indexed by the source's span so "who said this" works on the source words themselves.
      sourced.push({ start: claim.source.start, end: claim.source.end, claim });
      const id = claim.source.entityId;
      if (id) {
        const list = this.claimsBySource.get(id) ?? [];
        list.push(claim);
        this.claimsBySource.set(id, list);
      }
    }
    for (const list of this.claimsBySource.values()) list.sort((a, b) => a.start - b.start);
    this.sources = new SpanIndex(sourced);
    this.cues = new SpanIndex(cues);
  }

  entity(id: string): Entity | undefined {
    return this.byId.get(id);
  }

  /** The entity mention at `offset` (innermost if mentions nest). */
  entityAt(offset: number, inclusiveEnd = false): MentionHit | undefined {
    return this.mentions.at(offset, inclusiveEnd)?.hit;
  }

  /** The innermost claim whose content span contains `offset`. */
  claimAt(offset: number, inclusiveEnd = false): Claim | undefined {
    return this.claims.at(offset, inclusiveEnd);
  }

  /** A claim whose source words (e.g. an unresolved "officials") contain `offset`. */
  claimBySourceAt(offset: number, inclusiveEnd = false): Claim | undefined {
    return this.sources.at(offset, inclusiveEnd)?.claim;
  }

  /** A claim whose cue words ("said", "according to") contain `offset`. */
  claimByCueAt(offset: number, inclusiveEnd = false): Claim | undefined {
    return this.cues.at(offset, inclusiveEnd)?.claim;
  }

  /** Every name mention of an entity, in text order (shared: do not mutate). */
  mentionsOf(entityId: string): readonly Span[] {
    return this.sortedMentions.get(entityId) ?? [];
  }

  /** Claims whose source resolved to this entity, in text order. */
  claimsOf(entityId: string): Claim[] {
    return this.claimsBySource.get(entityId) ?? [];
  }

  /** Claims overlapping a range (e.g. the visible lines). */
  claimsIn(start: number, end: number): Claim[] {
    return this.claims.overlapping(start, end);
  }

  /** Mentions overlapping a range, in text order. */
  mentionsIn(start: number, end: number): MentionHit[] {
    return this.mentions.overlapping(start, end).map((m) => m.hit);
  }
}
