// Editor highlights: people, places, organizations, direct quotes and reported claims, each with a
// colour from contributes.colors so themes can change them. The decoration types are created once;
// updates are throttled and only applied from an analysis of the document's current version (the
// editor itself moves existing decorations along with edits until the next analysis lands).
import * as vscode from 'vscode';
import type { Analysis, EntityType, Span } from '../analysis/model';
import type { DocumentService } from './documentService';

export type HighlightKind = EntityType | 'quote' | 'reported';

export const HIGHLIGHT_KINDS: readonly HighlightKind[] = ['person', 'place', 'organization', 'quote', 'reported'];

function createTypes(): Record<HighlightKind, vscode.TextEditorDecorationType> {
  const entity = (name: string): vscode.DecorationRenderOptions => ({
    backgroundColor: new vscode.ThemeColor(`claimlens.${name}Background`),
    border: '1px solid',
    borderColor: new vscode.ThemeColor(`claimlens.${name}Border`),
    borderRadius: '3px',
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  return {
    person: vscode.window.createTextEditorDecorationType(entity('person')),
    place: vscode.window.createTextEditorDecorationType(entity('place')),
    organization: vscode.window.createTextEditorDecorationType(entity('organization')),
    quote: vscode.window.createTextEditorDecorationType({
      backgroundColor: new vscode.ThemeColor('claimlens.quoteBackground'),
      // Quotes in the scroll bar: a reader sees at a glance where the voices are in a long article.
      overviewRulerColor: new vscode.ThemeColor('claimlens.quoteOverviewRuler'),
      overviewRulerLane: vscode.OverviewRulerLane.Right,
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    }),
    // Reported speech is a paraphrase, not the speaker's words: a dotted underline, not a fill.
    reported: vscode.window.createTextEditorDecorationType({
      borderStyle: 'none none dotted none',
      borderWidth: '0 0 1px 0',
      borderColor: new vscode.ThemeColor('claimlens.reportedUnderline'),
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    }),
  };
}

/** The spans of each highlight kind, for the entity types the user shows. Pure over the analysis. */
export function highlightSpans(analysis: Analysis, types: readonly EntityType[]): Record<HighlightKind, Span[]> {
  const out: Record<HighlightKind, Span[]> = { person: [], place: [], organization: [], quote: [], reported: [] };
  for (const e of analysis.entities) {
    if (types.includes(e.type)) out[e.type].push(...e.mentions);
  }
  for (const c of analysis.claims) out[c.kind === 'direct' ? 'quote' : 'reported'].push(c);
  return out;
}

export class Highlighter implements vscode.Disposable {
  private readonly types = createTypes();
  private readonly disposables: vscode.Disposable[] = [];
  /** Per editor: the analysis whose highlights it shows, so an unchanged analysis is not re-applied. */
  private applied = new WeakMap<vscode.TextEditor, object>();
  /** Ranges last set per kind, by document URI: what tests and diagnostics can inspect. */
  private readonly counts = new Map<string, Record<HighlightKind, number>>();
  private pending = new Set<string>();
  private pendingAll = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly service: DocumentService, private readonly throttleMs = 100) {
    this.disposables.push(
      service.onDidChange((uri) => this.schedule(uri)),
      vscode.window.onDidChangeVisibleTextEditors(() => this.schedule()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('claimlens.highlights.enabled') || e.affectsConfiguration('claimlens.entityTypes')) {
          this.applied = new WeakMap();
          this.schedule();
        }
      }),
    );
    this.schedule();
  }

  get enabled(): boolean {
    return vscode.workspace.getConfiguration('claimlens').get<boolean>('highlights.enabled', true) !== false;
  }

  /** Coalesces bursts of events (every keystroke's state change) into one update per interval. */
  schedule(uri?: vscode.Uri): void {
    if (uri) this.pending.add(uri.toString());
    else this.pendingAll = true;
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.flush();
    }, this.throttleMs);
  }

  /** Applies pending updates now (tests and the toggle command use it). */
  flush(): void {
    const all = this.pendingAll;
    const uris = this.pending;
    this.pendingAll = false;
    this.pending = new Set();
    for (const editor of vscode.window.visibleTextEditors) {
      if (all || uris.has(editor.document.uri.toString())) this.update(editor);
    }
  }

  private update(editor: vscode.TextEditor): void {
    try {
      const doc = editor.document;
      const snap = this.service.snapshot(doc);
      if (!this.enabled || !snap) {
        this.clear(editor);
        return;
      }
      // A stale analysis: keep what the editor shows (it tracks edits) until the new one arrives.
      if (snap.version !== doc.version) return;
      if (this.applied.get(editor) === snap.analysis) return;
      const types = readEntityTypes(this.service);
      const spans = highlightSpans(snap.analysis, types);
      const counts = {} as Record<HighlightKind, number>;
      for (const kind of HIGHLIGHT_KINDS) {
        editor.setDecorations(
          this.types[kind],
          spans[kind].map((s) => new vscode.Range(doc.positionAt(s.start), doc.positionAt(s.end))),
        );
        counts[kind] = spans[kind].length;
      }
      this.applied.set(editor, snap.analysis);
      this.counts.set(doc.uri.toString(), counts);
    } catch (err) {
      this.service.log.error(`highlights failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
    }
  }

  private clear(editor: vscode.TextEditor): void {
    // Unconditional: after a settings change `applied` is reset, but the editor may still show highlights.
    for (const kind of HIGHLIGHT_KINDS) editor.setDecorations(this.types[kind], []);
    this.applied.delete(editor);
    this.counts.delete(editor.document.uri.toString());
  }

  /** How many ranges of each kind were last applied to editors of this document (none: undefined). */
  appliedCounts(uri: vscode.Uri): Readonly<Record<HighlightKind, number>> | undefined {
    return this.counts.get(uri.toString());
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables.splice(0)) d.dispose();
    for (const t of Object.values(this.types)) t.dispose();
  }
}

function readEntityTypes(service: DocumentService): EntityType[] {
  const raw = vscode.workspace.getConfiguration('claimlens').get<unknown>('entityTypes');
  return Array.isArray(raw)
    ? raw.filter((t): t is EntityType => t === 'person' || t === 'place' || t === 'organization')
    : service.settings.entityTypes;
}

/** The setting lives where the user set it: toggle it there (folder, workspace, else user settings). */
async function toggleSetting(): Promise<boolean> {
  const config = vscode.workspace.getConfiguration('claimlens');
  const inspected = config.inspect<boolean>('highlights.enabled');
  const next = !(config.get<boolean>('highlights.enabled', true) !== false);
  const target =
    inspected?.workspaceFolderValue !== undefined
      ? vscode.ConfigurationTarget.WorkspaceFolder
      : inspected?.workspaceValue !== undefined
        ? vscode.ConfigurationTarget.Workspace
        : vscode.ConfigurationTarget.Global;
  await config.update('highlights.enabled', next, target);
  return next;
}

export function registerDecorations(context: vscode.ExtensionContext, deps: { service: DocumentService }): Highlighter {
  const highlighter = new Highlighter(deps.service);
  context.subscriptions.push(
    highlighter,
    vscode.commands.registerCommand('claimlens.toggleHighlights', async () => {
      try {
        const on = await toggleSetting();
        highlighter.schedule();
        highlighter.flush();
        vscode.window.setStatusBarMessage(`ClaimLens: highlights ${on ? 'on' : 'off'}`, 2500);
        return on;
      } catch (err) {
        deps.service.log.error(`claimlens.toggleHighlights failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
        void vscode.window.showErrorMessage(`ClaimLens: could not change highlights (${err instanceof Error ? err.message : String(err)})`);
        return undefined;
      }
    }),
  );
  return highlighter;
}
