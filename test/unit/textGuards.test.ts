// guards.ts: control characters in article text or file names are shown, never acted on.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { jsonTerminalSafe, oneLine, splitLongUnit, terminalSafe } from '../../src/analysis/text/guards';

describe('guards: terminalSafe / oneLine', () => {
  it('shows ESC sequences, CR, NUL, DEL, C1 and bidi overrides as escapes', () => {
    assert.equal(terminalSafe('a\u001b[2Jb'), 'a\\u{1b}[2Jb');
    assert.equal(terminalSafe('x\ry'), 'x\\u{d}y');
    assert.equal(terminalSafe('\u0000\u007f\u009b'), '\\u{0}\\u{7f}\\u{9b}');
    assert.equal(terminalSafe('abc\u202edef\u2066'), 'abc\\u{202e}def\\u{2066}');
    assert.equal(terminalSafe('OSC\u001b]52;c;aGk=\u0007'), 'OSC\\u{1b}]52;c;aGk=\\u{7}');
  });

  it('keeps ordinary text, tabs, line feeds, accents and emoji as they are', () => {
    const t = 'Marta Núñez said:\t“Não.” 😀\nLi Wei — ok';
    assert.equal(terminalSafe(t), t);
    assert.equal(oneLine('a\nb'), 'a\\u{a}b');
  });

  it('property: output has no active control left and oneLine has no line break', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
        assert.doesNotMatch(terminalSafe(s), /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
        assert.doesNotMatch(oneLine(s), /[\n\r\u0000-\u0008\u000b-\u001f]/);
        // nothing else changes: removing the escapes we add gives back the printable characters
        const visible = s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '');
        assert.equal(terminalSafe(s).replace(/\\u\{[0-9a-f]+\}/g, ''), visible.replace(/\\u\{[0-9a-f]+\}/g, ''));
      }),
      { seed: 31337, numRuns: 300 },
    );
  });
});

describe('guards: splitLongUnit', () => {
  const check = (text: string, max: number) => {
    const units = splitLongUnit(text, 0, text.length, max);
    let prev = 0;
    for (const [s, e] of units) {
      assert.ok(s >= prev && s < e && e - s <= max, `unit ${s}..${e} (max ${max})`);
      assert.equal(text.slice(prev, s).trim(), '', `text lost between ${prev} and ${s}`);
      assert.doesNotMatch(text[s], /\s/);
      assert.doesNotMatch(text[e - 1], /\s/);
      assert.ok(!(text.charCodeAt(e - 1) >= 0xd800 && text.charCodeAt(e - 1) <= 0xdbff && e < text.length), `cut inside a surrogate pair at ${e}`);
      prev = e;
    }
    assert.equal(text.slice(prev).trim(), '');
    return units;
  };

  it('returns a short span whole', () => {
    assert.deepEqual(splitLongUnit('abc def', 0, 7, 100), [[0, 7]]);
    assert.deepEqual(splitLongUnit('xx abc def', 3, 10, 100), [[3, 10]]);
  });

  it('cuts after sentence ends, keeping closing quotes with their sentence', () => {
    const s = 'Li Wei said "the port is closed." Marta Núñez agreed. ';
    const text = s.repeat(200).trim();
    const units = check(text, 500);
    for (const [, e] of units.slice(0, -1)) assert.match(text.slice(e - 2, e), /\."|d\./);
  });

  it('falls back to clause marks, spaces, then a hard cut that keeps surrogate pairs', () => {
    check('alpha, beta; gamma '.repeat(400), 300);
    check('word '.repeat(2000), 777);
    check('x'.repeat(5000), 1000);
    const emoji = '😀'.repeat(3000);
    check(emoji, 1001);
    assert.ok(splitLongUnit(emoji, 0, emoji.length, 1001).every(([s, e]) => s % 2 === 0 && e % 2 === 0));
  });

  it('property: units cover all non-space text in order, within the limit', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 3000 }), fc.integer({ min: 8, max: 500 }), (text, max) => {
        if (!text.trim()) return;
        // units never start/end in space, so trim the ends the way splitParagraphs does
        const start = text.length - text.trimStart().length;
        const end = text.trimEnd().length;
        const units = splitLongUnit(text, start, end, max);
        let prev = start;
        for (const [s, e] of units) {
          assert.ok(s >= prev && s < e && e - s <= max && e <= end);
          assert.equal(text.slice(prev, s).trim(), '');
          prev = e;
        }
        assert.equal(prev, end);
      }),
      { seed: 2718, numRuns: 200 },
    );
  });
});

describe('guards: jsonTerminalSafe', () => {
  it('escapes C1, DEL, bidi and line separators losslessly', () => {
    const value = { text: 'a\u009b31m b\u202e c\u2028d\u007f 😀 é' };
    const json = jsonTerminalSafe(JSON.stringify(value));
    assert.doesNotMatch(json, /[\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/);
    assert.match(json, /\\u009b/);
    assert.deepEqual(JSON.parse(json), value);
  });

  it('property: JSON.parse(jsonTerminalSafe(JSON.stringify(v))) equals v', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ unit: 'binary', maxLength: 40 }), (v, s) => {
        const value = { v, s };
        // compared with a plain JSON round trip (JSON itself turns -0 into 0)
        assert.deepEqual(JSON.parse(jsonTerminalSafe(JSON.stringify(value))), JSON.parse(JSON.stringify(value)));
      }),
      { seed: 4242, numRuns: 300 },
    );
  });
});
