import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { AnalysisLookup, SpanIndex } from '../../src/analysis/output/lookup';
import type { Analysis, Claim, Entity, Span } from '../../src/analysis/model';
import { cue as mkCue, source as mkSource } from './factories';

// A small article and a hand-made analysis whose spans are found by searching the text.
const TEXT = [
  'Mayor Ana Ruiz visited Lindow on Monday.', // 0
  '"We will rebuild the bridge," Ruiz said, standing beside the Lindow Water Board chief.',
  'Officials said the work could take "many months".',
].join('\n');

function at(needle: string, nth = 0): Span {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = TEXT.indexOf(needle, start + 1);
  assert.ok(start >= 0, `fixture text missing: ${needle}`);
  return { start, end: start + needle.length };
}

const ruiz: Entity = { id: 'person:ana-ruiz', type: 'person', name: 'Ana Ruiz', aliases: ['Ruiz'], roles: ['Mayor'], mentions: [at('Ana Ruiz'), at('Ruiz', 1)] };
const lindow: Entity = { id: 'place:lindow', type: 'place', name: 'Lindow', aliases: [], roles: [], mentions: [at('Lindow'), at('Lindow', 1)] };
// Nested inside the organization name: the place mention must win (innermost).
const board: Entity = { id: 'organization:lindow-water-board', type: 'organization', name: 'Lindow Water Board', aliases: [], roles: [], mentions: [at('Lindow Water Board')] };

const quote = at('We will rebuild the bridge,');
const reported = at('the work could take "many months"');
const inner = at('many months');
const claims: Claim[] = [
  { id: 'c1', kind: 'direct', ...quote, text: TEXT.slice(quote.start, quote.end), source: mkSource('Ana Ruiz', ruiz.id, at('Ruiz', 1), 'Ruiz'), cue: mkCue('said', at('said')) },
  { id: 'c2', kind: 'reported', ...reported, text: TEXT.slice(reported.start, reported.end), source: mkSource('Officials', null, at('Officials')), cue: mkCue('said', at('said', 1)) },
  { id: 'c3', kind: 'direct', ...inner, text: 'many months', source: null, cue: null },
];
// Entities deliberately out of text order: the lookup must not rely on input order.
const analysis: Analysis = { schema: 'claimlens/1', entities: [board, lindow, ruiz], claims };

describe('AnalysisLookup', () => {
  const lookup = new AnalysisLookup(analysis);

  it('finds the entity under every character of a mention, and nothing just outside', () => {
    const m = at('Ana Ruiz');
    for (let o = m.start; o < m.end; o++) assert.equal(lookup.entityAt(o)?.entity.id, ruiz.id, `offset ${o}`);
    assert.equal(lookup.entityAt(m.start - 1), undefined);
    assert.equal(lookup.entityAt(m.end), undefined, 'end is exclusive by default');
    assert.equal(lookup.entityAt(m.end, true)?.entity.id, ruiz.id, 'inclusive end for a cursor after a word');
  });

  it('prefers the innermost mention when mentions nest', () => {
    const place = at('Lindow', 1);
    assert.equal(lookup.entityAt(place.start)?.entity.id, lindow.id);
    assert.equal(lookup.entityAt(at('Water').start)?.entity.id, board.id);
    const hit = lookup.entityAt(place.start);
    assert.deepEqual(hit?.span, place);
    assert.equal(hit?.index, 1);
  });

  it('finds the innermost claim, and the claim whose source words are under the cursor', () => {
    assert.equal(lookup.claimAt(at('rebuild').start)?.id, 'c1');
    assert.equal(lookup.claimAt(at('work').start)?.id, 'c2');
    assert.equal(lookup.claimAt(at('many').start)?.id, 'c3', 'quote nested in reported speech');
    assert.equal(lookup.claimAt(at('Mayor').start), undefined);
    assert.equal(lookup.claimBySourceAt(at('Officials').start + 2)?.id, 'c2');
    assert.equal(lookup.claimBySourceAt(at('Ruiz', 1).start)?.id, 'c1');
    assert.equal(lookup.claimByCueAt(at('said', 1).start + 1)?.id, 'c2');
    assert.equal(lookup.claimByCueAt(at('Mayor').start), undefined);
  });

  it('lists mentions in text order and claims by resolved source', () => {
    assert.deepEqual(lookup.mentionsOf(ruiz.id), ruiz.mentions);
    assert.deepEqual(lookup.mentionsOf('person:nobody'), []);
    assert.deepEqual(lookup.claimsOf(ruiz.id).map((c) => c.id), ['c1']);
    assert.deepEqual(lookup.claimsOf(lindow.id), []);
    assert.equal(lookup.entity(board.id), board);
  });

  it('answers range queries (visible lines) with every overlapping span', () => {
    const line2 = { start: TEXT.indexOf('Officials'), end: TEXT.length };
    assert.deepEqual(lookup.claimsIn(line2.start, line2.end).map((c) => c.id), ['c2', 'c3']);
    const line1 = { start: 0, end: TEXT.indexOf('\n') };
    assert.deepEqual(lookup.mentionsIn(line1.start, line1.end).map((h) => h.entity.id), [ruiz.id, lindow.id]);
  });

  it('copes with an empty analysis', () => {
    const empty = new AnalysisLookup({ schema: 'claimlens/1', entities: [], claims: [] });
    assert.equal(empty.entityAt(0), undefined);
    assert.equal(empty.claimAt(5), undefined);
    assert.deepEqual(empty.claimsIn(0, 100), []);
  });
});

describe('SpanIndex', () => {
  const spans = fc.array(
    fc.tuple(fc.nat(200), fc.integer({ min: 1, max: 60 })).map(([start, len]) => ({ start, end: start + len })),
    { maxLength: 40 },
  );

  it('at() agrees with a brute-force scan for the innermost containing span', () => {
    fc.assert(
      fc.property(spans, fc.nat(270), fc.boolean(), (items, offset, inclusive) => {
        const index = new SpanIndex(items);
        const containing = items.filter((s) => s.start <= offset && (offset < s.end || (inclusive && offset === s.end)));
        const got = index.at(offset, inclusive);
        if (containing.length === 0) return got === undefined;
        const shortest = Math.min(...containing.map((s) => s.end - s.start));
        return got !== undefined && containing.includes(got) && got.end - got.start === shortest;
      }),
    );
  });

  it('overlapping() agrees with a brute-force filter', () => {
    fc.assert(
      fc.property(spans, fc.nat(270), fc.integer({ min: 1, max: 80 }), (items, start, len) => {
        const index = new SpanIndex(items);
        const expected = items.filter((s) => s.start < start + len && s.end > start);
        const got = index.overlapping(start, start + len);
        return got.length === expected.length && got.every((s) => expected.includes(s));
      }),
    );
  });
});
