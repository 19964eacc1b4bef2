// The newsroom view in the real extension host: the workspace index over the test workspace (with
// the project's own articles in fixtures/newsroom/), the Sources view, Go to Symbol in Workspace,
// the hover's "also quoted in", the Source balance panel, and the persistent cache on a restart.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ClaimLensApi } from '../../src/extension/extension';
import type { ArticleNode, ClaimNode, SourceNode, SourcesTreeNode } from '../../src/extension/workspace/sourcesTreeModel';
import { claimLens, closeAllEditors, markdownOf, offsetOf, workspaceFile } from './extensionApi';
import { click, poll } from './viewsSupport';

const NEWS = 'fixtures/newsroom';

async function ready(api: ClaimLensApi): Promise<void> {
  await poll('the workspace index to finish', () => api.workspace.index.state === 'ready' && api.workspace.index.lastBuild !== undefined, 60_000);
  await api.workspace.index.whenIdle();
}

async function roots(api: ClaimLensApi): Promise<SourceNode[]> {
  return ((await api.workspace.sources.provider.getChildren()) ?? []) as SourceNode[];
}

async function kids(api: ClaimLensApi, node: SourcesTreeNode): Promise<SourcesTreeNode[]> {
  return (await api.workspace.sources.provider.getChildren(node)) ?? [];
}

async function sourceNamed(api: ClaimLensApi, name: string): Promise<SourceNode | undefined> {
  return (await roots(api)).find((s) => s.source.name === name);
}

const pathsOf = (node: SourceNode) => node.children.map((a) => a.article.path);

describe('Newsroom: the workspace index and its views', function () {
  this.timeout(90_000);
  let api: ClaimLensApi;
  before(async () => {
    api = await claimLens();
    await ready(api);
  });
  afterEach(() => api.workspace.sources.provider.setFilter({}));
  after(closeAllEditors);

  it('indexes every article of the workspace, leaving out ClaimLens reports', async () => {
    const paths = api.workspace.index.current!.articles().map((a) => a.path);
    for (const p of ['harbour-strike.md', `${NEWS}/barrier-costs.txt`, `${NEWS}/flood-barrier.md`, `${NEWS}/wetlands.md`]) assert.ok(paths.includes(p), `${p} in ${JSON.stringify(paths)}`);
    assert.ok(!paths.includes(`${NEWS}/claims-report.md`), 'an exported report is not an article');
    const build = api.workspace.index.lastBuild!;
    assert.equal(build.failed, 0, JSON.stringify(build.problems));
    assert.ok(build.skipped >= 1, 'the report was skipped');
  });

  it('the Sources view merges the minister quoted in full in one file and by surname in another', async () => {
    const solberg = await sourceNamed(api, 'Helga Brandvold');
    assert.ok(solberg, JSON.stringify((await roots(api)).map((s) => s.source.name)));
    const quotedIn = solberg.children.filter((a) => a.children.length > 0).map((a) => a.article.path);
    assert.deepEqual(quotedIn, [`${NEWS}/barrier-costs.txt`, `${NEWS}/flood-barrier.md`]);
    const item = api.workspace.sources.provider.getTreeItem(solberg);
    assert.equal(item.description, '3 claims · 2 articles');
    // named in wetlands.md too (not quoted there): that article is listed, with no claims
    assert.ok(pathsOf(solberg).includes(`${NEWS}/wetlands.md`));
    const mayor = await sourceNamed(api, 'Petra Lindgren');
    assert.ok(mayor?.mentionedOnly, 'the mayor is named but never quoted, and listed as such');
    assert.match(String(api.workspace.sources.provider.getTreeItem(mayor).description), /^named, never quoted/);
  });

  it('a click on a claim opens the right file with its words selected', async () => {
    const solberg = (await sourceNamed(api, 'Helga Brandvold'))!;
    const article = (await kids(api, solberg)).find((a) => (a as ArticleNode).article.path.endsWith('barrier-costs.txt')) as ArticleNode;
    const claim = (await kids(api, article))[0] as ClaimNode;
    await click(api.workspace.sources.provider.getTreeItem(claim));
    const editor = await poll('the article to open', () => {
      const e = vscode.window.activeTextEditor;
      return e && e.document.uri.path.endsWith(`${NEWS}/barrier-costs.txt`) ? e : undefined;
    });
    assert.equal(editor.document.getText(editor.selection), claim.claim.text);
    assert.match(claim.claim.text, /^Every euro spent on concrete/);
  });

  it('filters by type, stance and name', async () => {
    const provider = api.workspace.sources.provider;
    provider.setFilter({ types: ['unnamed'] });
    const unnamed = await roots(api);
    assert.ok(unnamed.length >= 2 && unnamed.every((s) => s.source.type === 'unnamed'), JSON.stringify(unnamed.map((s) => s.source.name)));
    provider.setFilter({ stances: ['denial'] });
    const denials = await roots(api);
    assert.ok(denials.some((s) => s.source.name === 'Tomás Herrera'));
    assert.ok(denials.every((s) => s.children.every((a) => a.children.every((c) => c.claim.cue?.stance === 'denial'))));
    provider.setFilter({ name: 'brandvold' });
    assert.deepEqual((await roots(api)).map((s) => s.source.name), ['Helga Brandvold']);
    assert.match(api.workspace.sources.view.message ?? '', /name contains “brandvold”/);
  });

  it('an edit to one article (unsaved) updates the view', async () => {
    // VS Code in the browser saves after a delay by default: this test is about unsaved text.
    const files = vscode.workspace.getConfiguration('files');
    const autoSave = files.inspect('autoSave')?.globalValue;
    await files.update('autoSave', 'off', vscode.ConfigurationTarget.Global);
    try {
      await editWetlands(api);
    } finally {
      await vscode.workspace.getConfiguration('files').update('autoSave', autoSave, vscode.ConfigurationTarget.Global);
    }
  });

  async function editWetlands(api: ClaimLensApi): Promise<void> {
    const uri = workspaceFile(`${NEWS}/wetlands.md`)!;
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const at = offsetOf(doc, 'said Amara Mensah');
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(doc.positionAt(at), doc.positionAt(at + 'said Amara Mensah'.length)), 'said Tomás Herrera');
    assert.ok(await vscode.workspace.applyEdit(edit));
    try {
      const herrera = await poll('Herrera to be quoted in wetlands.md', async () => {
        const s = await sourceNamed(api, 'Tomás Herrera');
        return s && s.children.find((a) => a.article.path.endsWith('wetlands.md') && a.children.length > 0) ? s : undefined;
      });
      assert.equal(herrera.children.filter((a) => a.children.length > 0).length, 3);
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    // reverted: the file on disk is the article again
    await poll('the index to read wetlands.md from disk again', async () => {
      const s = await sourceNamed(api, 'Tomás Herrera');
      return s && !s.children.some((a) => a.article.path.endsWith('wetlands.md'));
    });
    assert.match(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)), /said Amara Mensah/, 'the article on disk was never changed');
  }

  it('a new file on disk is indexed by the watcher, and dropped when deleted', async () => {
    const folder = workspaceFile(NEWS)!;
    const extra = vscode.Uri.joinPath(folder, 'late-edition.txt');
    await vscode.workspace.fs.writeFile(extra, new TextEncoder().encode('"The barrier is already late," said Tomás Herrera on Friday.\n'));
    try {
      await poll('the new file to be indexed', () => api.workspace.index.article(extra));
      const herrera = await poll('Herrera quoted in the new file', async () => {
        const s = await sourceNamed(api, 'Tomás Herrera');
        return s?.children.some((a) => a.article.path.endsWith('late-edition.txt')) ? s : undefined;
      });
      assert.ok(herrera);
    } finally {
      await vscode.workspace.fs.delete(extra);
    }
    await poll('the deleted file to leave the index', () => !api.workspace.index.article(extra));
  });

  it('Go to Symbol in Workspace finds the minister in both articles, at her name', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Brandvold');
    const hers = symbols.filter((s) => s.name === 'Helga Brandvold');
    const files = hers.map((s) => vscode.workspace.asRelativePath(s.location.uri));
    for (const f of ['barrier-costs.txt', 'flood-barrier.md', 'wetlands.md']) assert.ok(files.includes(`${NEWS}/${f}`), JSON.stringify(files));
    for (const s of hers) {
      const doc = await vscode.workspace.openTextDocument(s.location.uri);
      assert.match(doc.getText(s.location.range), /Brandvold/);
    }
  });

  it('the hover card says where else the source is quoted, with links', async () => {
    const uri = workspaceFile(`${NEWS}/barrier-costs.txt`)!;
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const at = doc.positionAt(offsetOf(doc, 'Brandvold told'));
    const md = await poll('a hover with the other articles', async () => {
      const text = markdownOf(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, at));
      return /Also quoted in 1 other article/.test(text) ? text : undefined;
    });
    assert.match(md, /flood\\-barrier\\\.md\]\(command:claimlens\.goToOffset\?/);
  });

  it('the Source balance panel renders the numbers, and exports them as CSV and JSON', async () => {
    const doc = await vscode.workspace.openTextDocument(workspaceFile(`${NEWS}/flood-barrier.md`)!);
    await vscode.window.showTextDocument(doc);
    await api.service.current(doc);
    await vscode.commands.executeCommand('claimlens.showBalance');
    const balance = api.workspace.balance;
    assert.ok(balance.panel, 'the panel is open');
    const body = await poll('the panel to show both scopes', () => (balance.lastBody?.includes('flood-barrier.md') && balance.lastBody.includes('Claims by source type') ? balance.lastBody : undefined));
    assert.match(body, /Helga Brandvold/);
    assert.match(body, /<table class="numbers">/);
    const html = balance.panel.webview.html;
    assert.match(html, /Content-Security-Policy" content="default-src 'none'; style-src 'nonce-[^']+'; script-src 'nonce-[^']+';"/);
    assert.doesNotMatch(html, /https?:\/\//);
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const json = vscode.Uri.joinPath(folder, 'balance-test.json');
    const csv = vscode.Uri.joinPath(folder, 'balance-test.csv');
    try {
      await vscode.commands.executeCommand('claimlens.balance.exportJson', json);
      await vscode.commands.executeCommand('claimlens.balance.exportCsv', csv);
      const data = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(json)));
      assert.equal(data.schema, 'claimlens-balance/1');
      assert.equal(data.workspace.claims, (await api.workspace.index.stats())!.totals.claims);
      assert.equal(data.article.claims, api.service.snapshot(doc)!.analysis.claims.length);
      const rows = new TextDecoder().decode(await vscode.workspace.fs.readFile(csv)).split('\r\n');
      assert.equal(rows[0], 'scope,chart,label,value,detail');
      assert.ok(rows.includes(`workspace,totals,claims,${data.workspace.claims},`));
    } finally {
      for (const u of [json, csv]) await vscode.workspace.fs.delete(u).then(undefined, () => undefined);
    }
  });

  it('after a restart the persistent cache is reused: nothing is analysed again', async () => {
    await api.workspace.index.whenIdle();
    const before = api.workspace.index.current!.size;
    const report = await api.workspace.index.restart();
    assert.ok(report && !report.cancelled);
    assert.equal(report.analysed, 0, JSON.stringify(report));
    assert.equal(report.fromCache, before, JSON.stringify(report));
    assert.equal(api.workspace.index.cacheCounters?.hits, before);
    assert.ok(await sourceNamed(api, 'Helga Brandvold'), 'the view is rebuilt from the cache');
  });
});
