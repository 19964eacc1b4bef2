// What every ClaimLens tree shares: the change event, a coalesced refresh (the service fires for
// each state change; one redraw per burst is enough), error logging, and disposal.
import * as vscode from 'vscode';

export abstract class BaseTreeProvider<T> implements vscode.TreeDataProvider<T>, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<T | undefined | void>();
  readonly onDidChangeTreeData: vscode.Event<T | undefined | void> = this.changeEmitter.event;
  protected readonly disposables: vscode.Disposable[] = [this.changeEmitter];
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(protected readonly log: vscode.LogOutputChannel, private readonly refreshDelayMs = 50) {}

  abstract getTreeItem(element: T): vscode.TreeItem | Thenable<vscode.TreeItem>;
  abstract getChildren(element?: T): vscode.ProviderResult<T[]>;
  abstract getParent(element: T): vscode.ProviderResult<T>;

  /**
   * Redraws the whole tree soon; calls within the delay collapse into one redraw. Always coalesced:
   * back-to-back redraws race the workbench's own fetches ("Data tree node not found").
   */
  refresh(): void {
    if (this.refreshTimer) return;
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      this.changeEmitter.fire();
    }, this.refreshDelayMs);
  }

  /** Runs a callback body, logging instead of throwing into VS Code. */
  protected guard<R>(what: string, fallback: R, body: () => R): R {
    try {
      return body();
    } catch (err) {
      this.log.error(`${what} failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
      return fallback;
    }
  }

  dispose(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
