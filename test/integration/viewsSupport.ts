// Helpers for the views' integration tests (Claims, People & Places, highlights, export).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ClaimLensApi } from '../../src/extension/extension';
import type { ClaimNode, ClaimsTreeNode, ClaimsViewNode, SourceNode } from '../../src/extension/views/claimsTreeModel';
import { foldKey } from '../../src/analysis/text/text';

/** Polls `check` until it returns a value (not undefined/false) or the time is up. */
export async function poll<T>(what: string, check: () => T | undefined | false | Promise<T | undefined | false>, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The views show `doc` and its current analysis. */
export async function viewsShow(api: ClaimLensApi, doc: vscode.TextDocument): Promise<void> {
  await api.service.current(doc);
  await poll(`the views to show ${doc.uri.toString()}`, () => api.views.article.document === doc && api.service.snapshot(doc)?.version === doc.version);
}

/** Children exactly as VS Code asks for them: through the provider. */
export async function children(api: ClaimLensApi, node?: ClaimsTreeNode): Promise<ClaimsTreeNode[]> {
  // The review groups (needs attention, hidden by you) have their own tests: see review.test.ts.
  return ((await api.views.claims.provider.getChildren(node)) ?? []).filter((n): n is ClaimsTreeNode => n.kind === 'source' || n.kind === 'claim');
}

/** Every node of the view, review groups included. */
export async function viewNodes(api: ClaimLensApi, node?: ClaimsViewNode): Promise<ClaimsViewNode[]> {
  return (await api.views.claims.provider.getChildren(node)) ?? [];
}

export async function sources(api: ClaimLensApi): Promise<SourceNode[]> {
  const roots = await children(api);
  assert.ok(roots.every((r) => r.kind === 'source'), 'grouped by source');
  return roots as SourceNode[];
}

export function sourceNamed(list: SourceNode[], name: string): SourceNode | undefined {
  return list.find((s) => foldKey(s.group.label) === foldKey(name)) ?? list.find((s) => foldKey(s.group.label).endsWith(foldKey(name)));
}

export function claimNodes(list: ClaimsTreeNode[]): ClaimNode[] {
  return list.flatMap((n) => (n.kind === 'source' ? n.children : [n]));
}

/** Runs a tree item's click command the way VS Code does. */
export async function click(item: vscode.TreeItem): Promise<unknown> {
  assert.ok(item.command, `tree item "${String(typeof item.label === 'string' ? item.label : item.label?.label)}" has no command`);
  return vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? []));
}

export function editorOf(doc: vscode.TextDocument): vscode.TextEditor {
  const editor = vscode.window.visibleTextEditors.find((e) => e.document === doc);
  assert.ok(editor, `no visible editor for ${doc.uri.toString()}`);
  return editor;
}
