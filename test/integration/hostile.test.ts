// Hostile article text in the real extension host: Markdown, HTML, command: links, backticks, icon
// syntax and very long words must reach hovers and tree items as plain text, and the only links a
// card may carry are ClaimLens's own commands.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ClaimLensApi } from '../../src/extension/extension';
import { analysed, claimLens, closeAllEditors, openUntitled } from './extensionApi';
import { viewsShow } from './viewsSupport';

const LONG = 'x'.repeat(300);
const HOSTILE = [
  'Marta Núñez said: "[here](command:claimlens.refresh) and [quit](command:workbench.action.quit) <img src=x onerror=alert(1)> **now** `rm -rf` $(alert) ' + LONG + ' done."',
  '',
  '"Trust <script>alert(1)</script> and [y](javascript:alert(1)) <a href=\'command:workbench.action.quit\'>go</a>," Li Wei told reporters.',
  '',
  'According to Kwame Mensah, the # heading and > quote and | table | and ![img](http://example.invalid/x.png) claims are false.',
  '',
].join('\n');

type Md = vscode.MarkdownString & { isTrusted?: boolean | { enabledCommands: readonly string[] } };

async function hovers(doc: vscode.TextDocument, offset: number): Promise<vscode.Hover[]> {
  return (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(offset))) ?? [];
}

/** Every way the Markdown could act instead of showing article text. */
function assertInert(md: Md, where: string): void {
  const v = md.value;
  const trusted = md.isTrusted;
  assert.notEqual(trusted, true, `${where}: fully trusted Markdown`);
  assert.notEqual(md.supportHtml, true, `${where}: HTML enabled`);
  const enabled = typeof trusted === 'object' ? trusted.enabledCommands : [];
  for (const c of enabled) assert.match(c, /^claimlens\./, `${where}: trusts a foreign command ${c}`);
  // Every real link target (an unescaped "](") is one of our trusted commands.
  for (const m of v.matchAll(/(?<!\\)\]\(([^)\s]*)/g)) {
    const target = m[1];
    assert.match(target, /^command:claimlens\.[\w.]+(\?|$)/, `${where}: link to ${target}`);
    const command = target.slice('command:'.length).split('?')[0];
    assert.ok(enabled.includes(command), `${where}: link to ${command}, which the card does not trust`);
  }
  assert.doesNotMatch(v, /(?<!\\)</, `${where}: raw HTML`);
  assert.doesNotMatch(v, /javascript:alert\(|command:workbench/i, `${where}: hostile target survives unescaped`);
  assert.doesNotMatch(v, /\$\(alert\)/, `${where}: article text would render as an icon`);
  assert.doesNotMatch(v, /x{41}/, `${where}: a 300-character word is not broken`);
  assert.doesNotMatch(v, /(?<!\\)`rm/, `${where}: backticks make code`);
  assert.doesNotMatch(v, /(?<!\\)\*\*now/, `${where}: article emphasis is live`);
}

function markdowns(hs: vscode.Hover[]): Md[] {
  return hs.flatMap((h) => h.contents).filter((c): c is Md => typeof c === 'object' && 'value' in c);
}

describe('hostile text', () => {
  let api: ClaimLensApi;
  before(async () => {
    api = await claimLens();
  });
  after(closeAllEditors);

  for (const language of ['plaintext', 'markdown']) {
    it(`renders as plain text in every hover card (${language})`, async () => {
      const doc = await openUntitled(HOSTILE, language);
      const { analysis } = await analysed(api, doc);
      assert.ok(analysis.claims.length >= 2, `the hostile article still has claims: ${JSON.stringify(analysis.claims.map((c) => c.text))}`);
      const offsets = [
        ...analysis.entities.flatMap((e) => e.mentions.map((m) => m.start)),
        ...analysis.claims.flatMap((c) => [c.start, c.end - 1, ...(c.source ? [c.source.start] : [])]),
      ];
      let cards = 0;
      for (const offset of offsets) {
        for (const md of markdowns(await hovers(doc, offset))) {
          assertInert(md, `hover at ${offset}`);
          cards++;
        }
      }
      assert.ok(cards >= offsets.length / 2, `only ${cards} hover cards for ${offsets.length} positions`);
      // The hostile quote's own card shows its text, escaped, not dropped.
      const quote = analysis.claims.find((c) => c.text.includes('command:claimlens.refresh'));
      if (quote) {
        const card = markdowns(await hovers(doc, quote.start + 2)).map((m) => m.value).join('\n');
        assert.match(card, /\\\[here\\\]\\\(command\\:claimlens\\\.refresh\\\)/, `escaped link text in ${card}`);
      } else {
        console.log('    (the link-bearing quote was not found as a claim; the other cards were checked)');
      }
    });
  }

  it('shows article text as plain strings in the Claims and People & Places trees', async () => {
    const doc = await openUntitled(HOSTILE, 'plaintext');
    const { analysis } = await analysed(api, doc);
    await viewsShow(api, doc);
    const items: vscode.TreeItem[] = [];
    const claimsP = api.views.claims.provider;
    const walkClaims = async (n?: Parameters<typeof claimsP.getChildren>[0]) => {
      for (const c of (await claimsP.getChildren(n)) ?? []) {
        items.push(claimsP.getTreeItem(c));
        await walkClaims(c);
      }
    };
    const entitiesP = api.views.entities.provider;
    const walkEntities = async (n?: Parameters<typeof entitiesP.getChildren>[0]) => {
      for (const c of (await entitiesP.getChildren(n)) ?? []) {
        items.push(entitiesP.getTreeItem(c));
        await walkEntities(c);
      }
    };
    await walkClaims();
    await walkEntities();
    assert.ok(items.length >= analysis.claims.length + analysis.entities.length, `${items.length} tree items`);
    for (const item of items) {
      const label = typeof item.label === 'string' ? item.label : item.label?.label;
      assert.equal(typeof label, 'string');
      assert.ok(item.tooltip === undefined || typeof item.tooltip === 'string', `tooltip of "${label}" is Markdown`);
      assert.ok(item.description === undefined || typeof item.description === 'string' || typeof item.description === 'boolean');
    }
    // The raw characters are what the user sees (strings render as written, so nothing to escape).
    const shown = items.map((i) => `${typeof i.label === 'string' ? i.label : i.label?.label} ${i.tooltip ?? ''}`).join('\n');
    assert.ok(shown.includes('[here](command:claimlens.refresh)') || shown.includes('<script>'), `hostile text shown as written: ${shown.slice(0, 400)}`);
  });
});
