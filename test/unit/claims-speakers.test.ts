// claims/speakers: who said a direct quote, by failure class seen on unseen news. Every sentence
// here is written for these tests.
import { sourceTable } from './claimTable';

describe('claims/speakers: abbreviations end no sentence and break no name', () => {
  sourceTable([
    { text: '"The bridge will open in May," Mr. Varga said.', claim: 'bridge will open', source: 'Varga', cue: 'said' },
    { text: '"The bridge will open in May," said Mr. Varga.', claim: 'bridge will open', source: 'Varga' },
    { text: "''The bridge will open in May,'' Ms. Orlov told reporters.", claim: 'bridge will open', source: 'Orlov' },
    { text: 'Rep. Ana Lott (D-Ore.) said: "We will not fund the bridge."', claim: 'not fund', source: 'Ana Lott' },
    { text: '"We will not fund the bridge," said Rep. Ana Lott (D-Ore.), who chairs the panel.', claim: 'not fund', source: 'Ana Lott' },
    { text: '"We will not fund the bridge," Ana Lott, R-Ore., said Tuesday.', claim: 'not fund', source: 'Ana Lott' },
    { text: '"The numbers do not add up," Ana B. Lott said.', claim: 'numbers do not', source: 'Ana B. Lott' },
    { text: '"The numbers do not add up," said Tomas Brandt Jr., a county auditor.', claim: 'numbers do not', source: 'Tomas Brandt Jr' },
    { text: 'Kell Ltd. said it would appeal. "The fine is unjust," the company said.', claim: 'fine is unjust', source: 'Kell Ltd' },
    { text: 'The U.S. Army said the base would close. "We regret it," Gen. Mira Sato said.', claim: 'We regret', source: 'Mira Sato' },
    { text: '"The parish will stay," said Dr. Lena Ochs of St. Anne\'s Hospital.', claim: 'parish will stay', source: 'Lena Ochs' },
  ]);
});

describe('claims/speakers: role words before a name', () => {
  sourceTable([
    { text: 'Varga attorney Ana Lott said: "My client will appeal."', claim: 'will appeal', source: 'Ana Lott' },
    { text: '"We have the votes," campaign manager Ana Lott told reporters.', claim: 'have the votes', source: 'Ana Lott' },
    { text: 'Teo Varga lost the vote. Varga\'s communications director, Ana Lott, said: "We will be back."', claim: 'will be back', source: 'Ana Lott' },
    { text: '"It was a fair count," Varga spokesman Piet Oduya said.', claim: 'fair count', source: 'Piet Oduya' },
  ]);
});

describe('claims/speakers: those who speak for someone', () => {
  sourceTable([
    // The tagger reads "campaign" after "her" as a verb; the sentence must keep its subject.
    { text: 'Ana Lott is running for mayor. "We will carry the east side," her campaign said on Friday.', claim: 'carry the east', source: 'Ana Lott' },
    { text: 'Ana Lott is running for mayor. Her campaign said the count was fair.', claim: 'count was fair', source: 'Ana Lott', kind: 'reported' },
    { text: 'Tomas Varga was charged on Monday. Varga\'s lawyer said the charge would not stand.', claim: 'charge would not', source: 'Tomas Varga' },
    { text: 'Tomas Varga was charged on Monday. "He is innocent," his attorney told reporters.', claim: 'He is innocent', source: 'Tomas Varga' },
    // A wife or a son speaks for herself or himself: the source stays as written.
    { text: 'Tomas Varga was charged on Monday. "He is innocent," his wife said.', claim: 'He is innocent', source: 'his wife' },
  ]);
});

describe('claims/speakers: a name inside the quote is not its speaker', () => {
  sourceTable([
    { text: 'Tom Brandt spoke in Ohio. "Since Reagan, we have added two new wings," he says.', claim: 'added two new wings', source: 'Tom Brandt' },
    { text: 'Ana Lott took the stage. "Even Mara Quist agrees the bridge must close," she said.', claim: 'bridge must close', source: 'Ana Lott' },
  ]);
});

describe('claims/speakers: dash credits and labels', () => {
  sourceTable([
    { text: '"The river does not care about elections." ― Ana Lott', claim: 'river does not care', source: 'Ana Lott' },
    { text: '"The river does not care about elections." — Ana Lott, on the flood plan', claim: 'river does not care', source: 'Ana Lott' },
    { text: 'Ana Lott, Ashford Gazette: "Nobody in town was told about the closure."', claim: 'Nobody in town', source: 'Ana Lott' },
    { text: 'Lott On Farm Bill: "We Will Not Sign It"\n\nThe senator spoke on Monday.', claim: 'Will Not Sign', source: 'Lott' },
  ]);
});

describe('claims/speakers: quotes framed by other verbs', () => {
  sourceTable([
    { text: 'Asked about the budget, Ana Lott changed the subject: "Let us talk about the bridge instead."', claim: 'talk about the bridge', source: 'Ana Lott' },
    { text: 'As Ana Lott put it, "nobody wins a flood."', claim: 'nobody wins', source: 'Ana Lott' },
    { text: 'The columnist Tom Brandt went so far as to say: "The paper as we know it is over."', claim: 'as we know it', source: 'Tom Brandt' },
    { text: 'Ana Lott called the plan "a disaster for every farmer in the valley."', claim: 'a disaster', source: 'Ana Lott' },
    { text: 'Ana Lott called the plan a mess. "Nobody read it before the vote."', claim: 'Nobody read it', source: 'Ana Lott' },
  ]);
});

describe('claims/speakers: manner verbs are cues', () => {
  const verbs = ['gushed', 'scoffed', 'quipped', 'mused', 'pleaded', 'sighed', 'chanted', 'blurted out', 'chimed in', 'emailed', 'texted', 'tweeted', 'interjected', 'barked', 'beamed'];
  sourceTable(verbs.map((verb) => ({ text: `"The ferry is late again, of course," Ana Lott ${verb}.`, claim: 'ferry is late', source: 'Ana Lott', cue: verb })));
});

describe('claims/speakers: long material between the name and the verb', () => {
  sourceTable([
    { text: '"We will sue," Ana Lott, mayor of Ashford, one of the towns suing the state, said at a forum.', claim: 'We will sue', source: 'Ana Lott' },
    { text: 'Ana Lott, mayor of Ashford, one of the towns suing the state, said at a forum: "We will sue."', claim: 'We will sue', source: 'Ana Lott' },
    { text: '"We will sue," said Ana Lott, the mayor of Ashford, who has led the fight against the dam for a decade.', claim: 'We will sue', source: 'Ana Lott' },
    // A title's words are no cue ("secretary of state"), and a participle may open the title ("retired").
    { text: '"The plan is dead," Tom Brandt, assistant secretary of state for refugees, said.', claim: 'plan is dead', source: 'Tom Brandt' },
    { text: '"The plan is dead," said retired Army Lt. Gen. Tom Brandt.', claim: 'plan is dead', source: 'Tom Brandt' },
  ]);
});

describe('claims/speakers: the sentence goes on from the quote, then names its speaker', () => {
  sourceTable([
    { text: '"This will be a hard winter" for the valley, said Ana Lott.', claim: 'hard winter', source: 'Ana Lott' },
    { text: 'Voters were angry. "Boots on the ground" would be right, Ana Lott said after the vote.', claim: 'Boots on the ground', source: 'Ana Lott' },
    { text: '"Many would call that a defeat" if she lost by ten points, said Tom Brandt, an analyst at the Cook Report.', claim: 'call that a defeat', source: 'Tom Brandt' },
    { text: '"If there had been no flood" in the valley, Ana Lott said on Monday, "the farms would be open."', claim: 'no flood', source: 'Ana Lott' },
    // Another clause with its own speaker and content is no attribution of the quote.
    { text: '"We will fix the roads" was the slogan of the campaign, and the mayor said the council would vote on it.', claim: 'fix the roads', source: null },
  ]);
});
