// What a review command is about, from whatever invoked it: a Claims or People & Places tree node,
// a hover card link's `{ uri, claimId | entityId | itemId }`, or the cursor in the active editor.
// Always resolved against the document's current analysis, never a stale tree node.
import * as vscode from 'vscode';
import type { Claim, Entity } from '../../analysis/model';
import type { AnalysisSnapshot, DocumentService } from '../documentService';
import { entityAtPosition } from '../providerSupport';
import type { ActiveArticle } from '../views/activeArticle';
import { toUri } from '../views/reveal';

export interface Target {
  doc: vscode.TextDocument;
  snap: AnalysisSnapshot;
}

export interface ClaimTarget extends Target {
  claim: Claim;
}

export interface EntityTarget extends Target {
  entity: Entity;
}

interface Loose {
  kind?: unknown;
  uri?: unknown;
  claimId?: unknown;
  entityId?: unknown;
  itemId?: unknown;
  claim?: Claim;
  entity?: Entity;
  group?: { entityId?: string | null };
}

async function documentOf(arg: Loose | undefined, article: ActiveArticle): Promise<vscode.TextDocument | undefined> {
  if (arg?.uri !== undefined) return vscode.workspace.openTextDocument(toUri(arg.uri));
  if (arg?.kind !== undefined) return article.document;
  return vscode.window.activeTextEditor?.document ?? article.document;
}

async function snapshotOf(service: DocumentService, doc: vscode.TextDocument | undefined): Promise<Target | undefined> {
  if (!doc) return undefined;
  const snap = await service.current(doc);
  return snap ? { doc, snap } : undefined;
}

export async function claimTarget(service: DocumentService, article: ActiveArticle, raw: unknown): Promise<ClaimTarget | undefined> {
  const arg = raw as Loose | undefined;
  const t = await snapshotOf(service, await documentOf(arg, article));
  if (!t) return undefined;
  const claims = t.snap.analysis.claims;
  let claim: Claim | undefined;
  if (arg?.claim) {
    const old = arg.claim;
    claim = claims.find((c) => c.id === old.id && c.text === old.text) ?? claims.find((c) => c.text === old.text);
  } else if (typeof arg?.claimId === 'string') {
    claim = claims.find((c) => c.id === arg.claimId);
  } else if (arg?.kind === undefined) {
    const editor = vscode.window.activeTextEditor;
    if (editor?.document === t.doc) claim = t.snap.lookup.claimAt(t.doc.offsetAt(editor.selection.active), true);
  }
  return claim ? { ...t, claim } : undefined;
}

export async function entityTarget(service: DocumentService, article: ActiveArticle, raw: unknown): Promise<EntityTarget | undefined> {
  const arg = raw as Loose | undefined;
  const t = await snapshotOf(service, await documentOf(arg, article));
  if (!t) return undefined;
  const id = arg?.entity?.id ?? (typeof arg?.entityId === 'string' ? arg.entityId : undefined) ?? arg?.group?.entityId ?? undefined;
  let entity = id ? t.snap.lookup.entity(id) : undefined;
  if (!entity && arg?.entity) entity = t.snap.analysis.entities.find((e) => e.name === arg.entity!.name);
  if (!entity && arg?.kind === undefined && arg?.uri === undefined) {
    const editor = vscode.window.activeTextEditor;
    if (editor?.document === t.doc) entity = entityAtPosition(t.snap, t.doc, editor.selection.active)?.entity;
  }
  return entity ? { ...t, entity } : undefined;
}

/** A review item id from a tree node or link (`{ uri, itemId }`), with the document it belongs to. */
export async function itemTarget(service: DocumentService, article: ActiveArticle, raw: unknown): Promise<(Target & { itemId: string }) | undefined> {
  const arg = raw as Loose | undefined;
  if (typeof arg?.itemId !== 'string') return undefined;
  const t = await snapshotOf(service, await documentOf(arg, article));
  return t ? { ...t, itemId: arg.itemId } : undefined;
}
