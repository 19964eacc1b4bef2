// Three-way merge of review files per item: one-sided changes are taken, two-sided conflicts keep
// both versions and are reported, nothing is dropped silently.
import * as assert from 'node:assert/strict';
import { mergeReviews, resolveConflict } from '../../src/analysis/review/merge';
import type { ClaimItem } from '../../src/analysis/review/model';
import { claimItem, entityItem, review, sampleText, spanOf } from './reviewFactory';

describe('merging review files', () => {
  const text = sampleText();
  const a = claimItem(text, spanOf(text, 'Nobody wins a long strike'), { id: 'a', verdict: 'verified' });
  const b = claimItem(text, spanOf(text, 'Shipping lines will not wait'), { id: 'b', verdict: 'disputed' });
  const later = (item: ClaimItem, fields: Partial<ClaimItem>): ClaimItem => ({ ...item, ...fields, updated: '2026-12-05T09:00:00.000Z' });

  it('takes changes made on one side only, from either side', () => {
    const base = review([a, b]);
    const ours = review([later(a, { note: 'ours' }), b]);
    const theirs = review([a, later(b, { verdict: 'false' })]);
    const { merged, conflicts } = mergeReviews(base, ours, theirs);
    assert.deepEqual(conflicts, []);
    assert.equal(merged.claims.find((i) => i.id === 'a')?.note, 'ours');
    assert.equal(merged.claims.find((i) => i.id === 'b')?.verdict, 'false');
  });

  it('takes additions and removals from both sides', () => {
    const c = claimItem(text, spanOf(text, 'We are ready to talk'), { id: 'c' });
    const { merged, conflicts } = mergeReviews(review([a, b]), review([a, b, c]), review([a]));
    assert.deepEqual(conflicts, []);
    assert.deepEqual(merged.claims.map((i) => i.id).sort(), ['a', 'c']);
  });

  it('agrees when both sides made the same change at different times', () => {
    const { merged, conflicts } = mergeReviews(review([a]), review([later(a, { verdict: 'false' })]), review([{ ...a, verdict: 'false', updated: '2026-12-06T00:00:00.000Z' }]));
    assert.deepEqual(conflicts, []);
    assert.equal(merged.claims.length, 1);
    assert.equal(merged.claims[0].updated, '2026-12-06T00:00:00.000Z');
  });

  it('keeps both versions of an item changed on both sides, and reports the conflict', () => {
    const ours = later(a, { verdict: 'false' });
    const theirs = later(a, { verdict: 'disputed', note: 'their note' });
    const { merged, conflicts } = mergeReviews(review([a]), review([ours]), review([theirs]));
    assert.equal(conflicts.length, 1);
    assert.equal(conflicts[0].copyId, 'a-theirs');
    assert.deepEqual(merged.claims.map((i) => [i.id, i.verdict]), [['a', 'false'], ['a-theirs', 'disputed']]);
    assert.deepEqual(resolveConflict(merged, conflicts[0], 'ours').claims, [ours]);
    assert.deepEqual(resolveConflict(merged, conflicts[0], 'theirs').claims, [theirs]);
  });

  it('a removal against a change keeps the change until the user decides', () => {
    const theirs = later(a, { note: 'still checking' });
    const { merged, conflicts } = mergeReviews(review([a]), review([]), review([theirs]));
    assert.equal(conflicts.length, 1);
    assert.deepEqual(merged.claims, [theirs]);
    assert.deepEqual(resolveConflict(merged, conflicts[0], 'ours').claims, []);
    assert.deepEqual(resolveConflict(merged, conflicts[0], 'theirs').claims, [theirs]);
  });

  it('merges entity items the same way', () => {
    const e = entityItem(['Co'], { id: 'e', ignore: true });
    const { merged, conflicts } = mergeReviews(review([], [e]), review([], [e]), review([], [{ ...e, ignore: false, type: 'organization' }]));
    assert.deepEqual(conflicts, []);
    assert.equal(merged.entities[0].type, 'organization');
  });
});
