// People's names the tagger misreads: romanised East Asian names with a hyphenated given name, and
// first-name-only mentions in interviews. Articles here are written for these tests.
import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/analysis';
import type { Analysis, EntityType } from '../../src/analysis/model';

function typeOf(a: Analysis, name: string): EntityType | undefined {
  return a.entities.find((e) => e.name === name)?.type;
}

function listing(a: Analysis): string {
  return a.entities.map((e) => `${e.type}:${e.name}`).join(', ');
}

describe('entities: romanised names', () => {
  it('reads a family name and a hyphenated given name as a person, wherever it stands', () => {
    const text =
      "The reform camp's Tsang Wing-yee and Lo Ka-fai of the Harbour Party won seats. " +
      'Chow Siu-ming from the Harbour Party lost by 300 votes.';
    const a = analyzeArticle(text);
    for (const name of ['Tsang Wing-yee', 'Lo Ka-fai', 'Chow Siu-ming']) assert.equal(typeOf(a, name), 'person', `${name} in: ${listing(a)}`);
    assert.equal(typeOf(a, 'Harbour Party'), 'organization', listing(a));
  });

  it('does not take a compound suffix into a name: "X-based" says where X is', () => {
    const text = 'A Hong Kong-based bank and a Valmera-based shipping firm signed the deal with Paris-born designers.';
    const a = analyzeArticle(text);
    assert.equal(typeOf(a, 'Hong Kong'), 'place', listing(a));
    assert.equal(typeOf(a, 'Valmera'), 'place', listing(a));
    assert.ok(!a.entities.some((e) => /-(based|born)/.test(e.name)), listing(a));
  });
});

describe('entities: interviewees', () => {
  it('reads the one a heading says is interviewed as a person, even with an unknown first name', () => {
    const text = 'Wikinews interviews Marisko Velde on deep-sea corals\n\nVelde has studied corals for twenty years.';
    const a = analyzeArticle(text);
    assert.equal(typeOf(a, 'Marisko Velde'), 'person', listing(a));
    const velde = a.entities.find((e) => e.name === 'Marisko Velde')!;
    assert.equal(velde.mentions.length, 2, listing(a));
  });

  it('reads "an interview with X Y" as naming a person', () => {
    const text = 'In an interview with Torvald Aske, the board asked about the ice cores.';
    const a = analyzeArticle(text);
    assert.equal(typeOf(a, 'Torvald Aske'), 'person', listing(a));
  });
});

describe('entities: initials', () => {
  it('reads initials and a surname as a person, but not a country or body written with stops', () => {
    const text = 'Jurors in the T.R. Holloway trial heard from U.S. Navy officers and the U.N. Security Council.';
    const a = analyzeArticle(text);
    assert.equal(typeOf(a, 'T.R. Holloway'), 'person', listing(a));
    assert.equal(typeOf(a, 'U.S. Navy'), 'organization', listing(a));
    assert.equal(typeOf(a, 'U.N. Security Council'), 'organization', listing(a));
  });
});

describe('entities: craft names', () => {
  it("reads one name before 'spacecraft', 'probe' or 'ship' as the craft's, not a person's; a full name stays a person", () => {
    const text = 'The Ulysses spacecraft and the Persephone probe carried detectors built by the Ingrid Marlow satellite team.';
    const a = analyzeArticle(text);
    assert.ok(!a.entities.some((e) => e.type === 'person' && /Ulysses|Persephone/.test(e.name)), listing(a));
    assert.equal(typeOf(a, 'Ingrid Marlow'), 'person', listing(a));
  });
});
