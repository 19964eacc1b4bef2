// Find All References, Go to Definition, document highlights and the Outline, through VS Code's
// own commands, checked against the analysis and (on seed.txt) the text itself.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { ClaimLensDefinitionProvider } from '../../src/extension/definitionProvider';
import { ClaimLensHighlightProvider } from '../../src/extension/documentHighlightProvider';
import type { DocumentService } from '../../src/extension/documentService';
import { ClaimLensSymbolProvider } from '../../src/extension/documentSymbolProvider';
import type { ClaimLensApi } from '../../src/extension/extension';
import { ClaimLensHoverProvider } from '../../src/extension/hoverProvider';
import { ClaimLensReferenceProvider } from '../../src/extension/referenceProvider';
import { allOffsets, analysed, claimLens, closeAllEditors, offsetOf, openWorkspaceArticle } from './extensionApi';

type Ranged = { range: vscode.Range } | { targetRange: vscode.Range; targetSelectionRange?: vscode.Range };

function spans(doc: vscode.TextDocument, items: Ranged[]): { start: number; end: number }[] {
  return items
    .map((i) => ('range' in i ? i.range : (i.targetSelectionRange ?? i.targetRange)))
    .map((r) => ({ start: doc.offsetAt(r.start), end: doc.offsetAt(r.end) }))
    .sort((a, b) => a.start - b.start);
}

describe('navigation', () => {
  let api: ClaimLensApi;
  before(async () => {
    api = await claimLens();
  });
  after(closeAllEditors);

  it('Find All References on "Maduro" in seed.txt returns every mention', async function () {
    const doc = await openWorkspaceArticle(this, 'seed.txt');
    const { lookup } = await analysed(api, doc);
    const at = offsetOf(doc, 'Maduro', 1); // a bare surname, not the first (full-name) mention
    const locations = (await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, doc.positionAt(at))) ?? [];
    const got = spans(doc, locations.filter((l) => l.uri.toString() === doc.uri.toString()));
    const hit = lookup.entityAt(at);
    assert.ok(hit, 'the analysis has an entity at "Maduro"');
    assert.deepEqual(got, lookup.mentionsOf(hit.entity.id), 'references are exactly the entity mentions');
    // Every "Maduro" written in the article is one of them.
    for (const offset of allOffsets(doc.getText(), /Maduro/)) {
      assert.ok(got.some((s) => s.start <= offset && offset < s.end), `"Maduro" at line ${doc.positionAt(offset).line + 1} is a reference`);
    }
  });

  it('the hover card\'s "Find all mentions" peeks every mention of the entity', async function () {
    const doc = await openWorkspaceArticle(this, 'harbour-strike.md');
    const { analysis, lookup } = await analysed(api, doc);
    const entity = analysis.entities.find((e) => e.mentions.length > 1)!;
    const at = entity.mentions[1].start;
    const result = await vscode.commands.executeCommand<vscode.Location[]>('claimlens.findMentions', doc.uri.toString(), at);
    assert.deepEqual(spans(doc, result ?? []), lookup.mentionsOf(entity.id));
    await vscode.commands.executeCommand('closeReferenceSearch');
  });

  it('Go to Definition jumps to the first mention; highlights show every mention', async function () {
    const doc = await openWorkspaceArticle(this, 'harbour-strike.md');
    const { analysis } = await analysed(api, doc);
    const entity = analysis.entities.find((e) => e.mentions.length > 1);
    assert.ok(entity, 'an entity mentioned twice');
    const last = entity.mentions[entity.mentions.length - 1];
    const position = doc.positionAt(last.start + 1);

    const defs = (await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, position)) ?? [];
    const first = [...entity.mentions].sort((a, b) => a.start - b.start)[0];
    assert.ok(
      spans(doc, defs as Ranged[]).some((s) => s.start === first.start && s.end === first.end),
      `definition of ${entity.name} is its first mention`,
    );

    const highlights = (await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', doc.uri, position)) ?? [];
    assert.deepEqual(spans(doc, highlights), [...entity.mentions].sort((a, b) => a.start - b.start));
  });

  it('the hover card\'s links select the first mention and the claim', async function () {
    const doc = await openWorkspaceArticle(this, 'harbour-strike.md');
    const { analysis } = await analysed(api, doc);
    const entity = analysis.entities.find((e) => e.mentions.length > 1)!;
    const first = [...entity.mentions].sort((a, b) => a.start - b.start)[0];
    // Start elsewhere so the jump is observable.
    const editor = vscode.window.activeTextEditor!;
    editor.selection = new vscode.Selection(doc.positionAt(doc.getText().length), doc.positionAt(doc.getText().length));
    await vscode.commands.executeCommand('claimlens.goToFirstMention', doc.uri.toString(), first.start, first.end);
    const sel = vscode.window.activeTextEditor!.selection;
    assert.deepEqual([doc.offsetAt(sel.start), doc.offsetAt(sel.end)], [first.start, first.end]);
    const claim = analysis.claims[0];
    assert.ok(claim, 'the sample has a claim');
    await vscode.commands.executeCommand('claimlens.goToOffset', doc.uri.toString(), claim.start, claim.end);
    const sel2 = vscode.window.activeTextEditor!.selection;
    assert.equal(doc.getText(sel2), doc.getText().slice(claim.start, claim.end));
  });

  it('nothing to navigate off a name', async function () {
    const doc = await openWorkspaceArticle(this, 'harbour-strike.md');
    const { lookup } = await analysed(api, doc);
    const offset = offsetOf(doc, 'walked off');
    assert.equal(lookup.entityAt(offset, true), undefined);
    const refs = (await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, doc.positionAt(offset))) ?? [];
    assert.deepEqual(refs, []);
  });

  it('the Outline of plain text: headings first in document order, then People, Places, Organizations and Claims', async function () {
    const doc = await openWorkspaceArticle(this, 'seed.txt');
    const { analysis } = await analysed(api, doc);
    const symbols = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri)) ?? [];
    const firstGroup = symbols.findIndex((s) => s.kind === vscode.SymbolKind.Array);
    assert.ok(firstGroup > 0, `headings, then groups: ${symbols.map((s) => s.name).join(' | ')}`);
    const headings = symbols.slice(0, firstGroup);
    assert.ok(headings.every((h) => h.kind === vscode.SymbolKind.String), 'only headings before the groups');
    const lines = headings.map((h) => h.selectionRange.start.line);
    assert.deepEqual(lines, [...lines].sort((a, b) => a - b), 'in document order');
    assert.ok(headings.some((h) => h.name === 'Why Does Panama Support González?'), `headings: ${headings.map((h) => h.name).join(' | ')}`);
    assert.ok(!headings.some((h) => h.name.startsWith('Edmundo González, the self-exiled')), 'a sentence is not a heading');
    assert.deepEqual(symbols.slice(firstGroup).map((s) => s.name), ['People', 'Places', 'Organizations', 'Claims'].filter((g) => symbols.some((s) => s.name === g)));
    const people = symbols.find((s) => s.name === 'People')!;
    const persons = analysis.entities.filter((e) => e.type === 'person');
    assert.deepEqual(people.children.map((c) => c.name).sort(), persons.map((e) => e.name).sort());
    for (const child of people.children) {
      assert.equal(child.kind, vscode.SymbolKind.Interface, 'a person is not {} (Object)');
      const e = persons.find((p) => p.name === child.name)!;
      const first = [...e.mentions].sort((a, b) => a.start - b.start)[0];
      // Just the first mention: breadcrumbs elsewhere show the section heading, not "People".
      assert.deepEqual([doc.offsetAt(child.range.start), doc.offsetAt(child.range.end)], [first.start, first.end]);
    }
    const claims = symbols.find((s) => s.name === 'Claims');
    assert.equal(claims?.children.length, analysis.claims.length);
    // Inferred sources are shown as written and resolved ("It → The opposition").
    const inferred = analysis.claims.find((c) => c.source && c.source.text.toLowerCase() === 'it');
    if (inferred) assert.ok(claims!.children.some((c) => c.detail.startsWith(`It → ${inferred.source!.name}`)), claims!.children.map((c) => c.detail).join(' | '));
  });

  it('the Outline of Markdown: ClaimLens adds no headings (VS Code\'s Markdown support lists them), only its groups', async function () {
    const doc = await openWorkspaceArticle(this, 'harbour-strike.md');
    await analysed(api, doc);
    const ours = (await new ClaimLensSymbolProvider(api.service).provideDocumentSymbols(doc)) ?? [];
    assert.deepEqual(ours.map((s) => s.name), ['People', 'Places', 'Organizations', 'Claims']);
    const all = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri)) ?? [];
    const flat = (list: vscode.DocumentSymbol[]): vscode.DocumentSymbol[] => list.flatMap((s) => [s, ...flat(s.children)]);
    assert.equal(flat(all).filter((s) => s.name.includes('Why Does Valmera Matter?')).length, 1, 'the heading is listed once, by the Markdown extension');
    const people = ours.find((s) => s.name === 'People')!;
    assert.ok(people.children.every((c) => c.kind === vscode.SymbolKind.Interface));
  });
});

describe('provider error policy', () => {
  it('every provider logs its own failure and returns undefined instead of throwing', async () => {
    const errors: string[] = [];
    const broken = () => {
      throw new Error('lookup exploded');
    };
    // A service whose every read fails: the providers must contain it.
    const service = {
      isArticle: () => true,
      snapshot: broken,
      current: broken,
      ensure: broken,
      settings: { entityTypes: ['person', 'place', 'organization'] },
      log: { error: (m: string) => errors.push(m) },
    } as unknown as DocumentService;
    const doc = await vscode.workspace.openTextDocument({ content: 'Ana Ruiz said so.', language: 'plaintext' });
    const at = new vscode.Position(0, 1);
    const results = [
      await new ClaimLensHoverProvider(service).provideHover(doc, at),
      await new ClaimLensReferenceProvider(service).provideReferences(doc, at, { includeDeclaration: true }),
      await new ClaimLensDefinitionProvider(service).provideDefinition(doc, at),
      await new ClaimLensHighlightProvider(service).provideDocumentHighlights(doc, at),
      await new ClaimLensSymbolProvider(service).provideDocumentSymbols(doc),
    ];
    assert.deepEqual(results, [undefined, undefined, undefined, undefined, undefined]);
    assert.equal(errors.length, 5);
    for (const e of errors) assert.match(e, /lookup exploded/);
  });
});
