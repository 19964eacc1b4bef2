// The fact-checker's desk in the real extension host: verdicts, notes and corrections made through
// the commands the tree menus and hover links run, seen in every view, kept in review files that
// survive edits of the article and of the file itself. Each test works on its own copy of the
// sample article, so no other suite sees a review.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { Claim } from '../../src/analysis/model';
import { parseReview } from '../../src/analysis/review/parse';
import type { ReviewFile } from '../../src/analysis/review/model';
import type { ClaimLensApi } from '../../src/extension/extension';
import type { ReviewPrompts } from '../../src/extension/review/reviewPrompts';
import { ReviewStore } from '../../src/extension/review/reviewStore';
import type { ClaimNode } from '../../src/extension/views/claimsTreeModel';
import type { ReviewGroupNode } from '../../src/extension/review/reviewTreeModel';
import { analysed, claimLens, closeAllEditors, markdownOf, openUntitled, workspaceFile } from './extensionApi';
import { claimNodes, children, poll, sourceNamed, sources, viewNodes, viewsShow } from './viewsSupport';

const QUOTE = 'Nobody wins a long strike';

/** Answers the store's questions as a person would, and records them. */
class TestPrompts implements ReviewPrompts {
  brokenSeen: Array<[string, string]> = [];
  backups: string[] = [];
  conflictAnswers: Array<'ours' | 'theirs' | 'both' | undefined> = [];
  conflictsAsked = 0;
  failures: string[] = [];
  allow = true;
  asked = 0;
  broken(file: vscode.Uri, message: string) {
    this.brokenSeen.push([file.path, message]);
  }
  backedUp(_file: vscode.Uri, backup: vscode.Uri) {
    this.backups.push(backup.path);
  }
  async conflicts() {
    this.conflictsAsked++;
    return this.conflictAnswers.shift();
  }
  async allowWrite() {
    this.asked++;
    return this.allow;
  }
  saveFailed(_file: vscode.Uri, message: string) {
    this.failures.push(message);
  }
}

describe('reviews', function () {
  this.timeout(60_000);
  let api: ClaimLensApi;
  let sample: string;
  let prompts: TestPrompts;
  let original: ReviewPrompts;
  let dir: vscode.Uri;
  let n = 0;

  before(async () => {
    api = await claimLens();
    const uri = workspaceFile('harbour-strike.md');
    assert.ok(uri, 'the sample article is in the workspace');
    sample = fs.readFileSync(uri.fsPath, 'utf8');
    dir = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'review-tests');
    await vscode.workspace.fs.createDirectory(dir);
    original = api.reviews.prompts;
    api.views.claims.provider.setMode('bySource');
    api.views.claims.provider.setFilter('all');
    api.views.claims.provider.setVerdictFilter('all');
  });
  beforeEach(() => {
    prompts = new TestPrompts();
    api.reviews.prompts = prompts;
  });
  afterEach(async () => {
    api.views.claims.provider.setVerdictFilter('all');
    await api.reviews.flush();
    await vscode.commands.executeCommand('workbench.action.files.saveAll');
    await closeAllEditors();
  });
  after(async () => {
    api.reviews.prompts = original;
    await vscode.workspace.fs.delete(dir, { recursive: true });
  });

  /** A fresh copy of the sample (or `text`) as its own article, open in an editor and analysed. */
  async function article(text = sample): Promise<vscode.TextDocument> {
    const uri = vscode.Uri.joinPath(dir, `article-${++n}.md`);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc, { preview: false });
    await analysed(api, doc);
    await viewsShow(api, doc);
    return doc;
  }

  async function reviewOnDisk(doc: vscode.TextDocument): Promise<ReviewFile> {
    await api.reviews.flush(doc.uri);
    const file = api.reviews.status(doc.uri).file;
    assert.ok(file);
    return parseReview(new TextDecoder().decode(await vscode.workspace.fs.readFile(file)));
  }

  /** Claim items in the file on disk; none when no file was written (nothing left to keep). */
  async function claimItemsOnDisk(doc: vscode.TextDocument): Promise<number> {
    await api.reviews.flush(doc.uri);
    const file = api.reviews.status(doc.uri).file!;
    const exists = await vscode.workspace.fs.stat(file).then(() => true, () => false);
    return exists ? (await reviewOnDisk(doc)).claims.length : 0;
  }

  function claimWith(doc: vscode.TextDocument, words: string): Claim {
    const claim = api.service.snapshot(doc)?.analysis.claims.find((c) => c.text.includes(words));
    assert.ok(claim, `no claim with "${words}"`);
    return claim;
  }

  async function nodeWith(words: string): Promise<ClaimNode> {
    const node = claimNodes(await children(api)).find((c) => c.claim.text.includes(words));
    assert.ok(node, `no tree node with "${words}"`);
    return node;
  }

  async function hoverAt(doc: vscode.TextDocument, words: string): Promise<string> {
    const at = doc.getText().indexOf(words);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(at + 2));
    return markdownOf(hovers ?? []);
  }

  async function edit(doc: vscode.TextDocument, change: (e: vscode.WorkspaceEdit) => void): Promise<void> {
    const e = new vscode.WorkspaceEdit();
    change(e);
    assert.ok(await vscode.workspace.applyEdit(e));
    await analysed(api, doc);
  }

  it('sets a verdict and a note from the tree; the tree, hover, title, export and review file show them', async () => {
    const doc = await article();
    const node = await nodeWith(QUOTE);
    await vscode.commands.executeCommand('claimlens.review.setVerdict', node, 'verified');
    await vscode.commands.executeCommand('claimlens.review.editNote', await nodeWith(QUOTE), 'Checked against the ministry transcript');
    const claim = claimWith(doc, QUOTE);
    assert.equal(claim.review?.verdict, 'verified');
    assert.equal(claim.review?.note, 'Checked against the ministry transcript');

    const item = api.views.claims.provider.getTreeItem(await nodeWith(QUOTE));
    assert.match(String(item.description), /^Verified/);
    assert.equal((item.iconPath as vscode.ThemeIcon).id, 'pass-filled');
    assert.equal(((item.iconPath as vscode.ThemeIcon).color as vscode.ThemeColor).id, 'claimlens.verdictVerified');
    assert.match(String(item.contextValue), /^claimlens\.claim\.direct\.reviewed$/);
    const total = api.service.snapshot(doc)!.analysis.claims.length;
    assert.equal(api.views.claims.view.title, `Claims (1 of ${total} reviewed)`);

    const hover = await hoverAt(doc, QUOTE);
    assert.match(hover, /\*\*Verified\*\*/);
    assert.match(hover, /Checked against the ministry transcript/);
    assert.match(hover, /command:claimlens\.review\.setVerdict/);

    const target = vscode.Uri.joinPath(dir, `export-${n}.md`);
    await vscode.commands.executeCommand('claimlens.exportMarkdown', target);
    const md = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    assert.match(md, /Nobody wins a long strike” — \*\*Verified\*\*: Checked against the ministry transcript/);
    const w3c = vscode.Uri.joinPath(dir, `export-${n}.jsonld`);
    await vscode.commands.executeCommand('claimlens.exportW3c', w3c);
    const collection = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(w3c)));
    const annotation = collection.first.items.find((a: { target: { selector: Array<{ exact?: string }> } }) => a.target.selector[0].exact === claim.text);
    assert.equal(annotation.body.find((b: { purpose: string }) => b.purpose === 'assessing').value, 'verified');

    const onDisk = await reviewOnDisk(doc);
    assert.equal(api.reviews.status(doc.uri).file?.toString(), `${doc.uri.toString()}.claimlens.json`, 'beside the article');
    assert.equal(onDisk.claims.length, 1);
    assert.equal(onDisk.claims[0].target.exact, claim.text);
    assert.equal(onDisk.claims[0].verdict, 'verified');

    // The verdict filter shows only verified claims.
    api.views.claims.provider.setVerdictFilter('verified');
    assert.deepEqual(claimNodes(await children(api)).map((c) => c.claim.text), [claim.text]);
  });

  it('keeps the verdict on its claim when a paragraph is inserted above, and re-anchors slightly edited words', async () => {
    const doc = await article();
    await vscode.commands.executeCommand('claimlens.review.setVerdict', await nodeWith(QUOTE), 'disputed');
    const words = 'If the strike lasts more than a week';
    await vscode.commands.executeCommand('claimlens.review.setVerdict', await nodeWith(words), 'needs-source');
    await api.reviews.flush(doc.uri);
    const before = claimWith(doc, QUOTE).start;
    await edit(doc, (e) => e.insert(doc.uri, new vscode.Position(2, 0), 'Editor\'s note: this story was updated on Tuesday.\n\n"The gates stay shut," a guard said.\n\n'));
    assert.equal(claimWith(doc, QUOTE).review?.verdict, 'disputed');
    assert.ok(claimWith(doc, QUOTE).start > before);
    const at = doc.getText().indexOf(words);
    await edit(doc, (e) => e.replace(doc.uri, new vscode.Range(doc.positionAt(at), doc.positionAt(at + words.length)), 'If this strike lasts more than one week'));
    assert.equal(claimWith(doc, 'If this strike lasts more than one week').review?.verdict, 'needs-source');
    assert.deepEqual(api.service.snapshot(doc)?.analysis.orphaned, undefined);
    await doc.save();
  });

  it('lists an item whose words were deleted under "Needs attention", and keeps it in the file', async () => {
    const doc = await article();
    await vscode.commands.executeCommand('claimlens.review.setVerdict', await nodeWith(QUOTE), 'false');
    await vscode.commands.executeCommand('claimlens.review.editNote', await nodeWith(QUOTE), 'never said this');
    const sentence = '"Nobody wins a long strike," the minister said, adding that';
    const at = doc.getText().indexOf(sentence);
    await edit(doc, (e) => e.replace(doc.uri, new vscode.Range(doc.positionAt(at), doc.positionAt(at + sentence.length)), 'The minister added that'));
    const orphaned = api.service.snapshot(doc)?.analysis.orphaned ?? [];
    assert.equal(orphaned.length, 1);
    assert.equal(orphaned[0].exact, QUOTE);
    const roots = await viewNodes(api);
    const attention = roots[0] as ReviewGroupNode;
    assert.equal(attention.kind, 'reviewGroup');
    assert.equal(attention.label, 'Needs attention');
    assert.equal(attention.children.length, 1);
    const row = api.views.claims.provider.getTreeItem(attention.children[0]);
    assert.match(String(row.label), /Nobody wins a long strike/);
    assert.match(String(row.description), /False: never said this/);
    const onDisk = await reviewOnDisk(doc);
    assert.equal(onDisk.claims.length, 1, 'not lost');
    assert.equal(onDisk.claims[0].note, 'never said this');
    // Putting the words back places it again.
    await edit(doc, (e) => e.replace(doc.uri, new vscode.Range(doc.positionAt(at), doc.positionAt(at + 'The minister added that'.length)), sentence));
    assert.equal(claimWith(doc, QUOTE).review?.verdict, 'false');
    await doc.save();
  });

  it('corrects a speaker; the claim moves to that source in the tree and the hover says edited', async () => {
    const doc = await article();
    await vscode.commands.executeCommand('claimlens.review.correctSource', await nodeWith(QUOTE), 'Henrik Dahl');
    const claim = claimWith(doc, QUOTE);
    assert.equal(claim.source?.name, 'Henrik Dahl');
    assert.deepEqual(claim.edited, ['source']);
    const dahl = sourceNamed(await sources(api), 'Henrik Dahl');
    assert.ok(dahl?.children.some((c) => c.claim.text.includes(QUOTE)));
    const hover = await hoverAt(doc, QUOTE);
    assert.match(hover, /Henrik Dahl/);
    assert.match(hover, /edited \(source\)/);
    assert.match(String(api.views.claims.provider.getTreeItem(await nodeWith(QUOTE)).description), /^✎/);
    // Revert to Automatic: the analysed speaker again, and the item leaves the file.
    await vscode.commands.executeCommand('claimlens.review.revertClaim', await nodeWith(QUOTE));
    assert.notEqual(claimWith(doc, QUOTE).source?.name, 'Henrik Dahl');
    assert.equal(await claimItemsOnDisk(doc), 0);
  });

  it('adds a claim from the selection; it shows in the tree, highlights and status bar', async () => {
    const doc = await article();
    const words = "Dahl's office declined to comment on the letter";
    const before = api.service.snapshot(doc)!.analysis.claims.length;
    const at = doc.getText().indexOf(words);
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document, doc);
    editor.selection = new vscode.Selection(doc.positionAt(at), doc.positionAt(at + words.length));
    await vscode.commands.executeCommand('claimlens.review.addClaim', 'reported', 'Henrik Dahl');
    const added = claimWith(doc, words);
    assert.deepEqual(added.edited, ['added', 'source']);
    assert.equal(added.kind, 'reported');
    assert.equal(api.service.snapshot(doc)!.analysis.claims.length, before + 1);
    assert.ok(sourceNamed(await sources(api), 'Henrik Dahl')?.children.some((c) => c.claim.text === words));
    api.views.highlights.flush();
    await poll('highlights of the added claim', () => api.views.highlights.appliedCounts(doc.uri)?.reported === api.service.snapshot(doc)!.analysis.claims.filter((c) => c.kind === 'reported').length);
    await poll('status bar count', () => api.status.text.includes(`$(quote) ${before + 1}`));
    assert.equal((await reviewOnDisk(doc)).claims[0].added, true);
  });

  it('hides a false positive everywhere, and brings it back', async () => {
    const doc = await article();
    const words = 'modernisation plan';
    const total = api.service.snapshot(doc)!.analysis.claims.length;
    await vscode.commands.executeCommand('claimlens.review.notAClaim', await nodeWith(words));
    assert.equal(api.service.snapshot(doc)!.analysis.claims.length, total - 1);
    await poll('status bar count', () => api.status.text.includes(`$(quote) ${total - 1}`));
    const hidden = (await viewNodes(api)).find((r) => r.kind === 'reviewGroup' && r.id === 'review:hidden') as ReviewGroupNode;
    assert.ok(hidden, 'a "Hidden by you" group');
    assert.equal(hidden.children.length, 1);
    await vscode.commands.executeCommand('claimlens.review.restoreClaim', { uri: doc.uri.toString(), itemId: hidden.children[0].itemId });
    assert.equal(api.service.snapshot(doc)!.analysis.claims.length, total);
    assert.equal(await claimItemsOnDisk(doc), 0);
  });

  it('merges two people into one card, in every view', async () => {
    const doc = await article();
    const snap = api.service.snapshot(doc)!;
    const dahl = snap.analysis.entities.find((e) => e.name === 'Henrik Dahl')!;
    const bakare = snap.analysis.entities.find((e) => e.name === 'Tunde Bakare')!;
    assert.ok(dahl && bakare);
    await vscode.commands.executeCommand('claimlens.review.mergeEntities', { uri: doc.uri.toString(), entityId: bakare.id }, dahl.id);
    const after = api.service.snapshot(doc)!.analysis;
    const merged = after.entities.filter((e) => e.name === 'Tunde Bakare' || e.name === 'Henrik Dahl');
    assert.equal(merged.length, 1);
    assert.equal(merged[0].name, 'Tunde Bakare', 'the card the merge started from keeps its name');
    assert.ok(merged[0].aliases.includes('Henrik Dahl'));
    assert.equal(after.entities.length, snap.analysis.entities.length - 1);
    const hover = await hoverAt(doc, 'Henrik Dahl');
    assert.match(hover, /\*\*Tunde Bakare\*\*/);
    assert.match(hover, /edited \(merged/);
    const people = await api.views.entities.provider.getChildren();
    const persons = people.find((g) => g.kind === 'group' && g.type === 'person');
    assert.ok(persons && persons.kind === 'group');
    assert.equal(persons.children.filter((e) => e.entity.name === 'Tunde Bakare').length, 1);
    assert.ok(!persons.children.some((e) => e.entity.name === 'Henrik Dahl'));
    const onDisk = await reviewOnDisk(doc);
    assert.equal(onDisk.entities.length, 1);
    assert.ok(onDisk.entities[0].names.includes('Henrik Dahl') && onDisk.entities[0].names.includes('Tunde Bakare'));
  });

  it('reads the review file again when it changes on disk, and asks when both sides changed an item', async () => {
    const doc = await article();
    await vscode.commands.executeCommand('claimlens.review.setVerdict', await nodeWith(QUOTE), 'verified');
    const disk = await reviewOnDisk(doc);
    const file = api.reviews.status(doc.uri).file!;
    // Another editor changes the verdict: the watcher brings it in.
    const theirs = { ...disk, claims: [{ ...disk.claims[0], verdict: 'disputed', note: 'from a colleague', updated: '2027-01-01T00:00:00.000Z' }] };
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(JSON.stringify(theirs, null, 2)));
    await poll('the change on disk to show', () => claimWith(doc, QUOTE).review?.note === 'from a colleague', 20_000);
    assert.equal(claimWith(doc, QUOTE).review?.verdict, 'disputed');
    // Now both sides change the same item: we keep both until the user chooses; they choose theirs.
    prompts.conflictAnswers.push('theirs');
    await vscode.commands.executeCommand('claimlens.review.setVerdict', await nodeWith(QUOTE), 'false');
    const again = { ...theirs, claims: [{ ...theirs.claims[0], verdict: 'needs-source', note: 'second look', updated: '2027-01-02T00:00:00.000Z' }] };
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(JSON.stringify(again, null, 2)));
    await poll('the conflict question', () => prompts.conflictsAsked === 1, 20_000);
    await poll('their version to win', () => claimWith(doc, QUOTE).review?.note === 'second look', 20_000);
    const final = await reviewOnDisk(doc);
    assert.equal(final.claims.length, 1);
    assert.equal(final.claims[0].verdict, 'needs-source');
  });

  it('a corrupted review file: the article is still analysed, the file is not overwritten but kept as .bak', async () => {
    const uri = vscode.Uri.joinPath(dir, `article-${++n}.md`);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(sample));
    const file = uri.with({ path: `${uri.path}.claimlens.json` });
    const corrupt = '{ "schema": "claimlens-review/1", "claims": [ { "target": ';
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(corrupt));
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc, { preview: false });
    const { analysis } = await analysed(api, doc);
    assert.ok(analysis.claims.length > 10, 'analysed anyway');
    assert.equal(prompts.brokenSeen.length, 1);
    assert.match(prompts.brokenSeen[0][1], /not valid JSON/);
    assert.match(api.reviews.status(doc.uri).broken ?? '', /not valid JSON/);
    await viewsShow(api, doc);
    await vscode.commands.executeCommand('claimlens.review.setVerdict', await nodeWith(QUOTE), 'verified');
    await api.reviews.flush(doc.uri);
    const backup = file.with({ path: `${file.path}.bak` });
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(backup)), corrupt, 'the broken file is kept');
    assert.deepEqual(prompts.backups, [backup.path]);
    assert.equal((await reviewOnDisk(doc)).claims[0].verdict, 'verified');
  });

  it('keeps the review of an untitled document in workspace storage', async () => {
    const doc = await openUntitled(sample, 'markdown');
    await analysed(api, doc);
    await viewsShow(api, doc);
    await vscode.commands.executeCommand('claimlens.review.setVerdict', await nodeWith(QUOTE), 'disputed');
    const file = api.reviews.status(doc.uri).file;
    assert.ok(file, 'a place for it');
    assert.notEqual(file.scheme, 'untitled');
    assert.ok(!file.path.startsWith(dir.path), 'not in the workspace folder');
    const onDisk = await reviewOnDisk(doc);
    assert.equal(onDisk.claims[0].verdict, 'disputed');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('in an untrusted workspace, shows reviews and asks once before writing', async () => {
    const uri = vscode.Uri.joinPath(dir, `article-${++n}.md`);
    const file = uri.with({ path: `${uri.path}.claimlens.json` });
    const text = '{ "schema": "claimlens-review/1", "claims": [], "entities": [ { "names": ["Port of Valmera"], "type": "organization" } ] }\n';
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(text));
    prompts.allow = false;
    const store = new ReviewStore({ log: api.service.log, prompts, storage: undefined, storageMode: () => 'beside', isTrusted: () => false, saveDelayMs: 5 });
    try {
      assert.equal((await store.load(uri))?.entities[0].type, 'organization', 'read and shown');
      await store.update(uri, (r) => ({ ...r, entities: [] }));
      await store.flush();
      await store.update(uri, (r) => ({ ...r, entities: [] }));
      await store.flush();
      assert.equal(prompts.asked, 1, 'asked once');
      assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(file)), text, 'not written without consent');
      await store.trustGranted();
      assert.equal(parseReview(new TextDecoder().decode(await vscode.workspace.fs.readFile(file))).entities.length, 0, 'written once trusted');
    } finally {
      store.dispose();
    }
  });

  it('never treats a review file as an article', async () => {
    const doc = await article();
    await vscode.commands.executeCommand('claimlens.review.setVerdict', await nodeWith(QUOTE), 'verified');
    await api.reviews.flush(doc.uri);
    const reviewDoc = await vscode.workspace.openTextDocument(api.reviews.status(doc.uri).file!);
    const restore = await vscode.languages.setTextDocumentLanguage(reviewDoc, 'plaintext');
    assert.equal(api.service.isArticle(restore), false);
    assert.equal(await api.service.current(restore), undefined);
  });
});
