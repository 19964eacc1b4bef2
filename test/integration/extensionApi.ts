// Helpers for the extension-core integration tests: the extension's test API, workspace files and
// waiting for an analysis. Runs inside the real extension host.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { ClaimLensApi } from '../../src/extension/extension';
import type { AnalysisSnapshot } from '../../src/extension/documentService';

export const EXTENSION_ID = 'claimlens.claimlens';

export async function claimLens(): Promise<ClaimLensApi> {
  const ext = vscode.extensions.getExtension<ClaimLensApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded`);
  const api = await ext.activate();
  assert.ok(api?.service, 'activate() returns { service }');
  return api;
}

/** A file of the test workspace, or undefined when the harness did not copy it (seed.txt is optional). */
export function workspaceFile(name: string): vscode.Uri | undefined {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) return undefined;
  const uri = vscode.Uri.joinPath(folder.uri, name);
  return fs.existsSync(uri.fsPath) ? uri : undefined;
}

/** Opens a workspace file in an editor, or skips the test saying why when it is missing. */
export async function openWorkspaceArticle(ctx: Mocha.Context, name: string): Promise<vscode.TextDocument> {
  const uri = workspaceFile(name);
  if (!uri) {
    console.log(`    (skipped: ${name} is not in the test workspace — the harness copies it only when it exists)`);
    ctx.skip();
  }
  const doc = await vscode.workspace.openTextDocument(uri!);
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

export async function openUntitled(content: string, language = 'plaintext'): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument({ content, language });
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

/** The analysis of the document's current version (runs it now if the debounce is still pending). */
export async function analysed(api: ClaimLensApi, doc: vscode.TextDocument): Promise<AnalysisSnapshot> {
  const snap = await api.service.current(doc);
  assert.ok(snap, `no analysis for ${doc.uri.toString()}: state ${JSON.stringify(api.service.state(doc.uri))}`);
  assert.equal(snap.version, doc.version);
  return snap;
}

/** Resolves when `predicate` holds, checked on every service event (and at start); rejects after `ms`. */
export function until(api: ClaimLensApi, predicate: () => boolean, what: string, ms = 20_000): Promise<void> {
  return new Promise((resolve, reject) => {
    if (predicate()) return resolve();
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out waiting for ${what}`));
    }, ms);
    const sub = api.service.onDidChange(() => {
      if (!predicate()) return;
      clearTimeout(timer);
      sub.dispose();
      resolve();
    });
  });
}

/** Offset of the n-th occurrence (0-based) of `needle` in the document. */
export function offsetOf(doc: vscode.TextDocument, needle: string, nth = 0): number {
  const text = doc.getText();
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" (#${nth}) not found in ${doc.uri.toString()}`);
  }
  return at;
}

export function allOffsets(text: string, pattern: RegExp): number[] {
  return [...text.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g'))].map((m) => m.index ?? 0);
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Sets a claimlens.* setting for the test and returns a function restoring the previous value. */
export async function withSetting(key: string, value: unknown): Promise<() => Promise<void>> {
  const config = vscode.workspace.getConfiguration('claimlens');
  const previous = config.inspect(key)?.globalValue;
  await config.update(key, value, vscode.ConfigurationTarget.Global);
  return async () => {
    await vscode.workspace.getConfiguration('claimlens').update(key, previous, vscode.ConfigurationTarget.Global);
  };
}

export function markdownOf(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n---\n');
}
