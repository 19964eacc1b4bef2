// The sources of a whole workspace as the views need them: every source merged across articles
// (the same merge as claimlens-stats/1, so the Sources view and the balance panel agree), each
// with its claims and name mentions per article, plus the people and organizations named but
// never quoted, and the claims with no source. Pure: no vscode, no file access.
import type { Analysis, Claim, Span } from '../analysis/model';
import { addClaim, emptyTally, sourceTypeOf, type ClaimTally } from '../analysis/output/articleStats';
import { groupBySource } from '../analysis/output/exportFormats';
import { mergeSources, type SourceMember } from '../analysis/output/sourceMerge';
import type { SourceType } from '../analysis/output/sourceNames';

export interface IndexedAnalysis {
  /** Identity of the article (a URI string in VS Code). */
  uri: string;
  /** Workspace-relative path, `/`-separated. */
  path: string;
  analysis: Analysis;
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

interface Member extends SourceMember, SourceInArticle {
  tally: ClaimTally;
}

export function buildWorkspaceSources(articles: readonly IndexedAnalysis[]): WorkspaceSources {
  const members: Member[] = [];
  const none: SourceInArticle[] = [];
  const noneTally = emptyTally();
  for (const a of articles) membersOf(a, members, none, noneTally);
  const quoted: WorkspaceSource[] = [];
  const mentionedOnly: WorkspaceSource[] = [];
  const byEntity = new Map<string, WorkspaceSource>();
  for (const m of mergeSources(members)) {
    const tally = emptyTally();
    let mentions = 0;
    for (const s of m.members) {
      tally.claims += s.tally.claims;
      tally.direct += s.tally.direct;
      tally.reported += s.tally.reported;
      tally.wordsQuoted += s.tally.wordsQuoted;
      mentions += s.mentions.length;
    }
    const source: WorkspaceSource = { key: m.key, name: m.name, type: m.type, aliases: m.aliases, ...tally, mentions, articles: byArticle(m.members) };
    for (const s of m.members) if (s.entityId) byEntity.set(`${s.uri}\u0000${s.entityId}`, source);
    (tally.claims > 0 ? quoted : mentionedOnly).push(source);
  }
  quoted.sort((a, b) => b.claims - a.claims || b.wordsQuoted - a.wordsQuoted || compare(a.name, b.name));
  mentionedOnly.sort((a, b) => b.mentions - a.mentions || compare(a.name, b.name));
  const unattributed: WorkspaceSource | undefined =
    none.length > 0 ? { key: 'none', name: 'No source found', type: 'none', aliases: [], ...noneTally, mentions: 0, articles: none } : undefined;
  return { quoted, mentionedOnly, unattributed, sourceOfEntity: (uri, entityId) => byEntity.get(`${uri}\u0000${entityId}`) };
}

/** One article's sources (by the Claims view's grouping) and its people and organizations not quoted. */
function membersOf(a: IndexedAnalysis, members: Member[], none: SourceInArticle[], noneTally: ClaimTally): void {
  const entities = new Map(a.analysis.entities.map((e) => [e.id, e]));
  const quotedEntities = new Set<string>();
  for (const group of groupBySource(a.analysis)) {
    const type = sourceTypeOf(group);
    const tally = emptyTally();
    for (const c of group.claims) addClaim(tally, c);
    if (type === 'none') {
      for (const c of group.claims) addClaim(noneTally, c);
      none.push({ uri: a.uri, path: a.path, entityId: null, name: group.label, claims: group.claims, mentions: [] });
      continue;
    }
    const entity = group.entityId ? entities.get(group.entityId) : undefined;
    if (entity) quotedEntities.add(entity.id);
    members.push({
      uri: a.uri,
      path: a.path,
      entityId: entity?.id ?? null,
      name: group.label,
      type,
      aliases: entity ? [...entity.aliases].sort() : [],
      claims: group.claims,
      mentions: entity?.mentions ?? [],
      tally,
    });
  }
  for (const e of a.analysis.entities) {
    if (e.type === 'place' || quotedEntities.has(e.id)) continue;
    members.push({ uri: a.uri, path: a.path, entityId: e.id, name: e.name, type: e.type, aliases: [...e.aliases].sort(), claims: [], mentions: e.mentions, tally: emptyTally() });
  }
}

/** Members of one merged source, one entry per article (an article may hold two spellings of it). */
function byArticle(members: readonly Member[]): SourceInArticle[] {
  const out = new Map<string, SourceInArticle>();
  for (const m of members) {
    const seen = out.get(m.uri);
    if (!seen) {
      out.set(m.uri, { uri: m.uri, path: m.path, entityId: m.entityId, name: m.name, claims: m.claims, mentions: m.mentions });
      continue;
    }
    seen.claims = [...seen.claims, ...m.claims].sort((a, b) => a.start - b.start);
    seen.mentions = [...seen.mentions, ...m.mentions].sort((a, b) => a.start - b.start);
    // the quoted spelling names the entry
    if (seen.claims.length === m.claims.length) [seen.entityId, seen.name] = [m.entityId, m.name];
  }
  return [...out.values()];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
