// The People & Places view: the active article's people, places and organizations (the types in
// `claimlens.entityTypes`), each with its mentions in context. Structure in entitiesTreeModel.ts.
import * as vscode from 'vscode';
import type { EntityType } from '../../analysis/model';
import { lineStarts } from '../../analysis/text/text';
import type { DocumentService } from '../documentService';
import type { ActiveArticle } from './activeArticle';
import { BaseTreeProvider } from './baseTreeProvider';
import {
  buildEntityGroups,
  entityDescription,
  entityTooltip,
  mentionNodes,
  type EntitiesTreeNode,
  type EntityNode,
  type GroupNode,
} from './entitiesTreeModel';
import { registerRevealSpanCommand, showArticle } from './reveal';

export const ENTITIES_VIEW = 'claimlens.entities';

const TYPE_ICONS: Record<EntityType, string> = { person: 'person', place: 'location', organization: 'organization' };

interface Built {
  analysis: object;
  doc: vscode.TextDocument;
  version: number;
  types: string;
  groups: GroupNode[];
  text: string;
  starts: number[];
}

export class EntitiesTreeProvider extends BaseTreeProvider<EntitiesTreeNode> {
  private built: Built | undefined;
  view: vscode.TreeView<EntitiesTreeNode> | undefined;

  constructor(
    private readonly service: DocumentService,
    private readonly article: ActiveArticle,
  ) {
    super(service.log);
    this.disposables.push(
      article.onDidChange(() => this.refresh()),
      service.onDidChange((uri) => {
        if (uri.toString() === this.article.document?.uri.toString()) this.refresh();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('claimlens.entityTypes')) this.refresh();
      }),
    );
  }

  private types(): EntityType[] {
    // Read directly: the service may not have re-read settings yet when this listener runs first.
    const raw = vscode.workspace.getConfiguration('claimlens').get<unknown>('entityTypes');
    const valid = Array.isArray(raw) ? raw.filter((t): t is EntityType => t === 'person' || t === 'place' || t === 'organization') : undefined;
    return valid ?? this.service.settings.entityTypes;
  }

  current(): Built | undefined {
    const doc = this.article.document;
    const snap = doc ? this.service.snapshot(doc) : undefined;
    if (!doc || !snap) {
      this.built = undefined;
      return undefined;
    }
    const types = this.types();
    const b = this.built;
    if (b && b.analysis === snap.analysis && b.doc === doc && b.types === types.join() && b.version === doc.version) return b;
    const text = doc.getText();
    this.built = {
      analysis: snap.analysis,
      doc,
      version: doc.version,
      types: types.join(),
      groups: buildEntityGroups(snap.analysis, types),
      text,
      starts: lineStarts(text),
    };
    return this.built;
  }

  getChildren(element?: EntitiesTreeNode): EntitiesTreeNode[] {
    return this.guard('People & Places view', [], () => {
      if (!element) {
        const built = this.current();
        if (this.view) this.view.description = built ? fileName(built.doc) : undefined;
        return built?.groups ?? [];
      }
      if (element.kind === 'group') return element.children;
      if (element.kind === 'entity') {
        const built = this.current();
        return built ? mentionNodes(element, built.text, built.starts) : [];
      }
      return [];
    });
  }

  getParent(element: EntitiesTreeNode): EntitiesTreeNode | undefined {
    return element.kind === 'group' ? undefined : element.parent;
  }

  getTreeItem(node: EntitiesTreeNode): vscode.TreeItem {
    return this.guard('People & Places item', new vscode.TreeItem('?'), () => {
      switch (node.kind) {
        case 'group': {
          const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
          item.id = node.id;
          item.description = String(node.children.length);
          item.iconPath = new vscode.ThemeIcon(TYPE_ICONS[node.type]);
          item.contextValue = 'claimlens.entityGroup';
          return item;
        }
        case 'entity': {
          const e = node.entity;
          const item = new vscode.TreeItem(e.name, vscode.TreeItemCollapsibleState.Collapsed);
          item.id = node.id;
          // A card the reviewer corrected says so ("✎"), and offers "Revert to Automatic".
          item.description = `${e.edited?.length ? '✎ ' : ''}${entityDescription(e)}`;
          item.tooltip = entityTooltip(e) + (e.edited?.length ? `\nEdited by you: ${e.edited.join(', ')}` : '');
          item.iconPath = new vscode.ThemeIcon(TYPE_ICONS[e.type]);
          item.contextValue = e.edited?.length ? 'claimlens.entity.edited' : 'claimlens.entity';
          return item;
        }
        case 'mention': {
          const item = new vscode.TreeItem({ label: node.label, highlights: [node.highlight] }, vscode.TreeItemCollapsibleState.None);
          item.id = node.id;
          item.tooltip = node.label;
          item.contextValue = 'claimlens.mention';
          const doc = this.article.document;
          if (doc) {
            const text = this.built?.text.slice(node.span.start, node.span.end);
            item.command = {
              command: 'claimlens.revealMention',
              title: 'Go to Mention',
              arguments: [doc.uri, { start: node.span.start, end: node.span.end, text }, { preserveFocus: true }],
            };
          }
          return item;
        }
      }
    });
  }

  findEntity(entityId: string): EntityNode | undefined {
    for (const g of this.current()?.groups ?? []) {
      const hit = g.children.find((e) => e.entity.id === entityId);
      if (hit) return hit;
    }
    return undefined;
  }
}

function fileName(doc: vscode.TextDocument): string {
  return doc.isUntitled ? doc.uri.path : (doc.uri.path.split('/').pop() ?? doc.uri.path);
}

export interface EntitiesTreeRegistration {
  provider: EntitiesTreeProvider;
  view: vscode.TreeView<EntitiesTreeNode>;
  revealEntity(uri: vscode.Uri, entityId: string): Promise<boolean>;
}

export function registerEntitiesTree(
  context: vscode.ExtensionContext,
  deps: { service: DocumentService; article: ActiveArticle },
): EntitiesTreeRegistration {
  const { service, article } = deps;
  const provider = new EntitiesTreeProvider(service, article);
  const view = vscode.window.createTreeView(ENTITIES_VIEW, { treeDataProvider: provider, showCollapseAll: true });
  provider.view = view;
  const revealEntity = async (uri: vscode.Uri, entityId: string): Promise<boolean> => {
    await showArticle(service, article, uri);
    const node = provider.findEntity(entityId);
    if (!node) return false;
    await view.reveal(node, { select: true, focus: true, expand: true });
    return true;
  };
  context.subscriptions.push(
    provider,
    view,
    registerRevealSpanCommand(service, 'claimlens.revealMention'),
  );
  return { provider, view, revealEntity };
}
