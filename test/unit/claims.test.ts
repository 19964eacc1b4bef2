// Claims end to end through analyzeArticle: direct quotes and reported speech, their spans, cues
// and sources, wherever the cue stands. Every article here is written for these tests.
import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/analysis';
import type { Analysis, Claim } from '../../src/analysis/model';

function claimWith(a: Analysis, words: string): Claim {
  const c = a.claims.find((x) => x.text.includes(words));
  assert.ok(c, `no claim containing "${words}" in: ${a.claims.map((x) => JSON.stringify(x.text)).join(', ')}`);
  return c;
}

function noClaimWith(a: Analysis, words: string): void {
  const c = a.claims.find((x) => x.text.includes(words));
  assert.equal(c, undefined, `unexpected claim ${JSON.stringify(c?.text)} (source ${c?.source?.name})`);
}

/** The source's resolved name, or null. */
function speaker(a: Analysis, words: string): string | null {
  return claimWith(a, words).source?.name ?? null;
}

function spansAreExact(text: string, a: Analysis): void {
  for (const c of a.claims) {
    assert.equal(text.slice(c.start, c.end), c.text);
    if (c.cue) assert.equal(text.slice(c.cue.start, c.cue.end), c.cue.text);
    if (c.source) assert.ok(c.source.start < c.source.end && c.source.end <= text.length);
  }
}

describe('claims: direct quotes and where the cue stands', () => {
  it('X said: "…" gives a direct claim of X with the words inside the marks and the cue "said"', () => {
    const text = 'Harbour master Ingrid Solberg said: "The channel will reopen on Friday."';
    const a = analyzeArticle(text);
    const c = claimWith(a, 'channel will reopen');
    assert.equal(c.kind, 'direct');
    assert.equal(c.text, 'The channel will reopen on Friday.');
    assert.equal(c.source?.name, 'Ingrid Solberg');
    assert.ok(c.source?.entityId?.startsWith('person:'));
    assert.equal(c.cue?.text, 'said');
    spansAreExact(text, a);
  });

  it('"…," X said trims the comma inside the marks (the comma belongs to the attribution)', () => {
    const text = '"The cranes have stopped," Ingrid Solberg said.';
    const a = analyzeArticle(text);
    const c = claimWith(a, 'cranes have stopped');
    assert.equal(c.text, 'The cranes have stopped');
    assert.equal(c.source?.name, 'Ingrid Solberg');
    assert.equal(text.slice(c.source!.start, c.source!.end), 'Ingrid Solberg');
    spansAreExact(text, a);
  });

  it('"…," said X, the minister: inverted cue with an apposition', () => {
    const a = analyzeArticle('"Nobody gains from a closed port," said Tomas Lindqvist, the trade minister.');
    assert.equal(speaker(a, 'Nobody gains'), 'Tomas Lindqvist');
    assert.equal(claimWith(a, 'Nobody gains').cue?.text, 'said');
  });

  it('X told reporters "…" and X, an apposition, told reporters: "…"', () => {
    const a = analyzeArticle('Rosa Kemal, the head of the pilots\' guild, told reporters outside the gates: "We will not guide ships in."');
    const c = claimWith(a, 'not guide ships');
    assert.equal(c.source?.name, 'Rosa Kemal');
    assert.equal(c.cue?.text, 'told');
  });

  it('a quote split around its speaker gives two claims with the same speaker and cue', () => {
    const text = 'Ingrid Solberg runs the harbour.\n\n"The first ship leaves at six," she said, "and the last at midnight."';
    const a = analyzeArticle(text);
    const first = claimWith(a, 'first ship');
    const second = claimWith(a, 'last at midnight');
    assert.equal(first.source?.name, 'Ingrid Solberg');
    assert.equal(second.source?.name, 'Ingrid Solberg');
    assert.equal(second.cue?.start, first.cue?.start);
    assert.notEqual(first.id, second.id);
  });

  it('"According to X, "…"" after another speaker\'s quote is X\'s (a capitalised cue the tagger calls a name)', () => {
    const a = analyzeArticle('Henrik Dahl told the AP: "We have done nothing wrong." According to Rosa Kemal, "the board ignored the evidence."');
    assert.equal(speaker(a, 'board ignored'), 'Rosa Kemal');
    assert.equal(claimWith(a, 'board ignored').cue?.text, 'According to');
  });

  it('In a statement, he said: resolves "he" to the person the article is about', () => {
    const text = 'Port director Henrik Dahl left the meeting early on Sunday.\n\nIn a statement, he said: "We have made our final offer."';
    const a = analyzeArticle(text);
    const c = claimWith(a, 'final offer');
    assert.equal(c.source?.name, 'Henrik Dahl');
    assert.equal(text.slice(c.source!.start, c.source!.end), 'he');
  });

  it('a partial quote inside a sentence is a direct claim of the sentence\'s speaker', () => {
    const a = analyzeArticle('Union leader Marisol Peña called the offer "an insult to every docker" on Monday.');
    const c = claimWith(a, 'an insult');
    assert.equal(c.kind, 'direct');
    assert.equal(c.text, 'an insult to every docker');
    assert.equal(c.source?.name, 'Marisol Peña');
    assert.equal(c.cue?.text, 'called');
  });

  it('titles and scare quotes with no speech around them are not claims', () => {
    const a = analyzeArticle('The "modernisation plan" was printed as a glossy brochure. Critics of the port call it a "sham reform" now, and the ferry "Northern Star" sailed anyway.');
    noClaimWith(a, 'modernisation plan');
    noClaimWith(a, 'Northern Star');
  });

  it('a paragraph that is only a quote, right after a quote of X, is X\'s (follow-on)', () => {
    const text = [
      '"The terminal is empty," said Adaeze Okonkwo, a freight analyst.',
      '"Nothing has moved since Monday, and nothing will move until the two sides talk again."',
    ].join('\n\n');
    const a = analyzeArticle(text);
    assert.equal(speaker(a, 'Nothing has moved'), 'Adaeze Okonkwo');
  });

  it('a quote running over paragraphs (no closing mark, new opening mark) keeps its speaker', () => {
    const text = [
      'Marisol Peña spoke to the crowd at the gate: "We did not choose this strike. The authority chose it.',
      '"And the authority can end it tomorrow."',
      'The crowd cheered.',
    ].join('\n\n');
    const a = analyzeArticle(text);
    const first = claimWith(a, 'did not choose');
    assert.equal(first.kind, 'direct');
    assert.ok(first.text.endsWith('The authority chose it.'), 'the unclosed quote ends at its paragraph');
    assert.equal(speaker(a, 'did not choose'), 'Marisol Peña');
    assert.equal(speaker(a, 'can end it tomorrow'), 'Marisol Peña');
    noClaimWith(a, 'crowd cheered');
  });

  it('a paragraph ending "X said:" gives its speaker to the quote opening the next paragraph', () => {
    const text = 'Mayor Elena Ruiz wrote on her public page on Tuesday:\n\n"Our port will not be held hostage by either side."';
    const a = analyzeArticle(text);
    const c = claimWith(a, 'held hostage');
    assert.equal(c.source?.name, 'Elena Ruiz');
    assert.equal(c.cue?.text, 'wrote');
  });

  it('a cue-less quote after a reported claim keeps that speaker, in the paragraph and in the next one', () => {
    const text = [
      'Curator Kristen Vale said the photographs were taken in 1971. "He carried the camera everywhere."',
      'Vale said the collection would tour next year.',
      '"Every city on the list has asked for it."',
    ].join('\n\n');
    const a = analyzeArticle(text);
    assert.equal(speaker(a, 'carried the camera'), 'Kristen Vale');
    assert.equal(speaker(a, 'Every city on the list'), 'Kristen Vale');
  });

  it('a paragraph ending "X stated," introduces the quote opening the next paragraph', () => {
    const a = analyzeArticle('In his blog, Mark Rathbun stated,\n\n"The investigator drove him to an office on the top floor."');
    assert.equal(speaker(a, 'investigator drove him'), 'Mark Rathbun');
  });

  it('a paragraph ending "X denied …:" makes the unquoted statement after it a reported claim of X', () => {
    const text = 'In a statement, the Valmera Port Authority denied the allegations:\n\nNo worker was ever locked out of the terminal, and every shift was paid in full.\n\nThe strike goes on.';
    const a = analyzeArticle(text);
    const c = claimWith(a, 'No worker was ever locked out');
    assert.equal(c.kind, 'reported');
    assert.equal(c.text, 'No worker was ever locked out of the terminal, and every shift was paid in full');
    assert.match(c.source?.name ?? '', /Valmera Port Authority/);
    assert.equal(c.cue?.text, 'denied');
    assert.equal(a.claims.find((x) => x.text.includes('strike goes on')), undefined);
  });

  it('an unbalanced mark ends at its paragraph and never swallows the next one', () => {
    const text = 'Henrik Dahl said "we are close to a deal\n\nIn other news, the ferry timetable changed on Monday.';
    const a = analyzeArticle(text);
    const c = claimWith(a, 'close to a deal');
    assert.ok(c.end <= text.indexOf('\n\n'));
    noClaimWith(a, 'ferry timetable');
    spansAreExact(text, a);
  });

  it('a quote with no cue and no earlier speaker has source null, never a random name', () => {
    const text = '"Ports never sleep, and neither do the people who run them."\n\nThe slogan is painted on the gate of the Valmera terminal, where Henrik Dahl works.';
    const a = analyzeArticle(text);
    const c = claimWith(a, 'Ports never sleep');
    assert.equal(c.source, null);
    assert.equal(c.cue, null);
  });

  it('anonymous sources keep their words and no entity', () => {
    const a = analyzeArticle('"Forty ships are waiting," a port spokesperson said. Officials said the queue would clear by Friday.');
    const direct = claimWith(a, 'Forty ships');
    assert.equal(direct.source?.name, 'a port spokesperson');
    assert.equal(direct.source?.entityId, null);
    const reported = claimWith(a, 'queue would clear');
    assert.equal(reported.source?.name, 'Officials');
    assert.equal(reported.source?.entityId, null);
  });
});

describe('claims: pronouns and role nouns', () => {
  it('resolves "he" to the subject of the previous sentence, not the nearest name', () => {
    const text = 'Crane operator Tunde Bakare met the mayor, Daniel Whitfield, at the gate on Monday. "We want our jobs back," he said.';
    const a = analyzeArticle(text);
    assert.equal(speaker(a, 'jobs back'), 'Tunde Bakare');
  });

  it('resolves "she" to the last quoted speaker of matching gender when a man was named since', () => {
    const text = [
      '"The queue will grow," said Ms. Hana Ito, a shipping broker.',
      'Mr. Jonas Falk, a harbour pilot, watched the ships from the tower.',
      '"Every day costs the farmers money," she said.',
    ].join('\n\n');
    const a = analyzeArticle(text);
    assert.equal(speaker(a, 'costs the farmers'), 'Hana Ito');
  });

  it('resolves a role noun ("the minister said") to the person holding that role', () => {
    const text = 'Transport Minister Lucía Ferreira visited the quays on Tuesday. "Nobody wins a long strike," the minister said.';
    const a = analyzeArticle(text);
    const c = claimWith(a, 'Nobody wins');
    assert.equal(c.source?.name, 'Lucía Ferreira');
    assert.equal(text.slice(c.source!.start, c.source!.end), 'the minister');
  });

  it('does not give a person a role noun that is only a modifier of their role ("opposition" vs "opposition leader")', () => {
    const text = 'Opposition leader Carla Mendes toured the port. The opposition has repeatedly decried the contract as unlawful.';
    const a = analyzeArticle(text);
    const c = claimWith(a, 'contract as unlawful');
    assert.notEqual(c.source?.name, 'Carla Mendes');
    assert.equal(c.source?.entityId, null);
  });

  it('"It said" refers to the organisation that opens the previous sentence', () => {
    const a = analyzeArticle('The Valmera Port Authority met the union on Monday. It said the cranes would restart on Friday.');
    assert.equal(speaker(a, 'cranes would restart'), 'Valmera Port Authority');
  });

  it('"it says" refers back to the last non-person source', () => {
    const text = 'The opposition has decried the vote count as fraudulent. It says it collected the tally sheets from every polling station.';
    const a = analyzeArticle(text);
    const c = claimWith(a, 'collected the tally sheets');
    assert.equal(c.source?.name, 'The opposition');
  });
});

describe('claims: reported speech', () => {
  it('X said that … : the content only, with the cue', () => {
    const text = 'Henrik Dahl said on Sunday that the authority had offered a six percent raise.';
    const a = analyzeArticle(text);
    const c = claimWith(a, 'six percent');
    assert.equal(c.kind, 'reported');
    assert.equal(c.text, 'the authority had offered a six percent raise');
    assert.equal(c.source?.name, 'Henrik Dahl');
    assert.equal(c.cue?.text, 'said');
    spansAreExact(text, a);
  });

  it('X said … without "that"', () => {
    const a = analyzeArticle('Tunde Bakare said he had never seen the mood so tense.');
    const c = claimWith(a, 'never seen');
    assert.equal(c.text, 'he had never seen the mood so tense');
    assert.equal(c.source?.name, 'Tunde Bakare');
  });

  it('keeps the cue verb: "claimed" is not "confirmed"', () => {
    const a = analyzeArticle('Rosa Kemal claimed on Tuesday that two pilots had been threatened. Henrik Dahl confirmed that the talks had stalled.');
    assert.equal(claimWith(a, 'pilots had been threatened').cue?.text, 'claimed');
    assert.equal(claimWith(a, 'talks had stalled').cue?.text, 'confirmed');
  });

  it('announced / warned / estimated / decried / told Y that', () => {
    const a = analyzeArticle(
      [
        'Mayor Elena Ruiz announced that the city would pay for extra buses.',
        'Analyst Adaeze Okonkwo warned that a long stoppage could ripple through supply chains.',
        'Economist Paul Brandt estimated that the strike costs the region two million euros a day.',
        'The union decried the offer as an ultimatum.',
        'Henrik Dahl told the board that the port could not afford more.',
      ].join(' '),
    );
    assert.equal(speaker(a, 'extra buses'), 'Elena Ruiz');
    assert.equal(speaker(a, 'ripple through'), 'Adaeze Okonkwo');
    assert.equal(speaker(a, 'two million euros'), 'Paul Brandt');
    assert.equal(claimWith(a, 'offer as an ultimatum').cue?.text, 'decried');
    const told = claimWith(a, 'could not afford');
    assert.equal(told.text, 'the port could not afford more');
    assert.equal(told.source?.name, 'Henrik Dahl');
    assert.equal(told.cue?.text, 'told');
  });

  it('according to X, … and …, according to X.', () => {
    const a = analyzeArticle('According to the Valmera Port Authority, forty ships are at anchor. The port handles a third of the region\'s trade, according to Meridian Freight Research.');
    const first = claimWith(a, 'forty ships');
    assert.equal(first.text, 'forty ships are at anchor');
    assert.equal(first.cue?.text, 'According to');
    assert.match(first.source?.name ?? '', /Valmera Port Authority/);
    const second = claimWith(a, 'third of the region');
    assert.equal(second.text, "The port handles a third of the region's trade");
    assert.match(second.source?.name ?? '', /Meridian Freight Research/);
  });

  it('…, officials said. puts the content before the cue', () => {
    const a = analyzeArticle('At least forty ships were waiting at anchor on Monday, officials said.');
    const c = claimWith(a, 'forty ships');
    assert.equal(c.text, 'At least forty ships were waiting at anchor on Monday');
    assert.equal(c.source?.name, 'officials');
    assert.equal(c.cue?.text, 'said');
  });

  it('an apposition inside the content and a complement inside the source ("A spokeswoman for the port")', () => {
    const a = analyzeArticle('Police said the driver, 34, was arrested on Tuesday. A spokeswoman for the port said the cranes were being inspected.');
    assert.equal(claimWith(a, 'was arrested').text, 'the driver, 34, was arrested on Tuesday');
    const c = claimWith(a, 'cranes were being inspected');
    assert.equal(c.source?.name, 'A spokeswoman for the port');
    assert.equal(c.source?.entityId, null);
  });

  it('a cue inside a relative clause does not claim the main verb ("who has maintained …, announced")', () => {
    const a = analyzeArticle('Mayor Elena Ruiz, who has long maintained close ties with the union, announced on Monday that the port would reopen.');
    assert.equal(a.claims.length, 1);
    assert.equal(claimWith(a, 'port would reopen').cue?.text, 'announced');
  });

  it('negated speech ("has not said why") is not a claim', () => {
    const a = analyzeArticle('The authority has not said why the talks failed. Henrik Dahl did not claim that the port was losing money.');
    noClaimWith(a, 'talks failed');
    noClaimWith(a, 'losing money');
  });

  it('nouns that look like cues are not cues ("her claims", "widespread reports")', () => {
    const a = analyzeArticle("Peña's claims have resonated across the region, pointing to widespread reports of delays.");
    assert.equal(a.claims.filter((c) => c.kind === 'reported' && c.cue?.text !== 'pointing').length, 0);
  });

  it('a headline that reports speech is a claim of its subject; a question or label heading is not', () => {
    const a = analyzeArticle('Union Says Talks Have Failed\n\nWhy Does the Port Matter?\n\nWhat People Are Saying\n\nThe strike entered its third day.');
    const c = claimWith(a, 'Talks Have Failed');
    assert.equal(c.kind, 'reported');
    assert.equal(c.source?.name, 'Union');
    assert.equal(c.cue?.text, 'Says');
    assert.equal(a.claims.length, 1);
  });
});
