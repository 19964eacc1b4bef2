// The review file: parsing (with clear errors), writing (stable, one item per line), and the JSON
// Schema in schemas/ checked with ajv: it compiles, it accepts what ClaimLens writes, and it
// accepts exactly what the parser accepts.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import fc from 'fast-check';
import { isReviewFilePath, reviewPathFor } from '../../src/analysis/review/model';
import { parseReview, ReviewFileError, reviewFromJson } from '../../src/analysis/review/parse';
import { serializeReview } from '../../src/analysis/review/serialize';
import { projectRoot } from '../vscode/paths';
import { claimItem, entityItem, review, sampleText, spanOf } from './reviewFactory';

const schema = JSON.parse(readFileSync(path.join(projectRoot, 'schemas', 'claimlens-review.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

/** The shape the issue gives, as a user would write it by hand (no ids). */
const HAND_WRITTEN = {
  schema: 'claimlens-review/1',
  claims: [
    {
      target: { exact: 'Nobody wins a long strike', prefix: 'return to talks. "', suffix: '," the minister', start: 1595, end: 1620 },
      verdict: 'verified',
      note: 'checked against the court record',
      source: { name: 'Dana Ortland' },
      hidden: false,
      added: false,
      kind: 'direct',
      updated: '2026-12-04T10:00:00Z',
    },
  ],
  entities: [
    { names: ['Bob Okafor', 'Robert Okafor'], type: 'person', canonical: 'Robert Okafor' },
    { names: ['Co'], ignore: true },
  ],
};

function parses(value: unknown): boolean {
  try {
    reviewFromJson(value);
    return true;
  } catch (err) {
    assert.ok(err instanceof ReviewFileError, `parser threw something else: ${String(err)}`);
    return false;
  }
}

describe('review file', () => {
  it('reads the documented shape, filling defaults and ids', () => {
    assert.ok(validate(HAND_WRITTEN), JSON.stringify(validate.errors));
    const r = parseReview(JSON.stringify(HAND_WRITTEN));
    assert.equal(r.claims[0].verdict, 'verified');
    assert.equal(r.claims[0].source?.name, 'Dana Ortland');
    assert.equal(r.entities[1].ignore, true);
    assert.equal(r.entities[0].ignore, false);
    assert.ok(r.claims[0].id && r.entities[0].id && r.entities[1].id);
    assert.notEqual(r.entities[0].id, r.entities[1].id);
    // Same input, same ids: a merge can match hand-written items between reads.
    assert.deepEqual(parseReview(JSON.stringify(HAND_WRITTEN)), r);
  });

  it('says what is wrong: not JSON, another schema, a bad field with its path', () => {
    assert.throws(() => parseReview('{ "schema": '), (e: unknown) => e instanceof ReviewFileError && e.kind === 'json' && /not valid JSON/.test(e.message));
    assert.throws(
      () => parseReview('{"schema":"claimlens-review/9","claims":[]}'),
      (e: unknown) => e instanceof ReviewFileError && e.kind === 'schema' && /unknown schema "claimlens-review\/9"/.test(e.message),
    );
    assert.throws(
      () => parseReview(JSON.stringify({ ...HAND_WRITTEN, claims: [{ ...HAND_WRITTEN.claims[0], verdict: 'maybe' }] })),
      (e: unknown) => e instanceof ReviewFileError && e.kind === 'shape' && /^claims\[0\]\.verdict: must be one of/.test(e.message),
    );
    assert.throws(() => parseReview('[]'), /expected a JSON object/);
  });

  it('writes one item per line, keys in a fixed order, and reads back what it wrote', () => {
    const text = sampleText();
    const r = review(
      [
        claimItem(text, spanOf(text, 'Nobody wins a long strike'), { id: 'c-2', verdict: 'false', note: 'no "record" of it' }),
        claimItem(text, spanOf(text, 'Shipping lines will not wait'), { id: 'c-1', hidden: true }),
      ],
      [entityItem(['Pena', 'Peña'], { id: 'e-1', canonical: 'Marisol Peña' })],
    );
    const out = serializeReview(r);
    const lines = out.split('\n');
    assert.equal(lines[1], '  "schema": "claimlens-review/1",');
    const itemLines = lines.filter((l) => l.startsWith('    {'));
    assert.equal(itemLines.length, 3, out);
    // Claims in text order, whatever order they were made in.
    assert.match(itemLines[0], /^    \{ "id": "c-1", "target": \{ "exact": "Shipping lines will not wait"/);
    assert.ok(validate(JSON.parse(out)), JSON.stringify(validate.errors));
    const back = parseReview(out);
    assert.deepEqual(back.claims.sort((a, b) => a.id.localeCompare(b.id)), [...r.claims].sort((a, b) => a.id.localeCompare(b.id)));
    assert.deepEqual(back.entities, r.entities);
    assert.equal(serializeReview(back), out, 'stable: writing what was read changes nothing');
  });

  it('keeps fields it does not know, at every level', () => {
    const withExtra = { ...HAND_WRITTEN, reviewer: 'ana', claims: [{ ...HAND_WRITTEN.claims[0], id: 'x', confidence: 'high' }], entities: [] };
    const out = serializeReview(parseReview(JSON.stringify(withExtra)));
    const again = JSON.parse(out);
    assert.equal(again.reviewer, 'ana');
    assert.equal(again.claims[0].confidence, 'high');
  });

  it('the schema and the parser accept the same documents (property, ajv)', () => {
    const target = fc.record(
      {
        exact: fc.oneof(fc.string({ maxLength: 5 }), fc.constant(1)),
        prefix: fc.oneof(fc.string({ maxLength: 3 }), fc.constant(null)),
        suffix: fc.string({ maxLength: 3 }),
        start: fc.oneof(fc.nat(), fc.constant(-1), fc.constant(1.5), fc.constant('3')),
        end: fc.nat(),
      },
      { requiredKeys: ['exact', 'start'] },
    );
    const claim = fc.record(
      {
        id: fc.oneof(fc.constant(''), fc.constant('a'), fc.constant(7)),
        target,
        verdict: fc.constantFrom('unreviewed', 'verified', 'disputed', 'false', 'needs-source', 'maybe'),
        note: fc.oneof(fc.string({ maxLength: 4 }), fc.constant(false)),
        source: fc.oneof(fc.record({ name: fc.string({ maxLength: 3 }) }), fc.constant({})),
        hidden: fc.oneof(fc.boolean(), fc.constant('yes')),
        added: fc.boolean(),
        kind: fc.constantFrom('direct', 'reported', 'indirect'),
        updated: fc.oneof(fc.constant('2026-12-04T10:00:00Z'), fc.constant(0)),
        other: fc.anything({ maxDepth: 1 }),
      },
      { requiredKeys: ['target'] },
    );
    const entity = fc.record(
      {
        names: fc.oneof(fc.array(fc.string({ maxLength: 3 }), { maxLength: 3 }), fc.constant('Bob')),
        type: fc.constantFrom('person', 'place', 'organization', 'animal'),
        canonical: fc.string({ maxLength: 3 }),
        ignore: fc.oneof(fc.boolean(), fc.constant(1)),
      },
      { requiredKeys: ['names'] },
    );
    const doc = fc.record(
      {
        schema: fc.constantFrom('claimlens-review/1', 'claimlens-review/2', 5),
        claims: fc.oneof(fc.array(claim, { maxLength: 3 }), fc.constant({})),
        entities: fc.array(entity, { maxLength: 3 }),
      },
      { requiredKeys: [] },
    );
    let accepted = 0;
    fc.assert(
      fc.property(doc, (d) => {
        const bySchema = validate(d) === true;
        assert.equal(parses(d), bySchema, `schema says ${bySchema} for ${JSON.stringify(d)} (${JSON.stringify(validate.errors)})`);
        if (bySchema) accepted++;
      }),
      { seed: 7, numRuns: 1500 },
    );
    assert.ok(accepted > 20, `enough valid documents generated to mean something (${accepted})`);
  });

  it('names review files so nothing mistakes them for articles', () => {
    assert.equal(reviewPathFor('news/harbour-strike.md'), 'news/harbour-strike.md.claimlens.json');
    assert.ok(isReviewFilePath('news/harbour-strike.md.claimlens.json'));
    assert.ok(isReviewFilePath('a.txt.claimlens.json.bak'));
    assert.ok(!isReviewFilePath('news/harbour-strike.md'));
    assert.ok(!isReviewFilePath('claimlens.json.md'));
  });
});
