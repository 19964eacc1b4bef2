// The sources of a whole workspace as the views need them: every source merged across articles
// (one merge, shared with the workspace's claimlens-stats/1, so the Sources view and the balance
// panel agree), each with its claims and name mentions per article, plus the people and
// organizations named but never quoted, and the claims with no source. Pure: no vscode, no files.
import type { Analysis, Claim, Span } from '../analysis/model';
import { addClaim, emptyTally, summarizeWithLinks, type ArticleStats, type ClaimTally, type SourceLink } from '../analysis/output/articleStats';
import { mergeSourcesSteps } from '../analysis/output/sourceMerge';
import { runAtOnce, STEP, type Steps } from '../analysis/output/steps';
import type { SourceType } from '../analysis/output/sourceNames';
import { statsOfMergedSteps, type MemberSource, type Stats } from '../analysis/output/stats';

export interface IndexedAnalysis {
  /** Identity of the article (a URI string in VS Code). */
  uri: string;
  /** Workspace-relative path, `/`-separated. */
  path: string;
  analysis: Analysis;
}

/** What one article adds to the workspace view, computed once per analysis. */
export interface ArticleRecord {
  uri: string;
  path: string;
  stats: ArticleStats;
  /** Aligned with stats.sources. */
  links: SourceLink[];
  unattributed: Claim[];
  /** The sources as merge members (built once per analysis: the view is rebuilt far more often). */
  members: Member[];
}

export interface SourceInArticle {
  uri: string;
  path: string;
  /** The entity in that article's analysis; null for source words ("officials") and for no source. */
  entityId: string | null;
  /** The name as that article has it. */
  name: string;
  /** In article order. */
  claims: Claim[];
  /** Name mentions in that article, in order. */
  mentions: Span[];
}

export interface WorkspaceSource extends ClaimTally {
  /** Stable across re-indexing: the merged key (or `none` for claims without a source). */
  key: string;
  name: string;
  type: SourceType | 'none';
  aliases: string[];
  mentions: number;
  /** By path. */
  articles: SourceInArticle[];
}

export interface WorkspaceSources {
  /** Quoted somewhere: most claims first. */
  quoted: WorkspaceSource[];
  /** People and organizations named but quoted nowhere: most mentions first. */
  mentionedOnly: WorkspaceSource[];
  /** Claims with no source found, across articles (undefined when there are none). */
  unattributed: WorkspaceSource | undefined;
  /** The merged source that an entity of one article belongs to. */
  sourceOfEntity(uri: string, entityId: string): WorkspaceSource | undefined;
}

export interface WorkspaceView {
  sources: WorkspaceSources;
  stats: Stats;
}

type Member = MemberSource & { uri: string; link: SourceLink };

export function articleRecord(a: IndexedAnalysis): ArticleRecord {
  const { stats, links, unattributed } = summarizeWithLinks(a.path, a.analysis);
  const members = stats.sources.map(
    (s, i): Member => ({
      path: a.path,
      uri: a.uri,
      link: links[i],
      name: s.name,
      type: s.type,
      aliases: s.aliases,
      mentions: s.mentions,
      claims: s.claims,
      direct: s.direct,
      reported: s.reported,
      wordsQuoted: s.wordsQuoted,
    }),
  );
  return { uri: a.uri, path: a.path, stats, links, unattributed, members };
}

/** The view of records sorted by path (one per path): one merge for the sources and the stats. */
export function buildWorkspaceView(records: readonly ArticleRecord[]): WorkspaceView {
  return runAtOnce(workspaceViewSteps(records));
}

/** buildWorkspaceView as steps: the extension host runs them in time slices (runSliced). */
export function* workspaceViewSteps(records: readonly ArticleRecord[]): Steps<WorkspaceView> {
  const members: Member[] = [];
  for (const r of records) for (const m of r.members) members.push(m);
  const merged = yield* mergeSourcesSteps(members);
  const quoted: WorkspaceSource[] = [];
  const mentionedOnly: WorkspaceSource[] = [];
  const byEntity = new Map<string, Map<string, WorkspaceSource>>();
  let work = 0;
  for (const m of merged) {
    if ((work += m.members.length) >= STEP) {
      work = 0;
      yield;
    }
    const tally = emptyTally();
    let mentions = 0;
    for (const s of m.members) {
      tally.claims += s.claims;
      tally.direct += s.direct;
      tally.reported += s.reported;
      tally.wordsQuoted += s.wordsQuoted;
      mentions += s.mentions;
    }
    const source = mergedSource(m.key, m.name, m.type, m.aliases, tally, mentions, m.members);
    for (const s of m.members) {
      if (!s.link.entityId) continue;
      let inArticle = byEntity.get(s.uri);
      if (!inArticle) byEntity.set(s.uri, (inArticle = new Map()));
      inArticle.set(s.link.entityId, source);
    }
    (tally.claims > 0 ? quoted : mentionedOnly).push(source);
  }
  quoted.sort((a, b) => b.claims - a.claims || b.wordsQuoted - a.wordsQuoted || compare(a.name, b.name));
  mentionedOnly.sort((a, b) => b.mentions - a.mentions || compare(a.name, b.name));
  const sources: WorkspaceSources = { quoted, mentionedOnly, unattributed: unattributedOf(records), sourceOfEntity: (uri, entityId) => byEntity.get(uri)?.get(entityId) };
  yield;
  const stats = yield* statsOfMergedSteps(records.map((r) => r.stats), merged);
  return { sources, stats };
}

/** Convenience for callers with analyses in hand (tests): records, sorted, then the view. */
export function buildWorkspaceSources(articles: readonly IndexedAnalysis[]): WorkspaceSources {
  const records = articles.map(articleRecord).sort((a, b) => compare(a.path, b.path));
  return buildWorkspaceView(records).sources;
}

function unattributedOf(records: readonly ArticleRecord[]): WorkspaceSource | undefined {
  const tally = emptyTally();
  const articles: SourceInArticle[] = [];
  for (const r of records) {
    if (r.unattributed.length === 0) continue;
    for (const c of r.unattributed) addClaim(tally, c);
    articles.push({ uri: r.uri, path: r.path, entityId: null, name: 'No source found', claims: r.unattributed, mentions: [] });
  }
  return articles.length ? { key: 'none', name: 'No source found', type: 'none', aliases: [], ...tally, mentions: 0, articles } : undefined;
}

/** A merged source whose per-article list is built when first read (most are never expanded). */
function mergedSource(key: string, name: string, type: SourceType, aliases: string[], t: ClaimTally, mentions: number, members: readonly Member[]): WorkspaceSource {
  let articles: SourceInArticle[] | undefined;
  return {
    key,
    name,
    type,
    aliases,
    claims: t.claims,
    direct: t.direct,
    reported: t.reported,
    wordsQuoted: t.wordsQuoted,
    mentions,
    get articles() {
      return (articles ??= byArticle(members));
    },
  };
}

/** Members of one merged source, one entry per article (an article may hold two spellings of it). */
function byArticle(members: readonly Member[]): SourceInArticle[] {
  const out = new Map<string, SourceInArticle>();
  for (const m of members) {
    const seen = out.get(m.uri);
    if (!seen) {
      out.set(m.uri, { uri: m.uri, path: m.path, entityId: m.link.entityId, name: m.name, claims: m.link.claims, mentions: m.link.mentions });
      continue;
    }
    seen.claims = [...seen.claims, ...m.link.claims].sort((a, b) => a.start - b.start);
    seen.mentions = [...seen.mentions, ...m.link.mentions].sort((a, b) => a.start - b.start);
    // the quoted spelling names the entry
    if (seen.claims.length === m.link.claims.length) [seen.entityId, seen.name] = [m.link.entityId, m.name];
  }
  return [...out.values()];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
