// Status bar: what ClaimLens knows about the active article, never silent. Counts when ready, a
// spinner while analysing, a warning (with "Analyse Anyway") when over the size limit, an error
// (opening the log) when analysis failed.
import * as vscode from 'vscode';
import type { DocumentService } from './documentService';
import { statusView } from './statusText';

export function registerStatusBar(context: vscode.ExtensionContext, deps: { service: DocumentService }): vscode.StatusBarItem {
  const { service } = deps;
  const item = vscode.window.createStatusBarItem('claimlens.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'ClaimLens';
  const refresh = () => {
    try {
      const doc = vscode.window.activeTextEditor?.document;
      if (!doc || (!service.isArticle(doc) && !service.snapshot(doc) && service.state(doc.uri).kind !== 'too-large')) {
        item.hide();
        return;
      }
      const view = statusView(service.state(doc.uri), service.get(doc), service.settings.entityTypes);
      item.text = view.text;
      item.tooltip = view.tooltip;
      item.command = view.command;
      item.backgroundColor = view.background ? new vscode.ThemeColor(`statusBarItem.${view.background}Background`) : undefined;
      item.accessibilityInformation = { label: view.tooltip };
      item.show();
    } catch (err) {
      service.log.error(`status bar failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
    }
  };
  // Besides the status bar, say once per document (like a spell checker would) why it has no
  // annotations, with the way out; repeated edits of the same big file do not nag again.
  const noticed = new Set<string>();
  const noticeTooLarge = (doc: vscode.TextDocument) => {
    const key = doc.uri.toString();
    const state = service.state(doc.uri);
    if (state.kind !== 'too-large' || noticed.has(key)) return;
    noticed.add(key);
    const name = doc.isUntitled ? 'This document' : vscode.workspace.asRelativePath(doc.uri);
    void vscode.window
      .showWarningMessage(`ClaimLens: ${name} was not analysed: ${state.detail ?? 'it is over the size limit'}.`, 'Analyse Anyway', 'Change Limit')
      .then((choice) => {
        if (choice === 'Analyse Anyway') return vscode.commands.executeCommand('claimlens.analyseAnyway', doc.uri);
        if (choice === 'Change Limit') return vscode.commands.executeCommand('workbench.action.openSettings', 'claimlens.maxFileSizeKB');
        return undefined;
      });
  };
  context.subscriptions.push(
    item,
    vscode.window.onDidChangeActiveTextEditor(refresh),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('claimlens.entityTypes')) refresh();
    }),
    service.onDidChange((uri) => {
      const doc = vscode.window.activeTextEditor?.document;
      if (doc?.uri.toString() !== uri.toString()) return;
      refresh();
      noticeTooLarge(doc);
    }),
    vscode.workspace.onDidCloseTextDocument((doc) => noticed.delete(doc.uri.toString())),
  );
  refresh();
  return item;
}
