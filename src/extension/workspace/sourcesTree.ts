// The Sources view: every source quoted across the workspace's articles, merged by name (the
// workspace index), with its articles and their claims; the claims with no source; and the people
// and organizations named but never quoted. A click on a claim opens that file at its words.
import * as vscode from 'vscode';
import { STANCES, type Stance } from '../../analysis/model';
import { lineColumn } from '../../analysis/text/text';
import { oneLine } from '../../analysis/output/exportFormats';
import type { DocumentService } from '../documentService';
import { guardedCommand } from '../providerSupport';
import { BaseTreeProvider } from '../views/baseTreeProvider';
import { firstWords } from '../views/claimsTreeModel';
import { revealSpan, toSpan, toUri } from '../views/reveal';
import {
  articleDescription,
  buildSourcesTree,
  isFiltered,
  sourceDescription,
  sourceTooltip,
  type ArticleNode,
  type ClaimNode,
  type SourceKind,
  type SourceNode,
  type SourcesFilter,
  type SourcesTree,
  type SourcesTreeNode,
} from './sourcesTreeModel';
import type { WorkspaceIndexService } from './workspaceIndexService';

export const SOURCES_VIEW = 'claimlens.sources';
export const OPEN_COMMAND = 'claimlens.sources.open';

const ICONS: Record<SourceKind, string> = { person: 'person', organization: 'organization', unnamed: 'question', none: 'circle-slash' };

export class SourcesTreeProvider extends BaseTreeProvider<SourcesTreeNode> {
  private built: { sources: object | undefined; filter: SourcesFilter; tree: SourcesTree } | undefined;
  private _filter: SourcesFilter = {};
  view: vscode.TreeView<SourcesTreeNode> | undefined;

  constructor(
    private readonly index: WorkspaceIndexService,
    log: vscode.LogOutputChannel,
  ) {
    super(log, 100);
    this.disposables.push(index.onDidChange(() => this.refresh()));
  }

  get filter(): SourcesFilter {
    return this._filter;
  }

  setFilter(filter: SourcesFilter): void {
    this._filter = filter;
    void vscode.commands.executeCommand('setContext', 'claimlens.sources.filtered', isFiltered(filter));
    this.refresh();
  }

  /** The tree for the index as it is now (built once per index change and filter). */
  async current(): Promise<SourcesTree> {
    const sources = await this.index.sources();
    if (this.built && this.built.sources === sources && this.built.filter === this._filter) return this.built.tree;
    const tree = buildSourcesTree(sources, (uri, offset) => this.lineOf(uri, offset), this._filter);
    this.built = { sources, filter: this._filter, tree };
    return tree;
  }

  async getChildren(element?: SourcesTreeNode): Promise<SourcesTreeNode[]> {
    if (element) return element.kind === 'claim' ? [] : element.children;
    try {
      const tree = await this.current();
      this.describe(tree);
      return tree.roots;
    } catch (err) {
      this.log.error(`Sources view failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
      return [];
    }
  }

  getParent(element: SourcesTreeNode): SourcesTreeNode | undefined {
    return element.kind === 'source' ? undefined : element.parent;
  }

  getTreeItem(node: SourcesTreeNode): vscode.TreeItem {
    return this.guard('Sources view item', new vscode.TreeItem('?'), () =>
      node.kind === 'source' ? this.sourceItem(node) : node.kind === 'article' ? this.articleItem(node) : this.claimItem(node),
    );
  }

  private sourceItem(node: SourceNode): vscode.TreeItem {
    // Strings, never Markdown: names come from articles.
    const item = new vscode.TreeItem(oneLine(node.source.name), vscode.TreeItemCollapsibleState.Collapsed);
    item.id = node.id;
    item.description = sourceDescription(node);
    item.tooltip = sourceTooltip(node);
    item.iconPath = new vscode.ThemeIcon(ICONS[node.source.type], node.mentionedOnly ? new vscode.ThemeColor('disabledForeground') : undefined);
    item.contextValue = node.mentionedOnly ? 'claimlens.wsSource.mentioned' : 'claimlens.wsSource';
    item.accessibilityInformation = { label: `${node.source.name}, ${sourceDescription(node)}` };
    return item;
  }

  private articleItem(node: ArticleNode): vscode.TreeItem {
    const collapsible = node.children.length ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None;
    const item = new vscode.TreeItem(oneLine(node.article.path), collapsible);
    item.id = node.id;
    item.description = articleDescription(node);
    item.iconPath = vscode.ThemeIcon.File;
    item.resourceUri = vscode.Uri.parse(node.article.uri, true);
    item.tooltip = `${node.article.path}\n${node.article.name} · ${articleDescription(node)}`;
    item.command = { command: OPEN_COMMAND, title: 'Open the Article', arguments: [node.article.uri, node.target] };
    return item;
  }

  private claimItem(node: ClaimNode): vscode.TreeItem {
    const c = node.claim;
    const item = new vscode.TreeItem(firstWords(c.text), vscode.TreeItemCollapsibleState.None);
    item.id = node.id;
    const cue = c.cue ? oneLine(c.cue.text) : '';
    item.description = [cue, c.cue && c.cue.stance !== 'neutral' ? c.cue.stance : '', `L${node.line}`].filter(Boolean).join(' · ');
    item.iconPath = new vscode.ThemeIcon(c.kind === 'direct' ? 'quote' : 'comment');
    item.tooltip = `${c.kind === 'direct' ? 'Direct quote' : 'Reported speech'} · ${node.parent.article.path}:${node.line}\n${node.parent.article.name}${cue ? `, “${cue}”` : ''}\n\n${c.text.trim()}`;
    item.contextValue = `claimlens.wsClaim.${c.kind}`;
    item.accessibilityInformation = { label: `${c.kind === 'direct' ? 'Quote' : 'Reported'} in ${node.parent.article.path}, line ${node.line}: ${oneLine(c.text)}` };
    item.command = { command: OPEN_COMMAND, title: 'Open the Article at the Claim', arguments: [node.parent.article.uri, { start: c.start, end: c.end, text: c.text, kind: c.kind }] };
    return item;
  }

  private describe(tree: SourcesTree): void {
    const view = this.view;
    if (!view) return;
    const articles = this.index.current?.size ?? 0;
    view.description = articles ? `${tree.roots.length}${isFiltered(this._filter) ? ` of ${tree.total}` : ''} · ${articles} articles` : undefined;
    view.message = isFiltered(this._filter) ? `Filtered: ${describeFilter(this._filter)}` : undefined;
  }

  private lineOf(uri: string, offset: number): number {
    const starts = this.index.current?.get(uri)?.lineStarts;
    return starts ? lineColumn(starts, offset).line : 1;
  }
}

export function describeFilter(filter: SourcesFilter): string {
  const parts: string[] = [];
  if (filter.name?.trim()) parts.push(`name contains “${filter.name.trim()}”`);
  if (filter.types?.length) parts.push(filter.types.join(', '));
  if (filter.stances?.length) parts.push(`stance ${filter.stances.join(', ')}`);
  if (filter.verdicts?.length) parts.push(`verdict ${filter.verdicts.join(', ')}`);
  return parts.join('; ');
}

export interface SourcesViewRegistration {
  provider: SourcesTreeProvider;
  view: vscode.TreeView<SourcesTreeNode>;
}

export function registerSourcesView(context: vscode.ExtensionContext, deps: { service: DocumentService; index: WorkspaceIndexService }): SourcesViewRegistration {
  const provider = new SourcesTreeProvider(deps.index, deps.service.log);
  const view = vscode.window.createTreeView(SOURCES_VIEW, { treeDataProvider: provider, showCollapseAll: true });
  provider.view = view;
  const command = (id: string, run: (...args: unknown[]) => unknown) => guardedCommand(deps.service, id, run);
  context.subscriptions.push(
    provider,
    view,
    command(OPEN_COMMAND, async (uri, span) => revealSpan(deps.service, toUri(uri), toSpan(span))),
    command('claimlens.sources.filter', () => pickFilter(provider)),
    command('claimlens.sources.filterByName', async () => {
      const name = await vscode.window.showInputBox({ prompt: 'Show sources whose name contains', value: provider.filter.name ?? '', placeHolder: 'e.g. Solberg' });
      if (name !== undefined) provider.setFilter({ ...provider.filter, name });
    }),
    command('claimlens.sources.clearFilter', () => provider.setFilter({})),
    command('claimlens.workspace.rebuild', () => deps.index.restart()),
  );
  void vscode.commands.executeCommand('setContext', 'claimlens.sources.filtered', false);
  return { provider, view };
}

type FilterItem = vscode.QuickPickItem & { apply?: (f: Required<Pick<SourcesFilter, 'types' | 'stances' | 'verdicts'>>) => void };

/** One multi-select list: source types, stances, and review verdicts when the workspace has any. */
async function pickFilter(provider: SourcesTreeProvider): Promise<void> {
  const f = provider.filter;
  const items: FilterItem[] = [{ label: 'Source type', kind: vscode.QuickPickItemKind.Separator }];
  const types: Array<[SourceKind, string]> = [['person', 'Named people'], ['organization', 'Organizations'], ['unnamed', 'Unnamed sources (“officials”)'], ['none', 'No source found']];
  for (const [t, label] of types) items.push({ label, picked: f.types?.includes(t), apply: (x) => x.types.push(t) });
  items.push({ label: 'Stance of the cue', kind: vscode.QuickPickItemKind.Separator });
  for (const s of STANCES) items.push({ label: s, picked: f.stances?.includes(s), apply: (x) => x.stances.push(s as Stance) });
  const verdicts = (await provider.current()).verdicts;
  if (verdicts.length) {
    items.push({ label: 'Review verdict', kind: vscode.QuickPickItemKind.Separator });
    for (const v of verdicts) items.push({ label: v, picked: f.verdicts?.includes(v), apply: (x) => x.verdicts.push(v) });
  }
  const picked = await vscode.window.showQuickPick(items, { canPickMany: true, title: 'Filter Sources', placeHolder: 'Show only sources of these kinds, and claims with these stances or verdicts' });
  if (!picked) return;
  const next = { types: [] as SourceKind[], stances: [] as Stance[], verdicts: [] as string[] };
  for (const item of picked) item.apply?.(next);
  provider.setFilter({ name: f.name, ...next });
}
