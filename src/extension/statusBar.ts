// Status bar: what ClaimLens knows about the active article, never silent. Counts when ready, a
// spinner while analysing, a warning (with "Analyse Anyway") when over the size limit, an error
// (opening the log) when analysis failed.
import * as vscode from 'vscode';
import type { Analysis } from '../analysis/model';
import type { DocumentService, DocumentState } from './documentService';

export interface StatusView {
  text: string;
  tooltip: string;
  command: string | undefined;
  background?: 'warning' | 'error';
}

/** What the item shows for a state (pure, so the wording is easy to check). */
export function statusView(state: DocumentState, analysis: Analysis | undefined): StatusView {
  switch (state.kind) {
    case 'analysing':
      return {
        text: '$(sync~spin) ClaimLens',
        tooltip: state.detail ? `ClaimLens: analysing (${state.detail})` : 'ClaimLens: analysing this article…',
        command: 'claimlens.showOutput',
      };
    case 'too-large':
      return {
        text: '$(warning) ClaimLens: not analysed',
        tooltip: `ClaimLens did not analyse this document: ${state.detail ?? 'it is over the size limit'}. Click to analyse it anyway.`,
        command: 'claimlens.analyseAnyway',
        background: 'warning',
      };
    case 'error':
      return {
        text: '$(error) ClaimLens: failed',
        tooltip: `ClaimLens could not analyse this article: ${state.detail ?? 'unknown error'}. Click to open the log.`,
        command: 'claimlens.showOutput',
        background: 'error',
      };
    case 'ready':
    case 'idle':
    case 'unsupported':
      break;
  }
  if (!analysis) {
    return { text: '$(sync~spin) ClaimLens', tooltip: 'ClaimLens: waiting to analyse this article', command: 'claimlens.showOutput' };
  }
  const count = (type: string) => analysis.entities.filter((e) => e.type === type).length;
  const people = count('person');
  const places = count('place');
  const orgs = count('organization');
  const claims = analysis.claims.length;
  const direct = analysis.claims.filter((c) => c.kind === 'direct').length;
  return {
    text: `$(person) ${people} · $(location) ${places} · $(quote) ${claims}`,
    tooltip: `ClaimLens: ${plural(people, 'person', 'people')} · ${plural(places, 'place')} · ${plural(orgs, 'organization')} · ${plural(claims, 'claim')} (${direct} direct, ${claims - direct} reported). Click to open the Claims view.`,
    command: 'claimlens.showClaims',
  };
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

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
