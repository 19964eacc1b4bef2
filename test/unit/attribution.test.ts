// How sources are shown: the words as written beside an inferred resolution ("It → The
// opposition"), a written name in any spelling left alone, follow-on quotes, citation roles.
import * as assert from 'node:assert/strict';
import type { Claim } from '../../src/analysis/model';
import {
  citationRole,
  claimsById,
  continuedClaim,
  continuesPhrase,
  effectiveSource,
  isInferredSource,
  possessive,
  shortSpeaker,
  sourceWords,
} from '../../src/analysis/output/attribution';
import { source } from './factories';

const at = { start: 0, end: 1 };

function claim(id: string, kind: Claim['kind'], src: Claim['source'], continues?: string): Claim {
  return { id, kind, start: 0, end: 1, text: 'x', source: src, cue: null, ...(continues ? { continues } : {}) };
}

describe('attribution', () => {
  it('an inference shows the words as written and what they resolve to', () => {
    assert.equal(sourceWords(source('The opposition', null, at, 'It')), 'It → The opposition');
    assert.equal(sourceWords(source('Joe Biden', 'person:joe-biden', at, 'he')), 'he → Joe Biden');
    assert.equal(sourceWords(source('Lucía Ferreira', 'person:lucia-ferreira', at, 'the minister')), 'the minister → Lucía Ferreira');
    assert.equal(sourceWords(source('Henrik Dahl', 'person:henrik-dahl', at, 'Its chief executive')), 'Its chief executive → Henrik Dahl');
    // A common noun is an inference even when the organisation's name holds the same word.
    assert.equal(sourceWords(source("Harbour Workers' Union", 'organization:hwu', at, 'the union')), "the union → Harbour Workers' Union");
  });

  it('a written name is shown as the resolved name: other spellings, accents, a surname or a title are no inference', () => {
    const cases: Array<[string, string]> = [
      ['Edmundo González', 'Gonzalez'],
      ['Edmundo González', 'Edmundo Gonzalez'],
      ['Edmundo González', 'GONZÁLEZ'],
      ['Gustavo Petro', 'Colombian President Gustavo Petro'],
      ['José Raúl Mulino', 'Panamanian President Mulino'],
      ['Marisol Peña', 'Ms. Peña'],
      ['Valmera Port Authority', 'the Valmera Port Authority'],
      ['Officials', 'Officials'],
      ["Dahl", "Dahl's office"],
    ];
    for (const [name, text] of cases) {
      assert.equal(isInferredSource(source(name, null, at, text)), false, `${text} for ${name}`);
      assert.equal(sourceWords(source(name, null, at, text)), name);
    }
    // No words recorded (an older analysis): nothing to show beside the name.
    assert.equal(sourceWords({ name: 'Ana Ruiz', text: '' }), 'Ana Ruiz');
  });

  it('follow-on quotes say whose quote they continue, by a person\'s last name', () => {
    const first = claim('c1', 'direct', source('Joe Biden', 'person:joe-biden', at));
    const next = claim('c2', 'direct', null, 'c1');
    const byId = claimsById([first, next]);
    assert.equal(continuedClaim(next, byId), first);
    assert.equal(continuesPhrase(first), "continues Biden's quote");
    assert.equal(continuesPhrase(claim('c3', 'direct', source('Officials', null, at))), "continues Officials' quote");
    assert.equal(continuesPhrase(claim('c4', 'reported', source('Valmera Port Authority', 'organization:vpa', at))), "continues Valmera Port Authority's statement");
    assert.equal(continuesPhrase(claim('c5', 'direct', null)), 'continues the quote before');
    assert.equal(continuedClaim(claim('c6', 'direct', null, 'c6'), claimsById([])), undefined, 'never itself');
    assert.equal(continuedClaim(claim('c7', 'direct', null, 'gone'), byId), undefined, 'a missing claim');
  });

  it('a follow-on quote without a source of its own is credited to the one it continues; a loop ends', () => {
    const biden = source('Joe Biden', 'person:joe-biden', at);
    const claims = [claim('c1', 'direct', biden), claim('c2', 'direct', null, 'c1'), claim('c3', 'direct', null, 'c2')];
    const byId = claimsById(claims);
    assert.equal(effectiveSource(claims[2], byId), biden);
    const loop = [claim('a', 'direct', null, 'b'), claim('b', 'direct', null, 'a')];
    assert.equal(effectiveSource(loop[0], claimsById(loop)), null);
  });

  it('short names, possessives and the citation role', () => {
    assert.equal(shortSpeaker({ name: 'José Raúl Mulino', entityId: 'person:jose-raul-mulino' }), 'Mulino');
    assert.equal(shortSpeaker({ name: 'Valmera Port Authority', entityId: 'organization:vpa' }), 'Valmera Port Authority');
    assert.equal(possessive('Reyes'), "Reyes'");
    assert.equal(possessive('Peña'), "Peña's");
    assert.equal(citationRole({ roles: ['Logistics analyst', 'senior analyst at Meridian Freight Research'] }), 'senior analyst at Meridian Freight Research');
    assert.equal(citationRole({ roles: [] }), undefined);
    assert.equal(citationRole(undefined), undefined);
  });
});
