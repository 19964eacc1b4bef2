import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Analysis, Claim } from '../../src/analysis/model';
import { analyzeArticle } from '../../src/analysis';
import { lineLookup } from '../../src/analysis/output/exportFormats';
import {
  buildClaimsTree,
  claimDescription,
  claimLabel,
  claimTooltip,
  firstWords,
  LABEL_MAX,
  type ClaimNode,
  type ClaimsTree,
  type ClaimsViewOptions,
  type SourceNode,
} from '../../src/extension/views/claimsTreeModel';
import { cue as mkCue, source as mkSource } from './factories';

const TEXT = [
  'Mara Lind said: "The ferry will run on time every single day of the week, rain or shine."', // line 1
  'Officials said the pier was unsafe.', // line 2
  '"It is safe," Lind said. "We checked it twice."', // line 3
  'A sign read "Closed".', // line 4
  '"It is safe," a worker shouted.', // line 5
].join('\n');

function at(needle: string, nth = 0): { start: number; end: number } {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = TEXT.indexOf(needle, start + 1);
  assert.ok(start >= 0, needle);
  return { start, end: start + needle.length };
}

let n = 0;
function mk(kind: Claim['kind'], words: string, nth: number, source: Claim['source'], cue: string | null): Claim {
  const s = at(words, nth);
  return { id: `c${++n}`, kind, ...s, text: words, source, cue: cue ? mkCue(cue, at(cue)) : null };
}

function fixture(): Analysis {
  n = 0;
  const lind = (nth: number) => mkSource('Mara Lind', 'person:mara-lind', at(nth ? 'Lind' : 'Mara Lind', nth ? 1 : 0), nth ? 'Lind' : 'Mara Lind');
  return {
    schema: 'claimlens/1',
    entities: [{ id: 'person:mara-lind', type: 'person', name: 'Mara Lind', aliases: ['Lind'], roles: ['ferry operator'], mentions: [at('Mara Lind'), at('Lind', 1)] }],
    claims: [
      mk('direct', 'The ferry will run on time every single day of the week, rain or shine.', 0, lind(0), 'said'),
      mk('reported', 'the pier was unsafe', 0, mkSource('Officials', null, at('Officials')), 'said'),
      mk('direct', 'It is safe,', 0, lind(1), 'said'),
      mk('direct', 'We checked it twice.', 0, lind(1), null),
      mk('direct', 'Closed', 0, null, null),
      mk('direct', 'It is safe,', 1, null, null),
    ],
  };
}

const lineOf = lineLookup(TEXT);
const build = (a: Analysis, o: Partial<ClaimsViewOptions> = {}): ClaimsTree =>
  buildClaimsTree(a, lineOf, { mode: 'bySource', filter: 'all', ...o });

function allClaimNodes(tree: ClaimsTree): ClaimNode[] {
  return tree.roots.flatMap((r) => (r.kind === 'source' ? r.children : [r]));
}

describe('Claims tree model', () => {
  it('groups by source with counts, claims in article order, Unattributed last', () => {
    const tree = build(fixture());
    const sources = tree.roots as SourceNode[];
    assert.deepEqual(
      sources.map((s) => [s.group.label, s.children.map((c) => c.claim.text)]),
      [
        ['Mara Lind', ['The ferry will run on time every single day of the week, rain or shine.', 'It is safe,', 'We checked it twice.']],
        ['Officials', ['the pier was unsafe']],
        ['Unattributed', ['Closed', 'It is safe,']],
      ],
    );
    assert.deepEqual(sources.map((s) => [s.directCount, s.reportedCount]), [[3, 0], [0, 1], [2, 0]]);
    assert.equal(tree.byEntityId.get('person:mara-lind'), sources[0]);
    for (const s of sources) for (const c of s.children) assert.equal(c.parent, s);
  });

  it('gives every node a unique id, even for two identical quotes', () => {
    const tree = build(fixture());
    const ids = [...tree.roots.map((r) => r.id), ...allClaimNodes(tree).map((c) => c.id)];
    assert.equal(new Set(ids).size, ids.length);
  });

  it('keeps ids when text is inserted above (expansion and selection survive edits)', () => {
    const a = fixture();
    const shift = 17;
    const moved: Analysis = {
      ...a,
      claims: a.claims.map((c, i) => ({ ...c, id: `x${i}`, start: c.start + shift, end: c.end + shift })),
    };
    const before = build(a);
    const after = buildClaimsTree(moved, (o) => lineOf(o - shift) + 1, { mode: 'bySource', filter: 'all' });
    assert.deepEqual(after.roots.map((r) => r.id), before.roots.map((r) => r.id));
    assert.deepEqual(allClaimNodes(after).map((c) => c.id), allClaimNodes(before).map((c) => c.id));
    assert.deepEqual(allClaimNodes(after).map((c) => c.line), allClaimNodes(before).map((c) => c.line + 1));
  });

  it('lists in article order without parents in that mode', () => {
    const tree = build(fixture(), { mode: 'articleOrder' });
    const nodes = tree.roots as ClaimNode[];
    assert.ok(nodes.every((x) => x.kind === 'claim' && x.parent === undefined));
    const starts = nodes.map((x) => x.claim.start);
    assert.deepEqual(starts, [...starts].sort((p, q) => p - q));
    assert.deepEqual(nodes.map((x) => x.line), [1, 2, 3, 3, 4, 5]);
    assert.deepEqual(nodes.map((x) => x.sourceLabel), ['Mara Lind', 'Officials', 'Mara Lind', 'Mara Lind', 'Unattributed', 'Unattributed']);
  });

  it('filters direct or reported and counts what it hides', () => {
    const direct = build(fixture(), { filter: 'direct' });
    assert.ok(allClaimNodes(direct).every((c) => c.claim.kind === 'direct'));
    assert.equal(direct.hidden, 1);
    assert.deepEqual(direct.roots.map((r) => (r as SourceNode).group.label), ['Mara Lind', 'Unattributed']);
    const reported = build(fixture(), { filter: 'reported', mode: 'articleOrder' });
    assert.deepEqual(allClaimNodes(reported).map((c) => c.claim.text), ['the pier was unsafe']);
    assert.equal(reported.hidden, 5);
  });

  it('labels with first words cut at a word boundary, tooltip holds the full text and line', () => {
    const long = 'The ferry will run on time every single day of the week, rain or shine.';
    assert.equal(firstWords(long, 30), 'The ferry will run on time…');
    assert.equal(firstWords('Short one.'), 'Short one.');
    assert.equal(firstWords('line one\r\n\r\nline two'), 'line one line two');
    const node = allClaimNodes(build(fixture()))[0];
    const tip = claimTooltip(node);
    assert.ok(tip.includes(long));
    assert.match(tip, /^Direct quote · line 1\nMara Lind, “said”/);
  });

  it('labels rows with the claim\'s own words up to a cap; VS Code cuts them to the side bar\'s width', () => {
    const nodes = allClaimNodes(build(fixture()));
    const long = nodes.find((c) => c.claim.text.startsWith('The ferry'))!;
    assert.equal(claimLabel(long), 'The ferry will run on time every single day of the week, rain or shine.', 'a sentence is whole');
    const page = { ...long, claim: { ...long.claim, text: 'word '.repeat(100) } };
    const label = claimLabel(page);
    assert.ok(label.length <= LABEL_MAX + 1 && label.length > LABEL_MAX - 10 && label.endsWith('…'), label);
  });

  it('the description carries cue and line; in article order the source too', () => {
    const tree = build(fixture());
    const first = allClaimNodes(tree)[0];
    assert.equal(claimDescription(first, 'bySource'), 'said · L1');
    assert.equal(claimDescription(first, 'articleOrder'), 'Mara Lind · said · L1');
    const unattributed = allClaimNodes(tree).find((c) => c.claim.text === 'Closed')!;
    assert.equal(claimDescription(unattributed, 'articleOrder'), 'Unattributed · L4');
  });

  it('an inferred source shows the words as written and the resolution, in both modes and the tooltip', () => {
    const a = fixture();
    const c = a.claims[3]; // "We checked it twice.", written after "Lind said." with no name of its own
    const she: Analysis = { ...a, claims: a.claims.map((x) => (x === c ? { ...x, source: mkSource('Mara Lind', 'person:mara-lind', at('Lind', 1), 'she') } : x)) };
    const node = allClaimNodes(build(she)).find((x) => x.claim.id === c.id)!;
    assert.equal(claimDescription(node, 'bySource'), 'she → Mara Lind · L3');
    assert.equal(claimDescription(node, 'articleOrder'), 'she → Mara Lind · L3');
    assert.match(claimTooltip(node), /\nshe → Mara Lind\n/);
    // Written names in another form are no inference.
    const lind = allClaimNodes(build(a)).find((x) => x.claim.text === 'It is safe,' && x.claim.source)!;
    assert.equal(claimDescription(lind, 'bySource'), 'said · L3');
  });

  it('a follow-on quote says whose quote it continues, and sits under that speaker', () => {
    const a = fixture();
    const follow: Analysis = {
      ...a,
      claims: a.claims.map((x) => (x.text === 'We checked it twice.' ? { ...x, source: null, continues: a.claims[2].id } : x)),
    };
    const tree = build(follow);
    const node = allClaimNodes(tree).find((x) => x.claim.text === 'We checked it twice.')!;
    assert.equal(node.parent?.group.label, 'Mara Lind');
    assert.deepEqual(node.continues, { phrase: "continues Lind's quote", line: 3 });
    assert.equal(claimDescription(node, 'bySource'), "continues Lind's quote · L3");
    assert.match(claimTooltip(node), /\nContinues Lind's quote \(line 3\)\n/);
  });

  it('on a real analysis every claim appears exactly once, in both modes', function () {
    const text = readFileSync(path.join(__dirname, '../../../samples/harbour-strike.md'), 'utf8');
    const a = analyzeArticle(text, { languageId: 'markdown' });
    if (a.claims.length === 0) {
      console.log('      skipped: the core found no claims in samples/harbour-strike.md, nothing to check');
      this.skip();
    }
    for (const mode of ['bySource', 'articleOrder'] as const) {
      const tree = buildClaimsTree(a, lineLookup(text), { mode, filter: 'all' });
      const ids = allClaimNodes(tree).map((c) => c.claim.id).sort();
      assert.deepEqual(ids, a.claims.map((c) => c.id).sort());
      assert.equal(tree.byClaimId.size, a.claims.length);
    }
  });
});
