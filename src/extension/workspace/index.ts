// Registers the newsroom half of the extension: the workspace index, the Sources view, Go to
// Symbol in Workspace, and the Source balance panel. The hover card's "also quoted in" line reads
// the same index (see elsewhere.ts).
import * as vscode from 'vscode';
import type { AnalysisBackend, DocumentService, ReviewSource } from '../documentService';
import type { ActiveArticle } from '../views/activeArticle';
import { registerBalancePanel, type BalancePanelApi } from './balancePanel';
import { elsewhereSection } from './elsewhere';
import { registerSourcesView, type SourcesViewRegistration } from './sourcesTree';
import { WorkspaceIndexService } from './workspaceIndexService';
import { registerWorkspaceSymbols } from './workspaceSymbols';

export interface WorkspaceApi {
  index: WorkspaceIndexService;
  sources: SourcesViewRegistration;
  balance: BalancePanelApi;
  /** For the hover card: a function giving an entity's other articles, as Markdown (undefined when the index is off). */
  elsewhere(doc: vscode.TextDocument): Promise<((entityId: string) => string | undefined) | undefined>;
}

/** Seconds after activation before the first build: let the window and the first article come first. */
const START_DELAY_MS = 1500;

export function registerWorkspace(
  context: vscode.ExtensionContext,
  deps: { service: DocumentService; backend: () => AnalysisBackend; article: ActiveArticle; reviews?: ReviewSource },
): WorkspaceApi {
  const index = new WorkspaceIndexService({
    service: deps.service,
    backend: deps.backend,
    storage: context.storageUri ?? context.globalStorageUri,
    workerBundle: vscode.Uri.joinPath(context.extensionUri, 'dist', 'worker.js'),
    log: deps.service.log,
    reviews: deps.reviews,
  });
  context.subscriptions.push(index);
  const sources = registerSourcesView(context, { service: deps.service, index });
  registerWorkspaceSymbols(context, { service: deps.service, index });
  const balance = registerBalancePanel(context, { service: deps.service, index, article: deps.article });
  index.start(START_DELAY_MS);
  return {
    index,
    sources,
    balance,
    elsewhere: async (doc) => {
      if (index.state === 'off') return undefined;
      const sources = await index.sources();
      return (entityId) => elsewhereSection(sources, doc.uri.toString(), entityId);
    },
  };
}
