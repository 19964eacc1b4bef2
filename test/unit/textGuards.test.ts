// guards.ts: control characters in article text or file names are shown, never acted on.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { oneLine, terminalSafe } from '../../src/analysis/guards';

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
