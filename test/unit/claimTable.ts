// Table-driven claim tests: each row is an article written for the tests, the words of one claim
// in it, and the source we expect (the resolved name, or null for "no source"). Shared by the
// per-stage claim suites (speakers, reported, follow-on, …).
import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/analysis';
import type { Claim } from '../../src/analysis/model';

export interface SourceRow {
  /** The article; paragraphs separated by blank lines. */
  text: string;
  /** Words inside the claim's text that pick it out. */
  claim: string;
  /** The source's resolved name (or a pattern it must match), or null when no source may be given. */
  source: string | RegExp | null;
  /** Optional: the claim's kind. */
  kind?: Claim['kind'];
  /** Optional: the cue's words. */
  cue?: string;
}

export function findClaim(text: string, words: string): Claim {
  const a = analyzeArticle(text);
  const c = a.claims.find((x) => x.text.includes(words));
  assert.ok(c, `no claim containing "${words}" in ${JSON.stringify(text)}; claims: ${a.claims.map((x) => JSON.stringify(x.text)).join(', ') || 'none'}`);
  return c;
}

/** One `it` per row: the claim is found and its source (and kind, cue) are as expected. */
export function sourceTable(rows: SourceRow[]): void {
  for (const row of rows) {
    it(`${JSON.stringify(row.text.length > 90 ? `${row.text.slice(0, 89)}…` : row.text)} → ${row.source ?? 'no source'}`, () => {
      const c = findClaim(row.text, row.claim);
      const got = c.source?.name ?? null;
      if (row.source instanceof RegExp) assert.match(got ?? '', row.source, `source of "${row.claim}": got ${JSON.stringify(c.source)}`);
      else assert.equal(got, row.source, `source of "${row.claim}": got ${JSON.stringify(c.source)}`);
      if (row.kind) assert.equal(c.kind, row.kind);
      if (row.cue) assert.equal(c.cue?.text, row.cue);
      if (c.source) assert.ok(c.source.confidence > 0 && c.source.confidence <= 1, `confidence ${c.source.confidence} in (0, 1]`);
    });
  }
}
