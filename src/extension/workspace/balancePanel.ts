// The Source balance panel (a webview): charts of the active article's and the workspace's sources,
// redrawn when the index or the article changes, with their numbers exportable as CSV or JSON.
// The HTML comes from balanceHtml.ts; this file is the vscode glue.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { statsOfAnalyses } from '../../analysis/output/stats';
import type { DocumentService } from '../documentService';
import { guardedCommand } from '../providerSupport';
import type { ActiveArticle } from '../views/activeArticle';
import { toUri } from '../views/reveal';
import { BALANCE_SCHEMA, balanceCsv, balanceJson, balanceScope, type BalanceData } from './balanceData';
import { renderBalanceBody, renderBalancePage } from './balanceHtml';
import type { WorkspaceIndexService } from './workspaceIndexService';

export const BALANCE_VIEW_TYPE = 'claimlens.balance';
const RENDER_DELAY_MS = 300;

export interface BalancePanelApi {
  show(): Promise<vscode.WebviewPanel>;
  /** The numbers the panel shows now. */
  data(): Promise<BalanceData>;
  exportNumbers(format: 'csv' | 'json', target?: vscode.Uri): Promise<vscode.Uri | undefined>;
  readonly panel: vscode.WebviewPanel | undefined;
  /** How many times the panel was drawn (tests wait for a redraw after a change). */
  readonly renders: number;
  /** The last HTML drawn in the panel's main area. */
  readonly lastBody: string | undefined;
}

export function registerBalancePanel(
  context: vscode.ExtensionContext,
  deps: { service: DocumentService; index: WorkspaceIndexService; article: ActiveArticle },
): BalancePanelApi {
  const { service, index, article } = deps;
  let panel: vscode.WebviewPanel | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let renders = 0;
  let lastBody: string | undefined;

  const data = async (): Promise<BalanceData> => {
    const doc = article.document;
    const snap = doc ? service.snapshot(doc) : undefined;
    const name = doc ? (doc.isUntitled ? doc.uri.path : vscode.workspace.asRelativePath(doc.uri, false)) : '';
    const articleScope = doc && snap ? balanceScope('article', name, statsOfAnalyses([{ path: name, analysis: snap.analysis }])) : null;
    const stats = await index.stats();
    const folder = vscode.workspace.workspaceFolders?.[0]?.name ?? 'workspace';
    return { schema: BALANCE_SCHEMA, article: articleScope, workspace: stats ? balanceScope('workspace', folder, stats) : null };
  };

  const render = async () => {
    const body = renderBalanceBody(await data());
    if (!panel) return;
    lastBody = body;
    renders++;
    void panel.webview.postMessage({ type: 'render', html: body });
  };
  const schedule = () => {
    if (!panel || timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      render().catch((err: unknown) => service.log.error(`balance panel: ${err instanceof Error ? err.stack ?? err.message : String(err)}`));
    }, RENDER_DELAY_MS);
  };

  const exportNumbers = async (format: 'csv' | 'json', target?: vscode.Uri): Promise<vscode.Uri | undefined> => {
    const to =
      target ??
      (await vscode.window.showSaveDialog({
        title: `Export Source Balance as ${format.toUpperCase()}`,
        defaultUri: vscode.workspace.workspaceFolders?.[0] ? vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, `source-balance.${format}`) : undefined,
        filters: { [format.toUpperCase()]: [format] },
        saveLabel: 'Export',
      }));
    if (!to) return undefined;
    const d = await data();
    await vscode.workspace.fs.writeFile(to, new TextEncoder().encode(format === 'csv' ? balanceCsv(d) : balanceJson(d)));
    service.log.info(`exported the source balance as ${format.toUpperCase()} to ${to.toString(true)}`);
    return to;
  };

  const show = async (): Promise<vscode.WebviewPanel> => {
    if (panel) {
      panel.reveal(undefined, true);
      await render();
      return panel;
    }
    panel = vscode.window.createWebviewPanel(BALANCE_VIEW_TYPE, 'Source Balance', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      // nothing to load: no local or remote resources at all
      localResourceRoots: [],
      retainContextWhenHidden: false,
    });
    const nonce = randomBytes(18).toString('base64');
    lastBody = renderBalanceBody(await data());
    renders++;
    panel.webview.html = renderBalancePage({ nonce, body: lastBody });
    panel.webview.onDidReceiveMessage((msg: { type?: string; format?: string }) => {
      // a (re)loaded page asks for the numbers as they are now
      if (msg?.type === 'ready') schedule();
      if (msg?.type === 'export' && (msg.format === 'csv' || msg.format === 'json')) {
        void exportNumbers(msg.format).catch((err: unknown) => void vscode.window.showErrorMessage(`ClaimLens: ${err instanceof Error ? err.message : String(err)}`));
      }
    });
    panel.onDidDispose(() => {
      panel = undefined;
      if (timer) clearTimeout(timer);
      timer = undefined;
    });
    return panel;
  };

  context.subscriptions.push(
    index.onDidChange(schedule),
    service.onDidChange((uri) => uri.toString() === article.document?.uri.toString() && schedule()),
    article.onDidChange(schedule),
    guardedCommand(service, 'claimlens.showBalance', () => show()),
    guardedCommand(service, 'claimlens.balance.exportCsv', (target) => exportNumbers('csv', target ? toUri(target) : undefined)),
    guardedCommand(service, 'claimlens.balance.exportJson', (target) => exportNumbers('json', target ? toUri(target) : undefined)),
    { dispose: () => panel?.dispose() },
  );
  return {
    show,
    data,
    exportNumbers,
    get panel() {
      return panel;
    },
    get renders() {
      return renders;
    },
    get lastBody() {
      return lastBody;
    },
  };
}
