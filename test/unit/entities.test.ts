// People, places and organizations found per paragraph and in the whole article: spans, titles,
// roles, context rules and headings. Articles here are written for these tests.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle } from '../../src/analysis';
import type { Analysis, Entity, EntityType } from '../../src/analysis/model';
import { isHeading } from '../../src/analysis/text/headings';

const FIXTURES = path.join(__dirname, '..', '..', '..', 'test', 'fixtures');

function byName(a: Analysis, name: string): Entity {
  const e = a.entities.find((x) => x.name === name);
  assert.ok(e, `no entity "${name}" in: ${a.entities.map((x) => `${x.type}:${x.name}`).join(', ')}`);
  return e;
}

function names(a: Analysis, type: EntityType): string[] {
  return a.entities.filter((e) => e.type === type).map((e) => e.name);
}

function mentionTexts(text: string, e: Entity): string[] {
  return e.mentions.map((m) => text.slice(m.start, m.end));
}

describe('entities: spans', () => {
  it('leaves titles and honorifics out of the name and keeps them as roles', () => {
    const text = 'U.S. President Joe Biden met Panamanian President Mulino. Transport Minister Lucía Ferreira spoke later.';
    const a = analyzeArticle(text);
    assert.deepEqual(mentionTexts(text, byName(a, 'Joe Biden')), ['Joe Biden']);
    assert.deepEqual(byName(a, 'Joe Biden').roles, ['U.S. President']);
    assert.deepEqual(byName(a, 'Mulino').roles, ['Panamanian President']);
    assert.deepEqual(byName(a, 'Lucía Ferreira').roles, ['Transport Minister']);
    // the place inside a title is a place of its own
    assert.deepEqual(names(a, 'place'), ['U.S.']);
  });

  it('strips possessives and trailing punctuation', () => {
    const text = 'Hana Kowalczyk won the vote. Kowalczyk\'s victory surprised her rivals, said Kowalczyk.';
    const a = analyzeArticle(text);
    const e = byName(a, 'Hana Kowalczyk');
    assert.deepEqual(mentionTexts(text, e), ['Hana Kowalczyk', 'Kowalczyk', 'Kowalczyk']);
  });

  it('does not call a possessor plus "government" or "office" an organization', () => {
    const text = 'Prime Minister Arvid Lunde resigned on Monday. Lunde\'s government had lasted a year. Lunde\'s office declined to comment.';
    const a = analyzeArticle(text);
    assert.deepEqual(names(a, 'organization'), []);
    assert.equal(byName(a, 'Arvid Lunde').mentions.length, 3);
  });

  it('finds organization names by their last word, acronyms, and drops a leading "The"', () => {
    const text = 'The Harbour Workers\' Union met the Valmera Port Authority. NASA and AFP reported it, as did The Associated Press.';
    const a = analyzeArticle(text);
    assert.deepEqual(names(a, 'organization').sort(), ['AFP', 'Associated Press', 'Harbour Workers\' Union', 'NASA', 'Valmera Port Authority']);
  });

  it('finds "U.S." and "US" as places', () => {
    const text = 'Officials in the U.S. were worried. Later, US officials met in Oslo.';
    const a = analyzeArticle(text);
    assert.deepEqual(names(a, 'place').sort(), ['Oslo', 'U.S.']);
    assert.deepEqual(mentionTexts(text, byName(a, 'U.S.')), ['U.S.', 'US']);
  });

  it('splits a person "of" an organization, but keeps "of" inside organization and place names', () => {
    const a = analyzeArticle('Councillor Fernando Cheung of the Labour Party met staff from the University of Sheffield at the Port of Valmera.');
    assert.deepEqual(names(a, 'person'), ['Fernando Cheung']);
    assert.deepEqual(names(a, 'organization').sort(), ['Labour Party', 'University of Sheffield']);
    assert.deepEqual(names(a, 'place'), ['Port of Valmera']);
  });

  it('starts a name at its first name when a run of capitals runs into one', () => {
    const a = analyzeArticle('The launch was watched by NASA photographer Bill Ingalls. Nonpartisan Paul Tse won a seat.');
    assert.deepEqual(names(a, 'person').sort(), ['Bill Ingalls', 'Paul Tse']);
    assert.deepEqual(names(a, 'organization'), ['NASA']);
  });

  it('ends a name at a line break', () => {
    // a soft-wrapped line joins the next one into one paragraph; the name must still stop at the break
    const text = 'The councillors re-elected in the eastern district this year include Regina Ip\nKowloon East went to the DAB.';
    const a = analyzeArticle(text);
    for (const e of a.entities) for (const m of e.mentions) assert.doesNotMatch(text.slice(m.start, m.end), /\n/);
    assert.ok(names(a, 'person').includes('Regina Ip'), JSON.stringify(a.entities.map((e) => e.name)));
  });

  it('keeps geographic names that open with a first name as places ("Ross Sea")', () => {
    const a = analyzeArticle('The team sailed into the Ross Sea in January. Christopher Hill, a senator, joined them.');
    assert.deepEqual(names(a, 'place'), ['Ross Sea']);
    assert.deepEqual(names(a, 'person'), ['Christopher Hill']);
  });

  it('emits the place in a title that names no one ("the LA Sheriff\'s office")', () => {
    const a = analyzeArticle('A representative for the Los Angeles Sheriff\'s office declined to comment.');
    assert.deepEqual(names(a, 'place'), ['Los Angeles']);
    assert.deepEqual(names(a, 'person'), []);
  });

  it('ends an organization name before "of the" and a country, and a title at the body it names', () => {
    const a = analyzeArticle('Professor Ama Owusu of Colorado State University of the US agreed. CEO of the Refugee Council Enver Solomon disagreed.');
    assert.deepEqual(names(a, 'organization').sort(), ['Colorado State University', 'Refugee Council']);
    assert.deepEqual(byName(a, 'Enver Solomon').roles, ['CEO of the Refugee Council']);
    assert.ok(names(a, 'place').includes('US'));
  });

  it('reads "Town, State" as two places even when compromise reads a first name and surname', () => {
    const a = analyzeArticle('Ahmed Mohamed, a 14-year-old boy from Irving, Texas, was arrested at school.');
    assert.deepEqual(names(a, 'place').sort(), ['Irving', 'Texas']);
    assert.deepEqual(names(a, 'person'), ['Ahmed Mohamed']);
  });

  it('keeps names joined by "and" apart', () => {
    const a = analyzeArticle('He has met leaders in Argentina and Uruguay.');
    assert.deepEqual(names(a, 'place').sort(), ['Argentina', 'Uruguay']);
  });

  it('makes no acronyms of a paragraph in capitals, but links names known from elsewhere', () => {
    const text = 'BREAKING: THE PRESIDENT SAID TALKS WITH MADURO HAD FAILED.\n\nNicolas Maduro denied it.';
    const a = analyzeArticle(text);
    assert.deepEqual(a.entities.map((e) => e.name), ['Nicolas Maduro']);
    assert.deepEqual(mentionTexts(text, a.entities[0]), ['MADURO', 'Nicolas Maduro']);
  });

  it('never makes a pronoun or a nationality a mention', () => {
    const a = analyzeArticle('He said she was Venezuelan. They met the Latin American leaders.');
    assert.deepEqual(a.entities, []);
  });
});

describe('entities: names compromise does not know', () => {
  it('finds a person next to a speech verb', () => {
    const text = '"Ships will not wait," said Adaeze Okonkwo. Later Chidubem Eze said the port was quiet.';
    const a = analyzeArticle(text);
    assert.deepEqual(names(a, 'person').sort(), ['Adaeze Okonkwo', 'Chidubem Eze']);
  });

  it('finds a person after a role noun, with that role', () => {
    const a = analyzeArticle('The report was written by environmental engineer Tunde Bakare and logistics analyst Oyelaran Fasanmi.');
    assert.deepEqual(byName(a, 'Tunde Bakare').roles, ['environmental engineer']);
    assert.deepEqual(byName(a, 'Oyelaran Fasanmi').roles, ['logistics analyst']);
  });

  it('finds a person before an apposition and keeps the apposition (without its article) as a role', () => {
    const text = 'Tunde Bakare, a crane operator who has worked at the port for years, was there. Okechukwu Nnaji, the general secretary of the Harbour Workers\' Union, spoke.';
    const a = analyzeArticle(text);
    assert.deepEqual(byName(a, 'Tunde Bakare').roles, ['crane operator']);
    assert.deepEqual(byName(a, 'Okechukwu Nnaji').roles, ["general secretary of the Harbour Workers' Union"]);
  });

  it('makes people of unknown names listed with a person', () => {
    // alone, "Felice Quinto" is not typed by anything; beside a known person it is
    assert.deepEqual(names(analyzeArticle('Photographs were taken by Felice Quinto.'), 'person'), []);
    const a = analyzeArticle('Photographs were taken by Christopher Makos and Felice Quinto.');
    assert.deepEqual(names(a, 'person').sort(), ['Christopher Makos', 'Felice Quinto']);
  });

  it('makes an unknown possessor of a person\'s full name an organization', () => {
    const a = analyzeArticle('Demosisto\'s Nathan Law earned a seat.');
    assert.deepEqual(names(a, 'organization'), ['Demosisto']);
    assert.deepEqual(names(a, 'person'), ['Nathan Law']);
  });

  it('makes an unknown name possessed by an organization a person, keeping a hyphenated name whole', () => {
    const text = 'Democratic Party\'s Hui Chi-fung won. Frederick Fung lost.';
    const a = analyzeArticle(text);
    assert.deepEqual(names(a, 'organization'), ['Democratic Party']);
    assert.deepEqual(names(a, 'person').sort(), ['Frederick Fung', 'Hui Chi-fung']);
    // the syllable "fung" of "Chi-fung" is no mention of Frederick Fung
    assert.deepEqual(mentionTexts(text, byName(a, 'Frederick Fung')), ['Frederick Fung']);
  });

  it('records a role written before the name with a comma', () => {
    const a = analyzeArticle('Its chief executive, Henrik Dahl, said on Sunday that the offer was fair.');
    assert.deepEqual(byName(a, 'Henrik Dahl').roles, ['chief executive']);
  });

  it('takes no role from an object before a comma, a list word, or a trailing preposition', () => {
    const text = 'Unable to speak with his mother, Daniel Okoro left. Guests included musician Tiziano Lugli. The show was led by Kirsten Vale, curator of "Modern Eyes".';
    const a = analyzeArticle(text);
    assert.deepEqual(byName(a, 'Daniel Okoro').roles, []);
    assert.deepEqual(byName(a, 'Tiziano Lugli').roles, ['musician']);
    assert.deepEqual(byName(a, 'Kirsten Vale').roles, ['curator']);
  });

  it('does not make a person of an organization word after a title word ("Republican Party")', () => {
    const a = analyzeArticle('He ran for the U.S. Republican Party in 2016.');
    assert.deepEqual(names(a, 'person'), []);
  });

  it('does not make a speaker of a name governed by a preposition ("a spokesman for X said")', () => {
    const a = analyzeArticle('A spokesman for Halvard Engineering said the company had followed every rule.');
    assert.deepEqual(names(a, 'person'), []);
    assert.deepEqual(names(a, 'organization'), ['Halvard Engineering']);
  });
});

describe('entities: headings', () => {
  it('recognises title-cased lines without a final stop as headings', () => {
    assert.equal(isHeading('Why Does Panama Support González?'), true);
    assert.equal(isHeading('Why it Matters'), true);
    assert.equal(isHeading('What People Are Saying'), true);
    assert.equal(isHeading('González met the president on Wednesday.'), false);
    assert.equal(isHeading('he said the vote was rigged and the count was late'), false);
  });

  it('does not create people from capitalised verbs in a heading, but links known names in it', () => {
    const text = 'Why Does Panama Support Rivas?\n\nMarta Rivas, the opposition leader, visited Panama on Monday.';
    const a = analyzeArticle(text);
    assert.deepEqual(names(a, 'person'), ['Marta Rivas']);
    const rivas = byName(a, 'Marta Rivas');
    assert.deepEqual(mentionTexts(text, rivas), ['Rivas', 'Marta Rivas']);
    assert.equal(byName(a, 'Panama').mentions.length, 2);
  });

  it('stops a heading name at ordinary title-cased words', () => {
    const text = '# Dockworkers Walk Out as Port of Valmera Talks Collapse\n\nThe Port of Valmera was quiet on Monday.';
    const a = analyzeArticle(text, { languageId: 'markdown' });
    assert.deepEqual(a.entities.map((e) => `${e.type}:${e.name}`), ['place:Port of Valmera']);
    assert.equal(a.entities[0].mentions.length, 2);
  });

  it('a heading alone creates no person', () => {
    const a = analyzeArticle('Officials Say Talks Collapse\n\nThe talks ended on Friday.');
    assert.deepEqual(names(a, 'person'), []);
  });
});

describe('entities: a longer article (fixture)', () => {
  const text = fs.readFileSync(path.join(FIXTURES, 'entities-river-dam.txt'), 'utf8');
  const a = analyzeArticle(text);

  it('finds each person once, with all their mentions', () => {
    assert.deepEqual(names(a, 'person').sort(), ['Irena Orlova', 'Jonas Brekke', 'Nadia Okafor', 'Rafael Quintero-Lobos', 'Samuel Okafor']);
    // heading, full name, possessive
    assert.deepEqual(mentionTexts(text, byName(a, 'Irena Orlova')), ['Orlova', 'Irena Orlova', 'Orlova']);
    assert.deepEqual(mentionTexts(text, byName(a, 'Rafael Quintero-Lobos')), ['Rafael Quintero-Lobos', 'Quintero-Lobos', 'Quintero']);
  });

  it('sends a shared surname to the person named most recently, never merging the two', () => {
    const nadia = byName(a, 'Nadia Okafor');
    const samuel = byName(a, 'Samuel Okafor');
    assert.notEqual(nadia.id, samuel.id);
    const okaforSaid = text.indexOf('Ms. Okafor said') + 4;
    const heSaid = text.indexOf('Okafor said he');
    assert.ok(nadia.mentions.some((m) => m.start === okaforSaid));
    assert.ok(samuel.mentions.some((m) => m.start === heSaid));
  });

  it('keeps roles from titles and appositions', () => {
    assert.deepEqual(byName(a, 'Irena Orlova').roles, ['Energy Minister']);
    assert.deepEqual(byName(a, 'Jonas Brekke').roles, ['senior analyst at Norrland Capital']);
    assert.deepEqual(byName(a, 'Halvard Engineering').roles, ['company building the dam']);
  });

  it('finds places and organizations', () => {
    for (const n of ['Tamsin River', 'Lindqvist Bay']) assert.equal(byName(a, n).type, 'place');
    // the dateline in capitals and the town named later are one place
    assert.deepEqual(mentionTexts(text, byName(a, 'Kestral')), ['KESTRAL', 'Kestral']);
    for (const n of ['Kestral Water Agency', 'Halvard Engineering', 'European Commission', 'UN', 'IEA', 'Norrland Capital']) {
      assert.equal(byName(a, n).type, 'organization', n);
    }
  });

  it('every mention is a name as written: no titles, no possessive, no punctuation', () => {
    for (const e of a.entities) {
      for (const m of mentionTexts(text, e)) {
        assert.doesNotMatch(m, /^(The|Ms\.?|Mr\.?|President|Minister)\s|['’]s$|[.,;:!?]$/, `${e.name}: "${m}"`);
      }
    }
  });
});

describe('entities: a second fixture in another style (science news)', () => {
  const text = fs.readFileSync(path.join(FIXTURES, 'entities-science-mission.txt'), 'utf8');
  const a = analyzeArticle(text);

  it('finds the people with their titles and roles, and no one else', () => {
    assert.deepEqual(names(a, 'person').sort(), ['Ingrid Solberg', 'Paul Reyes', 'Tomasz Wierzbicki']);
    assert.deepEqual(byName(a, 'Paul Reyes').roles, ['NASA Administrator']);
    assert.deepEqual(byName(a, 'Tomasz Wierzbicki').roles, ['Planetary geologist']);
    assert.equal(byName(a, 'Ingrid Solberg').mentions.length, 3);
  });

  it('merges the agency with its acronym, including the possessive and the photo credit', () => {
    const esa = byName(a, 'European Space Agency');
    assert.equal(esa.type, 'organization');
    assert.deepEqual(mentionTexts(text, esa), ['European Space Agency', 'ESA', 'ESA', 'ESA']);
  });

  it('finds a town compromise does not know from "in"', () => {
    assert.equal(byName(a, 'Darmstadt').type, 'place');
    assert.equal(byName(a, 'Germany').type, 'place');
  });
});
