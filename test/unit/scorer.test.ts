// The accuracy scorer on tiny hand-made gold/prediction pairs: each rate is worked out by hand.
import * as assert from 'node:assert/strict';
import type { Analysis, Claim, Entity } from '../../src/analysis/model';
import { GoldError, parseGold, readGold } from '../../bench/accuracy/gold';
import { source as mkSource } from './factories';
import type { GoldDoc, GoldEntity, GoldQuote } from '../../bench/accuracy/gold';
import { cardMisses, clusterRates, f1, precision, recall, sameName, scoreClustering, scoreDocument, sourceIsRight, sumScores, type Miss } from '../../bench/accuracy/score';

const TEXT = 'President Joe Biden met Edmundo González in Panama. "We will win," González said. Biden said the talks went well. The film "Blue Sky" opened.';

function at(word: string, from = 0): { start: number; end: number } {
  const start = TEXT.indexOf(word, from);
  assert.ok(start >= 0, `fixture lacks ${word}`);
  return { start, end: start + word.length };
}

function goldEntity(word: string, type: GoldEntity['type'], gumEntity: number, from = 0, mention?: string): GoldEntity {
  const s = at(word, from);
  const m = mention ? at(mention, from) : s;
  return { ...s, type, text: word, mentionStart: m.start, mentionEnd: m.end, wiki: null, gumEntity };
}

function goldQuote(text: string, kind: GoldQuote['kind'], speaker: string | null, speakerFrom = 0, canonical: string | null = speaker): GoldQuote {
  const sp = speaker ? at(speaker, speakerFrom) : null;
  return {
    ...at(text),
    text,
    kind,
    relation: 'attribution-positive',
    attributed: true,
    speaker,
    speakerStart: sp ? sp.start : null,
    speakerEnd: sp ? sp.end : null,
    speakerCanonical: canonical,
    cue: null,
  };
}

const bidenAt = TEXT.indexOf('Biden said');
const gonzalezSaid = TEXT.indexOf('González said');

function goldDoc(): GoldDoc {
  return {
    id: 'doc',
    genre: 'news',
    title: 't',
    text: TEXT,
    entities: [
      goldEntity('Joe Biden', 'PERSON', 1, 0, 'President Joe Biden'),
      goldEntity('Edmundo González', 'PERSON', 2),
      goldEntity('Panama', 'PLACE', 3),
      goldEntity('González', 'PERSON', 2, gonzalezSaid),
      goldEntity('Biden', 'PERSON', 1, bidenAt),
    ],
    quotes: [
      goldQuote('"We will win,"', 'direct', 'González', gonzalezSaid, 'Edmundo González'),
      goldQuote('the talks went well', 'indirect', 'Biden', bidenAt, 'Joe Biden'),
    ],
    otherQuoted: [{ ...at('"Blue Sky"'), text: '"Blue Sky"', reason: 'gum-q-element', hasFiniteVerb: false }],
  };
}

function entity(id: string, type: Entity['type'], name: string, mentions: { start: number; end: number }[], aliases: string[] = []): Entity {
  return { id, type, name, aliases, roles: [], mentions };
}

function claim(kind: Claim['kind'], span: { start: number; end: number }, source: { start: number; end: number; name: string; entityId: string | null } | null): Claim {
  return { id: `c-${span.start}`, kind, ...span, text: TEXT.slice(span.start, span.end), source: source && mkSource(source.name, source.entityId, source, TEXT.slice(source.start, source.end)), cue: null };
}

function inner(quoted: string): { start: number; end: number } {
  const s = at(quoted);
  return { start: s.start + 1, end: s.end - 1 };
}

describe('accuracy scorer', () => {
  describe('entities', () => {
    it('counts exact matches on the name span and overlap matches on the full gold mention, per type', () => {
      const analysis: Analysis = {
        schema: 'claimlens/1',
        entities: [
          // "President Joe" overlaps the gold mention but is not the name: overlap yes, exact no.
          entity('person:joe', 'person', 'President Joe', [at('President Joe')]),
          entity('person:edmundo-gonzalez', 'person', 'Edmundo González', [at('Edmundo González'), at('González', gonzalezSaid)]),
          // Right span, wrong type: counts for neither person nor place.
          entity('organization:panama', 'organization', 'Panama', [at('Panama')]),
          // Nothing in the gold there: spurious.
          entity('person:blue-sky', 'person', 'Blue Sky', [at('Blue Sky')]),
        ],
        claims: [],
      };
      const s = scoreDocument(goldDoc(), analysis);
      assert.deepEqual(s.ner.person.exact, { gold: 4, goldMatched: 2, predicted: 4, predictedMatched: 2, ignored: 0 });
      assert.deepEqual(s.ner.person.overlap, { gold: 4, goldMatched: 3, predicted: 4, predictedMatched: 3, ignored: 0 });
      assert.equal(recall(s.ner.place.overlap), 0);
      assert.equal(precision(s.ner.organization.overlap), 0);
      assert.equal(f1(s.ner.person.exact), 0.5);
      const kinds = s.misses.map((m) => `${m.kind}:${m.text}`);
      assert.ok(kinds.includes('entity-wrong-type:Panama'), kinds.join());
      assert.ok(kinds.includes('entity-missed:Biden'), kinds.join());
      assert.ok(kinds.includes('entity-spurious:Blue Sky'), kinds.join());
    });
  });

  describe('alias clustering', () => {
    const gold = [
      { start: 0, end: 5, mentionStart: 0, mentionEnd: 5, gumEntity: 1 },
      { start: 10, end: 15, mentionStart: 10, mentionEnd: 15, gumEntity: 1 },
      { start: 20, end: 25, mentionStart: 20, mentionEnd: 25, gumEntity: 2 },
    ];

    it('gives perfect scores when the predicted clusters are the gold ones', () => {
      const c = scoreClustering(gold, [
        { start: 0, end: 5, entityId: 'a' },
        { start: 10, end: 15, entityId: 'a' },
        { start: 20, end: 25, entityId: 'b' },
      ]);
      const r = clusterRates(c);
      assert.equal(c.mentions, 3);
      assert.equal(r.b3.f1, 1);
      assert.equal(r.pairwise.f1, 1);
    });

    it('penalises precision when two people are merged into one card', () => {
      const r = clusterRates(scoreClustering(gold, gold.map((g) => ({ start: g.start, end: g.end, entityId: 'all' }))));
      // B-cubed precision per mention: 2/3, 2/3, 1/3; recall 1 each.
      assert.ok(Math.abs(r.b3.precision! - 5 / 9) < 1e-12);
      assert.equal(r.b3.recall, 1);
      // Pairs: 3 predicted, 1 gold, 1 both.
      assert.ok(Math.abs(r.pairwise.precision! - 1 / 3) < 1e-12);
      assert.equal(r.pairwise.recall, 1);
    });

    it('penalises recall when one person is split over two cards, and ignores unmatched names', () => {
      const c = scoreClustering(gold, [
        { start: 0, end: 5, entityId: 'a' },
        { start: 11, end: 14, entityId: 'b' }, // overlap only: still aligned
        { start: 40, end: 45, entityId: 'c' }, // no gold name there
      ]);
      const r = clusterRates(c);
      assert.equal(c.mentions, 2);
      assert.equal(r.b3.precision, 1);
      assert.equal(r.b3.recall, 0.5);
      assert.equal(r.pairwise.recall, 0);
    });

    it('counts one card per entity only when all its names are found on one card of its own', () => {
      const card = (ids: (string | null)[]) =>
        clusterRates(
          scoreClustering(
            gold,
            gold.flatMap((g, i) => (ids[i] === null ? [] : [{ start: g.start, end: g.end, entityId: ids[i]! }])),
          ),
        ).oneCard;
      // entity 1 (named twice) and entity 2 (once)
      assert.deepEqual(card(['a', 'a', 'b']), { all: 1, namedTwice: 1 });
      // entity 1 split over two cards: only entity 2 counts
      assert.deepEqual(card(['a', 'c', 'b']), { all: 0.5, namedTwice: 0 });
      // both on one card: neither is alone on it
      assert.deepEqual(card(['a', 'a', 'a']), { all: 0, namedTwice: 0 });
      // one name of entity 1 not found at all
      assert.deepEqual(card(['a', null, 'b']), { all: 0.5, namedTwice: 0 });
      const c = scoreClustering(gold, [{ start: 20, end: 25, entityId: 'b' }]);
      assert.equal(c.goldEntities, 2);
      assert.equal(c.goldEntitiesNamedTwice, 1);
    });
  });

  describe('one-card misses', () => {
    const gold = [goldEntity('Joe Biden', 'PERSON', 1), goldEntity('Biden', 'PERSON', 1, 60), goldEntity('Edmundo González', 'PERSON', 2), goldEntity('González', 'PERSON', 2, 60)];
    const misses = (cards: (string | null)[]) => {
      const out: Miss[] = [];
      const pred = gold.flatMap((g, i) => (cards[i] === null ? [] : [{ start: g.start, end: g.end, entityId: cards[i]! }]));
      cardMisses(gold, pred, out);
      return out.map((m) => `${m.kind}:${m.text}:${m.got}`);
    };

    it('says nothing when each gold entity has its own card', () => {
      assert.deepEqual(misses(['a', 'a', 'b', 'b']), []);
    });

    it('reports a gold entity spread over two cards, and two gold entities on one card', () => {
      assert.deepEqual(misses(['a', 'c', 'b', 'b']), ['card-split:Joe Biden:a, c']);
      assert.deepEqual(misses(['a', 'a', 'a', 'a']), ['card-merged:Joe Biden:a with Edmundo González', 'card-merged:Edmundo González:a with Joe Biden']);
    });

    it('leaves a name not found to entity-missed', () => {
      assert.deepEqual(misses(['a', null, 'b', 'b']), []);
    });
  });

  describe('direct quotes and speakers', () => {
    const people = [
      entity('person:joe-biden', 'person', 'Joe Biden', [at('Joe Biden'), at('Biden', bidenAt)]),
      entity('person:edmundo-gonzalez', 'person', 'Edmundo González', [at('Edmundo González'), at('González', gonzalezSaid)], ['González']),
    ];

    it('matches quote content inside the marks, ignores quoted titles, and counts other quotes as wrong', () => {
      const analysis: Analysis = {
        schema: 'claimlens/1',
        entities: people,
        claims: [
          claim('direct', inner('"We will win,"'), { ...at('González', gonzalezSaid), name: 'Edmundo González', entityId: 'person:edmundo-gonzalez' }),
          claim('direct', inner('"Blue Sky"'), null),
          claim('direct', at('the talks'), null),
        ],
      };
      const s = scoreDocument(goldDoc(), analysis);
      assert.deepEqual(s.directQuotes, { gold: 1, goldMatched: 1, predicted: 3, predictedMatched: 1, ignored: 1 });
      assert.equal(precision(s.directQuotes), 0.5);
      assert.deepEqual(s.speakers, { hit: 1, total: 1 });
      assert.ok(s.misses.some((m) => m.kind === 'quote-spurious' && m.text === 'the talks'));
    });

    it('counts a quote whose source is missing or another person as a wrong speaker', () => {
      for (const source of [null, { ...at('Joe Biden'), name: 'Joe Biden', entityId: 'person:joe-biden' }]) {
        const s = scoreDocument(goldDoc(), { schema: 'claimlens/1', entities: people, claims: [claim('direct', inner('"We will win,"'), source)] });
        assert.deepEqual(s.speakers, { hit: 0, total: 1 });
        assert.equal(s.misses.filter((m) => m.kind === 'speaker-wrong').length, 1);
      }
    });

    it('accepts the speaker by the canonical name even when the source span is elsewhere', () => {
      const q = goldQuote('"We will win,"', 'direct', 'González', gonzalezSaid, 'Edmundo González');
      const c = claim('direct', inner('"We will win,"'), { ...at('Edmundo González'), name: 'Edmundo Gonzalez', entityId: null });
      assert.equal(sourceIsRight(q, c, []), true);
    });

    it('does not score the speaker of an unattributed quotation', () => {
      const doc = goldDoc();
      doc.quotes[0] = { ...doc.quotes[0], attributed: false, speaker: null, speakerStart: null, speakerEnd: null, speakerCanonical: null };
      const s = scoreDocument(doc, { schema: 'claimlens/1', entities: people, claims: [claim('direct', inner('"We will win,"'), null)] });
      assert.deepEqual(s.speakers, { hit: 0, total: 0 });
      assert.equal(s.directQuotes.goldMatched, 1);
    });

    it('misses a quote nobody found', () => {
      const s = scoreDocument(goldDoc(), { schema: 'claimlens/1', entities: people, claims: [] });
      assert.equal(recall(s.directQuotes), 0);
      assert.equal(precision(s.directQuotes), null);
      assert.ok(s.misses.some((m) => m.kind === 'quote-missed' && m.expected === 'González = Edmundo González'));
    });
  });

  describe('reported claims', () => {
    it('matches reported content by overlap and scores its source', () => {
      const biden = entity('person:joe-biden', 'person', 'Joe Biden', [at('Joe Biden'), at('Biden', bidenAt)]);
      const analysis: Analysis = {
        schema: 'claimlens/1',
        entities: [biden],
        claims: [
          claim('reported', at('talks went well.'), { ...at('Biden', bidenAt), name: 'Joe Biden', entityId: 'person:joe-biden' }),
          // A reported claim over a direct quote is neither right nor wrong here.
          claim('reported', at('We will win'), null),
        ],
      };
      const s = scoreDocument(goldDoc(), analysis);
      assert.deepEqual(s.reported, { gold: 1, goldMatched: 1, predicted: 2, predictedMatched: 1, ignored: 1 });
      assert.deepEqual(s.sources, { hit: 1, total: 1 });
      assert.equal(recall(s.directQuotes), 0, 'a reported claim does not count as a direct quote');
    });
  });

  describe('names and sums', () => {
    it('compares names accent-, case- and possessive-insensitively, surname against full name', () => {
      assert.ok(sameName('GONZALEZ', 'Edmundo González'));
      assert.ok(sameName("Mulino's", 'José Raúl Mulino'));
      assert.ok(!sameName('Edmundo', 'Edmundo González'), 'a first name alone is not the person');
      assert.ok(!sameName('he', 'Helen'));
      assert.ok(!sameName('Joe Biden', 'Hunter Biden'));
    });

    it('sums documents into micro averages', () => {
      const a = scoreDocument(goldDoc(), { schema: 'claimlens/1', entities: [], claims: [] });
      const b = scoreDocument(goldDoc(), { schema: 'claimlens/1', entities: [entity('person:x', 'person', 'Joe Biden', [at('Joe Biden')])], claims: [] });
      const t = sumScores([a, b]);
      assert.deepEqual(t.ner.person.exact, { gold: 8, goldMatched: 1, predicted: 1, predictedMatched: 1, ignored: 0 });
      assert.equal(t.directQuotes.gold, 2);
      assert.deepEqual(t.misses, []);
    });
  });

  describe('gold file', () => {
    it('names the line of a broken record', () => {
      const good = JSON.stringify({ id: 'a', text: 'x', entities: [], quotes: [] });
      assert.throws(() => parseGold(`${good}\n{oops\n`, 'g.jsonl'), (e: unknown) => e instanceof GoldError && e.message === 'g.jsonl:2: not valid JSON');
      assert.deepEqual(parseGold(`${good}\n\n`, 'g.jsonl')[0].otherQuoted, []);
      assert.throws(() => parseGold('{"id": "a"}', 'g.jsonl'), /g\.jsonl:1: not a gum-news-claims record/);
    });

    it('says plainly when the benchmark file is missing', () => {
      assert.throws(() => readGold('/nonexistent/gum.jsonl'), (e: unknown) => e instanceof GoldError && e.message === '/nonexistent/gum.jsonl: benchmark file not found');
    });
  });
});
