// claimlens-stats/1: one article's numbers, sources merged across articles by the name rules, and
// the merge of stats computed on parts of an archive.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { summarizeArticle, wordsQuotedIn } from '../../src/analysis/output/articleStats';
import { computeStats, mergeStats, statsOfAnalyses, type Stats } from '../../src/analysis/output/stats';
import { articleRecordsOf, StatsInputError } from '../../src/analysis/output/statsInput';
import { formatStatsCsv, formatStatsText } from '../../src/analysis/output/statsFormats';
import { canonicalName, isShortFormOf, sourceKey } from '../../src/analysis/output/sourceNames';
import { analysisOf, newsroomAnalysis } from './newsroomFactories';

const source = (stats: Stats, name: string) => stats.sources.find((s) => s.name === name);

describe('stats: one article', () => {
  const analysis = analysisOf(
    [
      { name: 'Ingrid Solberg', type: 'person', aliases: ['Solberg'], mentions: 3 },
      { name: 'Harbour Authority', type: 'organization' },
      { name: 'Norhaven', type: 'place', mentions: 4 },
      { name: 'Petra Lindgren', type: 'person', mentions: 2 },
    ],
    [
      { text: 'We cannot build a wall', by: { name: 'Ingrid Solberg' }, cue: 'said' },
      { kind: 'reported', text: 'the river needs "more room" now', by: { name: 'Ingrid Solberg' }, cue: 'warned', quoted: ['more room'] },
      { kind: 'reported', text: 'shipping is safe', by: { name: 'Harbour Authority' }, cue: 'claimed' },
      { kind: 'reported', text: 'the city is ready', by: { name: 'Norhaven' }, cue: 'said' },
      { kind: 'reported', text: 'costs rose', by: { name: 'officials', entity: null }, cue: 'said' },
      { kind: 'reported', text: 'costs did not rise', by: { name: 'Officials', entity: null }, cue: 'denied' },
      { text: 'Stop the wall', by: null },
      { text: 'It was a mistake', by: { name: 'he', entity: null } },
    ],
  );
  const a = summarizeArticle('a.md', analysis);

  it('counts claims, direct and reported, and by source type (a speaking place is an organization; a bare pronoun is no source)', () => {
    assert.deepEqual([a.claims, a.direct, a.reported], [8, 3, 5]);
    assert.deepEqual(a.bySourceType, { person: 2, organization: 2, unnamed: 2, none: 2 });
  });

  it('counts the stance of every cue, and leaves claims without a cue out', () => {
    assert.deepEqual(a.byStance, { neutral: 3, assertive: 1, denial: 1, warning: 1 });
  });

  it('counts words quoted: all of a direct quote, only the verbatim fragments of reported speech', () => {
    assert.equal(wordsQuotedIn(analysis.claims[0]), 5);
    assert.equal(wordsQuotedIn(analysis.claims[1]), 2);
    assert.equal(wordsQuotedIn(analysis.claims[2]), 0);
    const solberg = a.sources.find((s) => s.name === 'Ingrid Solberg');
    assert.deepEqual(solberg && [solberg.claims, solberg.direct, solberg.reported, solberg.wordsQuoted, solberg.mentions], [2, 1, 1, 7, 3]);
  });

  it('lists sources first, then people and organizations named but not quoted (never places)', () => {
    assert.deepEqual(
      a.sources.map((s) => [s.name, s.type, s.claims]),
      [
        ['Harbour Authority', 'organization', 1],
        ['Ingrid Solberg', 'person', 2],
        ['Norhaven', 'organization', 1],
        ['officials', 'unnamed', 2],
        ['Petra Lindgren', 'person', 0],
      ],
    );
  });
});

describe('stats: sources across articles', () => {
  const articles = [
    {
      path: 'a.md',
      analysis: analysisOf(
        [{ name: 'Tomás Herrera', type: 'person' }, { name: 'Ingrid Solberg', type: 'person' }, { name: 'Harbour Workers Union', type: 'organization', aliases: ['HWU'] }],
        [
          { text: 'It holds', by: { name: 'Tomás Herrera' }, cue: 'said' },
          { text: 'Room for the river', by: { name: 'Ingrid Solberg' }, cue: 'said' },
          { text: 'We strike', by: { name: 'Harbour Workers Union' }, cue: 'said' },
          { kind: 'reported', text: 'costs rose', by: { name: 'a spokesperson', entity: null }, cue: 'said' },
        ],
      ),
    },
    {
      path: 'b.txt',
      analysis: analysisOf(
        [{ name: 'Tomas Herrera', type: 'person' }, { name: 'Solberg', type: 'person' }, { name: 'HWU', type: 'organization' }, { name: 'Frank', type: 'person' }],
        [
          { kind: 'reported', text: 'nothing was hidden', by: { name: 'Tomas Herrera' }, cue: 'denied' },
          { text: 'Every euro counts', by: { name: 'Solberg' }, cue: 'told' },
          { text: 'Still striking', by: { name: 'HWU' }, cue: 'said' },
          { kind: 'reported', text: 'figures come next week', by: { name: 'the spokesperson', entity: null }, cue: 'said' },
          { text: 'Hello', by: { name: 'Frank' }, cue: 'said' },
        ],
      ),
    },
    {
      path: 'c.md',
      analysis: analysisOf(
        [{ name: 'Frank Messina', type: 'person' }, { name: 'President Ingrid Solberg', type: 'person' }],
        [{ text: 'Later', by: { name: 'Frank Messina' }, cue: 'said' }],
      ),
    },
  ];
  const stats = statsOfAnalyses(articles);

  it('merges accents, a surname alone, a title and an acronym another article defined', () => {
    assert.deepEqual(source(stats, 'Tomás Herrera')?.articles, ['a.md', 'b.txt']);
    assert.equal(source(stats, 'Tomás Herrera')?.claims, 2);
    assert.deepEqual(source(stats, 'Ingrid Solberg')?.articles, ['a.md', 'b.txt']);
    assert.deepEqual(source(stats, 'Ingrid Solberg')?.aliases, ['President Ingrid Solberg', 'Solberg']);
    assert.deepEqual(source(stats, 'Harbour Workers Union')?.articles, ['a.md', 'b.txt']);
    assert.ok(!stats.sources.some((s) => s.name === 'HWU' || s.name === 'Solberg' || s.name === 'Tomas Herrera'));
  });

  it('merges unnamed sources whatever their determiner, and keeps a first name alone apart', () => {
    const spokes = stats.sources.filter((s) => s.type === 'unnamed');
    assert.equal(spokes.length, 1);
    assert.deepEqual([spokes[0].claims, spokes[0].articles], [2, ['a.md', 'b.txt']]);
    assert.ok(source(stats, 'Frank'), 'a first name alone is not merged across articles');
    assert.ok(source(stats, 'Frank Messina'));
  });

  it('someone named in one article and quoted in another is a source, not "mentioned, never quoted"', () => {
    assert.ok(!stats.mentionedNotQuoted.some((m) => /Solberg/.test(m.name)));
    assert.equal(source(stats, 'Ingrid Solberg')?.mentions, 3);
  });

  it('totals are the sums of the articles', () => {
    assert.equal(stats.totals.claims, 10);
    assert.equal(stats.totals.articles, 3);
    assert.deepEqual(stats.totals.bySourceType, { person: 6, organization: 2, unnamed: 2, none: 0 });
    assert.deepEqual(stats.totals.byStance, { neutral: 9, denial: 1 });
    assert.equal(stats.totals.sources, stats.sources.length);
  });

  it('leaves a surname shared by two full names apart', () => {
    const two = statsOfAnalyses([
      { path: 'x', analysis: analysisOf([{ name: 'Anna Dahl', type: 'person' }], [{ text: 'a', by: { name: 'Anna Dahl' } }]) },
      { path: 'y', analysis: analysisOf([{ name: 'Henrik Dahl', type: 'person' }], [{ text: 'b', by: { name: 'Henrik Dahl' } }]) },
      { path: 'z', analysis: analysisOf([{ name: 'Dahl', type: 'person' }], [{ text: 'c', by: { name: 'Dahl' } }]) },
    ]);
    assert.deepEqual(two.sources.map((s) => s.name).sort(), ['Anna Dahl', 'Dahl', 'Henrik Dahl']);
  });
});

describe('stats: name rules', () => {
  it('keys fold accents and case, drop titles of people and determiners of unnamed sources', () => {
    assert.equal(sourceKey('Tomás HERRERA', 'person'), 'tomas herrera');
    assert.equal(sourceKey('Environment Minister Solberg', 'person'), 'solberg');
    assert.equal(sourceKey('the spokesperson', 'unnamed'), 'spokesperson');
    assert.equal(sourceKey('U.S.', 'organization'), 'united states');
    assert.equal(sourceKey('Minister', 'person'), 'minister', 'a title alone stays');
  });

  it('short forms keep the surname; a first name alone is not one', () => {
    assert.ok(isShortFormOf(['mulino'], ['jose', 'raul', 'mulino']));
    assert.ok(isShortFormOf(['raul', 'mulino'], ['jose', 'raul', 'mulino']));
    assert.ok(!isShortFormOf(['jose'], ['jose', 'raul', 'mulino']));
    assert.ok(!isShortFormOf(['raul', 'jose'], ['jose', 'raul', 'mulino']));
  });

  it('the canonical name does not depend on order', () => {
    const names = ['Tomas Herrera', 'Tomás Herrera', 'HERRERA', 'Herrera'];
    assert.equal(canonicalName(names), 'Tomás Herrera');
    assert.equal(canonicalName([...names].reverse()), 'Tomás Herrera');
    assert.equal(canonicalName(['Dahl B', 'Dahl A']), 'Dahl A');
  });
});

describe('stats: the newsroom fixtures, analysed for real', () => {
  const names = ['barrier-costs.txt', 'flood-barrier.md', 'wetlands.md'];
  const stats = statsOfAnalyses(names.map((path) => ({ path, analysis: newsroomAnalysis(path) })));

  it('merges the minister quoted in full in one article and by surname in another', () => {
    const solberg = source(stats, 'Helga Brandvold');
    assert.ok(solberg, JSON.stringify(stats.sources.map((s) => s.name)));
    assert.deepEqual(solberg.articles, ['barrier-costs.txt', 'flood-barrier.md']);
    assert.equal(solberg.claims, newsroomAnalysis('flood-barrier.md').claims.filter((c) => c.source?.name === 'Helga Brandvold').length + 1);
    assert.ok(source(stats, 'Tomás Herrera')?.articles.length === 2, 'accented and plain spellings are one source');
  });

  it('lists the mayor, named but never quoted', () => {
    assert.ok(stats.mentionedNotQuoted.some((m) => m.name === 'Petra Lindgren' && m.type === 'person'));
  });

  it('totals agree with the claims of the analyses', () => {
    const all = names.flatMap((n) => newsroomAnalysis(n).claims);
    assert.equal(stats.totals.claims, all.length);
    assert.equal(stats.totals.direct, all.filter((c) => c.kind === 'direct').length);
    const byType = stats.totals.bySourceType;
    assert.equal(byType.person + byType.organization + byType.unnamed + byType.none, all.length);
  });
});

describe('stats: merging parts equals the whole', () => {
  const analyses = [
    ...['barrier-costs.txt', 'flood-barrier.md', 'wetlands.md'].map((path) => ({ path, analysis: newsroomAnalysis(path) })),
    { path: 'd.md', analysis: analysisOf([{ name: 'Brandvold', type: 'person' }, { name: 'Petra Lindgren', type: 'person' }], [{ text: 'No comment', by: { name: 'Petra Lindgren' } }]) },
    { path: 'e.md', analysis: analysisOf([{ name: 'Karin Brandvold', type: 'person' }], [{ kind: 'reported', text: 'fine', by: { name: 'Karin Brandvold' }, cue: 'admitted' }]) },
    { path: 'f.md', analysis: analysisOf([], [{ text: 'orphan', by: null }, { kind: 'reported', text: 'x', by: { name: 'officials', entity: null }, cue: 'said' }]) },
  ];
  const records = analyses.map((a) => summarizeArticle(a.path, a.analysis));
  const whole = computeStats(records);

  it('for every split into two parts, in any order, also through JSON', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: records.length, maxLength: records.length }), fc.boolean(), (sides, swap) => {
        const left = computeStats(records.filter((_, i) => sides[i]));
        const right = computeStats(records.filter((_, i) => !sides[i]).reverse());
        const parts = swap ? [right, left] : [left, right];
        assert.deepEqual(mergeStats(parts), whole);
        const reread = parts.flatMap((p) => articleRecordsOf(JSON.parse(JSON.stringify(p))));
        assert.deepEqual(computeStats(reread), whole);
      }),
      { numRuns: 60, seed: 11 },
    );
  });

  it('a claimlens/1 line read back gives the same record as the analysis itself', () => {
    for (const a of analyses) {
      const line = JSON.parse(JSON.stringify({ schema: 'claimlens/1', path: a.path, entities: a.analysis.entities, claims: a.analysis.claims }));
      assert.deepEqual(articleRecordsOf(line), [summarizeArticle(a.path, a.analysis)]);
    }
  });

  it('the merge is not trivially the same: a part alone merges differently', () => {
    // "Brandvold" alone joins Helga Brandvold in a part without Karin Brandvold, and stays apart in the whole.
    const withoutKarin = computeStats(records.filter((r) => r.path !== 'e.md'));
    assert.ok(!withoutKarin.sources.some((s) => s.name === 'Brandvold'));
    assert.ok(!withoutKarin.mentionedNotQuoted.some((m) => m.name === 'Brandvold'));
    assert.deepEqual(source(whole, 'Brandvold')?.articles, ['barrier-costs.txt']);
    assert.equal(source(whole, 'Brandvold')?.mentions, newsroomAnalysis('barrier-costs.txt').entities.find((e) => e.name === 'Brandvold')!.mentions.length + 1);
  });
});

describe('stats: input records and formats', () => {
  it('refuses records that are not ours, with where and why', () => {
    assert.throws(() => articleRecordsOf({ schema: 'other' }), StatsInputError);
    assert.throws(() => articleRecordsOf({ schema: 'claimlens/1', entities: [], claims: [] }), /without its "path"/);
    assert.throws(() => articleRecordsOf({ schema: 'claimlens/1', path: 'a', entities: [], claims: [{ id: 'c1', kind: 'said', start: 0, end: 1, text: 'x' }] }), /claims\[0\]\.kind/);
    assert.throws(() => articleRecordsOf({ schema: 'claimlens-stats/1', articles: [{ path: 'a', claims: -1, bySourceType: {}, sources: [] }] }), /articles\[0\]\.claims: not a count/);
    assert.throws(() => articleRecordsOf([1, 2]), /not a JSON object/);
  });

  it('CSV cells from article names cannot become formulas', () => {
    const s = statsOfAnalyses([{ path: 'a.md', analysis: analysisOf([{ name: '=HYPERLINK("x")', type: 'person' }], [{ text: 'hi', by: { name: '=HYPERLINK("x")' } }]) }]);
    const csv = formatStatsCsv(s);
    assert.match(csv, /^row,name,type,claims,direct,reported,words_quoted,mentions,articles\r\n/);
    assert.match(csv, /\r\nsource,"'=HYPERLINK\(""x""\)",person,1,1,0,1,1,a\.md\r\n/);
    assert.match(csv, /\r\ntotal,,,1,1,0,1,,1\r\n/);
  });

  it('the text report names the totals, sources and the never-quoted', () => {
    const s = statsOfAnalyses([{ path: 'a.md', analysis: analysisOf([{ name: 'Petra Lindgren', type: 'person' }, { name: 'Amara Mensah', type: 'person' }], [{ text: 'hi there', by: { name: 'Amara Mensah' }, cue: 'said' }]) }]);
    const text = formatStatsText(s);
    assert.match(text, /^1 article, 1 claim \(1 direct, 0 reported\), 2 words quoted\n/);
    assert.match(text, /\n  Amara Mensah \(person\)  1 claim  1 direct, 0 reported  2 words  in 1 article\n/);
    assert.match(text, /Mentioned, never quoted \(1\)\n  Petra Lindgren \(person\)  1 mention  in 1 article\n/);
  });
});
