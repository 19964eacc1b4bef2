// claims: follow-on quotes and leakage. A speaker carries over only by a real follow-on pattern
// (the quote before, or "X said:" closing the paragraph before); a cue or subject of another
// sentence or paragraph never lends its speaker to a quote the local attribution could not place.
// Every article here is written for these tests.
import * as assert from 'node:assert/strict';
import { findClaim, sourceTable } from './claimTable';

describe('claims/follow-on: a speaker carries over only by a follow-on pattern', () => {
  sourceTable([
    {
      text: '"The dam will hold," said Ana Lott, the county engineer.\n\n"We checked every bolt twice."',
      claim: 'every bolt',
      source: 'Ana Lott',
    },
    {
      text: 'At the hearing, Ana Lott, the county engineer, said:\n\n"We checked every bolt twice, and the dam will hold."',
      claim: 'every bolt',
      source: 'Ana Lott',
    },
    {
      text: '"The dam will hold," Ana Lott said. "We checked every bolt twice."',
      claim: 'every bolt',
      source: 'Ana Lott',
    },
  ]);

  it('a reported claim closing a paragraph lends no speaker to the next paragraph\'s quote ("critics warned")', () => {
    const text = 'Critics warned that the dam could fail within a decade.\n\n"Nobody has inspected the spillway since 2009."';
    const c = findClaim(text, 'spillway');
    assert.equal(c.source, null, `got ${JSON.stringify(c.source)}`);
  });

  it('a follow-on quote says whose quote it continues', () => {
    const text = '"The dam will hold," said Ana Lott, the county engineer.\n\n"We checked every bolt twice."';
    const first = findClaim(text, 'dam will hold');
    const next = findClaim(text, 'every bolt');
    assert.equal(next.continues, first.id);
    assert.equal(first.continues, undefined);
  });

  it('a quote running over paragraphs takes the speaker named where it closes', () => {
    const text = '"We will rebuild the bridge, and we will rebuild it higher than before.\n\n"Every family on the river deserves that," Mayor Ana Lott said.';
    const c = findClaim(text, 'rebuild the bridge');
    assert.equal(c.source?.name, 'Ana Lott');
  });
});
