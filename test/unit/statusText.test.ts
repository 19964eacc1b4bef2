import * as assert from 'node:assert/strict';
import type { Analysis, Entity } from '../../src/analysis/model';
import { statusView } from '../../src/extension/statusText';

const entity = (type: Entity['type'], name: string): Entity => ({ id: `${type}:${name}`, type, name, aliases: [], roles: [], mentions: [{ start: 0, end: 1 }] });
const analysis: Analysis = {
  schema: 'claimlens/1',
  entities: [entity('person', 'a'), entity('person', 'b'), entity('place', 'c'), entity('organization', 'd')],
  claims: [
    { id: 'c1', kind: 'direct', start: 0, end: 1, text: 'x', source: null, cue: null },
    { id: 'c2', kind: 'reported', start: 2, end: 3, text: 'y', source: null, cue: null },
    { id: 'c3', kind: 'direct', start: 4, end: 5, text: 'z', source: null, cue: null },
  ],
};

describe('status bar text', () => {
  it('counts people, places and claims when ready, and opens the Claims view', () => {
    const v = statusView({ kind: 'ready' }, analysis);
    assert.equal(v.text, '$(person) 2 · $(location) 1 · $(quote) 3');
    assert.match(v.tooltip, /2 people · 1 place · 1 organization · 3 claims \(2 direct, 1 reported\)/);
    assert.equal(v.command, 'claimlens.showClaims');
    assert.equal(v.background, undefined);
  });

  it('says a ClaimLens report is not analysed, and why', () => {
    const v = statusView({ kind: 'report', detail: 'a ClaimLens report (its first line marks it), not an article' }, undefined);
    assert.equal(v.text, '$(info) ClaimLens: report');
    assert.equal(v.tooltip, 'ClaimLens does not analyse this document: it is a ClaimLens report (its first line marks it), not an article.');
    assert.equal(v.command, undefined);
  });

  it('spins while analysing, even with an older analysis to show', () => {
    const v = statusView({ kind: 'analysing', detail: 'worker crashed; retrying' }, analysis);
    assert.match(v.text, /\$\(sync~spin\)/);
    assert.match(v.tooltip, /worker crashed; retrying/);
  });

  it('warns about a document over the size limit and offers to analyse it anyway', () => {
    const v = statusView({ kind: 'too-large', detail: '6.2 MB is over the 5.0 MB limit' }, undefined);
    assert.match(v.text, /\$\(warning\)/);
    assert.match(v.tooltip, /6\.2 MB is over the 5\.0 MB limit/);
    assert.equal(v.command, 'claimlens.analyseAnyway');
    assert.equal(v.background, 'warning');
  });

  it('shows a failure as an error that opens the log', () => {
    const v = statusView({ kind: 'error', detail: 'worker exited with code 1' }, analysis);
    assert.match(v.text, /\$\(error\)/);
    assert.match(v.tooltip, /worker exited with code 1/);
    assert.equal(v.command, 'claimlens.showOutput');
    assert.equal(v.background, 'error');
  });

  it('shows only the entity types the user wants', () => {
    const v = statusView({ kind: 'ready' }, analysis, ['place', 'organization']);
    assert.equal(v.text, '$(location) 1 · $(quote) 3');
    assert.match(v.tooltip, /^ClaimLens: 1 place · 1 organization · 3 claims/);
    assert.doesNotMatch(v.tooltip, /people|person/);
    assert.equal(statusView({ kind: 'ready' }, analysis, ['organization']).text, '$(organization) 1 · $(quote) 3');
    assert.equal(statusView({ kind: 'ready' }, analysis, []).text, '$(quote) 3');
  });

  it('uses singular words for one of a kind', () => {
    const one: Analysis = { ...analysis, entities: [analysis.entities[0]], claims: [analysis.claims[0]] };
    assert.match(statusView({ kind: 'ready' }, one).tooltip, /1 person · 0 places · 0 organizations · 1 claim /);
  });
});
