// Which article the views show: the active editor's document when it is an article; otherwise the
// last article shown, as long as it stays open (focusing the Output panel or a settings editor must
// not empty the Claims tree).
import * as vscode from 'vscode';
import type { DocumentService } from '../documentService';

export class ActiveArticle implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<vscode.TextDocument | undefined>();
  readonly onDidChange = this.emitter.event;
  private doc: vscode.TextDocument | undefined;
  private contextState: string | undefined;
  private readonly disposables: vscode.Disposable[] = [this.emitter];

  constructor(private readonly service: DocumentService) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor((editor) => this.safely(() => this.follow(editor?.document))),
      vscode.workspace.onDidCloseTextDocument((doc) =>
        this.safely(() => {
          if (doc === this.doc) this.set(this.pickOpenArticle());
        }),
      ),
      // A document whose language changes to or from an article language (e.g. .txt saved as .md).
      service.onDidChange((uri) =>
        this.safely(() => {
          const active = vscode.window.activeTextEditor?.document;
          if (active && active.uri.toString() === uri.toString()) this.follow(active);
          if (this.doc && this.doc.uri.toString() === uri.toString()) this.updateContext();
        }),
      ),
    );
    this.follow(vscode.window.activeTextEditor?.document);
    this.updateContext();
  }

  get document(): vscode.TextDocument | undefined {
    return this.doc && !this.doc.isClosed ? this.doc : undefined;
  }

  /** Shows this document in the views (e.g. reveal from a hover on an article in a side editor). */
  show(doc: vscode.TextDocument): void {
    this.set(doc);
  }

  private follow(doc: vscode.TextDocument | undefined): void {
    if (doc && this.isShown(doc)) this.set(doc);
    else if (!this.document) this.set(undefined);
  }

  private isShown(doc: vscode.TextDocument): boolean {
    // A document analysed on request (ClaimLens: Annotate on another language) counts too.
    return this.service.isArticle(doc) || this.service.snapshot(doc) !== undefined;
  }

  private pickOpenArticle(): vscode.TextDocument | undefined {
    const visible = vscode.window.visibleTextEditors.map((e) => e.document).find((d) => !d.isClosed && this.isShown(d));
    return visible;
  }

  private set(doc: vscode.TextDocument | undefined): void {
    if (doc === this.doc) return;
    this.doc = doc;
    this.updateContext();
    this.emitter.fire(doc);
  }

  /**
   * `claimlens.articleState` picks the views' welcome text: `none` (no article open), the service's
   * state, or `ready` once an analysis exists (an older one is shown while re-analysing).
   */
  private updateContext(): void {
    const doc = this.document;
    let state = 'none';
    if (doc) {
      state = this.service.snapshot(doc) ? 'ready' : this.service.state(doc.uri).kind;
    }
    if (state === this.contextState) return;
    this.contextState = state;
    void vscode.commands.executeCommand('setContext', 'claimlens.articleState', state);
  }

  private safely(body: () => void): void {
    try {
      body();
    } catch (err) {
      this.service.log.error(`following the active article failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
    }
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
