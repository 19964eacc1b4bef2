// Registers the views half of the extension: the Claims and People & Places trees, editor
// highlights, export and copy-as-citation. All of them follow one ActiveArticle.
import * as vscode from 'vscode';
import { registerCitation } from '../citation';
import { registerDecorations, type Highlighter } from '../decorations';
import type { DocumentService } from '../documentService';
import { registerExport, type ExportApi } from '../export';
import { ActiveArticle } from './activeArticle';
import { registerClaimsTree, type ClaimsTreeRegistration } from './claimsTree';
import { registerEntitiesTree, type EntitiesTreeRegistration } from './entitiesTree';
import { guardedCommand } from '../providerSupport';

/** What the integration tests reach through activate()'s API. */
export interface ViewsApi {
  article: ActiveArticle;
  claims: ClaimsTreeRegistration;
  entities: EntitiesTreeRegistration;
  highlights: Highlighter;
  exporter: ExportApi;
}

export function registerViews(context: vscode.ExtensionContext, deps: { service: DocumentService }): ViewsApi {
  const article = new ActiveArticle(deps.service);
  context.subscriptions.push(article);
  const entities = registerEntitiesTree(context, { service: deps.service, article });
  const claims = registerClaimsTree(context, { service: deps.service, article, revealEntity: entities.revealEntity });
  const highlights = registerDecorations(context, deps);
  const exporter = registerExport(context, { service: deps.service, article });
  registerCitation(context, { service: deps.service, article });
  context.subscriptions.push(
    // The views' Refresh button re-annotates the article they show, which need not be the active
    // editor (focus may be in a JSON file while the Claims view still shows the article).
    guardedCommand(deps.service, 'claimlens.views.refresh', async () => {
      const doc = article.document;
      const result = await vscode.commands.executeCommand('claimlens.refresh', doc?.uri);
      claims.provider.refresh();
      entities.provider.refresh();
      return result;
    }),
  );
  return { article, claims, entities, highlights, exporter };
}
