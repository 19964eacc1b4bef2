// Tagging many paragraphs in one compromise run (batch.ts) must give every paragraph exactly the
// facts it gets alone: otherwise cached facts would depend on which paragraphs shared a batch,
// and incremental results would drift from fresh ones.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeParagraphBatch } from '../../src/analysis/nlp/batch';
import { analyzeParagraph } from '../../src/analysis/nlp/paragraph';
import { splitParagraphs } from '../../src/analysis/text/paragraphs';
import { prepareText } from '../../src/analysis/text/text';
import { BENCHMARK, generateArticle, readBenchmarkTexts, readSample } from '../../bench/generate';

const paragraphsOf = (text: string) => splitParagraphs(prepareText(text).text).map((p) => p.text);

function assertSameAsAlone(texts: string[], batchSize: number): void {
  const alone = texts.map((t) => analyzeParagraph(t));
  for (let i = 0; i < texts.length; i += batchSize) {
    const batch = texts.slice(i, i + batchSize);
    const together = analyzeParagraphBatch(batch);
    batch.forEach((t, j) => assert.deepEqual(together[j], alone[i + j], `paragraph differs when batched: ${JSON.stringify(t.slice(0, 80))}`));
  }
}

describe('batched first pass', function () {
  this.timeout(300_000);

  it('gives the sample article and generated copies the facts each paragraph gets alone', () => {
    const texts = [...paragraphsOf(readSample()), ...paragraphsOf(generateArticle(20_000))];
    assertSameAsAlone(texts, 7);
    assertSameAsAlone(texts, 40);
  });

  it('gives the benchmark articles the facts each paragraph gets alone', function () {
    const articles = readBenchmarkTexts();
    if (!articles) {
      console.log(`      (skipped: ${BENCHMARK} not found; the shared benchmark set is optional)`);
      return this.skip();
    }
    const texts = articles.flatMap(paragraphsOf);
    assert.ok(texts.length > 100);
    assertSameAsAlone(texts, 25);
  });

  it('is order- and neighbour-independent on awkward paragraphs', () => {
    const awkward = [
      '"This quote runs on into the next paragraph,',
      'and this one has no quotation mark at all, said Jonas Nowak',
      '## Why Does Valmera Matter?',
      'He said so.',
      '—',
      '...',
      '2024',
      'Ms. Peña later called it \'an insult\' and left.',
      'U.S. officials said the talks would resume, according to Reuters.',
      '“Shipping lines will not wait,” said Okonkwo, a senior analyst at Meridian Freight Research.',
      'Line one of a soft-wrapped paragraph that runs on without punctuation\nand ends on the next line.',
      'Dahl',
      "It's the union's call, they're saying.",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...awkward), { minLength: 2, maxLength: 8 }), (texts) => {
        assertSameAsAlone(texts, texts.length);
      }),
      { numRuns: 40 },
    );
  });
});
