// TreeItems for the review side of the Claims view: verdict icons and colours on claims, the
// "edited" mark, the progress title, and the rows of the review groups. claimsTree.ts calls these
// so the view's own file stays about claims.
import * as vscode from 'vscode';
import type { Claim } from '../../analysis/model';
import { VERDICT_LABELS } from '../../analysis/output/exportFormats';
import type { ReviewGroupNode, ReviewItemNode } from './reviewTreeModel';
import { reviewProgress, VERDICT_COLORS, VERDICT_ICONS } from './verdictStyle';

/** Verdict icon (coloured by theme), "✎ edited" and the verdict in the description, context flags. */
export function decorateClaimItem(item: vscode.TreeItem, claim: Claim, reviewed: boolean): void {
  const verdict = claim.review?.verdict;
  if (verdict && verdict !== 'unreviewed') {
    item.iconPath = new vscode.ThemeIcon(VERDICT_ICONS[verdict], new vscode.ThemeColor(VERDICT_COLORS[verdict]));
    item.description = [VERDICT_LABELS[verdict], item.description].filter(Boolean).join(' · ');
  }
  if (claim.edited?.length) item.description = `✎ ${String(item.description ?? '')}`.trim();
  // Menus key on these: `.reviewed` offers "Revert to Automatic".
  if (reviewed) item.contextValue = `${item.contextValue}.reviewed`;
  if (claim.review?.note) item.accessibilityInformation = { label: `${item.accessibilityInformation?.label ?? ''}. Note: ${claim.review.note}` };
}

/** "Claims (9 of 24 reviewed)", or just "Claims" when the article has none. */
export function claimsViewTitle(claims: readonly Claim[]): string {
  return claims.length > 0 ? `Claims (${reviewProgress(claims).label})` : 'Claims';
}

export function reviewGroupItem(node: ReviewGroupNode): vscode.TreeItem {
  const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
  item.id = node.id;
  item.description = String(node.children.length);
  item.iconPath = new vscode.ThemeIcon(node.id === 'review:attention' ? 'warning' : 'eye-closed', node.id === 'review:attention' ? new vscode.ThemeColor('list.warningForeground') : undefined);
  item.contextValue = `claimlens.${node.id.replace(':', '.')}`;
  item.tooltip = node.id === 'review:attention' ? 'Review items that could not be placed on the article as it is now. Nothing was dropped.' : 'Claims and names you hid; each can be shown again.';
  return item;
}

export function reviewItemRow(node: ReviewItemNode): vscode.TreeItem {
  const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
  item.id = node.id;
  item.description = node.description;
  item.tooltip = node.tooltip;
  const icon = node.role === 'orphan' ? (node.verdict ? VERDICT_ICONS[node.verdict] : 'unlink') : node.role === 'hidden' ? 'comment' : 'symbol-text';
  item.iconPath = new vscode.ThemeIcon(icon, new vscode.ThemeColor('disabledForeground'));
  item.contextValue = `claimlens.reviewItem.${node.role}`;
  return item;
}
