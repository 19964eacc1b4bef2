// The invariant checker must itself catch broken analyses, or the fuzz tests prove nothing.
import * as assert from 'node:assert/strict';
import type { Analysis } from '../../src/analysis/model';
import { analysisProblems, assertValidAnalysis, splitsSurrogatePair } from '../fuzz/invariants';
import { cue as mkCue, source as mkSource } from './factories';

const TEXT = 'Li Wei said "we 😀 strike."';
const good = (): Analysis => ({
  schema: 'claimlens/1',
  entities: [{ id: 'person:li-wei', type: 'person', name: 'Li Wei', aliases: [], roles: [], mentions: [{ start: 0, end: 6 }] }],
  claims: [
    {
      id: 'c1',
      kind: 'direct',
      start: 13,
      end: 25,
      text: TEXT.slice(13, 25),
      source: mkSource('Li Wei', 'person:li-wei', { start: 0, end: 6 }),
      cue: mkCue('said', { start: 7, end: 11 }),
    },
  ],
});

function broken(edit: (a: Analysis) => void): string[] {
  const a = good();
  edit(a);
  return analysisProblems(TEXT, a);
}

describe('fuzz invariants: the checker', () => {
  it('accepts a well-formed analysis', () => {
    assert.equal(TEXT.slice(13, 25), 'we 😀 strike');
    assert.deepEqual(analysisProblems(TEXT, good()), []);
    assertValidAnalysis(TEXT, good());
  });

  const cases: Array<[string, (a: Analysis) => void, RegExp]> = [
    ['a wrong schema', (a) => ((a as { schema: string }).schema = 'claimlens/2'), /schema/],
    ['an empty span', (a) => (a.claims[0].end = a.claims[0].start), /bad span/],
    ['a span past the end', (a) => (a.entities[0].mentions[0].end = TEXT.length + 1), /bad span/],
    ['a negative start', (a) => (a.claims[0].cue!.start = -1), /bad span/],
    ['a fractional offset', (a) => (a.claims[0].start = 13.5), /non-integer/],
    ['a start inside a surrogate pair', (a) => { a.claims[0].start = 17; a.claims[0].text = TEXT.slice(17, 25); }, /splits a surrogate pair/],
    ['claim text that is not the slice', (a) => (a.claims[0].text = 'we strike'), /!= slice/],
    ['cue text that is not the slice', (a) => (a.claims[0].cue!.text = 'says'), /cue text/],
    ['a mention that reads neither name nor alias', (a) => (a.entities[0].mentions[0] = { start: 7, end: 11 }), /neither the name/],
    ['a claim overlapping its own source', (a) => (a.claims[0].source = mkSource('Li Wei', 'person:li-wei', { start: 12, end: 16 })), /overlaps its own source/],
    ['duplicate claim ids', (a) => a.claims.push({ ...a.claims[0] }), /duplicate id/],
    ['duplicate entity ids', (a) => a.entities.push({ ...a.entities[0] }), /duplicate id/],
    ['a source pointing to no entity', (a) => (a.claims[0].source!.entityId = 'person:nobody'), /does not exist/],
    ['an unknown entity type', (a) => ((a.entities[0] as { type: string }).type = 'animal'), /unknown type/],
    ['an alias equal to the name', (a) => a.entities[0].aliases.push('Li Wei'), /aliases repeat/],
    ['mentions out of order', (a) => { a.entities[0].aliases.push('we'); a.entities[0].mentions.unshift({ start: 13, end: 15 }); a.entities[0].mentions.reverse(); a.entities[0].mentions.reverse(); }, /out of text order/],
  ];
  for (const [what, edit, expected] of cases) {
    it(`rejects ${what}`, () => {
      const problems = broken(edit);
      assert.ok(problems.some((p) => expected.test(p)), `expected ${expected} in ${JSON.stringify(problems)}`);
      assert.throws(() => { const a = good(); edit(a); assertValidAnalysis(TEXT, a); }, expected);
    });
  }

  it('knows where surrogate pairs are', () => {
    const t = 'a😀';
    assert.equal(splitsSurrogatePair(t, 2), true);
    assert.equal(splitsSurrogatePair(t, 1), false);
    assert.equal(splitsSurrogatePair(t, 3), false);
    assert.equal(splitsSurrogatePair('\udc00\ud800', 1), false);
  });
});
