// The cross-article index as numbers: schema `claimlens-stats/1` (README "Workspace statistics").
// `claimlens stats` prints it, the Source balance panel draws it, and `stats --from-jsonl` merges
// it. Stats are a function of their per-article records alone, so merging the stats of two halves
// of an archive gives exactly the stats of the whole (any split, any order).
import type { Analysis, Stance } from '../model';
import {
  emptyBySourceType,
  emptyTally,
  orderedStances,
  summarizeArticle,
  type ArticleSource,
  type ArticleStats,
  type ClaimTally,
  type SourceTypeOrNone,
} from './articleStats';
import { mergeSources, type MergedSource, type SourceMember } from './sourceMerge';
import { runAtOnce, STEP, type Steps } from './steps';
import type { SourceType } from './sourceNames';

export const STATS_SCHEMA = 'claimlens-stats/1';

export interface SourceStats extends ClaimTally {
  name: string;
  type: SourceType;
  /** Articles in which this source is quoted, by path. */
  articles: string[];
  /** Name mentions in all articles (0 for unnamed sources). */
  mentions: number;
  aliases: string[];
}

export interface MentionedStats {
  name: string;
  type: SourceType;
  /** Articles that name this person or organization. */
  articles: string[];
  mentions: number;
  aliases: string[];
}

export interface StatsTotals extends ClaimTally {
  articles: number;
  bySourceType: Record<SourceTypeOrNone, number>;
  byStance: Partial<Record<Stance, number>>;
  sources: number;
  mentionedNotQuoted: number;
}

export interface Stats {
  schema: typeof STATS_SCHEMA;
  /** By path; each with its own sources, which is what a merge needs. */
  articles: ArticleStats[];
  /** Most claims first. */
  sources: SourceStats[];
  /** People and organizations named somewhere but quoted nowhere; most mentions first. */
  mentionedNotQuoted: MentionedStats[];
  totals: StatsTotals;
}

/** A source of one article, tied to that article for the merge. */
export type MemberSource = ArticleSource & SourceMember;

export function statsOfAnalyses(articles: ReadonlyArray<{ path: string; analysis: Analysis }>): Stats {
  return computeStats(articles.map((a) => summarizeArticle(a.path, a.analysis)));
}

/** Stats of any collection of article records. A path given twice counts once (the last record). */
export function computeStats(records: readonly ArticleStats[]): Stats {
  const byPath = new Map<string, ArticleStats>();
  for (const r of records) byPath.set(r.path, r);
  const articles = [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const members: MemberSource[] = [];
  for (const a of articles) for (const s of a.sources) members.push({ ...s, path: a.path });
  return statsOfMerged(articles, mergeSources(members));
}

/**
 * Stats from articles (sorted by path, one record per path) and the merge of their sources, for a
 * caller that merged them already (the workspace index merges once for its views and its stats).
 */
export function statsOfMerged(articles: readonly ArticleStats[], merged: ReadonlyArray<MergedSource<MemberSource>>): Stats {
  return runAtOnce(statsOfMergedSteps(articles, merged));
}

export function* statsOfMergedSteps(articles: readonly ArticleStats[], merged: ReadonlyArray<MergedSource<MemberSource>>): Steps<Stats> {
  const sources: SourceStats[] = [];
  const mentioned: MentionedStats[] = [];
  let work = 0;
  for (const m of merged) {
    if ((work += m.members.length) >= STEP) {
      work = 0;
      yield;
    }
    const tally = emptyTally();
    let mentions = 0;
    const quotedIn = new Set<string>();
    const namedIn = new Set<string>();
    for (const s of m.members) {
      tally.claims += s.claims;
      tally.direct += s.direct;
      tally.reported += s.reported;
      tally.wordsQuoted += s.wordsQuoted;
      mentions += s.mentions;
      if (s.claims > 0) quotedIn.add(s.path);
      namedIn.add(s.path);
    }
    if (tally.claims > 0) sources.push({ name: m.name, type: m.type, articles: [...quotedIn], ...tally, mentions, aliases: m.aliases });
    else mentioned.push({ name: m.name, type: m.type, articles: [...namedIn], mentions, aliases: m.aliases });
  }
  sources.sort((a, b) => b.claims - a.claims || b.wordsQuoted - a.wordsQuoted || byName(a, b));
  mentioned.sort((a, b) => b.mentions - a.mentions || byName(a, b));
  return { schema: STATS_SCHEMA, articles: [...articles], sources, mentionedNotQuoted: mentioned, totals: totalsOf(articles, sources.length, mentioned.length) };
}

/** The stats of several stats objects' articles together. */
export function mergeStats(parts: readonly Stats[]): Stats {
  return computeStats(parts.flatMap((p) => p.articles));
}

function totalsOf(articles: readonly ArticleStats[], sources: number, mentionedNotQuoted: number): StatsTotals {
  const totals: StatsTotals = { articles: articles.length, ...emptyTally(), bySourceType: emptyBySourceType(), byStance: {}, sources, mentionedNotQuoted };
  const stances: Partial<Record<Stance, number>> = {};
  for (const a of articles) {
    totals.claims += a.claims;
    totals.direct += a.direct;
    totals.reported += a.reported;
    totals.wordsQuoted += a.wordsQuoted;
    for (const t of Object.keys(totals.bySourceType) as SourceTypeOrNone[]) totals.bySourceType[t] += a.bySourceType[t] ?? 0;
    for (const [s, n] of Object.entries(a.byStance) as Array<[Stance, number]>) stances[s] = (stances[s] ?? 0) + n;
  }
  totals.byStance = orderedStances(stances);
  return totals;
}

function byName(a: { name: string; type: string }, b: { name: string; type: string }): number {
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return a.type < b.type ? -1 : a.type > b.type ? 1 : 0;
}
