// Hover Markdown through a real CommonMark renderer (markdown-it, already installed with
// @vscode/vsce): escaped article text renders as exactly that text, and a card built from a
// fuzzed hostile article links only to our own commands and contains no image, code, table or
// heading (the card quotes claims in a block quote of its own).
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeArticle } from '../../src/analysis';
import { AnalysisLookup } from '../../src/analysis/output/lookup';
import { lineColumn, lineStarts } from '../../src/analysis/text/text';
import { buildHoverCard, HOVER_COMMANDS } from '../../src/extension/hoverCard';
import { escapeMarkdown } from '../../src/extension/markdown';
import { fuzzCase, fuzzSeed } from '../fuzz/arbitraries';

type Renderer = { render(src: string): string };
let renderer: Renderer | undefined;
try {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const MarkdownIt = require('markdown-it') as new (o: object) => Renderer;
  renderer = new MarkdownIt({ html: false, linkify: false });
} catch {
  renderer = undefined;
}

const SEED = fuzzSeed(1618);

function decode(html: string): string {
  return html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&');
}

const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.array(fc.constantFrom('[x](command:claimlens.refresh)', '![i](http://e.invalid/a.png)', '<img src=x onerror=alert(1)>', '`code`', '**b**', '_e_', '# h', '> q', '| t |', '---', '1. ', '- ', '$(alert)', '&amp;', '\\', 'x'.repeat(120), ' ', '\n', '<https://e.invalid>', 'www.example.invalid', '[r]: http://e.invalid', '~~s~~', '<!-- c -->'), { maxLength: 12 }).map((a) => a.join('')),
);

describe('hover Markdown rendered by a CommonMark renderer', function () {
  this.timeout(120_000);
  before(function () {
    if (!renderer) {
      console.log('      skipped: markdown-it is not installed (it comes with @vscode/vsce)');
      this.skip();
    }
  });

  it(`escapeMarkdown(text) renders as the text itself, with no markup (seed ${SEED})`, () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const html = renderer!.render(escapeMarkdown(text));
        const expected = text.replace(/\s+/g, ' ').trim().replace(/\u0000/g, '\ufffd');
        if (expected === '') return;
        const m = /^<p>([\s\S]*)<\/p>\n$/.exec(html);
        assert.ok(m, `not one plain paragraph: ${JSON.stringify(html)} from ${JSON.stringify(text)}`);
        assert.doesNotMatch(m[1], /<[a-z/]/i, `markup in ${JSON.stringify(html)}`);
        const shown = decode(m[1]).replace(/\u200b/g, '');
        assert.equal(shown, expected.replace(/\u200b/g, ''));
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('cards for fuzzed hostile articles link only to our commands and carry no image, code, table or heading', () => {
    const cases = fc.sample(fuzzCase, { seed: SEED + 1, numRuns: 60 });
    let cards = 0;
    for (const { text, languageId } of cases) {
      const analysis = analyzeArticle(text, { languageId });
      const lookup = new AnalysisLookup(analysis);
      const starts = lineStarts(text);
      const offsets = [...analysis.entities.flatMap((e) => e.mentions.map((m) => m.start)), ...analysis.claims.map((c) => c.start)];
      for (const offset of offsets) {
        const card = buildHoverCard({ lookup, offset, uri: 'file:///tmp/article.md', lineOf: (o) => lineColumn(starts, o).line });
        if (!card) continue;
        cards++;
        const html = renderer!.render(card.markdown);
        for (const a of html.matchAll(/<a href="([^"]*)"/g)) {
          const command = /^command:([\w.]+)/.exec(decode(a[1]))?.[1];
          assert.ok(command && HOVER_COMMANDS.includes(command), `link to ${a[1]} in a card for ${JSON.stringify(text.slice(0, 200))}`);
        }
        assert.doesNotMatch(html, /<(img|code|pre|h[1-6]|table|script|iframe)\b/, `markup from the article in ${html}`);
      }
    }
    assert.ok(cards > 50, `only ${cards} cards built`);
  });
});
