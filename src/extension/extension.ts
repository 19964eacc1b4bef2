// Activation wires the features together. Each feature lives in its own file and exposes
// registerX(context, deps); they all read the one DocumentService. Activation itself does almost
// nothing: the analysis worker starts only when the first article needs analysing, and the
// analysis core (compromise) is never loaded in the extension host.
import * as vscode from 'vscode';
import { AnalysisPool } from '../worker/pool';
import { registerCommands } from './commands';
import { readConfig } from './config';
import { registerDefinition } from './definitionProvider';
import { registerDiagnostics } from './diagnostics';
import { registerDocumentHighlights } from './documentHighlightProvider';
import { DocumentService } from './documentService';
import { registerDocumentSymbols } from './documentSymbolProvider';
import { registerHover } from './hoverProvider';
import { registerReferences } from './referenceProvider';
import { createReviewStore, registerReview } from './review';
import type { ReviewStore } from './review/reviewStore';
import { registerStatusBar } from './statusBar';
import { registerViews, type ViewsApi } from './views';

/** What activate() returns: used by the integration tests (and other extensions) to await analysis. */
export interface ClaimLensApi {
  service: DocumentService;
  /** The status bar item (tests read its text). */
  status: vscode.StatusBarItem;
  /** Claims and People & Places trees, highlights, export (src/extension/views/index.ts). */
  views: ViewsApi;
  /** Reviews: verdicts, notes and corrections, and their files (src/extension/review/). */
  reviews: ReviewStore;
}

/** Kept for deactivate(), which must write pending reviews before the window closes. */
let reviewStore: ReviewStore | undefined;

export function activate(context: vscode.ExtensionContext): ClaimLensApi {
  const log = vscode.window.createOutputChannel('ClaimLens', { log: true });
  context.subscriptions.push(log);
  const reviews = createReviewStore(context, log);
  reviewStore = reviews;
  const service = new DocumentService({
    log,
    reviews,
    createBackend: () => {
      const max = readConfig().workersMax;
      log.info(`starting the analysis worker${max > 0 ? ` (at most ${max} threads)` : ''}`);
      return new AnalysisPool({ workerPath: context.asAbsolutePath('dist/worker.js'), maxWorkers: max > 0 ? max : undefined });
    },
  });
  context.subscriptions.push(service);
  const deps = { service };

  const status = registerStatusBar(context, deps);
  registerCommands(context, deps);
  registerHover(context, deps);
  registerReferences(context, deps);
  registerDefinition(context, deps);
  registerDocumentHighlights(context, deps);
  registerDocumentSymbols(context, deps);
  registerDiagnostics(context, deps);

  // Views: Claims tree, People & Places, highlights, export, copy citation.
  const views = registerViews(context, deps);
  registerReview(context, { service, article: views.article, store: reviews });

  return { service, status, views, reviews };
}

/** Writes reviews still waiting for their debounce: nothing a reviewer did is lost on close. */
export async function deactivate(): Promise<void> {
  await reviewStore?.flush();
  reviewStore = undefined;
}
