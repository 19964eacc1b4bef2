// maskMarkdown: prose kept, markup blanked, offsets untouched, linear time on hostile input.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { maskMarkdown } from '../../src/analysis/text/markdown';
import { fuzzCase, fuzzSeed } from '../fuzz/arbitraries';

const SEED = fuzzSeed(8675309);

/** Every character is kept or turned into a space; line breaks never move. */
function assertOnlyBlanks(text: string, masked: string): void {
  assert.equal(masked.length, text.length, 'length changed');
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\r' || c === '\n') assert.equal(masked[i], c, `line break at ${i} changed`);
    else if (masked[i] !== c) assert.equal(masked[i], ' ', `character at ${i} became ${JSON.stringify(masked[i])}`);
  }
}

describe('markdown: maskMarkdown', () => {
  it(`property: only blanks, same length, line breaks kept (seed ${SEED})`, () => {
    fc.assert(
      fc.property(fuzzCase, ({ text }) => assertOnlyBlanks(text, maskMarkdown(text))),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('hides code, HTML, link targets and markers but keeps the prose', () => {
    const text = [
      '## Harbour strike',
      '> Marta Núñez said: **"We will not move."**',
      '- Li Wei [spoke](https://example.invalid/x "t") to <b>reporters</b><!-- note -->.',
      '```js',
      'const said = "not a quote";',
      '```',
      '| Who | What |',
      '|:---|---:|',
      '| Zoë | `code` and _emphasis_ |',
    ].join('\n');
    const masked = maskMarkdown(text);
    assertOnlyBlanks(text, masked);
    const words = masked.split(/\s+/).filter(Boolean);
    for (const kept of ['Harbour', 'Marta', 'Núñez', '"We', 'move."', 'Li', 'Wei', 'spoke', 'reporters', 'Zoë', 'emphasis']) {
      assert.ok(words.includes(kept), `${kept} should stay: ${JSON.stringify(masked)}`);
    }
    for (const hidden of ['##', '>', '**"We', 'https', '<b>', 'note', 'const', '"not', '|', ':---', '`code`', 'code', '_emphasis_']) {
      assert.ok(!words.includes(hidden), `${hidden} should be masked: ${JSON.stringify(masked)}`);
    }
  });

  it('keeps CRLF and CR documents aligned', () => {
    const text = '# Title\r\n\r\n**Li Wei** said "yes".\r> quoted\r\n';
    const masked = maskMarkdown(text);
    assertOnlyBlanks(text, masked);
    assert.equal(masked.indexOf('Li Wei'), text.indexOf('Li Wei'));
    assert.equal(masked.indexOf('quoted'), text.indexOf('quoted'));
  });

  it('does not let an unclosed fence hide the rest of a draft', () => {
    const text = '```\nLi Wei said "yes".\n\nMarta Núñez said "no".';
    const masked = maskMarkdown(text);
    assert.ok(masked.includes('Marta Núñez said "no".'));
  });

  it('runs in linear time on a megabyte of each hostile pattern (reported, bounded only by the mocha timeout)', function () {
    this.timeout(60_000);
    const MB = 1_000_000;
    const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
    const inputs: Record<string, string> = {
      'unclosed **': fill('**a '),
      'unclosed __ and ~~': fill('__a ~~b '),
      'blank lines': fill('   \n'),
      'unclosed fences': fill('```x\n~~~\nword\n'),
      'unclosed <!--': fill('<!-- '),
      'unclosed tags': fill('<a href=x '),
      'unclosed link brackets': fill('[a]('),
      'open brackets': fill('[[[[ '),
      'table delimiter rows': fill('| --- | :--: |\n'),
      'long pipe line': fill('|----- '),
      'backticks': fill('`a'),
      'nested quotes and stars': fill('> > * _"a_ '),
    };
    const report: string[] = [];
    for (const [name, text] of Object.entries(inputs)) {
      const t0 = performance.now();
      const masked = maskMarkdown(text);
      report.push(`${name} ${Math.round(performance.now() - t0)} ms`);
      assert.equal(masked.length, text.length);
    }
    console.log(`      1 MB each: ${report.join(', ')}`);
  });
});
