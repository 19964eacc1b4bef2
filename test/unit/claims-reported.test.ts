// claims/reported: reported speech, its content and its source, by failure class seen on unseen
// news. Every sentence here is written for these tests.
import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/analysis';
import { findClaim, sourceTable } from './claimTable';

describe('claims/reported: sources are never fragments', () => {
  sourceTable([
    { text: 'The levee needs repairs, according to a report by the Ashford Gazette.', claim: 'levee needs repairs', source: 'Ashford Gazette' },
    { text: 'According to a recent survey of county farmers, most will plant less corn this year.', claim: 'most will plant', source: 'a recent survey of county farmers' },
    { text: 'The levee needs repairs, the report says.', claim: 'levee needs repairs', source: 'the report' },
  ]);
});

describe('claims/reported: a proportion is never cut to a number', () => {
  it('"About 4 in 10 said …" has the proportion as its source, or none', () => {
    const c = findClaim('About 4 in 10 said they would leave the valley.', 'would leave the valley');
    assert.ok(c.source === null || /4 in 10/.test(c.source.name), JSON.stringify(c.source));
  });
});

describe('claims/reported: organisations speak through people', () => {
  sourceTable([
    { text: 'Harlow Water Company raised its prices in May. A spokesperson for Harlow Water Company said the rise covered the cost of new pipes.', claim: 'covered the cost', source: 'Harlow Water Company' },
    // A name nothing else types is the body its spokesperson or analysts work for; a person stays a person.
    { text: 'The lake was closed on Monday. A spokesperson for Harlow Water said the pipes were safe.', claim: 'pipes were safe', source: 'Harlow Water' },
    { text: 'A spokesman for Tom Brandt said he was ill.', claim: 'he was ill', source: 'Tom Brandt' },
    { text: 'Dorran Mining Ltd. bought the quarry in 2019. The firm said it would reopen the site next year.', claim: 'reopen the site', source: 'Dorran Mining Ltd' },
    // The body, by its name or its description: never the country in its possessive.
    { text: 'Prices will rise by a tenth, according to the state\'s energy regulator, the Consejo Nacional de Energía.', claim: 'Prices will rise', source: /Consejo Nacional de Energía|energy regulator/ },
  ]);
});

describe('claims/reported: contents and cues', () => {
  it('a parenthetical attribution claims the whole clause around it', () => {
    const c = findClaim('The cleanup, analysts say, will take years.', 'cleanup');
    assert.equal(c.kind, 'reported');
    assert.equal(c.source?.name, 'analysts');
    assert.ok(c.text.includes('will take years'), c.text);
    const as = findClaim('Of course, as Tom Brandt observed, the biggest winner was the stage itself.', 'biggest winner');
    assert.equal(as.source?.name, 'Tom Brandt');
  });

  it('a noun inside the content is never its source ("to find common ground, Lott said")', () => {
    const a = analyzeArticle('In all, the judges are doing what they can to find common ground, Professor Ana Lott said.');
    assert.ok(a.claims.some((c) => c.source?.name === 'Ana Lott'), JSON.stringify(a.claims));
    for (const c of a.claims) assert.ok(!c.source || c.source.end <= c.start || c.source.start >= c.end, JSON.stringify(c));
  });

  it('"X accused Y of …" is a claim of X, with the accusation as content and stance', () => {
    const c = findClaim('Ana Lott accused the mayor of hiding the audit from the council.', 'hiding the audit');
    assert.equal(c.source?.name, 'Ana Lott');
    assert.equal(c.cue?.stance, 'accusation');
  });

  it('nominal cues: "X\'s assertion that …", "his claim that …"', () => {
    const a = findClaim('Ana Lott\'s assertion that the dam was safe angered the town.', 'the dam was safe');
    assert.equal(a.source?.name, 'Ana Lott');
    const b = findClaim('Teo Varga spoke first. His claim that the audit was forged went unanswered.', 'audit was forged');
    assert.equal(b.source?.name, 'Teo Varga');
  });

  it('"Analysts at Brightwater expect that …" is a claim of the analysts, tied to Brightwater', () => {
    const c = findClaim('Analysts at Brightwater expect that grain prices will fall in spring.', 'grain prices will fall');
    assert.equal(c.source?.text, 'Analysts at Brightwater');
    assert.equal(c.source?.name, 'Brightwater');
    assert.ok(c.source?.entityId?.startsWith('organization:'), JSON.stringify(c.source));
  });

  it('an adverbial after the cue is no content ("said later in an email")', () => {
    const a = analyzeArticle('"The numbers are final," Ortiz said later in an email.');
    assert.deepEqual(a.claims.map((c) => c.kind), ['direct']);
  });

  it('"said … and accused X of …" gives two claims, the first ending before the second cue', () => {
    const text = 'Ana Lott said the council would meet on Friday and accused the mayor of hiding the audit.';
    const said = findClaim(text, 'council would meet');
    const accused = findClaim(text, 'hiding the audit');
    assert.equal(said.text, 'the council would meet on Friday');
    assert.equal(accused.cue?.text, 'accused');
    assert.equal(accused.source?.name, 'Ana Lott');
  });

  it('a reported claim keeps its verbatim quoted words', () => {
    const text = 'Ana Lott accused the council of "wasting every penny" on the new bridge.';
    const c = findClaim(text, 'wasting every penny');
    assert.equal(c.kind, 'reported');
    assert.deepEqual(c.quoted?.map((q) => text.slice(q.start, q.end)), ['wasting every penny']);
  });
});

describe('claims/reported: stance of the cue', () => {
  const rows: Array<[string, string]> = [
    ['Ana Lott said the dam was safe.', 'neutral'],
    ['Ana Lott claimed the dam was safe.', 'assertive'],
    ['Ana Lott suggested the dam was safe.', 'hedged'],
    ['Ana Lott denied that the dam was unsafe.', 'denial'],
    ['Ana Lott alleged that the dam was unsafe.', 'accusation'],
    ['Ana Lott admitted that the dam was unsafe.', 'admission'],
    ['Ana Lott warned that the dam was unsafe.', 'warning'],
  ];
  for (const [text, stance] of rows) {
    it(`${text} → ${stance}`, () => assert.equal(findClaim(text, 'the dam was').cue?.stance, stance));
  }
});
