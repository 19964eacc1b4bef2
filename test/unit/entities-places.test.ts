// Places and the bodies named after them: a gazetteer of well-known geography the tagger misses,
// bodies named "<noun> <country>", newspapers, service districts, web addresses, and names inside
// modifiers. Articles here are written for these tests.
import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/analysis';
import type { Analysis, EntityType } from '../../src/analysis/model';

function typeOf(a: Analysis, name: string): EntityType | undefined {
  return a.entities.find((e) => e.name === name)?.type;
}

function listing(a: Analysis): string {
  return a.entities.map((e) => `${e.type}:${e.name}`).join(', ');
}

describe('entities: well-known places', () => {
  it('finds regions, ranges and cities the tagger does not know or reads as a name', () => {
    const text =
      'Farmers across the Midwest and the Pacific Northwest lost crops this summer. ' +
      'Houston has been hit by floods twice, and climbers in the Alps reported record heat. ' +
      'The probe is due back on Earth next year.';
    const a = analyzeArticle(text);
    for (const name of ['Midwest', 'Pacific Northwest', 'Houston', 'Alps', 'Earth']) assert.equal(typeOf(a, name), 'place', `${name} in: ${listing(a)}`);
  });

  it('reads "the South", "the Sun" as places, but not a direction before a noun', () => {
    const text = 'Storms moved across the South on Tuesday. The probe will pass close to the Sun in May. South winds were expected.';
    const a = analyzeArticle(text);
    const mentions = a.entities.flatMap((e) => e.mentions.map((m) => `${e.type}:${text.slice(m.start, m.end)}@${m.start}`));
    assert.deepEqual(mentions.sort(), [`place:South@${text.indexOf('South')}`, `place:Sun@${text.indexOf('Sun')}`].sort(), listing(a));
  });

  it('keeps a surname that is also a city a person when the context says so', () => {
    const text = 'The engineer Dana Houston joined the crew. "We are ready," Houston said.';
    const a = analyzeArticle(text);
    assert.equal(typeOf(a, 'Dana Houston'), 'person', listing(a));
    assert.ok(!a.entities.some((e) => e.type === 'place' && e.name === 'Houston'), listing(a));
  });

  it('reads a city that is also a first name as a place only after a locative preposition', () => {
    const text = 'The festival opened in Austin and ends near Sydney. A letter from Charlotte thanked the organisers.';
    const a = analyzeArticle(text);
    assert.equal(typeOf(a, 'Austin'), 'place', listing(a));
    assert.equal(typeOf(a, 'Sydney'), 'place', listing(a));
    assert.notEqual(typeOf(a, 'Charlotte'), 'place', listing(a));
  });
});

describe('entities: towns named with their country or state', () => {
  it('reads an unknown name before a comma and a country or state as a town there', () => {
    const text = 'The convoy left Zeltweg, Austria on Monday and reached Valmerica, Texas, two weeks later.';
    const a = analyzeArticle(text);
    for (const name of ['Zeltweg', 'Austria', 'Valmerica', 'Texas']) assert.equal(typeOf(a, name), 'place', `${name} in: ${listing(a)}`);
  });

  it("leaves a person before a country's possessive alone", () => {
    const text = 'Adaeze Okonkwo, Nigeria\'s trade minister, said tariffs would fall. Okonkwo, Nigeria\'s envoy before that, agreed.';
    const a = analyzeArticle(text);
    assert.ok(!a.entities.some((e) => e.type === 'place' && /Okonkwo/.test(e.name)), listing(a));
  });
});

describe('entities: bodies named after places', () => {
  it('reads "<common noun> <country>" as a national body, but not a region of the country', () => {
    const text =
      'Environment Canada issued a heat warning on Monday, and Health Canada urged people to drink water. ' +
      'Flights to Mainland China and Northern Ireland were delayed.';
    const a = analyzeArticle(text);
    assert.equal(typeOf(a, 'Environment Canada'), 'organization', listing(a));
    assert.equal(typeOf(a, 'Health Canada'), 'organization', listing(a));
    assert.equal(typeOf(a, 'Mainland China'), 'place', listing(a));
    assert.equal(typeOf(a, 'Northern Ireland'), 'place', listing(a));
  });

  it('keeps such a body whole at the start of a sentence and reads a portfolio before a title as no place', () => {
    const text =
      'Transport Canada spokesperson Mira Dhal said the rules would change. ' +
      'Environment Minister Paul Osei agreed, and Virginia Governor Ana Ruiz objected. ' +
      'Returning Canada to its old rules would take years.';
    const a = analyzeArticle(text);
    assert.equal(typeOf(a, 'Transport Canada'), 'organization', listing(a));
    assert.ok(!a.entities.some((e) => e.name === 'Environment'), listing(a));
    assert.equal(typeOf(a, 'Virginia'), 'place', listing(a));
    assert.ok(!a.entities.some((e) => e.name === 'Returning Canada'), listing(a));
  });

  it('reads a city and a masthead word as a newspaper', () => {
    const text = 'The story was first reported by the Calgary Sun and later picked up by the Halifax Star and the Daily Mail.';
    const a = analyzeArticle(text);
    for (const name of ['Calgary Sun', 'Halifax Star', 'Daily Mail']) assert.equal(typeOf(a, name), 'organization', `${name} in: ${listing(a)}`);
  });

  it('reads a school district as a body and a plain district as a place', () => {
    const text = 'The Maple Falls School District closed its buildings after the storm hit the Lakes District.';
    const a = analyzeArticle(text);
    assert.equal(typeOf(a, 'Maple Falls School District'), 'organization', listing(a));
    assert.equal(typeOf(a, 'Lakes District'), 'place', listing(a));
  });

  it("reads an organisation's acronym before a place as its branch, and a lab as a body", () => {
    const text = 'Reporters from BBC Scotland visited the Harbour Dust Lab, which UNC Greensboro runs with the US Navy.';
    const a = analyzeArticle(text);
    for (const name of ['BBC Scotland', 'Harbour Dust Lab', 'UNC Greensboro']) assert.equal(typeOf(a, name), 'organization', `${name} in: ${listing(a)}`);
  });

  it('reads a web address as an organisation', () => {
    const text = 'The figures were first published by Harbourwatch.org and confirmed later.';
    const a = analyzeArticle(text);
    assert.equal(typeOf(a, 'Harbourwatch.org'), 'organization', listing(a));
  });
});

describe('entities: names that name nothing themselves', () => {
  it('skips names inside pro-/anti- modifiers and named operations', () => {
    const text = 'The pro-Beijing camp lost seats, and anti-Tokyo protests grew during Operation Lantern in the city of Osaka.';
    const a = analyzeArticle(text);
    assert.ok(!a.entities.some((e) => /Beijing|Tokyo|Lantern/.test(e.name)), listing(a));
    assert.equal(typeOf(a, 'Osaka'), 'place', listing(a));
  });

  it('reads one hyphenated word ending in an ordinary word as no name', () => {
    const text = 'Guests waited in the Paris-room of the hotel in Lyon.';
    const a = analyzeArticle(text);
    assert.ok(!a.entities.some((e) => /Paris/.test(e.name)), listing(a));
    assert.equal(typeOf(a, 'Lyon'), 'place', listing(a));
  });

  it('reads a word the tagger calls a person, then a city, as a person\'s full name', () => {
    const text = 'Frank Messina read his poems aloud at the stadium.';
    const a = analyzeArticle(text);
    assert.equal(typeOf(a, 'Frank Messina'), 'person', listing(a));
  });
});
