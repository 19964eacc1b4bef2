// The Claims view in the real extension host: its nodes come from the provider VS Code itself calls.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ClaimLensApi } from '../../src/extension/extension';
import { foldKey } from '../../src/analysis/text/text';
import { analysed, claimLens, closeAllEditors, openUntitled, openWorkspaceArticle, withSetting } from './extensionApi';
import { children, claimNodes, click, editorOf, poll, sourceNamed, sources, viewsShow } from './viewsSupport';

/** Waits until `read()` has returned `expected` for a whole second in a row (fails after 30 s: the machine may be busy). */
async function settled(read: () => number, expected: number): Promise<void> {
  let since = Date.now();
  let last = -1;
  await poll(`a settled value of ${expected} (last read ${last})`, () => {
    last = read();
    if (last !== expected) since = Date.now();
    return Date.now() - since >= 1000;
  }, 30_000).catch((err: Error) => {
    throw new Error(`${err.message}; the last value read was ${last}`);
  });
}

describe('Claims view', () => {
  let api: ClaimLensApi;
  before(async () => {
    api = await claimLens();
    api.views.claims.provider.setMode('bySource');
    api.views.claims.provider.setFilter('all');
  });
  afterEach(() => {
    api.views.claims.provider.setMode('bySource');
    api.views.claims.provider.setFilter('all');
  });
  after(closeAllEditors);

  it('has González, Petro and Mulino with their direct quotes (seed.txt)', async function () {
    const doc = await openWorkspaceArticle(this, 'seed.txt');
    await viewsShow(api, doc);
    const list = await sources(api);
    const expected: Array<[string, string]> = [
      ['González', 'Venezuela is facing a critical situation'],
      ['Petro', 'We cannot recognize elections that were not free.'],
      ['Mulino', 'We want to make it clear to you that Panama is with you'],
    ];
    for (const [name, words] of expected) {
      const source = sourceNamed(list, name);
      assert.ok(source, `no source "${name}" in ${JSON.stringify(list.map((s) => s.group.label))}`);
      const quotes = source.children.filter((c) => c.claim.kind === 'direct').map((c) => c.claim.text);
      assert.ok(quotes.some((q) => q.includes(words)), `${name}'s direct quotes: ${JSON.stringify(quotes)}`);
      const item = api.views.claims.provider.getTreeItem(source);
      assert.equal(item.description, String(source.children.length), 'the count is the description');
    }
    // González is one source, however his name is spelled in the article.
    assert.equal(list.filter((s) => foldKey(s.group.label).includes('gonzalez')).length, 1);
  });

  it('lists every claim of the analysis once, under its source, in article order (harbour-strike.md)', async function () {
    const doc = await openWorkspaceArticle(this, 'harbour-strike.md');
    const { analysis } = await analysed(api, doc);
    await viewsShow(api, doc);
    const list = await sources(api);
    const inTree = claimNodes(list);
    assert.deepEqual(inTree.map((c) => c.claim.id).sort(), analysis.claims.map((c) => c.id).sort());
    for (const s of list) {
      const starts = s.children.map((c) => c.claim.start);
      assert.deepEqual(starts, [...starts].sort((a, b) => a - b), `${s.group.label}: article order`);
      for (const c of s.children) {
        assert.equal(c.claim.source?.entityId ?? null, s.group.entityId, `${c.claim.id} under ${s.group.label}`);
      }
    }
    const unattributed = list.findIndex((s) => s.group.key === 'unattributed');
    assert.ok(unattributed === -1 || unattributed === list.length - 1, 'Unattributed comes last');
  });

  it('shows a claim by kind icon, cue and line, with a plain-text tooltip', async function () {
    const doc = await openWorkspaceArticle(this, 'harbour-strike.md');
    await viewsShow(api, doc);
    const nodes = claimNodes(await children(api));
    assert.ok(nodes.length > 0, 'the sample has claims');
    for (const node of nodes) {
      const item = api.views.claims.provider.getTreeItem(node);
      const icon = item.iconPath as vscode.ThemeIcon;
      assert.equal(icon.id, node.claim.kind === 'direct' ? 'quote' : 'comment');
      assert.equal(typeof item.label, 'string');
      assert.equal(typeof item.tooltip, 'string', 'article text is never rendered as Markdown');
      assert.ok((item.tooltip as string).includes(node.claim.text.trim()));
      const line = doc.positionAt(node.claim.start).line + 1;
      assert.ok((item.tooltip as string).includes(`line ${line}`), `${String(item.tooltip)} has line ${line}`);
      if (node.claim.cue) assert.ok(String(item.description).includes(node.claim.cue.text.replace(/\s+/g, ' ')));
      assert.ok(item.id, 'stable id');
    }
  });

  it('rows carry the claim\'s words; inferred sources show as written and resolved, follow-on quotes say whose quote they continue', async function () {
    const doc = await openWorkspaceArticle(this, 'harbour-strike.md');
    const { analysis } = await analysed(api, doc);
    await viewsShow(api, doc);
    const nodes = claimNodes(await children(api));
    const flat = (t: string) => t.replace(/\s+/g, ' ').trim();
    for (const node of nodes) {
      const item = api.views.claims.provider.getTreeItem(node);
      const words = flat(node.claim.text);
      assert.ok(words.length <= 120 ? item.label === words : String(item.label).endsWith('…'), `${String(item.label)} for ${words}`);
    }
    // The sample's "she said" quotes: "she → Marisol Peña", in the row and its tooltip.
    const she = nodes.filter((n) => n.claim.source?.text === 'she');
    assert.ok(she.length > 0, 'the analysis resolves the sample\'s "she said" quotes');
    for (const n of she) {
      const item = api.views.claims.provider.getTreeItem(n);
      assert.ok(String(item.description).startsWith(`she → ${n.claim.source!.name} · `), String(item.description));
      assert.match(String(item.tooltip), new RegExp(`\\nshe → ${n.claim.source!.name}`));
    }
    // Written names get no arrow ("Ms. Peña", "Dahl").
    const named = nodes.find((n) => n.claim.source?.text === 'Dahl');
    if (named) assert.ok(!String(api.views.claims.provider.getTreeItem(named).description).includes('→'));
    for (const n of nodes.filter((x) => x.claim.continues)) {
      const first = analysis.claims.find((c) => c.id === n.claim.continues)!;
      const surname = first.source!.name.split(' ').pop()!;
      assert.ok(String(api.views.claims.provider.getTreeItem(n).description).includes(`continues ${surname}'s quote`), String(api.views.claims.provider.getTreeItem(n).description));
    }
  });

  it('selects the exact words of a claim when it is clicked', async function () {
    const doc = await openWorkspaceArticle(this, 'harbour-strike.md');
    await viewsShow(api, doc);
    const nodes = claimNodes(await children(api));
    for (const node of [nodes[0], nodes[nodes.length - 1]]) {
      await click(api.views.claims.provider.getTreeItem(node));
      const editor = editorOf(doc);
      assert.equal(doc.getText(editor.selection), node.claim.text);
    }
    assert.equal(doc.isDirty, false, 'the article is not edited');
  });

  it('follows edits: a new quote appears and existing sources keep their ids', async () => {
    const doc = await openUntitled(
      'Mara Lind, the harbour master, spoke on Monday.\n\n"The ferries will run," Lind said.\n',
      'markdown',
    );
    await viewsShow(api, doc);
    const before = await sources(api);
    const lind = sourceNamed(before, 'Mara Lind');
    assert.ok(lind, `sources: ${JSON.stringify(before.map((s) => s.group.label))}`);
    const editor = editorOf(doc);
    await editor.edit((e) => e.insert(doc.positionAt(doc.getText().length), '\n"We have checked every pier twice," Lind said.\n'));
    const after = await poll('the new quote in the Claims view', async () => {
      await viewsShow(api, doc);
      const list = await sources(api);
      return claimNodes(list).some((c) => c.claim.text.includes('We have checked every pier twice')) ? list : undefined;
    });
    const lindAfter = sourceNamed(after, 'Mara Lind');
    assert.ok(lindAfter);
    assert.equal(lindAfter.id, lind.id, 'same id, so VS Code keeps the node expanded');
    assert.ok(lindAfter.children.length > lind.children.length);
    const kept = lind.children.map((c) => c.id);
    assert.deepEqual(lindAfter.children.slice(0, kept.length).map((c) => c.id), kept, 'unchanged claims keep their ids');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('lists in article order and filters by kind', async function () {
    const doc = await openWorkspaceArticle(this, 'harbour-strike.md');
    const { analysis } = await analysed(api, doc);
    await viewsShow(api, doc);
    api.views.claims.provider.setMode('articleOrder');
    const ordered = await children(api);
    assert.ok(ordered.every((n) => n.kind === 'claim'));
    assert.deepEqual(claimNodes(ordered).map((c) => c.claim.start), [...analysis.claims].map((c) => c.start).sort((a, b) => a - b));
    for (const kind of ['direct', 'reported'] as const) {
      api.views.claims.provider.setFilter(kind);
      const shown = claimNodes(await children(api));
      assert.equal(shown.length, analysis.claims.filter((c) => c.kind === kind).length);
      assert.ok(shown.every((c) => c.claim.kind === kind));
    }
  });

  it('"Reveal in Claims Tree" at the cursor selects that claim in the view', async function () {
    const doc = await openWorkspaceArticle(this, 'harbour-strike.md');
    const { analysis } = await analysed(api, doc);
    await viewsShow(api, doc);
    const claim = analysis.claims.find((c) => c.kind === 'direct');
    assert.ok(claim, 'the sample has a direct quote');
    const editor = editorOf(doc);
    const inside = doc.positionAt(claim.start + 2);
    editor.selection = new vscode.Selection(inside, inside);
    await vscode.window.showTextDocument(doc, { viewColumn: editor.viewColumn });
    const revealed = await vscode.commands.executeCommand<boolean>('claimlens.revealInClaims');
    assert.equal(revealed, true);
    const view = api.views.claims.view;
    await poll('the claim to be selected in the view', () => view.selection.some((n) => n.kind === 'claim' && n.claim.id === claim.id));
    // A hover link passes { uri, entityId }: the source is revealed.
    if (claim.source?.entityId) {
      const ok = await vscode.commands.executeCommand<boolean>('claimlens.revealInClaims', { uri: doc.uri.toString(), entityId: claim.source.entityId });
      assert.equal(ok, true);
      await poll('the source to be selected', () => view.selection.some((n) => n.kind === 'source' && n.group.entityId === claim.source?.entityId));
    }
  });

  it('"Reveal in Claims" on a source whose claims the filter hides shows all claims again and selects it', async function () {
    const doc = await openWorkspaceArticle(this, 'harbour-strike.md');
    const { analysis } = await analysed(api, doc);
    await viewsShow(api, doc);
    const reportedOnly = analysis.entities.find((e) => {
      const own = analysis.claims.filter((c) => c.source?.entityId === e.id);
      return own.length > 0 && own.every((c) => c.kind === 'reported');
    });
    assert.ok(reportedOnly, 'the sample has a source with reported speech only (the port authority)');
    api.views.claims.provider.setFilter('direct');
    const ok = await vscode.commands.executeCommand<boolean>('claimlens.revealInClaims', { uri: doc.uri.toString(), entityId: reportedOnly.id });
    assert.equal(ok, true);
    assert.equal(api.views.claims.provider.filter, 'all');
    await poll('the source to be selected', () => api.views.claims.view.selection.some((n) => n.kind === 'source' && n.group.entityId === reportedOnly.id));
  });

  it('copies a claim as “text” — Source, role (cue), in “Title”, file:line, in the style the setting asks for', async function () {
    const doc = await openWorkspaceArticle(this, 'harbour-strike.md');
    const { lookup } = await analysed(api, doc);
    await viewsShow(api, doc);
    const node = claimNodes(await children(api)).find(
      (c) => c.claim.kind === 'direct' && c.claim.cue && c.claim.source?.entityId && (lookup.entity(c.claim.source.entityId)?.roles.length ?? 0) > 0,
    );
    assert.ok(node, 'a quote with a cue whose speaker has a role (Marisol Peña, general secretary of the union)');
    const entity = lookup.entity(node.claim.source!.entityId!)!;
    const role = entity.roles.reduce((a, b) => (b.length > a.length ? b : a));
    const line = doc.positionAt(node.claim.start).line + 1;
    const words = node.claim.text.replace(/\s+/g, ' ').trim();
    const title = 'Dockworkers Walk Out as Port of Valmera Talks Collapse';
    const citation = await vscode.commands.executeCommand<string>('claimlens.copyCitation', node);
    assert.equal(citation, `“${words}” — ${entity.name}, ${role} (${node.claim.cue!.text}), in “${title}”, harbour-strike.md:${line}`);
    const clip = await vscode.env.clipboard.readText();
    if (clip !== citation) console.log(`      note: the clipboard read back ${JSON.stringify(clip.slice(0, 40))} (a headless browser may refuse clipboard access)`);

    for (const [format, shape] of [
      ['markdown', new RegExp(`^> “.+”\\n>\\n> — \\*\\*${entity.name}\\*\\*, .+ \\(\\*${node.claim.cue!.text}\\*\\), in \\*${title}\\*, \`harbour-strike\\.md:${line}\`$`)],
      ['apa', new RegExp(`^“.+” \\(${entity.name}, .+, as cited in “${title},” n\\.d\\., harbour-strike\\.md, line ${line}\\)\\.$`)],
    ] as const) {
      const restore = await withSetting('citation.format', format);
      try {
        await poll(`the ${format} setting to apply`, () => api.service.settings.citationFormat === format);
        const styled = await vscode.commands.executeCommand<string>('claimlens.copyCitation', node);
        assert.match(styled, shape, styled);
      } finally {
        await restore();
      }
    }
  });

  it('copies the claim at the cursor when no tree item is given', async function () {
    const doc = await openWorkspaceArticle(this, 'harbour-strike.md');
    const { analysis } = await analysed(api, doc);
    // A claim whose middle is not inside a shorter (nested) claim: the innermost one is cited.
    const mid = (c: { start: number; end: number }) => c.start + Math.floor((c.end - c.start) / 2);
    const claim = [...analysis.claims]
      .reverse()
      .find((c) => !analysis.claims.some((o) => o !== c && o.start <= mid(c) && mid(c) < o.end && o.end - o.start < c.end - c.start));
    assert.ok(claim);
    const editor = editorOf(doc);
    const inside = doc.positionAt(mid(claim));
    editor.selection = new vscode.Selection(inside, inside);
    await vscode.window.showTextDocument(doc, { viewColumn: editor.viewColumn });
    const citation = await vscode.commands.executeCommand<string>('claimlens.copyCitation');
    const words = claim.text.replace(/\s+/g, ' ').trim();
    assert.ok(citation?.startsWith(`${claim.kind === 'direct' ? `“${words}”` : words} — `), citation);
    assert.ok(citation.endsWith(`harbour-strike.md:${doc.positionAt(claim.start).line + 1}`), citation);
  });

  it('keeps showing the article when focus moves to another file, and its Refresh re-annotates that article', async function () {
    const doc = await openWorkspaceArticle(this, 'harbour-strike.md');
    await viewsShow(api, doc);
    const other = await vscode.workspace.openTextDocument({ language: 'json', content: '{ "said": "not an article" }' });
    await vscode.window.showTextDocument(other, { preview: false });
    assert.equal(api.views.article.document, doc, 'the views still show the article');
    const result = await vscode.commands.executeCommand<{ claims: unknown[] } | undefined>('claimlens.views.refresh');
    assert.ok(result && Array.isArray(result.claims), 'the article was annotated again');
    assert.equal(api.service.snapshot(other), undefined, 'the JSON file was not analysed');
    assert.equal(api.views.article.document, doc);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('follows the cursor: moving into a quote with the keyboard selects it in the view', async function () {
    const doc = await openWorkspaceArticle(this, 'harbour-strike.md');
    const { analysis } = await analysed(api, doc);
    await viewsShow(api, doc);
    await vscode.commands.executeCommand('claimlens.showClaims');
    const editor = editorOf(doc);
    await vscode.window.showTextDocument(doc, { viewColumn: editor.viewColumn });
    const claim = [...analysis.claims].reverse().find((c) => c.kind === 'direct' && !analysis.claims.some((o) => o !== c && o.start <= c.start + 1 && c.start + 1 < o.end));
    assert.ok(claim);
    const before = doc.positionAt(claim.start - 1);
    editor.selection = new vscode.Selection(before, before);
    await vscode.commands.executeCommand('cursorRight');
    await vscode.commands.executeCommand('cursorRight');
    const view = api.views.claims.view;
    await poll('the view to select the quote under the cursor', () => view.selection.some((n) => n.kind === 'claim' && n.claim.id === claim.id), 5000);
  });

  it('after an edit, no stale row stays selected: only the claim still under the cursor keeps its row selected', async function () {
    this.timeout(120_000);
    const doc = await openUntitled('Mara Lind, the harbour master, spoke on Monday.\n\n"The ferries will run," Lind said.\n\nThe weather was calm.\n', 'markdown');
    await viewsShow(api, doc);
    await vscode.commands.executeCommand('claimlens.showClaims');
    const view = api.views.claims.view;
    const select = async () => {
      const quote = claimNodes(await children(api)).find((c) => c.claim.text.startsWith('The ferries'));
      assert.ok(quote, 'the quote is listed');
      await view.reveal(quote, { select: true, focus: false });
      await poll('the quote to be selected', () => view.selection.some((n) => n.id === quote.id));
      return vscode.window.showTextDocument(doc, { viewColumn: editorOf(doc).viewColumn });
    };
    // The cursor in the quote, an edit elsewhere: the row is still the claim under the cursor.
    let editor = await select();
    const inQuote = doc.positionAt(doc.getText().indexOf('ferries'));
    editor.selection = new vscode.Selection(inQuote, inQuote);
    await editor.edit((e) => e.insert(doc.positionAt(doc.getText().length), 'Boats waited.\n'), { undoStopBefore: true, undoStopAfter: true });
    editor.selection = new vscode.Selection(inQuote, inQuote);
    await viewsShow(api, doc);
    await settled(() => view.selection.filter((n) => n.kind === 'claim' && n.claim.text.startsWith('The ferries')).length, 1);

    // The cursor outside any claim, an edit: the selection is dropped.
    const end = doc.positionAt(doc.getText().length);
    editor.selection = new vscode.Selection(end, end);
    await editor.edit((e) => e.insert(end, 'Ferries sailed.\n'));
    await viewsShow(api, doc);
    // The tree is redrawn after the analysis; the selection must be empty once it has settled (it
    // is briefly empty during any redraw, so one look proves nothing).
    await settled(() => view.selection.length, 0);

    // Selected again, then an edit inside the quote: the row of the old words does not stay selected.
    editor = await select();
    const inside = doc.positionAt(doc.getText().indexOf('run,"'));
    editor.selection = new vscode.Selection(inside, inside);
    await editor.edit((e) => e.insert(inside, 'always '));
    await poll(
      'no row of the old words to stay selected',
      () => !view.selection.some((n) => n.kind === 'claim' && !n.claim.text.includes('will always run')) && api.service.snapshot(doc)?.version === doc.version,
      10_000,
    );
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('when the filter hides every claim, "Show All Claims" brings them back', async () => {
    const doc = await openUntitled('"Only a direct quote here," Mara Lind said.\n', 'markdown');
    await viewsShow(api, doc);
    const all = claimNodes(await children(api));
    assert.ok(all.length > 0 && all.every((c) => c.claim.kind === 'direct'), JSON.stringify(all.map((c) => c.claim.kind)));
    api.views.claims.provider.setFilter('reported');
    assert.deepEqual(await children(api), []);
    assert.equal(api.views.claims.provider.current()?.hidden, all.length);
    await vscode.commands.executeCommand('claimlens.claims.showAll');
    assert.equal(api.views.claims.provider.filter, 'all');
    assert.equal(claimNodes(await children(api)).length, all.length);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
