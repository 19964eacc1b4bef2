// Find All References on a name: every mention of that entity, whatever the spelling.
import * as vscode from 'vscode';
import type { DocumentService } from './documentService';
import { currentSnapshot, entityAtPosition, safely, spanRange } from './providerSupport';
import { registerForArticles } from './selector';

export class ClaimLensReferenceProvider implements vscode.ReferenceProvider {
  constructor(private readonly service: DocumentService) {}

  provideReferences(doc: vscode.TextDocument, position: vscode.Position, context: vscode.ReferenceContext): Promise<vscode.Location[] | undefined> {
    return safely(this.service, 'references', async () => {
      const snap = await currentSnapshot(this.service, doc);
      if (!snap) return undefined;
      const hit = entityAtPosition(snap, doc, position, this.service.settings.entityTypes);
      if (!hit) return undefined;
      const mentions = snap.lookup.mentionsOf(hit.entity.id);
      // The first mention plays the part of the "declaration".
      const shown = context.includeDeclaration ? mentions : mentions.slice(1);
      return shown.map((m) => new vscode.Location(doc.uri, spanRange(doc, m)));
    });
  }
}

export function registerReferences(context: vscode.ExtensionContext, deps: { service: DocumentService }): void {
  const provider = new ClaimLensReferenceProvider(deps.service);
  registerForArticles(context, deps.service, (selector) => vscode.languages.registerReferenceProvider(selector, provider));
}
