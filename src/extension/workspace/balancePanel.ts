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

interface BalanceDeps {
  service: DocumentService;
  index: WorkspaceIndexService;
  article: ActiveArticle;
}

export function registerBalancePanel(context: vscode.ExtensionContext, deps: BalanceDeps): BalancePanelApi {
  const { service, index, article } = deps;
  const view = new BalanceView(deps);
  const schedule = () => view.schedule();
  context.subscriptions.push(
    index.onDidChange(schedule),
    service.onDidChange((uri) => uri.toString() === article.document?.uri.toString() && schedule()),
    article.onDidChange(schedule),
    guardedCommand(service, 'claimlens.showBalance', () => view.show()),
    guardedCommand(service, 'claimlens.balance.exportCsv', (target) => view.exportNumbers('csv', target ? toUri(target) : undefined)),
    guardedCommand(service, 'claimlens.balance.exportJson', (target) => view.exportNumbers('json', target ? toUri(target) : undefined)),
    view,
  );
  return view;
}

/**
 * At most one panel, opened on demand. Changes arrive in bursts (a save re-indexes and re-analyses
 * the article), so redraws are coalesced into one after RENDER_DELAY_MS.
 */
class BalanceView implements BalancePanelApi, vscode.Disposable {
  private current: vscode.WebviewPanel | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private renderCount = 0;
  private body: string | undefined;

  constructor(private readonly deps: BalanceDeps) {}

  get panel(): vscode.WebviewPanel | undefined {
    return this.current;
  }

  get renders(): number {
    return this.renderCount;
  }

  get lastBody(): string | undefined {
    return this.body;
  }

  async data(): Promise<BalanceData> {
    const { service, index, article } = this.deps;
    const doc = article.document;
    const snap = doc ? service.snapshot(doc) : undefined;
    const name = doc ? (doc.isUntitled ? doc.uri.path : vscode.workspace.asRelativePath(doc.uri, false)) : '';
    const articleScope = doc && snap ? balanceScope('article', name, statsOfAnalyses([{ path: name, analysis: snap.analysis }])) : null;
    const stats = await index.stats();
    const folder = vscode.workspace.workspaceFolders?.[0]?.name ?? 'workspace';
    return { schema: BALANCE_SCHEMA, article: articleScope, workspace: stats ? balanceScope('workspace', folder, stats) : null };
  }

  async show(): Promise<vscode.WebviewPanel> {
    if (this.current) {
      this.current.reveal(undefined, true);
      await this.render();
      return this.current;
    }
    const panel = vscode.window.createWebviewPanel(BALANCE_VIEW_TYPE, 'Source Balance', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      // nothing to load: no local or remote resources at all
      localResourceRoots: [],
      retainContextWhenHidden: false,
    });
    this.current = panel;
    const nonce = randomBytes(18).toString('base64');
    this.body = renderBalanceBody(await this.data());
    this.renderCount++;
    panel.webview.html = renderBalancePage({ nonce, body: this.body });
    panel.webview.onDidReceiveMessage((msg: { type?: string; format?: string }) => this.onMessage(msg));
    panel.onDidDispose(() => this.forgetPanel());
    return panel;
  }

  async exportNumbers(format: 'csv' | 'json', target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const to = target ?? (await askExportTarget(format));
    if (!to) return undefined;
    const d = await this.data();
    await vscode.workspace.fs.writeFile(to, new TextEncoder().encode(format === 'csv' ? balanceCsv(d) : balanceJson(d)));
    this.deps.service.log.info(`exported the source balance as ${format.toUpperCase()} to ${to.toString(true)}`);
    return to;
  }

  /** Redraws soon, once, if the panel is open. */
  schedule(): void {
    if (!this.current || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.render().catch((err: unknown) => this.deps.service.log.error(`balance panel: ${err instanceof Error ? err.stack ?? err.message : String(err)}`));
    }, RENDER_DELAY_MS);
  }

  dispose(): void {
    this.current?.dispose();
  }

  /** Posts the new body for the page's script to swap in: the page itself is not reloaded. */
  private async render(): Promise<void> {
    const body = renderBalanceBody(await this.data());
    // the panel may have been closed while the numbers were gathered
    if (!this.current) return;
    this.body = body;
    this.renderCount++;
    void this.current.webview.postMessage({ type: 'render', html: body });
  }

  private onMessage(msg: { type?: string; format?: string }): void {
    // a (re)loaded page asks for the numbers as they are now
    if (msg?.type === 'ready') this.schedule();
    if (msg?.type === 'export' && (msg.format === 'csv' || msg.format === 'json')) {
      void this.exportNumbers(msg.format).catch((err: unknown) => void vscode.window.showErrorMessage(`ClaimLens: ${err instanceof Error ? err.message : String(err)}`));
    }
  }

  private forgetPanel(): void {
    this.current = undefined;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}

function askExportTarget(format: 'csv' | 'json'): Thenable<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  return vscode.window.showSaveDialog({
    title: `Export Source Balance as ${format.toUpperCase()}`,
    defaultUri: folder ? vscode.Uri.joinPath(folder.uri, `source-balance.${format}`) : undefined,
    filters: { [format.toUpperCase()]: [format] },
    saveLabel: 'Export',
  });
}
