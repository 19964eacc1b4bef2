// One article's numbers for the cross-article index (`claimlens-stats/1`): its claim counts and its
// sources, each source with its own counts. This record is all the merge across articles needs, so
// stats computed on two halves of an archive merge into exactly the stats of the whole.
import type { Analysis, Claim, Span, Stance } from '../model';
import { STANCES } from '../model';
import { groupBySource, type SourceGroup } from './exportFormats';
import { countWords, type SourceType } from './sourceNames';

export type SourceTypeOrNone = SourceType | 'none';

/** The order of source types in every table and chart. */
export const SOURCE_TYPES: readonly SourceTypeOrNone[] = ['person', 'organization', 'unnamed', 'none'];

export interface ClaimTally {
  claims: number;
  direct: number;
  reported: number;
  /** Words in the source's direct quotes and in the verbatim fragments of its reported claims. */
  wordsQuoted: number;
}

/** A source, or a person or organization named but not quoted, as one article has it. */
export interface ArticleSource extends ClaimTally {
  /** The entity's canonical name in this article, or the source words as written ("officials"). */
  name: string;
  type: SourceType;
  /** Other spellings of the entity in this article. */
  aliases: string[];
  /** Name mentions in this article (0 for unnamed sources). */
  mentions: number;
}

export interface ArticleStats extends ClaimTally {
  path: string;
  bySourceType: Record<SourceTypeOrNone, number>;
  /** Claims per cue stance (claims without a cue are not counted here). */
  byStance: Partial<Record<Stance, number>>;
  /** Sources, then people and organizations named but not quoted; by name within each. */
  sources: ArticleSource[];
}

export function emptyTally(): ClaimTally {
  return { claims: 0, direct: 0, reported: 0, wordsQuoted: 0 };
}

export function emptyBySourceType(): Record<SourceTypeOrNone, number> {
  return { person: 0, organization: 0, unnamed: 0, none: 0 };
}

/** The words a claim quotes verbatim: all of a direct quote, the quoted fragments of reported speech. */
export function wordsQuotedIn(claim: Claim): number {
  if (claim.kind === 'direct') return countWords(claim.text);
  let n = 0;
  for (const q of claim.quoted ?? []) {
    const from = Math.max(0, q.start - claim.start);
    const to = Math.min(claim.text.length, q.end - claim.start);
    if (to > from) n += countWords(claim.text.slice(from, to));
  }
  return n;
}

export function addClaim(tally: ClaimTally, claim: Claim): void {
  tally.claims++;
  if (claim.kind === 'direct') tally.direct++;
  else tally.reported++;
  tally.wordsQuoted += wordsQuotedIn(claim);
}

/**
 * A source group's type for the balance of sources. A place that speaks ("Russia said", "the city
 * said") is its government or an institution there: it counts as an organization.
 */
export function sourceTypeOf(group: Pick<SourceGroup, 'sourceType'>): SourceTypeOrNone {
  switch (group.sourceType) {
    case 'person':
      return 'person';
    case 'organization':
    case 'place':
      return 'organization';
    case 'anonymous':
      return 'unnamed';
    default:
      return 'none';
  }
}

export function summarizeArticle(path: string, analysis: Analysis): ArticleStats {
  return summarizeWithLinks(path, analysis).stats;
}

/** Where one of an article's sources is in its analysis: for views that list claims and mentions. */
export interface SourceLink {
  /** null for source words ("officials"). */
  entityId: string | null;
  /** In article order. */
  claims: Claim[];
  mentions: Span[];
}

/**
 * The article's record, and for each of its sources (same order as `stats.sources`) where it is in
 * the analysis; `unattributed` holds the claims with no source.
 */
export function summarizeWithLinks(path: string, analysis: Analysis): { stats: ArticleStats; links: SourceLink[]; unattributed: Claim[] } {
  const stats: ArticleStats = { path, ...emptyTally(), bySourceType: emptyBySourceType(), byStance: {}, sources: [] };
  const entities = new Map(analysis.entities.map((e) => [e.id, e]));
  const quotedEntities = new Set<string>();
  const quoted: Array<[ArticleSource, SourceLink]> = [];
  const unattributed: Claim[] = [];
  for (const group of groupBySource(analysis)) {
    const type = sourceTypeOf(group);
    const source = emptyTally();
    for (const claim of group.claims) {
      addClaim(stats, claim);
      addClaim(source, claim);
      stats.bySourceType[type]++;
      if (claim.cue) stats.byStance[claim.cue.stance] = (stats.byStance[claim.cue.stance] ?? 0) + 1;
    }
    if (type === 'none') {
      for (const c of group.claims) unattributed.push(c);
      continue;
    }
    const entity = group.entityId ? entities.get(group.entityId) : undefined;
    if (entity) quotedEntities.add(entity.id);
    const record = sourceRecord(group.label, type, entity ? [...entity.aliases].sort() : [], entity?.mentions.length ?? 0, source);
    quoted.push([record, { entityId: entity?.id ?? null, claims: group.claims, mentions: entity?.mentions ?? [] }]);
  }
  const named: Array<[ArticleSource, SourceLink]> = [];
  for (const e of analysis.entities) {
    if (e.type === 'place' || quotedEntities.has(e.id)) continue;
    named.push([sourceRecord(e.name, e.type, [...e.aliases].sort(), e.mentions.length, emptyTally()), { entityId: e.id, claims: [], mentions: e.mentions }]);
  }
  const byName = (a: [ArticleSource, SourceLink], b: [ArticleSource, SourceLink]) =>
    a[0].name < b[0].name ? -1 : a[0].name > b[0].name ? 1 : a[0].type < b[0].type ? -1 : a[0].type > b[0].type ? 1 : 0;
  const all = [...quoted.sort(byName), ...named.sort(byName)];
  stats.sources = all.map((x) => x[0]);
  stats.byStance = orderedStances(stats.byStance);
  return { stats, links: all.map((x) => x[1]), unattributed };
}

/** One shape for every record (no spreads: a workspace builds thousands of them). */
function sourceRecord(name: string, type: SourceType, aliases: string[], mentions: number, t: ClaimTally): ArticleSource {
  return { name, type, aliases, mentions, claims: t.claims, direct: t.direct, reported: t.reported, wordsQuoted: t.wordsQuoted };
}

/** Stance counts in the model's stance order, zero counts left out. */
export function orderedStances(counts: Partial<Record<Stance, number>>): Partial<Record<Stance, number>> {
  const out: Partial<Record<Stance, number>> = {};
  for (const s of STANCES) if (counts[s]) out[s] = counts[s];
  return out;
}
