// Export in the real extension host: each format is written to the target given, parsed back, and
// the article is left untouched.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ClaimLensApi } from '../../src/extension/extension';
import { CSV_COLUMNS } from '../../src/analysis/output/exportFormats';
import { isClaimLensExport } from '../../src/analysis/output/exportMarker';
import { parseCsv } from '../unit/exportFormatsCsv';
import { analysed, claimLens, closeAllEditors, openWorkspaceArticle, until } from './extensionApi';
import { poll } from './viewsSupport';

async function read(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

describe('export', () => {
  let api: ClaimLensApi;
  let outDir: vscode.Uri;
  before(async () => {
    api = await claimLens();
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder);
    outDir = vscode.Uri.joinPath(folder.uri, 'exports');
    await vscode.workspace.fs.createDirectory(outDir);
  });
  after(async () => {
    await closeAllEditors();
    await vscode.workspace.fs.delete(outDir, { recursive: true });
  });

  it('writes the claimlens/1 JSON of the analysis', async function () {
    const doc = await openWorkspaceArticle(this, 'harbour-strike.md');
    const { analysis } = await analysed(api, doc);
    const target = vscode.Uri.joinPath(outDir, 'claims.json');
    const written = await vscode.commands.executeCommand<vscode.Uri>('claimlens.exportJson', target);
    assert.equal(written?.toString(), target.toString());
    const parsed = JSON.parse(await read(target));
    assert.equal(parsed.schema, 'claimlens/1');
    assert.deepEqual(parsed, JSON.parse(JSON.stringify(analysis)));
  });

  it('writes CSV that parses back to one row per claim', async function () {
    const doc = await openWorkspaceArticle(this, 'harbour-strike.md');
    const { analysis } = await analysed(api, doc);
    const target = vscode.Uri.joinPath(outDir, 'claims.csv');
    await vscode.commands.executeCommand('claimlens.exportCsv', target);
    const rows = parseCsv(await read(target));
    assert.deepEqual(rows[0], [...CSV_COLUMNS]);
    assert.equal(rows.length - 1, analysis.claims.length);
    const text = doc.getText();
    for (const row of rows.slice(1)) {
      const r = Object.fromEntries(CSV_COLUMNS.map((k, i) => [k, row[i]]));
      const claim = analysis.claims.find((c) => c.id === r.id);
      assert.ok(claim, `row ${r.id}`);
      assert.equal(text.slice(Number(r.start), Number(r.end)), claim.text);
      assert.equal(Number(r.line), doc.positionAt(claim.start).line + 1);
      assert.equal(r.text.replace(/^'(?=[=+\-@])/, ''), claim.text);
      assert.equal(r.source, claim.source?.name ?? '');
    }
  });

  it('writes a Markdown report with every claim under its source', async function () {
    const doc = await openWorkspaceArticle(this, 'harbour-strike.md');
    const { analysis } = await analysed(api, doc);
    const target = vscode.Uri.joinPath(outDir, 'claims.md');
    const picked = await vscode.commands.executeCommand<vscode.Uri>('claimlens.exportClaims', 'markdown', target);
    assert.equal(picked?.toString(), target.toString());
    const md = await read(target);
    assert.ok(isClaimLensExport(md), 'the report carries the export marker');
    assert.match(md.split('\n')[1], /^# Claims in .*harbour-strike\.md$/);
    assert.equal(md.split('\n').filter((l) => /^- (Direct quote|Reported) \(line \d+/.test(l)).length, analysis.claims.length);
  });

  it('does not analyse its own exported report when it is opened, and the status bar says why', async function () {
    const doc = await openWorkspaceArticle(this, 'harbour-strike.md');
    await analysed(api, doc);
    const target = vscode.Uri.joinPath(outDir, 'harbour-strike.claims.md');
    await vscode.commands.executeCommand('claimlens.exportMarkdown', target);
    const report = await vscode.workspace.openTextDocument(target);
    await vscode.window.showTextDocument(report, { preview: false });
    assert.equal(report.languageId, 'markdown', 'a Markdown file, so an article language');
    assert.equal(await api.service.current(report), undefined, 'no analysis');
    await until(api, () => api.service.state(report.uri).kind === 'report', 'the report state');
    assert.equal(api.service.snapshot(report), undefined);
    await poll('the status bar to say why', () => api.status.text === '$(info) ClaimLens: report' && /ClaimLens report \(its first line marks it\), not an article/.test(String(api.status.tooltip)));
    // Asked explicitly, it still is not analysed: its quotes are ClaimLens's own output.
    assert.equal(await vscode.commands.executeCommand('claimlens.refresh', report.uri), undefined);
    assert.equal(api.service.snapshot(report), undefined);
    // The Claims view shows the report's state (its welcome text says why), not the article's claims.
    await poll('the views to follow the report', () => api.views.article.document === report);
    assert.deepEqual(await api.views.claims.provider.getChildren(), []);
    // Without the marker it is text like any other, and is analysed.
    const copy = await vscode.workspace.openTextDocument({ language: 'markdown', content: report.getText().split('\n').slice(1).join('\n') });
    assert.ok(await api.service.current(copy), 'the same text without the marker is analysed');
    await closeAllEditors();
  });

  it('never writes to the article', async function () {
    const doc = await openWorkspaceArticle(this, 'harbour-strike.md');
    const before = doc.getText();
    const onDisk = await read(doc.uri);
    const result = await vscode.commands.executeCommand('claimlens.exportJson', doc.uri);
    assert.equal(result, undefined, 'refused');
    assert.equal(doc.getText(), before);
    assert.equal(await read(doc.uri), onDisk);
    assert.equal(doc.isDirty, false);
  });
});
