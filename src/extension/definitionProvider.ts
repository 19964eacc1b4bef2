// Go to Definition on a name: the entity's first mention (where a reader meets it, usually with
// its full name and role).
import * as vscode from 'vscode';
import type { DocumentService } from './documentService';
import { currentSnapshot, entityAtPosition, safely, spanRange } from './providerSupport';
import { registerForArticles } from './selector';

export class ClaimLensDefinitionProvider implements vscode.DefinitionProvider {
  constructor(private readonly service: DocumentService) {}

  provideDefinition(doc: vscode.TextDocument, position: vscode.Position): Promise<vscode.LocationLink[] | undefined> {
    return safely(this.service, 'definition', async () => {
      const snap = await currentSnapshot(this.service, doc);
      if (!snap) return undefined;
      const hit = entityAtPosition(snap, doc, position, this.service.settings.entityTypes);
      const first = hit && snap.lookup.mentionsOf(hit.entity.id)[0];
      if (!hit || !first) return undefined;
      const target = spanRange(doc, first);
      return [{ originSelectionRange: spanRange(doc, hit.span), targetUri: doc.uri, targetRange: target, targetSelectionRange: target }];
    });
  }
}

export function registerDefinition(context: vscode.ExtensionContext, deps: { service: DocumentService }): void {
  const provider = new ClaimLensDefinitionProvider(deps.service);
  registerForArticles(context, deps.service, (selector) => vscode.languages.registerDefinitionProvider(selector, provider));
}
