// "Copy Claim as Citation": the claim at the cursor, or the Claims tree item the menu was opened on,
// on the clipboard in the style of `claimlens.citation.format` (plain, Markdown, APA-like), with
// the speaker's role and the article's title.
import * as vscode from 'vscode';
import type { Claim } from '../analysis/model';
import { claimsById, effectiveSource } from '../analysis/output/attribution';
import { articleTitle, formatCitation } from '../analysis/output/citation';
import type { DocumentService } from './documentService';
import type { ActiveArticle } from './views/activeArticle';
import type { ClaimNode } from './views/claimsTreeModel';
import { guardedCommand } from './providerSupport';
import { locate, toUri } from './views/reveal';

/** Where the citation says the claim is: the path relative to the workspace, or the file's name. */
export function citationFileLabel(doc: vscode.TextDocument): string {
  if (doc.isUntitled) return doc.uri.path;
  if (doc.uri.scheme === 'file' && vscode.workspace.getWorkspaceFolder(doc.uri)) return vscode.workspace.asRelativePath(doc.uri, false);
  return doc.uri.path.split('/').pop() ?? doc.uri.path;
}

export function registerCitation(context: vscode.ExtensionContext, deps: { service: DocumentService; article: ActiveArticle }): void {
  const { service, article } = deps;

  /** The document and claim the command is about, from its argument or the cursor. */
  const resolve = async (arg: unknown): Promise<{ doc: vscode.TextDocument; claim: Claim } | undefined> => {
    const node = arg as Partial<ClaimNode> | undefined;
    if (node && node.kind === 'claim' && node.claim && article.document) return { doc: article.document, claim: node.claim };
    const link = arg as { uri?: unknown; claimId?: unknown } | undefined;
    if (link && typeof link === 'object' && link.uri !== undefined && typeof link.claimId === 'string') {
      const doc = await vscode.workspace.openTextDocument(toUri(link.uri));
      const claim = (await service.current(doc))?.analysis.claims.find((c) => c.id === link.claimId);
      return claim ? { doc, claim } : undefined;
    }
    const editor = vscode.window.activeTextEditor;
    if (!editor) return undefined;
    const snap = await service.current(editor.document);
    const claim = snap?.lookup.claimAt(editor.document.offsetAt(editor.selection.active), true);
    return claim ? { doc: editor.document, claim } : undefined;
  };

  context.subscriptions.push(
    guardedCommand(service, 'claimlens.copyCitation', async (arg) => {
      const found = await resolve(arg);
      if (!found) {
        void vscode.window.showInformationMessage('ClaimLens: put the cursor in a quote (or pick a claim in the Claims view) to copy it as a citation.');
        return undefined;
      }
      const { doc, claim } = found;
      // The line in the text as it is now (the tree item may predate an edit).
      const range = await locate(service, doc, { start: claim.start, end: claim.end, text: claim.text, kind: claim.kind });
      const line = (range ? range.start.line : doc.positionAt(claim.start).line) + 1;
      const snap = service.snapshot(doc);
      const source = snap ? effectiveSource(claim, claimsById(snap.analysis.claims)) : claim.source;
      const entity = source?.entityId ? snap?.lookup.entity(source.entityId) : undefined;
      const input = { claim, source, entity, fileLabel: citationFileLabel(doc), line, title: articleTitle(doc.getText(), doc.languageId) };
      const citation = formatCitation(input, service.settings.citationFormat);
      try {
        await vscode.env.clipboard.writeText(citation);
        vscode.window.setStatusBarMessage('ClaimLens: citation copied', 2500);
      } catch (err) {
        // Still return it (callers and tests get the text); tell the user the copy itself failed.
        service.log.error(`clipboard write failed: ${err instanceof Error ? err.message : String(err)}`);
        void vscode.window.showErrorMessage(`ClaimLens: could not write to the clipboard. The citation: ${citation}`);
      }
      return citation;
    }),
  );
}
