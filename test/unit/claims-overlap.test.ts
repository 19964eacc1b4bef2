// Claims that would list the same words twice: a partial quote inside reported speech of the same
// attribution is one (reported, "mixed") claim; a quote inside a report with another cue stays
// its own claim. Every sentence here is written for these tests.
import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/analysis';
import type { Analysis, Claim } from '../../src/analysis/model';

function claimsWith(a: Analysis, words: string): Claim[] {
  return a.claims.filter((x) => x.text.includes(words));
}

/** Every pair of claims that overlap, as text pairs (none is the model). */
function overlapping(a: Analysis): string[] {
  const out: string[] = [];
  a.claims.forEach((c, i) => {
    for (const d of a.claims.slice(i + 1)) if (c.start < d.end && d.start < c.end) out.push(`${c.text} / ${d.text}`);
  });
  return out;
}

describe('claims: partial quotes inside reported speech', () => {
  it('a partial quote inside a report of the same speaker is part of that reported claim, not a second claim', () => {
    const text = 'Gita Rao said the drivers would stay off the roads "until the contract is signed" and blamed the council.';
    const a = analyzeArticle(text);
    const [c, ...rest] = claimsWith(a, 'until the contract is signed');
    assert.ok(c, 'the quoted words are in a claim');
    assert.deepEqual(rest, [], 'listed once');
    assert.equal(c.kind, 'reported');
    assert.match(c.text, /^the drivers would stay off the roads "until the contract is signed"/);
    assert.equal(c.source?.name, 'Gita Rao');
    assert.deepEqual(overlapping(a), []);
  });

  it('a quote that ends the reported content ("added that X would "…"") is listed once, as reported', () => {
    const a = analyzeArticle('Mayor Ilse Brandt spoke on Friday. She added that the new tunnel would "pay for itself within a decade."');
    const found = claimsWith(a, 'pay for itself');
    assert.equal(found.length, 1, found.map((c) => `${c.kind}: ${c.text}`).join(' | '));
    assert.equal(found[0].kind, 'reported');
    assert.equal(found[0].source?.name, 'Ilse Brandt');
  });

  it('a partial quote with its own cue outside any report stays a direct claim', () => {
    const a = analyzeArticle('Gita Rao called the council\'s plan "a gift to landlords" on Tuesday.');
    const [c] = claimsWith(a, 'a gift to landlords');
    assert.equal(c?.kind, 'direct');
    assert.equal(c.source?.name, 'Gita Rao');
  });

  it('a report inside a relative clause ends at the clause\'s comma, and its source is not the quote\'s speaker', () => {
    const text = 'The form, which local papers say runs to 30 pages, "must be returned by Friday" under the new rules.';
    const a = analyzeArticle(text);
    const [r] = claimsWith(a, 'runs to 30 pages');
    assert.ok(r, 'the relative-clause report is found');
    assert.equal(r.text, 'runs to 30 pages');
    assert.equal(r.source?.name, 'local papers');
    const q = claimsWith(a, 'must be returned by Friday');
    assert.deepEqual(q.map((c) => c.kind), ['direct']);
    assert.equal(q[0].source, null, 'nobody named says the quoted words');
  });
  it('"said … and warned that …": two claims of one speaker that do not contain each other', () => {
    const a = analyzeArticle('Gita Rao said the drivers would stay out until June and warned that the depot could close for good.');
    assert.deepEqual(
      a.claims.map((c) => [c.kind, c.text, c.cue?.text, c.source?.name]),
      [
        ['reported', 'the drivers would stay out until June', 'said', 'Gita Rao'],
        ['reported', 'the depot could close for good', 'warned', 'Gita Rao'],
      ],
    );
    assert.deepEqual(overlapping(a), []);
  });
});
