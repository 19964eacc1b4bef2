// One card per real entity: tables of sentences and the cards (entities) they must give, each card
// written as its mentions in text order. A card listed must come out exactly so: a mention too many
// (two people merged) or too few (one split) fails.
import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/analysis';
import { acronymLetters, initials } from '../../src/analysis/entities/bodyLinks';
import { isNicknameOf } from '../../src/analysis/lexicon/nicknames';

interface Case {
  /** What the case is about. */
  what: string;
  text: string;
  /** Expected cards, each as its mentions as written, in text order. */
  cards: string[][];
}

function cardsOf(text: string): string[][] {
  return analyzeArticle(text).entities.map((e) => e.mentions.map((m) => text.slice(m.start, m.end)));
}

function check(cases: Case[]): void {
  for (const c of cases) {
    it(c.what, () => {
      const got = cardsOf(c.text);
      const shown = got.map((card) => `[${card.join(', ')}]`).join(' ');
      for (const want of c.cards) {
        assert.ok(
          got.some((card) => card.length === want.length && card.every((m, i) => m === want[i])),
          `expected a card [${want.join(', ')}]; got ${shown}`,
        );
      }
    });
  }
}

describe('entities: two people who share a surname are two cards', () => {
  check([
    {
      what: 'a first name the tagger does not know, beside a known surname, is another person',
      text: 'The list was led by Mara Quillfeather.\n\nThe seat went to independent Orvid Quillfeather, who beat two rivals.\n\nOrvid Quillfeather thanked his voters.',
      cards: [['Mara Quillfeather'], ['Orvid Quillfeather', 'Orvid Quillfeather']],
    },
    {
      what: 'two unknown first names before one surname, known only bare, are two people',
      text: 'Veteran Mirel Quillfeather lost her seat, while newcomer Orvid Quillfeather won. Quillfeather said he was pleased.',
      cards: [['Mirel Quillfeather'], ['Orvid Quillfeather', 'Quillfeather']],
    },
    {
      what: 'a bare surname in the same paragraph goes to the bearer named last before it',
      text: 'Hector Vandermolen opened the meeting.\n\nLater, Greta Vandermolen took the floor. Vandermolen said the budget was too small.',
      cards: [['Hector Vandermolen'], ['Greta Vandermolen', 'Vandermolen']],
    },
    {
      what: 'in a later paragraph a bare surname stays with the main bearer, not a relative named once',
      text: [
        'Hector Vandermolen, the novelist, wrote about the flood. He went looking for his brother, Ansel Vandermolen, who had gone missing.',
        'Readers still turn to Vandermolen for comfort.',
      ].join('\n\n'),
      cards: [['Hector Vandermolen', 'Vandermolen'], ['Ansel Vandermolen']],
    },
    {
      what: 'the main bearer keeps the bare surname after a parent is introduced',
      text: [
        'Student Amir Haddadin built a radio. Haddadin showed it to his teacher.',
        'On Monday, Haddadin and his father travel to the capital. His father Omar Haddadin said the family was proud.',
        'Supporters wrote letters to Haddadin.',
      ].join('\n\n'),
      cards: [['Amir Haddadin', 'Haddadin', 'Haddadin', 'Haddadin'], ['Omar Haddadin']],
    },
    {
      what: 'a title line\'s misread name does not take the surname from the person the story names',
      text: [
        'Republican Donor Vandermolen and Ruiz May Be Aligning on Trade.',
        'Top party donor Hector Vandermolen said on Friday he met Ruiz this week.',
        'Later, Ruiz praised Vandermolen on television.',
      ].join('\n\n'),
      cards: [['Hector Vandermolen', 'Vandermolen']],
    },
    {
      what: 'different middle initials are different people',
      text: 'Former governor Martin J. K. Osterhout endorsed Martin K. Osterhout on Monday.',
      cards: [['Martin J. K. Osterhout'], ['Martin K. Osterhout']],
    },
    {
      what: 'a headline surname goes to the bearer the article is clearly about',
      text: [
        'Vandermolen Wins Again',
        'Hector Vandermolen won the race on Sunday. Hector Vandermolen thanked his team, and his sister Greta Vandermolen cheered.',
        'Hector Vandermolen will race again in May.',
      ].join('\n\n'),
      cards: [['Vandermolen', 'Hector Vandermolen', 'Hector Vandermolen', 'Hector Vandermolen'], ['Greta Vandermolen']],
    },
    {
      what: 'a surname in a summary before any full name goes to the bearer named next on their own',
      text: [
        'As Mr. Quillfeather has risen, protests have grown.',
        'When Ana Ruiz heard that Hector Quillfeather would speak in town, she went.',
        'His cousin Mirel Quillfeather stayed home.',
      ].join('\n\n'),
      cards: [['Quillfeather', 'Hector Quillfeather'], ['Mirel Quillfeather']],
    },
    {
      what: 'a bare surname that nothing before it points to joins neither',
      text: 'Vandermolen arrived late.\n\nHector Vandermolen and Greta Vandermolen both spoke at the dinner.',
      cards: [['Hector Vandermolen'], ['Greta Vandermolen']],
    },
  ]);
});

describe('entities: everyday first names join the full name when the surname agrees', () => {
  check([
    {
      what: 'Larry for Lawrence',
      text: 'Lawrence Okafor founded the charity.\n\nLarry Okafor said it would grow.',
      cards: [['Lawrence Okafor', 'Larry Okafor']],
    },
    {
      what: 'Bob for Robert, and the surname alone',
      text: 'Bob Kettleworth leads the council. Robert Kettleworth was elected in 2019. Kettleworth says he will run again.',
      cards: [['Bob Kettleworth', 'Robert Kettleworth', 'Kettleworth']],
    },
    {
      what: 'a first name spelled with one vowel changed, same surname, is the same person',
      text: 'Kristen Alvey curates the collection. Kristin Alvey said it holds 150 prints. Alvey plans a show.',
      cards: [['Kristen Alvey', 'Kristin Alvey', 'Alvey']],
    },
    {
      what: 'a first name after "that" (a conjunction there) still joins its person',
      text: 'Frank Osterhout builds telescopes.\n\nThe tools that Frank uses are old.',
      cards: [['Frank Osterhout', 'Frank']],
    },
    {
      what: 'Bill and William with different surnames stay apart',
      text: 'Bill Okafor met William Kettleworth on Tuesday.',
      cards: [['Bill Okafor'], ['William Kettleworth']],
    },
  ]);
});

describe('entities: short and long forms of one body are one card', () => {
  check([
    {
      what: 'a country before a body only says whose it is',
      text: 'The US Commerce Department issued a warning. The Commerce Department said exports fell.',
      cards: [['US Commerce Department', 'Commerce Department']],
    },
    {
      what: 'a party named with a lower-case "party" is the party named in full',
      text: 'He joined the U.S. Republican Party in 1979. He hopes to lead the Republican party in a new direction.',
      cards: [['U.S. Republican Party', 'Republican party']],
    },
    {
      what: 'a spelled-out country before a body',
      text: 'The United States Coast Guard searched the bay. A Coast Guard spokesman said the search would go on.',
      cards: [['United States Coast Guard', 'Coast Guard']],
    },
    {
      what: 'a web domain of a name is that name',
      text: 'The report was first published by Ravenwire. Ravenwire.com later corrected it.',
      cards: [['Ravenwire', 'Ravenwire.com']],
    },
    {
      what: 'a company is its name without "Group", even where a speech verb makes it look like a person',
      text: 'The Vantor Group cut 200 jobs. Vantor said demand had fallen.',
      cards: [['Vantor Group', 'Vantor']],
    },
    {
      what: 'a short spelling after "a" is one of the kind, not the body',
      text: 'The Vantor Group cut 200 jobs. Shares of Vantor fell.\n\nHe had been a Vantor man all his life.',
      cards: [['Vantor Group', 'Vantor']],
    },
    {
      what: 'a party name without "Party" is mostly an adjective: it does not join the party',
      text: 'The Greenway Party won two seats. Greenway voters were pleased.',
      cards: [['Greenway Party']],
    },
    {
      what: '"State of X" is X',
      text: 'The State of Ohio sued the company. Ohio says the plant leaked.',
      cards: [['State of Ohio', 'Ohio']],
    },
    {
      what: 'an acronym of a name\'s initials is that name',
      text: 'The Valmera Port Authority raised its fees. VPA officials said costs had doubled.',
      cards: [['Valmera Port Authority', 'VPA']],
    },
    {
      what: 'a body\'s acronym in brackets, from its name in another language',
      text: 'The head of CEI (Valmeran Episcopal Conference) spoke on Sunday. CEI will meet again in May.',
      cards: [['CEI', 'Valmeran Episcopal Conference', 'CEI']],
    },
    {
      what: 'a body named "<head> of … and …" with ordinary words after "and" is one name',
      text: 'The Department of Health and Human Services said it would act. The department gave no date.',
      cards: [['Department of Health and Human Services']],
    },
    {
      what: 'a university and its initials',
      text: 'She teaches at the University of Eastern Ashford. UEA has 9,000 students.',
      cards: [['University of Eastern Ashford', 'UEA']],
    },
    {
      what: 'the capitalised head word alone refers back to the one body it heads',
      text: 'The Church of the Silver Dawn bought the farm. The Church said it would build a school there.',
      cards: [['Church of the Silver Dawn', 'Church']],
    },
    {
      what: 'the words before "of" name the same court',
      text: 'The Supreme Court of Valmera ruled on Monday. The Supreme Court had delayed the case twice.',
      cards: [['Supreme Court of Valmera', 'Supreme Court']],
    },
  ]);
});

describe('entities: a longer name that contains a shorter one can be another thing', () => {
  check([
    {
      what: 'a prize named after a company is not the company',
      text: 'Google sponsored the Google Science Prize this year. Google said 5,000 students entered.',
      cards: [['Google', 'Google'], ['Google Science Prize']],
    },
    {
      what: 'a national body\'s bare name is not the state body named before it',
      text: 'The Missouri Senate passed the bill on Monday. The measure now goes to the Senate in Washington.',
      cards: [['Missouri Senate'], ['Senate']],
    },
    {
      what: 'but it is the same body with a country before it',
      text: 'The U.S. Senate passed the bill on Monday. Two weeks later the Senate voted again.',
      cards: [['U.S. Senate', 'Senate']],
    },
    {
      what: '"and" before a name of its own joins nothing',
      text: 'The Bank of Ashford and Lott Holdings signed the deal.',
      cards: [['Bank of Ashford'], ['Lott Holdings']],
    },
    {
      what: 'a place in brackets after a place is no acronym of it',
      text: 'Flooding closed roads in Ashford (UK) on Monday.',
      cards: [['Ashford']],
    },
    {
      what: 'a bare body word with two bodies it could head, and nothing pointing, stays apart',
      text: 'The US Navy and the French Navy held drills.\n\nThe Navy will publish a report.',
      cards: [['US Navy'], ['French Navy']],
    },
  ]);
});

describe('entities: the word tables behind the cards', () => {
  it('knows everyday forms of given names, one way only', () => {
    const table: Array<[string, string, boolean]> = [
      ['larry', 'lawrence', true],
      ['bob', 'robert', true],
      ['bill', 'william', true],
      ['lawrence', 'larry', false],
      ['bill', 'robert', false],
      ['ana', 'anna', false],
    ];
    for (const [short, formal, want] of table) assert.equal(isNicknameOf(short, formal), want, `${short} / ${formal}`);
  });

  it('abbreviates names to their initials, and reads acronyms as written', () => {
    const table: Array<[string, string]> = [
      ['University of Eastern Ashford', 'uea'],
      ['Los Angeles', 'la'],
      ['LibriVox', 'lv'],
      ['PACs', ''],
      ['U.S. Senate', ''],
      ['the Valmera Port Authority', 'vpa'],
    ];
    for (const [name, want] of table) assert.equal(initials(name), want, name);
    assert.equal(acronymLetters('L.A.'), 'la');
    assert.equal(acronymLetters('USI'), 'usi');
    assert.equal(acronymLetters('Usi'), '');
  });
});
