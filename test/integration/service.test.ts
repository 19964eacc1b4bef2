// The document service in the real extension host: automatic analysis of opened articles, one
// change event, re-analysis after edits, the size limit with "Analyse Anyway", non-articles ignored.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ClaimLensApi } from '../../src/extension/extension';
import { analysed, claimLens, closeAllEditors, openUntitled, openWorkspaceArticle, until, withSetting } from './extensionApi';

const ARTICLE = [
  'Mayor Ana Ruiz of Lindow spoke to reporters on Monday.',
  '',
  '"We will rebuild the bridge before winter," Ruiz said.',
  '',
].join('\n');

describe('document service', () => {
  let api: ClaimLensApi;
  before(async () => {
    api = await claimLens();
  });
  afterEach(closeAllEditors);

  it('analyses an opened article by itself and announces it with one event', async () => {
    const events: string[] = [];
    const sub = api.service.onDidChange((uri) => events.push(uri.toString()));
    try {
      const doc = await openUntitled(ARTICLE);
      assert.ok(api.service.isArticle(doc));
      // No ensure() here: the service must pick the document up on its own.
      await until(api, () => api.service.state(doc.uri).kind === 'ready', 'the new article to be analysed');
      assert.ok(events.includes(doc.uri.toString()), 'onDidChange fired for the document');
      const analysis = api.service.get(doc);
      assert.ok(analysis);
      assert.equal(analysis.schema, 'claimlens/1');
      assert.ok(analysis.claims.some((c) => c.kind === 'direct' && c.text.includes('rebuild the bridge')), 'the direct quote is a claim');
      assert.equal(api.service.snapshot(doc)?.version, doc.version);
    } finally {
      sub.dispose();
    }
  });

  it('re-analyses after an edit and keeps offsets in step with the new text', async () => {
    const doc = await openUntitled(ARTICLE);
    const before = await analysed(api, doc);
    const editor = vscode.window.activeTextEditor!;
    const added = '"The money is there," Ruiz added.\n';
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(0, 0), added + '\n')));
    await until(api, () => api.service.snapshot(doc)?.version === doc.version, 'the edited version to be analysed');
    const after = api.service.snapshot(doc)!;
    assert.ok(after.version > before.version);
    const quote = after.analysis.claims.find((c) => c.text.includes('money is there'));
    assert.ok(quote, 'the new quote was found');
    assert.equal(doc.getText().slice(quote.start, quote.end), quote.text, 'claim offsets index the current text');
    const old = after.analysis.claims.find((c) => c.text.includes('rebuild the bridge'));
    assert.ok(old && old.start > added.length, 'the old quote moved with the edit');
  });

  it('does not analyse a document over the size limit until asked, and says why', async () => {
    const restore = await withSetting('maxFileSizeKB', 1);
    try {
      const big = Array.from({ length: 40 }, (_, i) => `Paragraph ${i}: Ana Ruiz of Lindow said the bridge would reopen soon.`).join('\n\n');
      const doc = await openUntitled(big);
      await until(api, () => api.service.state(doc.uri).kind === 'too-large', 'the too-large state');
      assert.equal(api.service.get(doc), undefined);
      assert.match(api.service.state(doc.uri).detail ?? '', /limit/);
      assert.equal(await api.service.ensure(doc), undefined, 'ensure() without force respects the limit');
      await vscode.commands.executeCommand('claimlens.analyseAnyway');
      await until(api, () => api.service.state(doc.uri).kind === 'ready', 'the forced analysis');
      assert.ok(api.service.get(doc)!.claims.length + api.service.get(doc)!.entities.length > 0);
    } finally {
      await restore();
    }
  });

  it('leaves documents in other languages alone', async () => {
    const doc = await vscode.workspace.openTextDocument({ content: '{ "said": "Ruiz" }', language: 'json' });
    await vscode.window.showTextDocument(doc);
    assert.equal(api.service.isArticle(doc), false);
    assert.equal(await api.service.ensure(doc), undefined);
    assert.equal(api.service.get(doc), undefined);
    assert.equal(api.service.state(doc.uri).kind, 'unsupported');
  });

  it('analyses the project sample (Markdown) with offsets into the file as written', async function () {
    const doc = await openWorkspaceArticle(this, 'harbour-strike.md');
    const { analysis } = await analysed(api, doc);
    const text = doc.getText();
    assert.ok(analysis.entities.length > 0 && analysis.claims.length > 0);
    for (const e of analysis.entities) for (const m of e.mentions) assert.ok(m.end <= text.length && m.start < m.end, `${e.id} mention in range`);
    for (const c of analysis.claims) if (c.kind === 'direct') assert.equal(text.slice(c.start, c.end), c.text, `claim ${c.id} text matches its span`);
  });
});
