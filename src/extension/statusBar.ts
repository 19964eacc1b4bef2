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
      const view = statusView(service.state(doc.uri), service.get(doc));
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
  context.subscriptions.push(
    item,
    vscode.window.onDidChangeActiveTextEditor(refresh),
    service.onDidChange((uri) => {
      if (vscode.window.activeTextEditor?.document.uri.toString() === uri.toString()) refresh();
    }),
  );
  refresh();
  return item;
}
