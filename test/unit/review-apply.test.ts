// A review on top of real analyses of the sample article, before and after the article is edited
// and re-analysed: items are found by their words, never by claim id.
import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/analysis';
import type { Analysis, Entity } from '../../src/analysis/model';
import { toSchemaObject } from '../../src/analysis/output/exportFormats';
import { applyReview } from '../../src/analysis/review/apply';
import { addClaim, updateClaim, updateEntity } from '../../src/analysis/review/edit';
import { claimItem, claimWith, entityItem, review, sampleText, spanOf } from './reviewFactory';
import { source as mkSource } from './factories';

describe('applying a review', () => {
  const text = sampleText();
  let raw: Analysis;
  before(() => {
    raw = analyzeArticle(text, { languageId: 'markdown' });
  });

  const QUOTE = 'Nobody wins a long strike';

  it('gives the analysis back unchanged (the same object) when there is no review', () => {
    assert.equal(applyReview(raw, text, undefined).analysis, raw);
    assert.equal(applyReview(raw, text, review()).analysis, raw);
  });

  it('puts a verdict and note on the claim whose words it targets, without touching the raw analysis', () => {
    const before = JSON.stringify(raw);
    const target = claimWith(raw, QUOTE);
    const r = review([claimItem(text, target, { verdict: 'verified', note: 'on video' })]);
    const app = applyReview(raw, text, r);
    const claim = claimWith(app.analysis, QUOTE);
    assert.deepEqual(claim.review, { verdict: 'verified', note: 'on video', updated: '2026-12-04T10:00:00.000Z' });
    assert.equal(app.analysis.claims.filter((c) => c.review).length, 1);
    assert.deepEqual(app.itemsByClaim.get(claim.id), [r.claims[0].id]);
    assert.equal(JSON.stringify(raw), before, 'raw analysis unchanged');
    assert.deepEqual((toSchemaObject(app.analysis).claims.find((c) => c.text.includes(QUOTE)) as { review?: unknown }).review, claim.review);
  });

  it('keeps the verdict on the claim after a paragraph is inserted above and the article re-analysed', () => {
    const r = review([claimItem(text, claimWith(raw, QUOTE), { verdict: 'disputed' })]);
    const edited = text.replace('## What People Are Saying', 'A correction was added.\n\n"The dock is closed," a guard said.\n\n## What People Are Saying');
    const again = analyzeArticle(edited, { languageId: 'markdown' });
    const app = applyReview(again, edited, r);
    assert.equal(claimWith(app.analysis, QUOTE).review?.verdict, 'disputed');
    assert.equal(app.orphaned.length, 0);
    assert.ok(claimWith(app.analysis, QUOTE).start > claimWith(raw, QUOTE).start);
  });

  it('re-anchors a verdict when the quoted words were edited slightly', () => {
    const words = 'If the strike lasts more than a week, they will reroute to Sandport';
    const r = review([claimItem(text, claimWith(raw, words), { verdict: 'needs-source' })]);
    const edited = text.replace('If the strike lasts more than a week', 'If this strike lasts more than one week');
    const app = applyReview(analyzeArticle(edited, { languageId: 'markdown' }), edited, r);
    const claim = claimWith(app.analysis, 'If this strike lasts more than one week');
    assert.equal(claim.review?.verdict, 'needs-source');
    assert.ok(['context', 'fuzzy'].includes(app.anchors.get(r.claims[0].id)?.method ?? ''), 'found again, not at its old place');
  });

  it('lists an item whose words were deleted as orphaned, with its old words and verdict', () => {
    const target = claimWith(raw, QUOTE);
    const r = review([claimItem(text, target, { verdict: 'false', note: 'never said' })]);
    const edited = text.replace('"Nobody wins a long strike," the minister said, adding that', 'The minister added that');
    const app = applyReview(analyzeArticle(edited, { languageId: 'markdown' }), edited, r);
    assert.equal(app.analysis.claims.some((c) => c.review), false);
    assert.deepEqual(app.analysis.orphaned, [
      { kind: 'claim', id: r.claims[0].id, reason: 'text-not-found', exact: target.text, start: target.start, end: target.end, verdict: 'false', note: 'never said' },
    ]);
    assert.ok('orphaned' in toSchemaObject(app.analysis));
  });

  it('hides a claim marked "not a claim" from the analysis, and keeps it for restoring', () => {
    const target = claimWith(raw, 'modernisation plan');
    const app = applyReview(raw, text, review([claimItem(text, target, { hidden: true, kind: target.kind })]));
    assert.equal(app.analysis.claims.length, raw.claims.length - 1);
    assert.ok(!app.analysis.claims.some((c) => c.text.includes('modernisation plan')));
    assert.equal(app.hidden.length, 1);
    assert.equal(app.hidden[0].claim.text, target.text);
  });

  it('corrects a source to another person of the article, at that person\'s nearest mention', () => {
    const target = claimWith(raw, QUOTE);
    const app = applyReview(raw, text, review([claimItem(text, target, { source: { name: 'Henrik Dahl' } })]));
    const claim = claimWith(app.analysis, QUOTE);
    const dahl = app.analysis.entities.find((e) => e.name === 'Henrik Dahl');
    assert.ok(dahl);
    assert.equal(claim.source?.entityId, dahl.id);
    assert.equal(claim.source?.confidence, 1);
    assert.ok(dahl.mentions.some((m) => m.start === claim.source?.start));
    assert.equal(text.slice(claim.source!.start, claim.source!.end), claim.source?.text);
    assert.deepEqual(claim.edited, ['source']);
  });

  it('accepts a typed name that is no entity, as an unnamed source', () => {
    const target = claimWith(raw, QUOTE);
    const app = applyReview(raw, text, review([claimItem(text, target, { source: { name: 'Dana Ortland' } })]));
    const claim = claimWith(app.analysis, QUOTE);
    assert.equal(claim.source?.name, 'Dana Ortland');
    assert.equal(claim.source?.entityId, null);
    assert.equal(claim.source?.start, claim.source?.end);
  });

  it('adds a claim the analysis missed, with its source resolved to the article\'s entity', () => {
    const words = 'Dahl\'s office declined to comment on the letter';
    const r = addClaim(review(), text, spanOf(text, words), 'reported', 'Henrik Dahl', new Date('2026-12-04T10:00:00Z'));
    const app = applyReview(raw, text, r);
    const added = app.analysis.claims.find((c) => c.text === words);
    assert.ok(added, 'added claim present');
    assert.equal(added.kind, 'reported');
    assert.deepEqual(added.edited, ['added', 'source']);
    assert.equal(added.source?.name, 'Henrik Dahl');
    assert.equal(app.analysis.claims.length, raw.claims.length + 1);
    // Still there after re-analysis of an edited article.
    const edited = `Update: talks resumed.\n\n${text}`;
    const again = applyReview(analyzeArticle(edited, { languageId: 'markdown' }), edited, r);
    assert.ok(again.analysis.claims.some((c) => c.text === words && c.edited?.includes('added')));
  });

  it('an added claim the analysis later finds itself is not doubled', () => {
    const target = claimWith(raw, QUOTE);
    const r = addClaim(review(), text, target, 'direct', undefined);
    const app = applyReview(raw, text, r);
    assert.equal(app.analysis.claims.filter((c) => c.text === target.text).length, 1);
  });

  it('merges two cards into one, with the canonical name, and points their claims at it', () => {
    const people = raw.entities.filter((e) => e.type === 'person');
    const [a, b] = [people.find((e) => e.name === 'Henrik Dahl')!, people.find((e) => e.name === 'Tunde Bakare')!];
    const r = updateEntity(review(), applyReview(raw, text, undefined), a, { mergeWith: b, canonical: 'Henrik "Tunde" Dahl' });
    const app = applyReview(raw, text, r);
    const merged = app.analysis.entities.filter((e) => e.name === 'Henrik "Tunde" Dahl');
    assert.equal(merged.length, 1);
    assert.equal(app.analysis.entities.length, raw.entities.length - 1);
    assert.equal(merged[0].mentions.length, a.mentions.length + b.mentions.length);
    assert.deepEqual(new Set(merged[0].edited), new Set(['merged', 'name']));
    assert.ok(merged[0].aliases.includes('Tunde Bakare') && merged[0].aliases.includes('Henrik Dahl'));
    const bakareQuote = claimWith(app.analysis, 'My father worked these docks');
    assert.equal(bakareQuote.source?.entityId, merged[0].id);
    assert.equal(bakareQuote.source?.name, 'Henrik "Tunde" Dahl');
  });

  it('changes a card\'s type, and drops a card that is not a name (its claims keep the words)', () => {
    const r = review([], [entityItem(['Port of Valmera'], { type: 'organization' }), entityItem(['Valmera Port Authority'], { ignore: true })]);
    const app = applyReview(raw, text, r);
    const port = app.analysis.entities.find((e) => e.name === 'Port of Valmera');
    assert.equal(port?.type, 'organization');
    assert.deepEqual(port?.edited, ['type']);
    assert.ok(!app.analysis.entities.some((e) => e.name === 'Valmera Port Authority'));
    assert.equal(app.ignored.length, 1);
    for (const c of app.analysis.claims) assert.notEqual(c.source?.entityId, 'organization:valmera-port-authority');
    const traffic = claimWith(app.analysis, 'container traffic');
    assert.equal(traffic.source?.entityId ?? null, null);
  });

  it('lists an entity item whose names are gone as orphaned', () => {
    const app = applyReview(raw, text, review([], [entityItem(['Bob Okafor', 'Robert Okafor'], { canonical: 'Robert Okafor' })]));
    assert.deepEqual(app.orphaned, [{ kind: 'entity', id: 'e-Bob Okafor', reason: 'names-not-found', names: ['Bob Okafor', 'Robert Okafor'] }]);
  });

  it('edits go to the item already on the claim; an item that says nothing is removed', () => {
    const claim = claimWith(raw, QUOTE);
    let r = updateClaim(review(), applyReview(raw, text, undefined), claim, text, { verdict: 'verified' });
    assert.equal(r.claims.length, 1);
    r = updateClaim(r, applyReview(raw, text, r), claimWith(applyReview(raw, text, r).analysis, QUOTE), text, { note: 'two sources' });
    assert.equal(r.claims.length, 1);
    assert.equal(r.claims[0].verdict, 'verified');
    assert.equal(r.claims[0].note, 'two sources');
    r = updateClaim(r, applyReview(raw, text, r), claimWith(applyReview(raw, text, r).analysis, QUOTE), text, { verdict: 'unreviewed', note: '' });
    assert.equal(r.claims.length, 0);
  });

  it('resolves a hand-made analysis too (no NLP involved)', () => {
    const t = 'Bob Okafor said "yes". Robert Okafor said "no".';
    const bob: Entity = { id: 'person:bob', type: 'person', name: 'Bob Okafor', aliases: [], roles: [], mentions: [spanOf(t, 'Bob Okafor')] };
    const rob: Entity = { id: 'person:rob', type: 'person', name: 'Robert Okafor', aliases: [], roles: ['mayor'], mentions: [spanOf(t, 'Robert Okafor')] };
    const analysis: Analysis = {
      schema: 'claimlens/1',
      entities: [bob, rob],
      claims: [
        { id: 'c1', kind: 'direct', ...spanOf(t, 'yes'), text: 'yes', source: mkSource('Bob Okafor', 'person:bob', bob.mentions[0]), cue: null },
        { id: 'c2', kind: 'direct', ...spanOf(t, 'no'), text: 'no', source: mkSource('Robert Okafor', 'person:rob', rob.mentions[0]), cue: null },
      ],
    };
    const app = applyReview(analysis, t, review([], [entityItem(['Bob Okafor', 'Robert Okafor'], { canonical: 'Robert Okafor' })]));
    assert.equal(app.analysis.entities.length, 1);
    assert.equal(app.analysis.entities[0].id, 'person:rob');
    assert.deepEqual(app.analysis.entities[0].roles, ['mayor']);
    assert.ok(app.analysis.claims.every((c) => c.source?.entityId === 'person:rob' && c.source.name === 'Robert Okafor'));
    assert.deepEqual(app.itemsByEntity.get('person:rob'), ['e-Bob Okafor']);
  });
});
