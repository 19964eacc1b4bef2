// The People & Places tree as plain data (no vscode): groups by type, entities, and their mentions
// with a line of context. entitiesTree.ts turns these nodes into TreeItems.
import type { Analysis, Entity, EntityType, Span } from '../../analysis/model';
import { lineIndexOf, lineStarts } from '../../analysis/text/text';

export interface GroupNode {
  kind: 'group';
  id: string;
  type: EntityType;
  label: string;
  children: EntityNode[];
}

export interface EntityNode {
  kind: 'entity';
  /** The analysis' entity id: stable while the canonical name stays the same. */
  id: string;
  entity: Entity;
  parent: GroupNode;
  /** Mentions are built on expand: a long article can have thousands. */
  mentions?: MentionNode[];
}

export interface MentionNode {
  kind: 'mention';
  id: string;
  span: Span;
  line: number;
  /** "L12: …text around the name…" */
  label: string;
  /** Where the name sits inside `label`, for TreeItemLabel highlights. */
  highlight: [number, number];
  parent: EntityNode;
}

export type EntitiesTreeNode = GroupNode | EntityNode | MentionNode;

export const GROUPS: ReadonlyArray<{ type: EntityType; label: string }> = [
  { type: 'person', label: 'People' },
  { type: 'place', label: 'Places' },
  { type: 'organization', label: 'Organizations' },
];

/** Groups in a fixed order, only for the types the user shows and only when non-empty. */
export function buildEntityGroups(analysis: Analysis, types: readonly EntityType[]): GroupNode[] {
  const groups: GroupNode[] = [];
  for (const { type, label } of GROUPS) {
    if (!types.includes(type)) continue;
    const group: GroupNode = { kind: 'group', id: `group:${type}`, type, label, children: [] };
    group.children = analysis.entities
      .filter((e) => e.type === type)
      .sort((a, b) => b.mentions.length - a.mentions.length || firstStart(a) - firstStart(b))
      .map((entity) => ({ kind: 'entity', id: `entity:${entity.id}`, entity, parent: group }));
    if (group.children.length > 0) groups.push(group);
  }
  return groups;
}

function firstStart(e: Entity): number {
  return e.mentions.reduce((min, m) => Math.min(min, m.start), Number.POSITIVE_INFINITY);
}

export function entityDescription(entity: Entity): string {
  const n = entity.mentions.length;
  const count = `${n} mention${n === 1 ? '' : 's'}`;
  return entity.roles.length > 0 ? `${count} · ${entity.roles.join('; ')}` : count;
}

export function entityTooltip(entity: Entity): string {
  const lines = [`${entity.name} (${entity.type})`];
  if (entity.roles.length > 0) lines.push(`Roles: ${entity.roles.join('; ')}`);
  if (entity.aliases.length > 0) lines.push(`Also written: ${entity.aliases.join(', ')}`);
  lines.push(`${entity.mentions.length} mention${entity.mentions.length === 1 ? '' : 's'}`);
  return lines.join('\n');
}

/** Builds (once) and returns the mention nodes of an entity, in text order. */
export function mentionNodes(node: EntityNode, text: string, starts: number[] = lineStarts(text)): MentionNode[] {
  if (!node.mentions) {
    const sorted = [...node.entity.mentions].sort((a, b) => a.start - b.start);
    node.mentions = sorted.map((span, i) => {
      const { line, label, highlight } = mentionContext(text, starts, span);
      // Index in text order: an edit elsewhere keeps the ids (and the selection) of unchanged mentions.
      return { kind: 'mention', id: `${node.id}:m${i}`, span, line, label, highlight, parent: node };
    });
  }
  return node.mentions;
}

/**
 * "L12: …words before NAME words after…": the mention's own line, cut at word boundaries to about
 * `width` characters on each side, whitespace collapsed so the label stays on one row.
 */
export function mentionContext(
  text: string,
  starts: number[],
  span: Span,
  width = 32,
): { line: number; label: string; highlight: [number, number] } {
  const lineIndex = lineIndexOf(starts, span.start);
  const lineStart = starts[lineIndex];
  const lineEnd = lineIndex + 1 < starts.length ? starts[lineIndex + 1] : text.length;
  const lineText = text.slice(lineStart, lineEnd).replace(/[\r\n]+$/, '');
  const s = span.start - lineStart;
  const e = Math.min(span.end - lineStart, lineText.length);
  let from = Math.max(0, s - width);
  let to = Math.min(lineText.length, e + width);
  if (from > 0) {
    const space = lineText.indexOf(' ', from);
    if (space >= 0 && space < s) from = space + 1;
  }
  if (to < lineText.length) {
    const space = lineText.lastIndexOf(' ', to);
    if (space >= e) to = space;
  }
  const before = flat(lineText.slice(from, s)).replace(/^\s+/, '');
  const name = flat(lineText.slice(s, e));
  const after = flat(lineText.slice(e, to)).replace(/\s+$/, '');
  const prefix = `L${lineIndex + 1}: ${from > 0 ? '…' : ''}${before}`;
  const label = `${prefix}${name}${after}${to < lineText.length ? '…' : ''}`;
  return { line: lineIndex + 1, label, highlight: [prefix.length, prefix.length + name.length] };
}

function flat(s: string): string {
  return s.replace(/\s+/g, ' ');
}
