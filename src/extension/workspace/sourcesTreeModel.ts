// The Sources view as plain data: every source of the workspace (merged across articles), its
// articles, their claims; then the claims with no source and the people and organizations named
// but never quoted. Filters by name, source type, stance and review verdict. No vscode here.
import type { Claim, Span, Stance } from '../../analysis/model';
import { foldKey } from '../../analysis/text/text';
import { hash } from '../views/claimsTreeModel';
import type { SourceInArticle, WorkspaceSource, WorkspaceSources } from '../../workspace/workspaceSources';

export type SourceKind = WorkspaceSource['type'];

export interface SourcesFilter {
  /** Part of the name or of another spelling (accent- and case-insensitive). */
  name?: string;
  types?: SourceKind[];
  stances?: Stance[];
  /** Review verdicts (claims reviewed elsewhere carry `review.verdict`); empty or absent: any. */
  verdicts?: string[];
}

export interface SourceNode {
  kind: 'source';
  id: string;
  source: WorkspaceSource;
  /** Named somewhere, quoted nowhere. */
  mentionedOnly: boolean;
  children: ArticleNode[];
  /** Claims left after the filter. */
  claims: number;
}

export interface ArticleNode {
  kind: 'article';
  id: string;
  parent: SourceNode;
  article: SourceInArticle;
  children: ClaimNode[];
  /** Where a click goes: the first claim, or for a source never quoted its first mention. */
  target: Span & { text?: string };
}

export interface ClaimNode {
  kind: 'claim';
  id: string;
  parent: ArticleNode;
  claim: Claim;
  /** One-based. */
  line: number;
}

export type SourcesTreeNode = SourceNode | ArticleNode | ClaimNode;

export interface SourcesTree {
  roots: SourceNode[];
  /** Sources before the filter (for "N of M"). */
  total: number;
  /** Review verdicts present in the workspace: the verdict filter is offered only when there are some. */
  verdicts: string[];
}

/** A claim's review verdict, when a reviewer gave one (claims without a review have none). */
export function verdictOf(claim: Claim): string | undefined {
  const v = claim.review?.verdict;
  return typeof v === 'string' && v ? v : undefined;
}

export function isFiltered(filter: SourcesFilter): boolean {
  return Boolean(filter.name?.trim() || filter.types?.length || filter.stances?.length || filter.verdicts?.length);
}

export function buildSourcesTree(sources: WorkspaceSources | undefined, lineOf: (uri: string, offset: number) => number, filter: SourcesFilter = {}): SourcesTree {
  if (!sources) return { roots: [], total: 0, verdicts: [] };
  const all = [...sources.quoted, ...(sources.unattributed ? [sources.unattributed] : []), ...sources.mentionedOnly];
  const verdicts = new Set<string>();
  for (const s of all) for (const a of s.articles) for (const c of a.claims) {
    const v = verdictOf(c);
    if (v) verdicts.add(v);
  }
  const keepClaim = claimFilter(filter);
  const claimFiltered = Boolean(filter.stances?.length || filter.verdicts?.length);
  const needle = filter.name?.trim() ? foldKey(filter.name) : '';
  const roots: SourceNode[] = [];
  for (const s of all) {
    if (filter.types?.length && !filter.types.includes(s.type)) continue;
    if (needle && ![s.name, ...s.aliases].some((n) => foldKey(n).includes(needle))) continue;
    const mentionedOnly = s.claims === 0;
    // a claim filter (stance, verdict) leaves out sources without claims that pass it
    if (mentionedOnly && claimFiltered) continue;
    const node: SourceNode = { kind: 'source', id: `source:${s.key}`, source: s, mentionedOnly, children: [], claims: 0 };
    for (const a of s.articles) {
      const kept = a.claims.filter(keepClaim);
      // an article that only names a quoted source is listed too, unless claims are being filtered
      if (kept.length === 0 && (claimFiltered || a.mentions.length === 0)) continue;
      const article: ArticleNode = { kind: 'article', id: `${node.id}|${a.uri}`, parent: node, article: a, children: [], target: targetOf(a, kept) };
      article.children = claimNodes(article, kept, lineOf);
      node.claims += kept.length;
      node.children.push(article);
    }
    if (node.children.length > 0) roots.push(node);
  }
  return { roots, total: all.length, verdicts: [...verdicts].sort() };
}

function claimFilter(filter: SourcesFilter): (c: Claim) => boolean {
  const stances = filter.stances?.length ? new Set(filter.stances) : undefined;
  const verdicts = filter.verdicts?.length ? new Set(filter.verdicts) : undefined;
  return (c) => (!stances || (c.cue !== null && stances.has(c.cue.stance))) && (!verdicts || verdicts.has(verdictOf(c) ?? ''));
}

function targetOf(a: SourceInArticle, claims: Claim[]): Span & { text?: string } {
  const first = claims[0];
  if (first) return { start: first.start, end: first.end, text: first.text };
  const m = a.mentions[0];
  return m ? { start: m.start, end: m.end } : { start: 0, end: 0 };
}

function claimNodes(parent: ArticleNode, claims: Claim[], lineOf: (uri: string, offset: number) => number): ClaimNode[] {
  const seen = new Map<string, number>();
  return claims.map((claim) => {
    // Stable across edits elsewhere: kind and words, with an occurrence number for repeats.
    const base = `${parent.id}|${claim.kind}:${hash(claim.text)}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { kind: 'claim', id: n === 1 ? base : `${base}:${n}`, parent, claim, line: lineOf(parent.article.uri, claim.start) };
  });
}

const TYPE_WORDS: Record<SourceKind, string> = { person: 'person', organization: 'organization', unnamed: 'unnamed source', none: 'no source' };

export function sourceDescription(node: SourceNode): string {
  if (node.mentionedOnly) return `named, never quoted · ${plural(node.children.length, 'article')}`;
  const quotedIn = node.children.filter((a) => a.children.length > 0).length;
  return `${plural(node.claims, 'claim')} · ${plural(quotedIn, 'article')}`;
}

/** Plain text: names come from articles and must never render as Markdown. */
export function sourceTooltip(node: SourceNode): string {
  const s = node.source;
  const lines = [`${s.name} (${TYPE_WORDS[s.type]})`];
  if (s.aliases.length) lines.push(`Also written: ${s.aliases.join(', ')}`);
  if (node.mentionedOnly) lines.push(`Named ${plural(s.mentions, 'time')} in ${plural(s.articles.length, 'article')}, quoted in none`);
  else lines.push(`${plural(s.claims, 'claim')} (${s.direct} direct, ${s.reported} reported), ${plural(s.wordsQuoted, 'word')} quoted, in ${plural(s.articles.filter((a) => a.claims.length).length, 'article')}`);
  if (s.type === 'unnamed') lines.push('Source words not resolved to a named person or organization');
  return lines.join('\n');
}

export function articleDescription(node: ArticleNode): string {
  if (node.children.length === 0) return `named, not quoted · ${plural(node.article.mentions.length, 'mention')}`;
  return plural(node.children.length, 'claim');
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
