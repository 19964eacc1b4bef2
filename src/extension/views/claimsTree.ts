// The Claims view: who said what in the active article, grouped by source or in article order.
// The node structure comes from claimsTreeModel.ts (pure); this file makes TreeItems, the toolbar
// commands, reveal, and the "cursor is in a quote" context key for the editor menu.
import * as vscode from 'vscode';
import { VERDICTS, type Claim } from '../../analysis/model';
import { lineLookup, oneLine, VERDICT_LABELS } from '../../analysis/output/exportFormats';
import { claimsViewTitle, decorateClaimItem, reviewGroupItem, reviewItemRow } from '../review/reviewTreeItems';
import { buildReviewNodes, type ReviewGroupNode } from '../review/reviewTreeModel';
import type { DocumentService } from '../documentService';
import type { ActiveArticle } from './activeArticle';
import { BaseTreeProvider } from './baseTreeProvider';
import {
  buildClaimsTree,
  claimDescription,
  claimLabel,
  claimTooltip,
  sourceDescription,
  sourceTooltip,
  type ClaimNode,
  type ClaimsMode,
  type ClaimsTree,
  type ClaimsTreeNode,
  type ClaimsViewNode,
  type KindFilter,
  type SourceNode,
  type VerdictFilter,
} from './claimsTreeModel';
import { guardedCommand } from '../providerSupport';
import { registerRevealSpanCommand, showArticle, toUri } from './reveal';

export const CLAIMS_VIEW = 'claimlens.claims';

const SOURCE_ICONS: Record<SourceNode['group']['sourceType'], string> = {
  person: 'person',
  organization: 'organization',
  place: 'location',
  anonymous: 'question',
  none: 'circle-slash',
};

const FILTER_LABELS: Record<KindFilter, string> = {
  all: 'All claims',
  direct: 'Direct quotes only',
  reported: 'Reported speech only',
};

interface Built {
  analysis: object;
  doc: vscode.TextDocument;
  mode: ClaimsMode;
  filter: KindFilter;
  verdict: VerdictFilter;
  tree: ClaimsTree;
  /** "Needs attention" and "Hidden by you", when the review has any. */
  review: ReviewGroupNode[];
}

export class ClaimsTreeProvider extends BaseTreeProvider<ClaimsViewNode> {
  private built: Built | undefined;
  /** Claim rows whose selection was dropped, and how often: their items get a fresh id (see forgetSelection). */
  private readonly reissued = new Map<string, number>();
  private _mode: ClaimsMode;
  private _filter: KindFilter;
  private _verdict: VerdictFilter = 'all';
  private allFiltered: boolean | undefined;
  view: vscode.TreeView<ClaimsViewNode> | undefined;

  constructor(
    private readonly service: DocumentService,
    private readonly article: ActiveArticle,
    private readonly memento?: vscode.Memento,
  ) {
    super(service.log);
    this._mode = memento?.get<ClaimsMode>('claimlens.claims.mode') === 'articleOrder' ? 'articleOrder' : 'bySource';
    const f = memento?.get<KindFilter>('claimlens.claims.filter');
    this._filter = f === 'direct' || f === 'reported' ? f : 'all';
    const v = memento?.get<string>('claimlens.claims.verdict');
    this._verdict = (VERDICTS as readonly string[]).includes(v ?? '') ? (v as VerdictFilter) : 'all';
    this.disposables.push(
      article.onDidChange(() => this.refresh()),
      service.onDidChange((uri) => {
        if (uri.toString() === this.article.document?.uri.toString()) this.refresh();
      }),
    );
    this.updateContext();
  }

  get mode(): ClaimsMode {
    return this._mode;
  }

  get filter(): KindFilter {
    return this._filter;
  }

  setMode(mode: ClaimsMode): void {
    this._mode = mode;
    void this.memento?.update('claimlens.claims.mode', mode);
    this.updateContext();
    this.refresh();
  }

  setFilter(filter: KindFilter): void {
    this._filter = filter;
    void this.memento?.update('claimlens.claims.filter', filter);
    this.updateContext();
    this.refresh();
  }

  get verdictFilter(): VerdictFilter {
    return this._verdict;
  }

  setVerdictFilter(verdict: VerdictFilter): void {
    this._verdict = verdict;
    void this.memento?.update('claimlens.claims.verdict', verdict);
    this.updateContext();
    this.refresh();
  }

  /** The tree for the shown article's latest analysis (built once per analysis and options). */
  current(): ClaimsTree | undefined {
    return this.build()?.tree;
  }

  private build(): Built | undefined {
    const doc = this.article.document;
    const snap = doc ? this.service.snapshot(doc) : undefined;
    if (!doc || !snap) {
      this.built = undefined;
      return undefined;
    }
    const b = this.built;
    if (b && b.analysis === snap.analysis && b.doc === doc && b.mode === this._mode && b.filter === this._filter && b.verdict === this._verdict) return b;
    // Lines come from the current text; while an edit waits for re-analysis they may be off by the
    // edit for a moment, and the next analysis (a debounce away) corrects them.
    const lineOf = lineLookup(doc.getText());
    const tree = buildClaimsTree(snap.analysis, lineOf, { mode: this._mode, filter: this._filter, verdict: this._verdict });
    this.built = { analysis: snap.analysis, doc, mode: this._mode, filter: this._filter, verdict: this._verdict, tree, review: buildReviewNodes(snap.review, lineOf) };
    return this.built;
  }

  getChildren(element?: ClaimsViewNode): ClaimsViewNode[] {
    return this.guard('Claims view', [], () => {
      if (element) return element.kind === 'source' || element.kind === 'reviewGroup' ? element.children : [];
      const built = this.build();
      this.describe(built?.tree);
      if (!built) return [];
      const attention = built.review.filter((g) => g.id === 'review:attention');
      const hidden = built.review.filter((g) => g.id !== 'review:attention');
      return [...attention, ...built.tree.roots, ...hidden];
    });
  }

  getParent(element: ClaimsViewNode): ClaimsViewNode | undefined {
    return element.kind === 'claim' || element.kind === 'reviewItem' ? element.parent : undefined;
  }

  getTreeItem(node: ClaimsViewNode): vscode.TreeItem {
    return this.guard('Claims view item', new vscode.TreeItem('?'), () => {
      if (node.kind === 'reviewGroup') return reviewGroupItem(node);
      if (node.kind === 'reviewItem') return this.withUri(reviewItemRow(node), node.itemId);
      return node.kind === 'source' ? this.sourceItem(node) : this.claimItem(node);
    });
  }

  /** Review rows' menu commands need to know which article the item belongs to. */
  private withUri(item: vscode.TreeItem, itemId: string): vscode.TreeItem {
    const doc = this.article.document;
    if (doc) item.command = { command: 'claimlens.review.showItem', title: 'Show', arguments: [{ uri: doc.uri.toString(), itemId }] };
    return item;
  }

  private sourceItem(node: SourceNode): vscode.TreeItem {
    // Strings, not MarkdownStrings: names come from the article and must show as written.
    const item = new vscode.TreeItem(node.group.label, vscode.TreeItemCollapsibleState.Expanded);
    item.id = node.id;
    item.description = sourceDescription(node);
    item.iconPath = new vscode.ThemeIcon(SOURCE_ICONS[node.group.sourceType]);
    const doc = this.article.document;
    const entity = node.group.entityId && doc ? this.service.snapshot(doc)?.lookup.entity(node.group.entityId) : undefined;
    item.tooltip = sourceTooltip(node, entity?.roles ?? []);
    item.contextValue = node.group.entityId ? 'claimlens.source.entity' : 'claimlens.source';
    item.accessibilityInformation = { label: `${node.group.label}, ${node.children.length} claims` };
    return item;
  }

  private claimItem(node: ClaimNode): vscode.TreeItem {
    const c = node.claim;
    const item = new vscode.TreeItem(claimLabel(node), vscode.TreeItemCollapsibleState.None);
    item.id = this.itemId(node);
    const cue = c.cue ? oneLine(c.cue.text) : '';
    item.description = claimDescription(node, this._mode);
    item.iconPath = new vscode.ThemeIcon(c.kind === 'direct' ? 'quote' : 'comment');
    item.tooltip = claimTooltip(node);
    item.contextValue = `claimlens.claim.${c.kind}`;
    item.accessibilityInformation = {
      label: `${c.kind === 'direct' ? 'Quote' : 'Reported'} from ${node.sourceLabel}${cue ? `, ${cue}` : ''}, line ${node.line}: ${oneLine(c.text)}`,
    };
    const doc = this.article.document;
    const snap = doc ? this.service.snapshot(doc) : undefined;
    decorateClaimItem(item, c, (snap?.review.itemsByClaim.get(c.id)?.length ?? 0) > 0);
    if (doc) {
      item.command = {
        command: 'claimlens.revealClaim',
        title: 'Select the Claim in the Editor',
        arguments: [doc.uri, spanOf(c), { preserveFocus: true }],
      };
    }
    return item;
  }

  /** The view's description shows which article and filter; its message explains a filtered-out view. */
  private describe(tree: ClaimsTree | undefined): void {
    const view = this.view;
    if (!view) return;
    const doc = this.article.document;
    const name = doc ? fileName(doc) : undefined;
    const verdict = this._verdict === 'all' ? undefined : VERDICT_LABELS[this._verdict].toLowerCase();
    view.description = [name, this._filter === 'all' ? undefined : FILTER_LABELS[this._filter].toLowerCase(), verdict].filter(Boolean).join(' · ') || undefined;
    const snap = doc ? this.service.snapshot(doc) : undefined;
    view.title = claimsViewTitle(snap?.analysis.claims ?? []);
    // Everything filtered out: the welcome text says so (and offers to show all) instead of
    // claiming the article has no claims.
    const allFiltered = !!tree && tree.roots.length === 0 && tree.hidden > 0;
    if (allFiltered !== this.allFiltered) {
      this.allFiltered = allFiltered;
      void vscode.commands.executeCommand('setContext', 'claimlens.claims.allFiltered', allFiltered);
    }
  }

  private updateContext(): void {
    void vscode.commands.executeCommand('setContext', 'claimlens.claims.mode', this._mode);
    void vscode.commands.executeCommand('setContext', 'claimlens.claims.filter', this._filter);
    void vscode.commands.executeCommand('setContext', 'claimlens.claims.verdict', this._verdict);
  }

  /**
   * Drops the selection of these rows at the next redraw. The TreeView API cannot deselect, but a
   * row whose item id changes is a new row to VS Code, which then forgets it was selected.
   */
  forgetSelection(nodes: readonly ClaimsViewNode[]): void {
    for (const n of nodes) this.reissued.set(n.id, (this.reissued.get(n.id) ?? 0) + 1);
    if (nodes.length > 0) this.refresh();
  }

  private itemId(node: ClaimsTreeNode): string {
    const n = this.reissued.get(node.id);
    return n ? `${node.id}~${n}` : node.id;
  }

  /** Finds the node for a claim id or an entity id in the shown article's tree. */
  find(target: { claimId?: string; entityId?: string }): ClaimsTreeNode | undefined {
    const tree = this.current();
    if (!tree) return undefined;
    if (target.claimId) return tree.byClaimId.get(target.claimId);
    if (target.entityId) return tree.byEntityId.get(target.entityId);
    return undefined;
  }
}

function spanOf(c: Claim): { start: number; end: number; text: string; kind: Claim['kind'] } {
  return { start: c.start, end: c.end, text: c.text, kind: c.kind };
}

function fileName(doc: vscode.TextDocument): string {
  return doc.isUntitled ? doc.uri.path : (doc.uri.path.split('/').pop() ?? doc.uri.path);
}

export interface ClaimsTreeRegistration {
  provider: ClaimsTreeProvider;
  view: vscode.TreeView<ClaimsViewNode>;
  /** Reveals a claim (by analysis claim id) or a source (by entity id); true when found. */
  reveal(target: { uri?: vscode.Uri; claimId?: string; entityId?: string }): Promise<boolean>;
  /** The last message "Reveal in Claims" showed the user (tests read it). */
  readonly lastMessage: string | undefined;
}

/** "No claims by Nicolás Maduro in this article. Mentioned 9 times: see People & Places." */
export function noClaimsMessage(name: string, mentions: number): string {
  const where = mentions > 0 ? ` Mentioned ${mentions === 1 ? 'once' : `${mentions} times`}: see People & Places.` : '';
  return `ClaimLens: no claims by ${name} in this article.${where}`;
}

export function registerClaimsTree(
  context: vscode.ExtensionContext,
  deps: { service: DocumentService; article: ActiveArticle; revealEntity?: (uri: vscode.Uri, entityId: string) => Promise<boolean> },
): ClaimsTreeRegistration {
  const { service, article } = deps;
  const provider = new ClaimsTreeProvider(service, article, context.workspaceState);
  const view = vscode.window.createTreeView(CLAIMS_VIEW, { treeDataProvider: provider, showCollapseAll: true });
  provider.view = view;

  const reveal = async (target: RevealTarget): Promise<boolean> => {
    if (target.uri) await showArticle(service, article, target.uri);
    let node = provider.find(target);
    if (!node && provider.filter !== 'all' && (target.claimId || hasClaims(service, target))) {
      // Hidden by the filter: the user asked for this claim (or source), so show everything.
      provider.setFilter('all');
      node = provider.find(target);
    }
    if (!node) return false;
    await view.reveal(node, { select: true, focus: true, expand: true });
    return true;
  };

  let lastMessage: string | undefined;
  const tell = (message: string) => {
    lastMessage = message;
    void vscode.window.showInformationMessage(message);
  };

  context.subscriptions.push(
    provider,
    view,
    registerRevealSpanCommand(service, 'claimlens.revealClaim'),
    guardedCommand(service, 'claimlens.revealInClaims', (arg) => revealInClaims(service, arg, { reveal, revealEntity: deps.revealEntity, tell })),
    guardedCommand(service, 'claimlens.claims.groupBySource', () => provider.setMode('bySource')),
    guardedCommand(service, 'claimlens.claims.listInOrder', () => provider.setMode('articleOrder')),
    guardedCommand(service, 'claimlens.claims.filter', () => pickFilter(provider)),
    guardedCommand(service, 'claimlens.claims.filterActive', () => pickFilter(provider)),
    guardedCommand(service, 'claimlens.claims.showAll', () => {
      provider.setFilter('all');
      provider.setVerdictFilter('all');
    }),
    guardedCommand(service, 'claimlens.claims.filterVerdict', (value) => pickVerdictFilter(provider, value)),
  );
  registerCursorInClaim(context, service);
  registerFollowCursor(context, service, article, provider, view);
  registerSelectionAfterEdit(context, service, article, provider, view);
  return {
    provider,
    view,
    reveal,
    get lastMessage() {
      return lastMessage;
    },
  };
}

type RevealTarget = { uri?: vscode.Uri; claimId?: string; entityId?: string };

/**
 * "Reveal in Claims": the claim or source asked for; for someone who says nothing in the article,
 * a message saying so and their mentions in People & Places instead.
 */
async function revealInClaims(
  service: DocumentService,
  arg: unknown,
  how: { reveal(target: RevealTarget): Promise<boolean>; revealEntity?: (uri: vscode.Uri, entityId: string) => Promise<boolean>; tell(message: string): void },
): Promise<boolean> {
  const target = await revealTarget(service, arg);
  if (!target) {
    how.tell('ClaimLens: put the cursor in a quote or on a name to reveal it in the Claims view.');
    return false;
  }
  if (await how.reveal(target)) return true;
  const entity = target.entityId ? service.snapshot(target.uri)?.lookup.entity(target.entityId) : undefined;
  if (entity) {
    how.tell(noClaimsMessage(entity.name, entity.mentions.length));
    return !!how.revealEntity && (await how.revealEntity(target.uri, entity.id));
  }
  how.tell('ClaimLens: nothing to reveal there in the Claims view.');
  return false;
}

/** Whether the target's entity makes any claim in its article's analysis. */
function hasClaims(service: DocumentService, target: { uri?: vscode.Uri; entityId?: string }): boolean {
  if (!target.uri || !target.entityId) return false;
  return (service.snapshot(target.uri)?.lookup.claimsOf(target.entityId).length ?? 0) > 0;
}

async function pickFilter(provider: ClaimsTreeProvider): Promise<void> {
  const items = (Object.keys(FILTER_LABELS) as KindFilter[]).map((f) => ({
    label: FILTER_LABELS[f],
    description: f === provider.filter ? 'current' : undefined,
    filter: f,
  }));
  const picked = await vscode.window.showQuickPick(items, { title: 'Show in the Claims view', placeHolder: FILTER_LABELS[provider.filter] });
  if (picked) provider.setFilter(picked.filter);
}

async function pickVerdictFilter(provider: ClaimsTreeProvider, value: unknown): Promise<void> {
  if (value === 'all' || (VERDICTS as readonly unknown[]).includes(value)) return provider.setVerdictFilter(value as VerdictFilter);
  const options: VerdictFilter[] = ['all', ...VERDICTS];
  const picked = await vscode.window.showQuickPick(
    options.map((v) => ({ label: v === 'all' ? 'Any verdict' : VERDICT_LABELS[v], description: v === provider.verdictFilter ? 'current' : undefined, verdict: v })),
    { title: 'Show claims with the verdict' },
  );
  if (picked) provider.setVerdictFilter(picked.verdict);
}

/**
 * What "Reveal in Claims" means for its argument: a hover link's `{ uri, claimId | entityId }`,
 * a claim tree node, or nothing (the quote, source or name at the cursor).
 */
async function revealTarget(service: DocumentService, arg: unknown): Promise<{ uri: vscode.Uri; claimId?: string; entityId?: string } | undefined> {
  const a = arg as { uri?: unknown; claimId?: unknown; entityId?: unknown } | undefined;
  if (a && typeof a === 'object' && a.uri !== undefined && (typeof a.claimId === 'string' || typeof a.entityId === 'string')) {
    return {
      uri: toUri(a.uri),
      claimId: typeof a.claimId === 'string' ? a.claimId : undefined,
      entityId: typeof a.entityId === 'string' ? a.entityId : undefined,
    };
  }
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const snap = await service.current(editor.document);
  if (!snap) return undefined;
  const offset = editor.document.offsetAt(editor.selection.active);
  const claim = snap.lookup.claimAt(offset, true) ?? snap.lookup.claimBySourceAt(offset, true);
  if (claim) return { uri: editor.document.uri, claimId: claim.id };
  const hit = snap.lookup.entityAt(offset, true);
  return hit ? { uri: editor.document.uri, entityId: hit.entity.id } : undefined;
}

/** `claimlens.cursorInClaim`: the editor context menu offers "Reveal in Claims" only inside a quote. */
function registerCursorInClaim(context: vscode.ExtensionContext, service: DocumentService): void {
  let last: boolean | undefined;
  const update = (editor: vscode.TextEditor | undefined) => {
    try {
      let inClaim = false;
      if (editor) {
        const snap = service.snapshot(editor.document);
        // Only a current analysis: stale offsets would point at other words.
        if (snap && snap.version === editor.document.version) {
          inClaim = snap.lookup.claimAt(editor.document.offsetAt(editor.selection.active), true) !== undefined;
        }
      }
      if (inClaim !== last) {
        last = inClaim;
        void vscode.commands.executeCommand('setContext', 'claimlens.cursorInClaim', inClaim);
      }
    } catch (err) {
      service.log.error(`cursor context failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
    }
  };
  context.subscriptions.push(
    vscode.window.onDidChangeTextEditorSelection((e) => update(e.textEditor)),
    vscode.window.onDidChangeActiveTextEditor(update),
    service.onDidChange((uri) => {
      const editor = vscode.window.activeTextEditor;
      if (editor && editor.document.uri.toString() === uri.toString()) update(editor);
    }),
  );
  update(vscode.window.activeTextEditor);
}

/**
 * After an edit (a new analysis of the shown article) a selected claim row stays selected only
 * while it is still the claim under the cursor; otherwise the selection is dropped, so no row
 * claims to be where the reader is when it no longer is. (Selecting the new row under the cursor
 * would race the tree's own redraw; the next cursor move selects it, as follow-cursor does.)
 */
function registerSelectionAfterEdit(
  context: vscode.ExtensionContext,
  service: DocumentService,
  article: ActiveArticle,
  provider: ClaimsTreeProvider,
  view: vscode.TreeView<ClaimsViewNode>,
): void {
  let synced: object | undefined;
  // Kept from the selection events: `view.selection` reads empty while the tree is being redrawn.
  let selected: ClaimsViewNode[] = [];
  const sync = () => {
    const doc = article.document;
    const snap = doc ? service.snapshot(doc) : undefined;
    if (!doc || !snap || snap.version !== doc.version || snap.analysis === synced) return;
    const before = synced;
    synced = snap.analysis;
    // The first analysis of an article just shown: nothing of it can be selected yet.
    if (before === undefined || selected.length === 0) return;
    const editor = vscode.window.activeTextEditor?.document === doc ? vscode.window.activeTextEditor : vscode.window.visibleTextEditors.find((e) => e.document === doc);
    const claim = editor ? snap.lookup.claimAt(doc.offsetAt(editor.selection.active), true) : undefined;
    const current = claim ? provider.find({ claimId: claim.id }) : undefined;
    const stale = selected.filter((n) => n.id !== current?.id);
    provider.forgetSelection(stale);
    selected = selected.filter((n) => !stale.includes(n));
  };
  context.subscriptions.push(
    view.onDidChangeSelection((e) => {
      selected = e.selection.filter((n) => n.kind === 'claim');
    }),
    service.onDidChange((uri) => {
      if (uri.toString() !== article.document?.uri.toString()) return;
      try {
        sync();
      } catch (err) {
        service.log.error(`Claims view selection after an edit failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
      }
    }),
    article.onDidChange((doc) => {
      synced = doc ? service.snapshot(doc)?.analysis : undefined;
    }),
  );
}

/**
 * Like the Outline's "follow cursor": when the reader moves into a quote (keyboard or mouse), the
 * Claims view selects it, without taking focus. Selections made by commands (a click in the tree
 * selecting words in the editor) are left alone, so the two never chase each other.
 */
function registerFollowCursor(
  context: vscode.ExtensionContext,
  service: DocumentService,
  article: ActiveArticle,
  provider: ClaimsTreeProvider,
  view: vscode.TreeView<ClaimsViewNode>,
): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const follow = async (editor: vscode.TextEditor) => {
    const doc = editor.document;
    const snap = service.snapshot(doc);
    if (!view.visible || doc !== article.document || !snap || snap.version !== doc.version) return;
    const claim = snap.lookup.claimAt(doc.offsetAt(editor.selection.active), true);
    const node = claim ? provider.find({ claimId: claim.id }) : undefined;
    if (!node || view.selection.some((n) => n.id === node.id)) return;
    await view.reveal(node, { select: true, focus: false, expand: true });
  };
  context.subscriptions.push(
    vscode.window.onDidChangeTextEditorSelection((e) => {
      if (e.kind !== vscode.TextEditorSelectionChangeKind.Keyboard && e.kind !== vscode.TextEditorSelectionChangeKind.Mouse) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        follow(e.textEditor).catch((err) => service.log.error(`Claims view follow-cursor failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`));
      }, 150);
    }),
    { dispose: () => timer && clearTimeout(timer) },
  );
}
