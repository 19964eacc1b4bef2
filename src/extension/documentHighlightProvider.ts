// Document highlights: with the cursor on a name, every other mention of the same entity lights up.
import * as vscode from 'vscode';
import type { DocumentService } from './documentService';
import { entityAtPosition, safely, spanRange } from './providerSupport';
import { registerForArticles } from './selector';

export class ClaimLensHighlightProvider implements vscode.DocumentHighlightProvider {
  constructor(private readonly service: DocumentService) {}

  provideDocumentHighlights(doc: vscode.TextDocument, position: vscode.Position): Promise<vscode.DocumentHighlight[] | undefined> {
    return safely(this.service, 'document highlights', () => {
      // Highlights follow every cursor move, including while typing: use the analysis only when it
      // matches the text, rather than forcing a re-analysis on each keystroke (and skipping the debounce).
      const current = this.service.snapshot(doc);
      if (!current || current.version !== doc.version) return undefined;
      const hit = entityAtPosition(current, doc, position, this.service.settings.entityTypes);
      if (!hit) return undefined;
      return current.lookup
        .mentionsOf(hit.entity.id)
        .map((m) => new vscode.DocumentHighlight(spanRange(doc, m), vscode.DocumentHighlightKind.Read));
    });
  }
}

export function registerDocumentHighlights(context: vscode.ExtensionContext, deps: { service: DocumentService }): void {
  const provider = new ClaimLensHighlightProvider(deps.service);
  registerForArticles(context, deps.service, (selector) => vscode.languages.registerDocumentHighlightProvider(selector, provider));
}
