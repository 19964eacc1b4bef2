// claimFindings: which claims the Problems panel flags, on hand-made analyses.
import * as assert from 'node:assert/strict';
import type { Analysis, Claim } from '../../src/analysis/model';
import { DIAGNOSTIC_CODES, findClaimIssues } from '../../src/extension/claimFindings';
import { cue, source } from './factories';

const TEXT = 'Ana Lott said the dam will hold. "It will not," a man said. "Closed until May."';
const at = (words: string) => ({ start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length });

function claim(id: string, words: string, src: Claim['source'], kind: Claim['kind'] = 'direct'): Claim {
  return { id, kind, ...at(words), text: words, source: src, cue: cue('said', at('said')) };
}

describe('claimFindings', () => {
  it('flags an unattributed quote, an unnamed source and an unsure attribution, and nothing else', () => {
    const analysis: Analysis = {
      schema: 'claimlens/1',
      entities: [],
      claims: [
        claim('c1', 'the dam will hold', source('Ana Lott', 'person:ana-lott', at('Ana Lott'), 'Ana Lott', 0.95), 'reported'),
        claim('c2', 'It will not', source('a man', null, at('a man'), 'a man', 0.9)),
        claim('c3', 'Closed until May.', null),
      ],
    };
    assert.deepEqual(findClaimIssues(analysis).map((f) => [f.claim.id, f.code]), [
      ['c2', DIAGNOSTIC_CODES.anonymousSource],
      ['c3', DIAGNOSTIC_CODES.unattributedQuote],
    ]);
    analysis.claims[0] = { ...analysis.claims[0], source: { ...analysis.claims[0].source!, confidence: 0.55 } };
    const [first] = findClaimIssues(analysis);
    assert.equal(first.code, DIAGNOSTIC_CODES.uncertainSource);
    assert.match(first.message, /Uncertain attribution to Ana Lott \(55% confidence\)/);
  });
});
