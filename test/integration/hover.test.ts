// Hover cards through VS Code's own hover command, compared with the analysis the service holds.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ClaimLensApi } from '../../src/extension/extension';
import { distinctRoles } from '../../src/extension/hoverCard';
import { escapeMarkdown } from '../../src/extension/markdown';
import { analysed, claimLens, closeAllEditors, markdownOf, offsetOf, openUntitled, openWorkspaceArticle } from './extensionApi';

async function hoverAt(doc: vscode.TextDocument, offset: number): Promise<vscode.Hover[]> {
  return (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(offset))) ?? [];
}

/** Our card among the hovers (other extensions may add their own). */
function ourCard(hovers: vscode.Hover[]): string {
  return markdownOf(hovers.filter((h) => /\$\((person|location|organization|quote|comment-discussion)\)/.test(markdownOf([h]))));
}

describe('hover cards', () => {
  let api: ClaimLensApi;
  before(async () => {
    api = await claimLens();
  });
  after(closeAllEditors);

  it('on "Gonzalez" in seed.txt shows Edmundo González with his role and his quote', async function () {
    const doc = await openWorkspaceArticle(this, 'seed.txt');
    const { lookup } = await analysed(api, doc);
    const offset = offsetOf(doc, 'Edmundo Gonzalez said') + 'Edmundo '.length;
    const md = ourCard(await hoverAt(doc, offset));
    const hit = lookup.entityAt(offset);
    assert.ok(hit, 'the analysis has an entity at "Gonzalez"');
    assert.match(md, /\*\*Edmundo González\*\*/, 'canonical name with its accent');
    assert.match(md, /opposition leader/i, 'his role');
    assert.match(md, /critical situation/, 'his quote');
    assert.match(md, /said/);
    for (const role of distinctRoles(hit.entity.roles)) assert.ok(md.includes(escapeMarkdown(role, { maxLength: 160 })), `role ${role}`);
  });

  it('on a name in the project sample shows that entity as analysed, with our command links only', async function () {
    const doc = await openWorkspaceArticle(this, 'harbour-strike.md');
    const { lookup, analysis } = await analysed(api, doc);
    const person = analysis.entities.find((e) => e.type === 'person' && e.mentions.length > 1);
    assert.ok(person, 'the sample has a person mentioned more than once');
    const mention = person.mentions[person.mentions.length - 1];
    const hovers = await hoverAt(doc, mention.start);
    const md = ourCard(hovers);
    assert.ok(md.includes(`**${escapeMarkdown(person.name, { maxLength: 120 })}**`), `card names ${person.name}: ${md}`);
    assert.ok(md.includes(`${person.mentions.length} mention`), 'mention count');
    for (const alias of person.aliases) assert.ok(md.includes(escapeMarkdown(alias, { maxLength: 80 })), `alias ${alias}`);
    const ours = hovers.find((h) => markdownOf([h]) === md || md.includes(markdownOf([h])))!;
    const range = ours.range!;
    assert.equal(doc.offsetAt(range.start), mention.start);
    assert.equal(doc.offsetAt(range.end), mention.end);
    for (const content of ours.contents) {
      if (typeof content === 'string' || !('isTrusted' in content)) continue;
      assert.notEqual(content.isTrusted, true, 'never fully trusted');
    }
    const commands = [...md.matchAll(/\]\(command:([\w.]+)/g)].map((m) => m[1]);
    assert.ok(commands.length >= 3);
    for (const c of commands) assert.ok(c.startsWith('claimlens.'), c);
    assert.equal(lookup.claimsOf(person.id).length > 0, /\*\*\d+ claims?\*\*/.test(md), 'claims listed exactly when the person is a source');
  });

  it('inside a quote says who said it and the cue, or that no source was found', async () => {
    const doc = await openUntitled(
      ['Ana Ruiz, the mayor of Lindow, spoke on Monday.', '', '"We will rebuild the bridge," Ruiz said.', '', '"Closed until spring."', ''].join('\n'),
    );
    const { lookup } = await analysed(api, doc);
    const inside = offsetOf(doc, 'rebuild');
    const claim = lookup.claimAt(inside);
    assert.ok(claim, 'the quote is a claim');
    const md = ourCard(await hoverAt(doc, inside));
    if (claim.source) {
      assert.ok(md.includes(`**${escapeMarkdown(claim.source.name, { maxLength: 80 })}**`), md);
      if (claim.cue) assert.ok(md.includes(`*${escapeMarkdown(claim.cue.text)}*`));
    } else {
      assert.match(md, /No source found/);
    }
    const orphan = lookup.claimAt(offsetOf(doc, 'Closed until'));
    if (orphan) {
      const orphanMd = ourCard(await hoverAt(doc, offsetOf(doc, 'Closed until')));
      assert.match(orphanMd, orphan.source ? /Said by/ : /No source found/);
    }
  });

  it('escapes article text: a link in the article is not a link in the card', async () => {
    const doc = await openUntitled('"Read [this](command:workbench.action.quit) now," said Ana Ruiz.\n');
    const { lookup } = await analysed(api, doc);
    const offset = offsetOf(doc, 'Read');
    if (!lookup.claimAt(offset)) {
      console.log('    (no claim found in the hostile quote; checking there is no card with a raw link)');
    }
    const md = markdownOf(await hoverAt(doc, offset));
    assert.doesNotMatch(md, /\]\(command:workbench/);
  });

  it('shows nothing off any name or quote', async () => {
    const doc = await openUntitled('The weather was mild.\n\nNothing else happened.\n');
    await analysed(api, doc);
    assert.equal(ourCard(await hoverAt(doc, offsetOf(doc, 'weather'))), '');
  });
});
