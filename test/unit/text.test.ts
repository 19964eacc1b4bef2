// prepareText: NFC normalisation with an offset map back to the caller's text.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { prepareText, snapToCodePoint, lineStarts, lineColumn } from '../../src/analysis/text/text';
import { splitsSurrogatePair } from '../fuzz/invariants';
import { fuzzSeed } from '../fuzz/arbitraries';

const SEED = fuzzSeed(424242);

// Text with decomposed accents, NFC length changers, astral characters and lone surrogates.
const tricky = fc.array(
  fc.oneof(
    fc.string({ unit: 'binary', maxLength: 6 }),
    fc.constantFrom('e\u0301', 'o\u0308\u0301', 'A\u030a', '\u0958', '\u0344', '\u0f73', '\u2126', '\uf900', '\u1100\u1161\u11a8', '\u1e9b\u0323', '\ufb2a', '😀', '👩‍👧', '\ud800', '\udc00', ' ', 'Núñez'.normalize('NFD'), '\u0301', 'a\u0328\u0301'),
  ),
  { maxLength: 30 },
).map((a) => a.join(''));

describe('text: prepareText', () => {
  it('leaves NFC text alone with an identity map', () => {
    const p = prepareText('Marta Núñez said "yes" 😀.');
    assert.equal(p.text, p.original);
    for (let i = 0; i <= p.text.length; i++) {
      const expected = splitsSurrogatePair(p.text, i) ? null : i;
      if (expected !== null) {
        assert.equal(p.toOriginal(i), i);
        assert.equal(p.toOriginalStart(i), i);
      }
    }
  });

  it('composes decomposed accents and maps every word back exactly', () => {
    const original = 'Tomás Herrera met Zoë in São Paulo.'.normalize('NFD');
    const p = prepareText(original);
    assert.equal(p.text, 'Tomás Herrera met Zoë in São Paulo.');
    for (const word of ['Tomás', 'Herrera', 'Zoë', 'São', 'Paulo']) {
      const s = p.text.indexOf(word);
      const e = s + word.length;
      const back = original.slice(p.toOriginalStart(s), p.toOriginal(e));
      assert.equal(back.normalize('NFC'), word);
      assert.equal(back, word.normalize('NFD'));
    }
  });

  it('composes Hangul jamo written apart (not combining marks, yet NFC joins them)', () => {
    const p = prepareText('\u1100\u1161\u11a8 x');
    assert.equal(p.text, '\uac01 x');
    assert.equal(p.toOriginalStart(0), 0);
    assert.equal(p.toOriginal(1), 3);
    assert.equal(p.toOriginal(2), 4);
  });

  it('never collapses a span inside a character that NFC lengthens', () => {
    // U+0958 (a composition exclusion) becomes two code units under NFC.
    const original = 'a \u0958 b';
    const p = prepareText(original);
    assert.equal(p.text, 'a \u0915\u093c b');
    // A span over only the second half of the expansion widens to the whole original character.
    assert.equal(p.toOriginalStart(3), 2);
    assert.equal(p.toOriginal(4), 3);
  });

  it(`property: output is NFC and the maps are monotone, exact at the ends, never split a pair (seed ${SEED})`, () => {
    fc.assert(
      fc.property(tricky, (original) => {
        const p = prepareText(original);
        assert.equal(p.text, original.normalize('NFC'));
        assert.equal(p.toOriginal(0), 0);
        assert.equal(p.toOriginalStart(0), 0);
        assert.equal(p.toOriginal(p.text.length), original.length);
        assert.equal(p.toOriginalStart(p.text.length), original.length);
        let prevUp = 0;
        let prevDown = 0;
        for (let n = 0; n <= p.text.length; n++) {
          const up = p.toOriginal(n);
          const down = p.toOriginalStart(n);
          assert.ok(down <= up, `start map ${down} after end map ${up} at ${n}`);
          assert.ok(up >= prevUp && down >= prevDown, `maps not monotone at ${n}`);
          assert.ok(!splitsSurrogatePair(original, up) && !splitsSurrogatePair(original, down), `splits a pair at ${n}`);
          prevUp = up;
          prevDown = down;
        }
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('property: a span between spaces maps back to text that normalises to the same words', () => {
    fc.assert(
      fc.property(tricky, tricky, tricky, (a, b, c) => {
        const original = `${a} ${b} ${c}`;
        const p = prepareText(original);
        // b sits between two spaces; spaces are exact boundaries
        const s = p.text.indexOf(' ') + 1;
        const e = p.text.lastIndexOf(' ');
        if (e < s) return;
        const back = original.slice(p.toOriginalStart(s), p.toOriginal(e));
        assert.equal(back.normalize('NFC'), p.text.slice(s, e));
      }),
      { seed: SEED + 1, numRuns: 300 },
    );
  });

  it('a span start or end is never empty after mapping when it was not before', () => {
    fc.assert(
      fc.property(tricky, fc.nat(), fc.nat(), (original, x, y) => {
        const p = prepareText(original);
        if (p.text.length === 0) return;
        const s = x % p.text.length;
        const e = s + 1 + (y % (p.text.length - s));
        assert.ok(p.toOriginalStart(s) < p.toOriginal(e), `span ${s}..${e} collapsed`);
      }),
      { seed: SEED + 2, numRuns: 500 },
    );
  });

  it('handles a megabyte of decomposed text in one chunk-wise pass', () => {
    const original = 'Núñez é ô ü '.normalize('NFD').repeat(60_000);
    const p = prepareText(original);
    assert.equal(p.text, original.normalize('NFC'));
    assert.equal(p.toOriginal(p.text.length), original.length);
  });
});

describe('text: snapToCodePoint', () => {
  it('moves an offset out of a surrogate pair and leaves other offsets alone', () => {
    const t = 'a😀b';
    assert.equal(snapToCodePoint(t, 2, true), 3);
    assert.equal(snapToCodePoint(t, 2, false), 1);
    assert.equal(snapToCodePoint(t, 1, true), 1);
    assert.equal(snapToCodePoint('\ud800x', 1, true), 1); // lone high surrogate: not a pair
  });
});

describe('text: lineStarts/lineColumn', () => {
  it('counts CR, LF and CRLF as one line break each', () => {
    const t = 'a\r\nb\rc\nd';
    const starts = lineStarts(t);
    assert.deepEqual(starts, [0, 3, 5, 7]);
    assert.deepEqual(lineColumn(starts, t.indexOf('d')), { line: 4, column: 1 });
    assert.deepEqual(lineColumn(starts, t.indexOf('c')), { line: 3, column: 1 });
  });
});
