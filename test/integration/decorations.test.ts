// Editor highlights in the real extension host: applied from the analysis, toggled by the command.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ClaimLensApi } from '../../src/extension/extension';
import { analysed, claimLens, closeAllEditors, openWorkspaceArticle } from './extensionApi';
import { poll } from './viewsSupport';

describe('highlights', () => {
  let api: ClaimLensApi;
  before(async () => {
    api = await claimLens();
  });
  after(closeAllEditors);

  it('highlights every mention by type, direct quotes and reported claims; the toggle clears and restores them', async function () {
    const doc = await openWorkspaceArticle(this, 'harbour-strike.md');
    const { analysis } = await analysed(api, doc);
    const expected = {
      person: analysis.entities.filter((e) => e.type === 'person').reduce((n, e) => n + e.mentions.length, 0),
      place: analysis.entities.filter((e) => e.type === 'place').reduce((n, e) => n + e.mentions.length, 0),
      organization: analysis.entities.filter((e) => e.type === 'organization').reduce((n, e) => n + e.mentions.length, 0),
      quote: analysis.claims.filter((c) => c.kind === 'direct').length,
      reported: analysis.claims.filter((c) => c.kind === 'reported').length,
    };
    assert.ok(expected.person > 0 && expected.quote > 0, 'the sample has people and quotes');
    const wasOn = vscode.workspace.getConfiguration('claimlens').get<boolean>('highlights.enabled');
    if (wasOn === false) await vscode.commands.executeCommand('claimlens.toggleHighlights');
    const counts = await poll('highlights on the article', () => api.views.highlights.appliedCounts(doc.uri));
    assert.deepEqual({ ...counts }, expected);

    try {
      const off = await vscode.commands.executeCommand<boolean>('claimlens.toggleHighlights');
      assert.equal(off, false);
      await poll('highlights cleared', () => api.views.highlights.appliedCounts(doc.uri) === undefined);
      const on = await vscode.commands.executeCommand<boolean>('claimlens.toggleHighlights');
      assert.equal(on, true);
      assert.deepEqual({ ...(await poll('highlights back', () => api.views.highlights.appliedCounts(doc.uri))) }, expected);
    } finally {
      // Leave the setting as found, even when an assertion failed half-way.
      const now = vscode.workspace.getConfiguration('claimlens').get<boolean>('highlights.enabled');
      if (now !== (wasOn ?? true)) await vscode.commands.executeCommand('claimlens.toggleHighlights');
    }
  });
});
