// The Claims tree as plain data: which nodes exist, their ids, labels and parents. No vscode here,
// so unit tests cover the shape; claimsTree.ts only turns nodes into TreeItems.
import type { Analysis, Claim, Stance, Verdict } from '../../analysis/model';
import { claimsById, confidencePercent, continuedClaim, continuesPhrase, isInferredSource, isUncertain, sourceWords } from '../../analysis/output/attribution';
import { groupBySource, oneLine, VERDICT_LABELS, type SourceGroup } from '../../analysis/output/exportFormats';
import type { ReviewGroupNode, ReviewItemNode } from '../review/reviewTreeModel';

export type ClaimsMode = 'bySource' | 'byStance' | 'articleOrder';

/** Stance groups, in the order a reader wants them: denials and accusations first, plain "said" last. */
export const STANCE_GROUPS: ReadonlyArray<[Stance | 'none', string]> = [
  ['denial', 'Denials'],
  ['accusation', 'Accusations'],
  ['admission', 'Admissions'],
  ['warning', 'Warnings'],
  ['assertive', 'Assertions'],
  ['hedged', 'Hedged'],
  ['neutral', 'Neutral'],
  ['none', 'No cue'],
];
export type KindFilter = 'all' | 'direct' | 'reported';
/** Claims with this verdict only (`unreviewed`: those without one). */
export type VerdictFilter = 'all' | Verdict;

export interface ClaimsViewOptions {
  mode: ClaimsMode;
  filter: KindFilter;
  verdict?: VerdictFilter;
}

export interface SourceNode {
  kind: 'source';
  /** Stable across edits (entity id or folded source words), so VS Code keeps expansion state. */
  id: string;
  group: SourceGroup;
  /** Claims after the filter, in article order. */
  children: ClaimNode[];
  directCount: number;
  reportedCount: number;
  /** In the "by stance" grouping: the stance the node gathers. */
  stance?: Stance | 'none';
}

export interface ClaimNode {
  kind: 'claim';
  /** Stable across edits elsewhere in the article: a hash of kind and words, plus an occurrence number. */
  id: string;
  claim: Claim;
  /** One-based line of the claim's first character. */
  line: number;
  parent: SourceNode | undefined;
  /** The source's display name ("Unattributed" when none). */
  sourceLabel: string;
  /** A follow-on quote: "continues Biden's quote", and where that quote starts. */
  continues?: { phrase: string; line: number };
}

export type ClaimsTreeNode = SourceNode | ClaimNode;

/** Everything the Claims view shows: the claims, and the review groups (needs attention, hidden). */
export type ClaimsViewNode = ClaimsTreeNode | ReviewGroupNode | ReviewItemNode;

export interface ClaimsTree {
  roots: ClaimsTreeNode[];
  /** Every claim node by the analysis' claim id, for reveal. */
  byClaimId: Map<string, ClaimNode>;
  /** Source nodes by entity id, for reveal from a hover on a name. */
  byEntityId: Map<string, SourceNode>;
  /** Claims hidden by the filter (the view says so instead of looking empty). */
  hidden: number;
}

export function buildClaimsTree(analysis: Analysis, lineOf: (offset: number) => number, options: ClaimsViewOptions): ClaimsTree {
  const byClaimId = new Map<string, ClaimNode>();
  const byEntityId = new Map<string, SourceNode>();
  const build: TreeBuilder = { claimNode: claimNodeFactory(analysis, lineOf, byClaimId), keep: claimFilter(options), byEntityId };
  const groups = groupBySource(analysis);
  const { roots, hidden } =
    options.mode === 'bySource' ? sourceRoots(groups, build) : options.mode === 'byStance' ? stanceRoots(groups, build) : articleOrderRoots(groups, build);
  return { roots, byClaimId, byEntityId, hidden };
}

/** What the three groupings share while building one tree. */
interface TreeBuilder {
  claimNode(claim: Claim, parent: SourceNode | undefined, sourceLabel: string): ClaimNode;
  /** The kind and verdict filters. */
  keep(claim: Claim): boolean;
  byEntityId: Map<string, SourceNode>;
}

interface Roots {
  roots: ClaimsTreeNode[];
  hidden: number;
}

/** Makes claim nodes; ids number repeated words in the order nodes are made, across the whole tree. */
function claimNodeFactory(analysis: Analysis, lineOf: (offset: number) => number, byClaimId: Map<string, ClaimNode>): TreeBuilder['claimNode'] {
  const seen = new Map<string, number>();
  const byId = claimsById(analysis.claims);
  return (claim, parent, sourceLabel) => {
    const base = `claim:${claim.kind}:${hash(claim.text)}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const node: ClaimNode = { kind: 'claim', id: n === 1 ? base : `${base}:${n}`, claim, line: lineOf(claim.start), parent, sourceLabel };
    const previous = continuedClaim(claim, byId);
    if (previous) node.continues = { phrase: continuesPhrase(previous), line: lineOf(previous.start) };
    byClaimId.set(claim.id, node);
    return node;
  };
}

function claimFilter(options: ClaimsViewOptions): (c: Claim) => boolean {
  const verdict = options.verdict ?? 'all';
  return (c) => (options.filter === 'all' || c.kind === options.filter) && (verdict === 'all' || (c.review?.verdict ?? 'unreviewed') === verdict);
}

function sourceRoots(groups: readonly SourceGroup[], build: TreeBuilder): Roots {
  let hidden = 0;
  const roots: ClaimsTreeNode[] = [];
  for (const group of groups) {
    const kept = group.claims.filter(build.keep);
    hidden += group.claims.length - kept.length;
    if (kept.length === 0) continue;
    const node: SourceNode = {
      kind: 'source',
      id: `source:${group.key}`,
      group,
      children: [],
      ...kindCounts(kept),
    };
    node.children = kept.map((c) => build.claimNode(c, node, group.label));
    if (group.entityId) build.byEntityId.set(group.entityId, node);
    roots.push(node);
  }
  return { roots, hidden };
}

/** One node per stance, in STANCE_GROUPS order; each claim keeps its source's label. */
function stanceRoots(groups: readonly SourceGroup[], build: TreeBuilder): Roots {
  let hidden = 0;
  const roots: ClaimsTreeNode[] = [];
  const labelOf = sourceLabels(groups);
  const inOrder = inArticleOrder(groups);
  for (const [stance, label] of STANCE_GROUPS) {
    const claims = inOrder.filter((c) => (c.cue?.stance ?? 'none') === stance);
    const kept = claims.filter(build.keep);
    hidden += claims.length - kept.length;
    if (kept.length === 0) continue;
    const group: SourceGroup = { key: `stance:${stance}`, label, sourceType: 'none', entityId: null, claims };
    const node: SourceNode = { kind: 'source', id: `stance:${stance}`, group, children: [], ...kindCounts(kept), stance };
    node.children = kept.map((c) => build.claimNode(c, node, labelOf.get(c) ?? ''));
    roots.push(node);
  }
  return { roots, hidden };
}

function articleOrderRoots(groups: readonly SourceGroup[], build: TreeBuilder): Roots {
  let hidden = 0;
  const roots: ClaimsTreeNode[] = [];
  const labelOf = sourceLabels(groups);
  for (const c of inArticleOrder(groups)) {
    if (build.keep(c)) roots.push(build.claimNode(c, undefined, labelOf.get(c) ?? ''));
    else hidden++;
  }
  return { roots, hidden };
}

function kindCounts(claims: readonly Claim[]): { directCount: number; reportedCount: number } {
  return { directCount: claims.filter((c) => c.kind === 'direct').length, reportedCount: claims.filter((c) => c.kind === 'reported').length };
}

function inArticleOrder(groups: readonly SourceGroup[]): Claim[] {
  return groups.flatMap((g) => g.claims).sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Each claim's source label as the "by source" grouping names it. */
function sourceLabels(groups: readonly SourceGroup[]): Map<Claim, string> {
  const labelOf = new Map<Claim, string>();
  for (const g of groups) for (const c of g.claims) labelOf.set(c, g.label);
  return labelOf;
}

/**
 * A claim row's label: its words up to a cap, flattened to one line. VS Code cuts the label to the
 * side bar's width itself, so a wide side bar shows whole sentences; the cap only keeps a pasted
 * page from becoming one row.
 */
export const LABEL_MAX = 120;

export function claimLabel(node: ClaimNode): string {
  return firstWords(node.claim.text, LABEL_MAX);
}

/**
 * What follows the label: who (in article order, or when the source words are an inference: "he →
 * Joe Biden"), a follow-on quote's "continues Biden's quote", the cue and the line.
 */
export function claimDescription(node: ClaimNode, mode: ClaimsMode): string {
  const c = node.claim;
  const parts: string[] = [];
  const showSource = mode !== 'bySource';
  if (c.source && (showSource || isInferredSource(c.source))) parts.push(sourceWords(c.source));
  else if (showSource) parts.push(node.sourceLabel);
  if (c.source && isUncertain(c.source)) parts.push(`uncertain source (${confidencePercent(c.source)})`);
  if (node.continues) parts.push(node.continues.phrase);
  if (c.cue) parts.push(oneLine(c.cue.text));
  parts.push(`L${node.line}`);
  return parts.filter(Boolean).join(' · ');
}

/** The first words of a claim, cut at a word boundary: enough to recognise it in a narrow view. */
export function firstWords(text: string, maxChars = 30): string {
  const flat = oneLine(text);
  if (flat.length <= maxChars) return flat;
  const cut = flat.slice(0, maxChars + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxChars / 2 ? cut.slice(0, space) : flat.slice(0, maxChars)).replace(/[\s,;:.–—-]+$/u, '')}…`;
}

/** Plain-text tooltip (never Markdown: article text must not render as links or HTML). */
export function claimTooltip(node: ClaimNode): string {
  const c = node.claim;
  const kind = c.kind === 'direct' ? 'Direct quote' : 'Reported speech';
  const cue = c.cue ? `, “${oneLine(c.cue.text)}”` : '';
  const who = c.source ? sourceWords(c.source) : node.sourceLabel || 'Unattributed';
  const follows = node.continues ? `\n${capitalise(node.continues.phrase)} (line ${node.continues.line})` : '';
  const unsure = c.source && isUncertain(c.source) ? ` (uncertain: ${confidencePercent(c.source)} confidence)` : '';
  const lines = [`${kind} · line ${node.line}`, `${who}${unsure}${cue}${follows}`];
  if (c.review && c.review.verdict !== 'unreviewed') lines.push(`Verdict: ${VERDICT_LABELS[c.review.verdict]}`);
  if (c.review?.note) lines.push(`Note: ${c.review.note.trim()}`);
  if (c.edited?.length) lines.push(`Edited by you: ${c.edited.map((e) => (e === 'added' ? 'added claim' : 'corrected source')).join(', ')}`);
  return `${lines.join('\n')}\n\n${c.text.trim()}`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function sourceDescription(node: SourceNode): string {
  return String(node.children.length);
}

export function sourceTooltip(node: SourceNode, roles: readonly string[]): string {
  const lines = [node.group.label];
  if (roles.length > 0) lines.push(roles.join('; '));
  if (node.group.sourceType === 'anonymous') lines.push('Source not identified as a named person or organization');
  if (node.group.sourceType === 'none') lines.push('No source found for these claims');
  lines.push(`${plural(node.directCount, 'direct quote')} · ${node.reportedCount} reported`);
  return lines.join('\n');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** FNV-1a: a short, stable id fragment (collisions only merge ids, which the occurrence counter separates). */
export function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
