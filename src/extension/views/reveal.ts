// Selecting a claim or mention in the editor from a tree item or a command link. Tree items carry
// the span and words of the analysis they were built from; if the user has edited since, the words
// are looked up again in a fresh analysis rather than selecting whatever now sits at old offsets.
import * as vscode from 'vscode';
import type { Claim, Span } from '../../analysis/model';
import type { DocumentService } from '../documentService';
import { guardedCommand } from '../providerSupport';
import type { ActiveArticle } from './activeArticle';

export interface SpanTarget extends Span {
  /** The words expected at the span (claim text or the name as written). */
  text?: string;
  kind?: Claim['kind'];
}

export function toUri(value: unknown): vscode.Uri {
  if (value instanceof vscode.Uri) return value;
  if (typeof value === 'string' && value) return vscode.Uri.parse(value, true);
  if (value && typeof value === 'object' && 'scheme' in value && 'path' in value) return vscode.Uri.from(value as vscode.Uri);
  throw new Error('missing document URI');
}

export function toSpan(value: unknown): SpanTarget {
  const v = value as Partial<SpanTarget> | undefined;
  if (!v || typeof v.start !== 'number' || typeof v.end !== 'number' || v.start < 0 || v.end < v.start) {
    throw new Error('missing or invalid span');
  }
  return { start: v.start, end: v.end, text: typeof v.text === 'string' ? v.text : undefined, kind: v.kind };
}

/** The range of `target` in the document as it is now, or undefined when the words are gone. */
export async function locate(service: DocumentService, doc: vscode.TextDocument, target: SpanTarget): Promise<vscode.Range | undefined> {
  const range = (s: Span) => new vscode.Range(doc.positionAt(s.start), doc.positionAt(s.end));
  if (target.text === undefined || doc.getText(range(target)) === target.text) return range(target);
  // Edited since: find the same claim (same words) in an analysis of the current text, nearest the old place.
  const snap = await service.current(doc);
  const candidates = (snap?.analysis.claims ?? []).filter((c) => c.text === target.text && (!target.kind || c.kind === target.kind));
  if (candidates.length > 0) {
    const best = candidates.reduce((a, b) => (Math.abs(b.start - target.start) < Math.abs(a.start - target.start) ? b : a));
    return range(best);
  }
  // A name mention: search the text itself near the old offset.
  const text = doc.getText();
  const after = text.indexOf(target.text, Math.max(0, target.start - target.text.length));
  const before = text.lastIndexOf(target.text, target.start);
  const at = after < 0 ? before : before < 0 ? after : target.start - before <= after - target.start ? before : after;
  return at >= 0 ? range({ start: at, end: at + target.text.length }) : undefined;
}

/** Opens the document (or focuses its editor) and selects the span. */
export async function revealSpan(
  service: DocumentService,
  uri: vscode.Uri,
  target: SpanTarget,
  options: { preserveFocus?: boolean } = {},
): Promise<vscode.TextEditor | undefined> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const range = await locate(service, doc, target);
  if (!range) {
    void vscode.window.showInformationMessage('ClaimLens: those words are no longer in the document.');
    return undefined;
  }
  // Reuse the column where the article is already open instead of opening it a second time.
  const visible = vscode.window.visibleTextEditors.find((e) => e.document === doc);
  const editor = await vscode.window.showTextDocument(doc, {
    viewColumn: visible?.viewColumn,
    preserveFocus: options.preserveFocus ?? false,
    preview: false,
  });
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

/** Registers a command `(uri, span, { preserveFocus })` that selects a span: what tree items run on click. */
export function registerRevealSpanCommand(service: DocumentService, id: string): vscode.Disposable {
  return guardedCommand(service, id, async (uri, span, options) =>
    revealSpan(service, toUri(uri), toSpan(span), { preserveFocus: (options as { preserveFocus?: boolean } | undefined)?.preserveFocus }),
  );
}

/** Opens an article, makes it the one the views show, and waits for its analysis of the current text. */
export async function showArticle(service: DocumentService, article: ActiveArticle, uri: vscode.Uri): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(uri);
  article.show(doc);
  await service.current(doc);
}
