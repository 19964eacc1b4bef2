// Attributions nested inside a direct quote: which become claims of their own (the speaker's "I
// think", a named third party's "X told me that"), and which stay part of the quote (what another
// thinks or decided, anything attributed to "it"/"they"). Every sentence here is written for these tests.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle } from '../../src/analysis';
import type { Analysis } from '../../src/analysis/model';

function kinds(a: Analysis): string[] {
  return a.claims.map((c) => `${c.kind}: ${c.text}`);
}

describe('speech: attributions nested inside quotes', () => {
  it('"X told me that …" inside a quote is a reported claim of X, resolved to X\'s entity', () => {
    const a = analyzeArticle('Port chief Henrik Dahl met the union on Monday. "Dahl told me that the offer was final," said Nadia Oyelaran, a crane driver.');
    const inner = a.claims.find((c) => c.kind === 'reported' && c.text === 'the offer was final');
    assert.ok(inner, kinds(a).join(' | '));
    assert.equal(inner.source?.name, 'Henrik Dahl');
    assert.equal(inner.cue?.text, 'told');
    assert.equal(a.claims.find((c) => c.kind === 'direct')?.source?.name, 'Nadia Oyelaran');
  });

  it('what the speaker says someone else decided or thinks stays inside the quote (no anonymous or third-party claim)', () => {
    const a = analyzeArticle('"The council chose this fight when the mayor decided that buses matter more than riders," said Nadia Oyelaran.');
    assert.deepEqual(a.claims.map((c) => c.kind), ['direct'], kinds(a).join(' | '));
  });

  it('"it"/"they" attributions inside a quote are the speaker\'s account, not unresolved claims', () => {
    const a = analyzeArticle('"They said the buses would come back in May, and it decided that nothing would change," said Nadia Oyelaran.');
    assert.deepEqual(a.claims.map((c) => c.kind), ['direct'], kinds(a).join(' | '));
    assert.ok(a.claims.every((c) => c.source?.name === 'Nadia Oyelaran'));
  });

  it('the speaker\'s own "I believe" still becomes a claim of the speaker', () => {
    const a = analyzeArticle('"I believe the depot will reopen by June," said Nadia Oyelaran.');
    const inner = a.claims.find((c) => c.kind === 'reported');
    assert.equal(inner?.text, 'the depot will reopen by June');
    assert.equal(inner.source?.name, 'Nadia Oyelaran');
  });

  it('on the project sample, nothing inside a quote comes out as a claim with an unresolved source', () => {
    const text = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'samples', 'harbour-strike.md'), 'utf8');
    const a = analyzeArticle(text, { languageId: 'markdown' });
    const direct = a.claims.filter((c) => c.kind === 'direct');
    const nested = a.claims.filter((c) => c.kind === 'reported' && direct.some((d) => d.start <= c.start && c.end <= d.end));
    assert.deepEqual(nested.filter((c) => !c.source?.entityId).map((c) => c.text), []);
    assert.equal(a.claims.find((c) => /machines matter more/.test(c.text))?.kind, 'direct');
  });
});
