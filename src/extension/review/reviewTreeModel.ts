// The Claims tree's review groups as plain data (no vscode): "Needs attention" lists review items
// that could not be placed on the text, with their old words; "Not claims" lists claims the
// reviewer hid, so each can be brought back. Unit-tested; claimsTree.ts makes TreeItems.
import type { OrphanedItem, Verdict } from '../../analysis/model';
import { VERDICT_LABELS } from '../../analysis/output/exportFormats';
import type { ReviewApplication } from '../../analysis/review/apply';

export interface ReviewGroupNode {
  kind: 'reviewGroup';
  id: 'review:attention' | 'review:hidden';
  label: string;
  children: ReviewItemNode[];
}

export interface ReviewItemNode {
  kind: 'reviewItem';
  id: string;
  /** The review item's id in the review file. */
  itemId: string;
  role: 'orphan' | 'hidden' | 'ignored';
  label: string;
  description: string;
  tooltip: string;
  verdict?: Verdict;
  parent: ReviewGroupNode;
}

function flat(text: string, max = 60): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

const REASONS: Record<OrphanedItem['reason'], string> = {
  'text-not-found': 'its words are no longer in the article',
  'no-claim-there': 'its words are there, but no claim was found in them',
  'names-not-found': 'no name of the article matches it',
};

export function buildReviewNodes(app: ReviewApplication, lineOf: (offset: number) => number): ReviewGroupNode[] {
  const groups: ReviewGroupNode[] = [];
  if (app.orphaned.length > 0) {
    const group: ReviewGroupNode = { kind: 'reviewGroup', id: 'review:attention', label: 'Needs attention', children: [] };
    group.children = app.orphaned.map((o) => orphanNode(o, group));
    groups.push(group);
  }
  if (app.hidden.length > 0 || app.ignored.length > 0) {
    const group: ReviewGroupNode = { kind: 'reviewGroup', id: 'review:hidden', label: 'Hidden by you', children: [] };
    group.children = [
      ...app.hidden.map(({ claim, itemId }) => ({
        kind: 'reviewItem' as const,
        id: `review:hidden:${itemId}`,
        itemId,
        role: 'hidden' as const,
        label: flat(claim.text, 40),
        description: `not a claim · L${lineOf(claim.start)}`,
        tooltip: `Marked “not a claim” (line ${lineOf(claim.start)}):\n\n${claim.text.trim()}`,
        parent: group,
      })),
      ...app.ignored.map(({ entity, itemId }) => ({
        kind: 'reviewItem' as const,
        id: `review:ignored:${itemId}:${entity.id}`,
        itemId,
        role: 'ignored' as const,
        label: flat(entity.name, 40),
        description: 'not a name',
        tooltip: `Marked “not a name”: ${entity.name} (${entity.mentions.length} mentions)`,
        parent: group,
      })),
    ];
    groups.push(group);
  }
  return groups;
}

function orphanNode(o: OrphanedItem, parent: ReviewGroupNode): ReviewItemNode {
  const words = o.kind === 'claim' ? `“${flat(o.exact ?? '', 40)}”` : flat((o.names ?? []).join(', '), 40);
  const verdict = o.verdict ? VERDICT_LABELS[o.verdict] : '';
  const said = [verdict, o.note ? flat(o.note, 80) : ''].filter(Boolean).join(': ');
  return {
    kind: 'reviewItem',
    id: `review:orphan:${o.id}`,
    itemId: o.id,
    role: 'orphan',
    label: words,
    description: said || (o.kind === 'entity' ? 'name correction' : 'review'),
    tooltip: `This review item could not be placed: ${REASONS[o.reason]}.\n\n${o.kind === 'claim' ? (o.exact ?? '') : (o.names ?? []).join(', ')}${said ? `\n\n${said}` : ''}`,
    verdict: o.verdict,
    parent,
  };
}
