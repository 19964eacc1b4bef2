// The fact-checker's desk in VS Code: the review store (files beside articles or in workspace
// storage) and the review commands. Views show reviews through the document service's snapshot.
import * as vscode from 'vscode';
import type { DocumentService } from '../documentService';
import type { ActiveArticle } from '../views/activeArticle';
import { registerClaimReviewCommands } from './claimReviewCommands';
import { registerEntityReviewCommands } from './entityReviewCommands';
import { readReviewStorage } from './reviewLocation';
import { interactivePrompts } from './reviewPrompts';
import { ReviewStore } from './reviewStore';

/** Created before the document service, which applies its reviews. */
export function createReviewStore(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): ReviewStore {
  const store = new ReviewStore({
    log,
    prompts: interactivePrompts,
    storage: context.storageUri ?? context.globalStorageUri,
    storageMode: readReviewStorage,
  });
  context.subscriptions.push(
    store,
    vscode.workspace.onDidCloseTextDocument((doc) => void store.forget(doc.uri)),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void store.trustGranted()),
  );
  return store;
}

export function registerReview(context: vscode.ExtensionContext, deps: { service: DocumentService; article: ActiveArticle; store: ReviewStore }): ReviewStore {
  registerClaimReviewCommands(context, deps);
  registerEntityReviewCommands(context, deps);
  return deps.store;
}
