// The People & Places view in the real extension host.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ClaimLensApi } from '../../src/extension/extension';
import type { EntitiesTreeNode, EntityNode, GroupNode, MentionNode } from '../../src/extension/views/entitiesTreeModel';
import { analysed, claimLens, closeAllEditors, openWorkspaceArticle, withSetting } from './extensionApi';
import { click, editorOf, poll, viewsShow } from './viewsSupport';

async function kids(api: ClaimLensApi, node?: EntitiesTreeNode): Promise<EntitiesTreeNode[]> {
  return (await api.views.entities.provider.getChildren(node)) ?? [];
}

describe('People & Places view', () => {
  let api: ClaimLensApi;
  before(async () => {
    api = await claimLens();
  });
  after(closeAllEditors);

  it('groups the entities of the analysis by type, with mention counts and roles', async function () {
    const doc = await openWorkspaceArticle(this, 'harbour-strike.md');
    const { analysis } = await analysed(api, doc);
    await viewsShow(api, doc);
    const groups = (await kids(api)) as GroupNode[];
    const expected = (['person', 'place', 'organization'] as const).filter((t) => analysis.entities.some((e) => e.type === t));
    assert.deepEqual(groups.map((g) => g.type), expected);
    assert.deepEqual(groups.map((g) => g.label), expected.map((t) => ({ person: 'People', place: 'Places', organization: 'Organizations' })[t]));
    for (const g of groups) {
      const entities = (await kids(api, g)) as EntityNode[];
      assert.equal(entities.length, analysis.entities.filter((e) => e.type === g.type).length);
      for (const node of entities) {
        const item = api.views.entities.provider.getTreeItem(node);
        const n = node.entity.mentions.length;
        assert.ok(String(item.description).startsWith(`${n} mention${n === 1 ? '' : 's'}`), String(item.description));
        for (const role of node.entity.roles) assert.ok(String(item.description).includes(role));
        assert.equal(typeof item.tooltip, 'string');
      }
    }
  });

  it('lists an entity\'s mentions with line context, and a click selects the name', async function () {
    const doc = await openWorkspaceArticle(this, 'harbour-strike.md');
    await viewsShow(api, doc);
    const groups = (await kids(api)) as GroupNode[];
    const people = groups.find((g) => g.type === 'person');
    assert.ok(people, 'the sample names people');
    const busiest = ((await kids(api, people)) as EntityNode[])[0];
    const mentions = (await kids(api, busiest)) as MentionNode[];
    assert.equal(mentions.length, busiest.entity.mentions.length);
    for (const m of mentions) {
      const line = doc.positionAt(m.span.start).line + 1;
      const item = api.views.entities.provider.getTreeItem(m);
      const label = item.label as vscode.TreeItemLabel;
      assert.ok(label.label.startsWith(`L${line}: `), label.label);
      const [s, e] = label.highlights![0];
      assert.equal(label.label.slice(s, e), doc.getText(new vscode.Range(doc.positionAt(m.span.start), doc.positionAt(m.span.end))).replace(/\s+/g, ' '));
    }
    const last = mentions[mentions.length - 1];
    await click(api.views.entities.provider.getTreeItem(last));
    const editor = editorOf(doc);
    assert.equal(doc.offsetAt(editor.selection.start), last.span.start);
    assert.equal(doc.offsetAt(editor.selection.end), last.span.end);
  });

  it('shows only the kinds in claimlens.entityTypes', async function () {
    const doc = await openWorkspaceArticle(this, 'harbour-strike.md');
    const { analysis } = await analysed(api, doc);
    // The project's own sample names places: if none is found, that is a regression, not a reason to skip.
    assert.ok(analysis.entities.some((e) => e.type === 'place'), 'the analysis of the sample has no place to keep');
    await viewsShow(api, doc);
    const restore = await withSetting('entityTypes', ['place']);
    try {
      await poll('only Places', async () => {
        const groups = (await kids(api)) as GroupNode[];
        return groups.length === 1 && groups[0].type === 'place';
      });
    } finally {
      await restore();
    }
    await poll('all groups back', async () => ((await kids(api)) as GroupNode[]).length > 1);
  });

  it('"Reveal in Claims" on a name that made no claim says so and shows its mentions in People & Places', async function () {
    const doc = await openWorkspaceArticle(this, 'harbour-strike.md');
    const { analysis } = await analysed(api, doc);
    await viewsShow(api, doc);
    const silent = analysis.entities.find((e) => e.mentions.length > 1 && !analysis.claims.some((c) => c.source?.entityId === e.id));
    assert.ok(silent, 'the sample names places mentioned twice that make no claim; the analysis found none');
    const ok = await vscode.commands.executeCommand<boolean>('claimlens.revealInClaims', { uri: doc.uri.toString(), entityId: silent.id });
    assert.equal(ok, true);
    assert.equal(api.views.claims.lastMessage, `ClaimLens: no claims by ${silent.name} in this article. Mentioned ${silent.mentions.length} times: see People & Places.`);
    const view = api.views.entities.view;
    await poll('the entity to be selected in People & Places', () => view.selection.some((n) => n.kind === 'entity' && n.entity.id === silent.id));
    // Expanded: VS Code asked for its mentions, one row per mention.
    const node = await poll('its mentions to be listed', () => {
      const n = api.views.entities.provider.findEntity(silent.id);
      return n?.mentions ? n : undefined;
    });
    assert.deepEqual(node.mentions!.map((m) => m.span), [...silent.mentions].sort((a, b) => a.start - b.start));
  });
});
