// Less common attribution shapes (speech.ts, per paragraph, and how the claims pass finishes them).
// Every text here is written for these tests.
import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/analysis';
import { analyzeParagraph } from '../../src/analysis/nlp/paragraph';
import type { Analysis, Claim } from '../../src/analysis/model';

function claimWith(a: Analysis, words: string, kind?: Claim['kind']): Claim {
  const c = a.claims.find((x) => x.text.includes(words) && (!kind || x.kind === kind));
  assert.ok(c, `no ${kind ?? ''} claim containing "${words}" in: ${a.claims.map((x) => `${x.kind} ${JSON.stringify(x.text)}`).join(', ')}`);
  return c;
}

describe('speech: attribution shapes', () => {
  it('"I think …" inside a quote is a reported claim of the quote\'s speaker', () => {
    const text = '"Had the crane fallen an hour later, I think the toll would have been far higher," said Omar Haddad, a site engineer.';
    const a = analyzeArticle(text);
    const inner = claimWith(a, 'the toll would have been far higher', 'reported');
    assert.equal(inner.source?.name, 'Omar Haddad');
    assert.equal(text.slice(inner.source!.start, inner.source!.end), 'I');
    assert.equal(inner.cue?.text, 'think');
    assert.equal(claimWith(a, 'Had the crane fallen', 'direct').source?.name, 'Omar Haddad');
  });

  it('inside a quote only the speaker\'s own "I think"/"we believe" become claims', () => {
    const a = analyzeArticle('"The authority chose this strike when it decided that machines matter more than people," Rosa Kemal said.');
    assert.deepEqual(a.claims.map((c) => c.kind), ['direct']);
  });

  it('a coordinated "and said" takes the subject without its adverbs ("Ms. Peña later called … and said")', () => {
    const text = 'Ms. Peña later called the letter an insult and said the union would vote on Thursday.';
    const a = analyzeArticle(text);
    const c = claimWith(a, 'union would vote', 'reported');
    assert.equal(text.slice(c.source!.start, c.source!.end), 'Ms. Peña');
  });

  it('a parenthetical attribution after a bare subject claims the whole clause around it (issue 9)', () => {
    const a = analyzeArticle('Most of the cargo, said Henrik Dahl, will be moved by rail next week.');
    const c = claimWith(a, 'moved by rail', 'reported');
    assert.equal(c.text, 'Most of the cargo, said Henrik Dahl, will be moved by rail next week');
    assert.equal(c.source?.name, 'Henrik Dahl');
  });

  it('a parenthetical attribution after a whole clause claims the longer side, never its own source', () => {
    const a = analyzeArticle('The port will reopen on Monday, said Henrik Dahl, though few ships are due.');
    const c = claimWith(a, 'port will reopen', 'reported');
    assert.equal(c.text, 'The port will reopen on Monday');
  });

  it('beliefs count only with a clause after them ("I think so" claims nothing)', () => {
    const a = analyzeArticle('Rosa Kemal believes the pilots will return on Monday. "Will they?" "I think so."');
    assert.equal(claimWith(a, 'pilots will return', 'reported').cue?.text, 'believes');
    assert.equal(a.claims.filter((c) => c.kind === 'reported').length, 1);
  });

  it('a stance after "be" with a clause is a claim ("I\'m disappointed that …"), the speaker is the pronoun only', () => {
    const text = "I'm disappointed that the board did not choose Valmera. The ships were surprised by the storm.";
    const a = analyzeArticle(text);
    const c = claimWith(a, 'the board did not choose', 'reported');
    assert.equal(c.cue?.text, 'disappointed');
    assert.equal(text.slice(c.source!.start, c.source!.end), 'I');
    assert.equal(a.claims.length, 1, 'a stance word without "be" before it is not a cue');
  });

  it('speech participles and less common cues ("quoted as saying", "cautioned", "countered")', () => {
    const a = analyzeArticle('Henrik Dahl was quoted as saying the port would reopen soon. The minister cautioned that the talks could fail. Rosa Kemal countered that costs had fallen.');
    const quoted = claimWith(a, 'port would reopen', 'reported');
    assert.equal(quoted.source?.name, 'Henrik Dahl');
    assert.equal(quoted.cue?.text, 'saying');
    assert.equal(claimWith(a, 'talks could fail', 'reported').cue?.text, 'cautioned');
    assert.equal(claimWith(a, 'costs had fallen', 'reported').source?.name, 'Rosa Kemal');
  });

  it('a quote after a sentence that ends on its speech verb ("X agreed.") is X\'s', () => {
    const a = analyzeArticle('Her neighbour, Paul Idris, agreed. "Every winter it is the same story."');
    assert.equal(claimWith(a, 'Every winter', 'direct').source?.name, 'Paul Idris');
  });

  it('a verb with a prepositional object is not reported speech ("insists on clinging to power")', () => {
    const a = analyzeArticle('The regime insists on clinging to power despite having lost. Officials said at least 40 ships were waiting.');
    assert.equal(a.claims.length, 1);
    assert.equal(claimWith(a, '40 ships', 'reported').text, 'at least 40 ships were waiting');
  });

  it('names ending in -ly are speakers, not adverbs ("Daly explained", "Reilly said")', () => {
    const a = analyzeArticle('Daly explained how the divers reached the wreck. Reilly said the hull was intact.');
    const how = claimWith(a, 'how the divers reached', 'reported');
    assert.equal(how.text, 'how the divers reached the wreck');
    assert.match(how.source?.name ?? '', /Daly/);
    assert.match(claimWith(a, 'hull was intact', 'reported').source?.name ?? '', /Reilly/);
  });

  it('a bracketed credit "(source: X)" attributes the clause before it', () => {
    const a = analyzeArticle('The port handled 4 million containers last year (source: Meridian Freight Research), a record.');
    const c = claimWith(a, '4 million containers', 'reported');
    assert.equal(c.text, 'The port handled 4 million containers last year');
    assert.match(c.source?.name ?? '', /Meridian Freight Research/);
    assert.equal(c.cue?.text, 'source');
  });

  it('cue words used as nouns or inside other words are not cues', () => {
    const a = analyzeArticle('The council approved counter-measures against flooding. Migrants were prevented from claiming asylum at the port. His bold claims went unanswered.');
    assert.equal(a.claims.length, 0, a.claims.map((c) => c.text).join(' | '));
  });

  it('"…," she said, but refused … claims nothing beyond the quote', () => {
    const a = analyzeArticle('"We take security seriously," she said, but refused to give any more details.');
    assert.equal(a.claims.length, 1);
    assert.equal(a.claims[0].kind, 'direct');
  });

  it('a recollection takes a gerund ("I remember signing …"), a bare object is no claim ("I remember the storm")', () => {
    const a = analyzeArticle('I remember signing my first autograph at the harbour. I remember the storm.');
    assert.equal(claimWith(a, 'signing my first autograph', 'reported').cue?.text, 'remember');
    assert.equal(a.claims.length, 1);
  });

  it('source words never reach across a quotation (bench:fuzz: a claim overlapped its own source)', () => {
    const text = 'The head of the “Harbour” union Rosa Kemal said the port would reopen.';
    const a = analyzeArticle(text);
    const c = claimWith(a, 'port would reopen', 'reported');
    assert.doesNotMatch(text.slice(c.source!.start, c.source!.end), /[“”]/);
    for (const x of a.claims) if (x.source) assert.ok(x.source.end <= x.start || x.end <= x.source.start, `claim ${x.text} overlaps its source`);
  });

  it('questions are not reported claims', () => {
    const a = analyzeArticle('Do you think the strike will end this week?');
    assert.equal(a.claims.length, 0);
  });

  it('a passive "was found" or "is said to" makes no claim of its subject', () => {
    const a = analyzeArticle('The missing report was found wet on a street in the harbour district. The ship is said to be leaving.');
    assert.equal(a.claims.length, 0);
  });

  it('the speaker of "X, who …, told" is X, not the relative clause', () => {
    const a = analyzeArticle('Mayor Elena Ruiz, who has long backed the dockers, told the council that the port must reopen.');
    const c = claimWith(a, 'port must reopen', 'reported');
    assert.equal(c.source?.name, 'Elena Ruiz');
    assert.equal(c.cue?.text, 'told');
    assert.equal(c.text, 'the port must reopen');
  });

  it('the speaker of "…, who had told Y …" is the noun the relative clause hangs on, even mid-sentence', () => {
    const a = analyzeArticle('He flew to Valmera to meet Rosa Kemal, who had told Henrik Dahl the pilots would return.');
    assert.equal(claimWith(a, 'pilots would return', 'reported').source?.name, 'Rosa Kemal');
  });

  it('according to X, an apposition, … takes the content after the apposition', () => {
    const a = analyzeArticle('According to Kristen Vale, curator of the harbour museum, the cranes were built in 1962.');
    const c = claimWith(a, 'cranes were built', 'reported');
    assert.equal(c.text, 'the cranes were built in 1962');
    assert.match(c.source?.name ?? '', /Kristen Vale/);
  });

  it('"in the words of X, "…"" and a dash credit after a quote name their speakers', () => {
    const a = analyzeArticle('In the words of the prosecutor, Mark Ellison, "the harbour was run like a private club."\n\n"Ships do not wait for anyone." — Ingrid Solberg, speaking in 2019.');
    assert.equal(claimWith(a, 'private club', 'direct').source?.name, 'Mark Ellison');
    const credit = claimWith(a, 'Ships do not wait', 'direct');
    assert.equal(credit.source?.name, 'Ingrid Solberg');
    assert.equal(credit.cue?.text, '—');
  });

  it('the colloquial quotative "I\'m like, …" gives the speaker "I"', () => {
    const text = 'He told me to wait. I\'m like, "Are you serious?"';
    const a = analyzeArticle(text);
    const c = claimWith(a, 'Are you serious', 'direct');
    assert.equal(c.cue?.text, 'like');
    assert.equal(text.slice(c.source!.start, c.source!.end), 'I');
  });

  it('a quote introduced by a cue on the same side and followed by another speaker\'s tail keeps the cue next to it', () => {
    const text = 'Fans come up and say, "Hey Frank, great poem," I say, "Thanks, friend."';
    const a = analyzeArticle(text);
    const first = claimWith(a, 'Hey Frank', 'direct');
    assert.equal(text.slice(first.source!.start, first.source!.end), 'Fans');
  });

  it('per-paragraph facts are plain JSON and keep source words as written', () => {
    const facts = analyzeParagraph('"We are ready," the minister said.');
    assert.deepEqual(JSON.parse(JSON.stringify(facts)), facts);
    const [f] = facts.speech;
    assert.equal(f.kind, 'direct');
    assert.deepEqual(f.source && { text: f.source.text, kind: f.source.kind }, { text: 'the minister', kind: 'noun' });
  });
});
