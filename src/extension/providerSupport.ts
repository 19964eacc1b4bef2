// Shared glue for the language-feature providers and commands: the error policy (log, never
// throw) and the lookup of the entity under the cursor.
import * as vscode from 'vscode';
import type { MentionHit } from '../analysis/output/lookup';
import type { Span } from '../analysis/model';
import type { AnalysisSnapshot, DocumentService } from './documentService';

/** Runs a provider body; a failure is logged to the ClaimLens output channel and yields undefined. */
export async function safely<T>(service: DocumentService, what: string, body: () => Promise<T | undefined> | T | undefined): Promise<T | undefined> {
  try {
    return await body();
  } catch (err) {
    service.log.error(`${what} failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
    return undefined;
  }
}

/** Logs a command's failure to the output channel and tells the user briefly. */
export function guardedCommand(service: DocumentService, id: string, run: (...args: unknown[]) => unknown): vscode.Disposable {
  return vscode.commands.registerCommand(id, async (...args: unknown[]) => {
    try {
      return await run(...args);
    } catch (err) {
      service.log.error(`${id} failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
      void vscode.window.showErrorMessage(`ClaimLens: ${err instanceof Error ? err.message : String(err)}`);
      return undefined;
    }
  });
}

/** The analysis matching the document's text, or undefined (not an article, too large, failed). */
export async function currentSnapshot(service: DocumentService, doc: vscode.TextDocument): Promise<AnalysisSnapshot | undefined> {
  if (!service.isArticle(doc) && !service.snapshot(doc)) return undefined;
  return service.current(doc);
}

/**
 * The entity mention under the cursor. A cursor right after a name still counts (as for words in
 * code), and the source words of a claim ("Peña told") lead to the source's entity.
 */
export function entityAtPosition(snap: AnalysisSnapshot, doc: vscode.TextDocument, position: vscode.Position, allowedTypes?: readonly string[]): MentionHit | undefined {
  const offset = doc.offsetAt(position);
  const hit = snap.lookup.entityAt(offset, true);
  if (hit) return allowedTypes && !allowedTypes.includes(hit.entity.type) ? undefined : hit;
  const claim = snap.lookup.claimBySourceAt(offset, true);
  const entity = claim?.source?.entityId ? snap.lookup.entity(claim.source.entityId) : undefined;
  if (!entity || !claim?.source || (allowedTypes && !allowedTypes.includes(entity.type))) return undefined;
  return { entity, span: { start: claim.source.start, end: claim.source.end }, index: -1 };
}

export function spanRange(doc: vscode.TextDocument, span: Span): vscode.Range {
  return new vscode.Range(doc.positionAt(span.start), doc.positionAt(span.end));
}
