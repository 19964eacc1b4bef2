// The extension never edits a document: analyse, hover, follow every card link, navigate, toggle
// highlights, switch the Claims view's modes, copy a citation and export, and the document's
// version, text and dirty flag stay as they were (and no change event ever fires for it).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ClaimLensApi } from '../../src/extension/extension';
import { emptyReview } from '../../src/analysis/review/model';
import { analysed, claimLens, closeAllEditors, openUntitled, workspaceFile } from './extensionApi';
import { viewsShow } from './viewsSupport';

/**
 * Review links ask for a value with a picker; the test gives it, as a click and a pick would.
 * Reviewing writes a review file, never the document.
 */
const REVIEW_VALUES: Record<string, unknown> = {
  'claimlens.review.setVerdict': 'verified',
  'claimlens.review.editNote': 'checked by the read-only test',
  'claimlens.review.correctSource': 'Someone Else',
  'claimlens.review.correctName': 'claimlens.review.notAName',
};

const UNTITLED = 'Li Wei said: "We will reopen the port on Monday."\n\n"Not before spring," Marta Núñez told reporters in Lisbon.\n';

/** Command links of a hover card, with their decoded arguments. */
function cardCommands(hs: vscode.Hover[]): Array<{ command: string; args: unknown[] }> {
  const out: Array<{ command: string; args: unknown[] }> = [];
  for (const c of hs.flatMap((h) => h.contents)) {
    const value = typeof c === 'string' ? c : 'value' in c ? c.value : '';
    for (const m of value.matchAll(/(?<!\\)\]\(command:([\w.]+)(?:\?([^)\s]*))?/g)) {
      let args: unknown[] = [];
      try {
        const parsed = m[2] ? JSON.parse(decodeURIComponent(m[2])) : [];
        args = Array.isArray(parsed) ? parsed : [parsed];
      } catch {
        args = [];
      }
      out.push({ command: m[1], args });
    }
  }
  return out;
}

describe('read-only: the extension never edits a document', () => {
  let api: ClaimLensApi;
  let exportDir: string;
  before(async () => {
    api = await claimLens();
    exportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-readonly-'));
  });
  after(async () => {
    await closeAllEditors();
    fs.rmSync(exportDir, { recursive: true, force: true });
  });

  const subjects: Array<[string, () => Promise<vscode.TextDocument | undefined>]> = [
    ['the project sample (a file on disk)', async () => {
      const uri = workspaceFile('harbour-strike.md');
      return uri ? vscode.workspace.openTextDocument(uri) : undefined;
    }],
    ['an untitled document', () => openUntitled(UNTITLED)],
  ];

  for (const [what, open] of subjects) {
    it(`everything leaves ${what} untouched`, async function () {
      this.timeout(120_000);
      const doc = await open();
      // The harness copies harbour-strike.md into every test workspace.
      assert.ok(doc, 'harbour-strike.md is not in the test workspace');
      const editor = await vscode.window.showTextDocument(doc!, { preview: false });
      const before = { version: doc!.version, text: doc!.getText(), dirty: doc!.isDirty };
      const onDisk = doc!.uri.scheme === 'file' ? fs.readFileSync(doc!.uri.fsPath) : undefined;
      const changes: string[] = [];
      const sub = vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === doc && e.contentChanges.length > 0) changes.push(JSON.stringify(e.contentChanges[0]));
      });
      const ran: string[] = [];
      const run = async (command: string, ...args: unknown[]) => {
        ran.push(command);
        await vscode.commands.executeCommand(command, ...args);
      };
      try {
        await run('claimlens.refresh', doc!.uri);
        await run('claimlens.analyseAnyway', doc!.uri);
        const { analysis } = await analysed(api, doc!);
        assert.ok(analysis.entities.length > 0 && analysis.claims.length > 0, 'something to act on');
        await viewsShow(api, doc!);

        // every language feature over every name and claim, and every link the cards offer
        const positions = [...analysis.entities.flatMap((e) => e.mentions.map((m) => m.start)), ...analysis.claims.map((c) => c.start)];
        const linked = new Map<string, unknown[]>();
        for (const offset of positions) {
          const pos = doc!.positionAt(offset);
          const hs = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc!.uri, pos)) ?? [];
          for (const l of cardCommands(hs)) if (!linked.has(l.command)) linked.set(l.command, l.args);
          await vscode.commands.executeCommand('vscode.executeDefinitionProvider', doc!.uri, pos);
          await vscode.commands.executeCommand('vscode.executeReferenceProvider', doc!.uri, pos);
          await vscode.commands.executeCommand('vscode.executeDocumentHighlights', doc!.uri, pos);
        }
        await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', doc!.uri);
        assert.ok(linked.size > 0, 'the cards offer command links');
        for (const [command, args] of linked) {
          await run(command, ...args, ...(command in REVIEW_VALUES ? [REVIEW_VALUES[command]] : []));
          await vscode.window.showTextDocument(doc!, { preview: false });
        }

        // views, highlights, citation, export
        await run('claimlens.claims.listInOrder');
        await run('claimlens.claims.groupBySource');
        await run('claimlens.toggleHighlights');
        await run('claimlens.toggleHighlights');
        const claim = analysis.claims[0];
        editor.selection = new vscode.Selection(doc!.positionAt(claim.start + 1), doc!.positionAt(claim.start + 1));
        await run('claimlens.copyCitation');
        for (const [format, ext] of [['json', 'json'], ['csv', 'csv'], ['markdown', 'md']] as const) {
          const target = vscode.Uri.file(path.join(exportDir, `${path.basename(doc!.uri.path)}.${ext}`));
          await run('claimlens.exportClaims', format, target);
          assert.ok(fs.existsSync(target.fsPath) && fs.statSync(target.fsPath).size > 0, `export ${format} written to the picked file`);
        }
        await run('claimlens.refresh', doc!.uri);
      } finally {
        sub.dispose();
        // Leave no review behind for the suites that follow.
        await api.reviews.update(doc!.uri, () => emptyReview());
        await api.reviews.flush(doc!.uri);
        const reviewFile = api.reviews.status(doc!.uri).file;
        if (reviewFile) await vscode.workspace.fs.delete(reviewFile).then(undefined, () => undefined);
      }

      assert.deepEqual(changes, [], `document changed while running ${ran.join(', ')}`);
      assert.equal(doc!.version, before.version, 'version');
      assert.equal(doc!.getText(), before.text, 'text');
      assert.equal(doc!.isDirty, before.dirty, 'dirty flag');
      if (onDisk) assert.deepEqual(fs.readFileSync(doc!.uri.fsPath), onDisk, 'file on disk');
    });
  }

  it('analyses a document from a virtual file system (not on disk) through the API alone', async () => {
    // virtualWorkspaces: true means exactly this: no fs access behind the document's back.
    const scheme = 'claimlens-test-virtual';
    const provider = vscode.workspace.registerTextDocumentContentProvider(scheme, { provideTextDocumentContent: () => UNTITLED });
    try {
      let doc = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme, path: '/remote/article.txt' }));
      doc = await vscode.languages.setTextDocumentLanguage(doc, 'plaintext');
      await vscode.window.showTextDocument(doc, { preview: false });
      const { analysis } = await analysed(api, doc);
      const person = analysis.entities.find((e) => e.type === 'person');
      assert.ok(person, `a person in the virtual document: ${JSON.stringify(analysis.entities.map((e) => e.name))}`);
      assert.ok(analysis.claims.length > 0);
      const hs = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(person.mentions[0].start))) ?? [];
      assert.ok(cardCommands(hs).length > 0 || hs.length > 0, 'a hover card on the name');
    } finally {
      provider.dispose();
    }
  });

  it('refuses to export over the article itself', async function () {
    const uri = workspaceFile('harbour-strike.md');
    // The harness copies harbour-strike.md into every test workspace.
    assert.ok(uri, 'harbour-strike.md is not in the test workspace');
    const doc = await vscode.workspace.openTextDocument(uri!);
    await vscode.window.showTextDocument(doc, { preview: false });
    await analysed(api, doc);
    const before = fs.readFileSync(uri!.fsPath);
    let failed = false;
    try {
      await api.views.exporter.exportClaims('json', doc.uri, doc);
    } catch {
      failed = true;
    }
    assert.ok(failed, 'exporting onto the article must fail');
    assert.deepEqual(fs.readFileSync(uri!.fsPath), before);
  });
});
