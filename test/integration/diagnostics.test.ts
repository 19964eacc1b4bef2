// Problems panel entries: unattributed direct quotes and claims credited only to unnamed sources.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ClaimLensApi } from '../../src/extension/extension';
import { DIAGNOSTIC_CODES, DIAGNOSTIC_SOURCE, findClaimIssues } from '../../src/extension/diagnostics';
import { analysed, claimLens, closeAllEditors, offsetOf, openUntitled, withSetting } from './extensionApi';

const ARTICLE = [
  'Ana Ruiz, the mayor of Lindow, spoke on Monday.',
  '',
  '"We will rebuild the bridge," Ruiz said.',
  '',
  'Officials said the repairs would cost more than expected.',
  '',
  '"Closed until further notice."',
  '',
].join('\n');

function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === DIAGNOSTIC_SOURCE);
}

async function settled(uri: vscode.Uri, predicate: (d: vscode.Diagnostic[]) => boolean, what: string): Promise<vscode.Diagnostic[]> {
  if (predicate(ours(uri))) return ours(uri);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out waiting for ${what}; have ${JSON.stringify(ours(uri).map((d) => d.message))}`));
    }, 15_000);
    const sub = vscode.languages.onDidChangeDiagnostics(() => {
      if (!predicate(ours(uri))) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(ours(uri));
    });
  });
}

describe('diagnostics', () => {
  let api: ClaimLensApi;
  before(async () => {
    api = await claimLens();
  });
  afterEach(closeAllEditors);

  it('reports exactly the unattributed quotes and anonymous claims of the analysis', async () => {
    const doc = await openUntitled(ARTICLE);
    const { analysis } = await analysed(api, doc);
    const expected = findClaimIssues(analysis);
    const got = await settled(doc.uri, (d) => d.length === expected.length, `${expected.length} diagnostics`);
    const asSpans = (ds: vscode.Diagnostic[]) => ds.map((d) => [doc.offsetAt(d.range.start), doc.offsetAt(d.range.end)]).sort((a, b) => a[0] - b[0]);
    assert.deepEqual(asSpans(got), expected.map((f) => [f.claim.start, f.claim.end]));
    for (const d of got) {
      const expect = d.code === DIAGNOSTIC_CODES.uncertainSource ? vscode.DiagnosticSeverity.Hint : vscode.DiagnosticSeverity.Information;
      assert.equal(d.severity, expect, 'Information by default; an uncertain source is always a hint');
    }
    // A real expectation on this text: the orphan quote is flagged (when the core finds it as a quote).
    const orphan = analysis.claims.find((c) => c.text.includes('Closed until'));
    if (orphan && !orphan.source) {
      const at = offsetOf(doc, 'Closed until');
      assert.ok(got.some((d) => d.range.contains(doc.positionAt(at)) && /no identified source/.test(d.message)));
    }
    const quote = analysis.claims.find((c) => c.text.includes('rebuild the bridge'));
    if (quote?.source?.entityId) {
      assert.ok(!got.some((d) => d.range.contains(doc.positionAt(quote.start))), 'an attributed quote is not a problem');
    }
  });

  it('follows the severity and on/off settings', async () => {
    const doc = await openUntitled(ARTICLE);
    const { analysis } = await analysed(api, doc);
    const count = findClaimIssues(analysis).length;
    if (count === 0) {
      console.log('    (the analysis found no unattributed claims in the fixture, so there is nothing to re-style)');
      return;
    }
    await settled(doc.uri, (d) => d.length === count, 'the first diagnostics');
    const restoreSeverity = await withSetting('diagnostics.severity', 'warning');
    try {
      const restyled = (x: vscode.Diagnostic) => x.code === DIAGNOSTIC_CODES.uncertainSource || x.severity === vscode.DiagnosticSeverity.Warning;
      await settled(doc.uri, (d) => d.length === count && d.every(restyled), 'warnings');
      const restoreEnabled = await withSetting('diagnostics.enabled', false);
      try {
        await settled(doc.uri, (d) => d.length === 0, 'diagnostics to clear when disabled');
      } finally {
        await restoreEnabled();
      }
      await settled(doc.uri, (d) => d.length === count, 'diagnostics to return when re-enabled');
    } finally {
      await restoreSeverity();
    }
  });
});
