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
