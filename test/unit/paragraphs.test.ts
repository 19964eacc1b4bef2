// Paragraph splitting: the unit of analysis and of caching.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { splitParagraphs } from '../../src/analysis/text/paragraphs';
import { readSample } from '../../bench/generate';

const texts = (text: string) => splitParagraphs(text).map((p) => p.text);

describe('splitParagraphs', () => {
  it('splits at blank lines, with any line ending and whitespace-only blank lines', () => {
    assert.deepEqual(texts('One.\n\nTwo.'), ['One.', 'Two.']);
    assert.deepEqual(texts('One.\r\n\r\nTwo.\r\n'), ['One.', 'Two.']);
    assert.deepEqual(texts('One.\r\rTwo.'), ['One.', 'Two.']);
    assert.deepEqual(texts('One.\n  \t\n\n\nTwo.'), ['One.', 'Two.']);
    assert.deepEqual(texts('\n\n  One.  \n\n'), ['One.']);
    assert.deepEqual(texts(''), []);
    assert.deepEqual(texts(' \n\t\n'), []);
  });

  it('keeps a soft-wrapped sentence together', () => {
    const wrapped = 'The port authority said on Sunday that its latest offer was\nfinal and that it would not return to the table.';
    assert.deepEqual(texts(wrapped), [wrapped]);
  });

  it('separates a heading and list items from the prose around them', () => {
    assert.deepEqual(texts('# Strike at the port\nWorkers walked out on Monday.'), ['# Strike at the port', 'Workers walked out on Monday.']);
    assert.deepEqual(texts('Demands of the union, as listed in the letter sent on Friday\n- pay\n- jobs'), [
      'Demands of the union, as listed in the letter sent on Friday',
      '- pay',
      '- jobs',
    ]);
  });

  it('splits the sample article into its paragraphs', () => {
    const sample = readSample();
    const blocks = sample.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
    assert.deepEqual(texts(sample), blocks);
  });

  it('returns ordered, trimmed, non-overlapping spans that cover every visible character', () => {
    const line = fc.oneof(
      fc.constantFrom('', ' ', '# Heading', '- item', '"A quote that opens', 'and closes."', 'Short.', 'x'.repeat(60), 'A long line that goes on without any final punctuation at all'),
      fc.string({ maxLength: 30 }),
    );
    const eol = fc.constantFrom('\n', '\r\n', '\r');
    fc.assert(
      fc.property(fc.array(fc.tuple(line, eol), { maxLength: 12 }), (lines) => {
        const text = lines.map(([l, e]) => l + e).join('');
        const paragraphs = splitParagraphs(text);
        let covered = 0;
        let last = -1;
        for (const p of paragraphs) {
          assert.equal(p.text, text.slice(p.start, p.end));
          assert.ok(p.start > last && p.end > p.start, 'ordered, non-empty, non-overlapping');
          assert.equal(p.text, p.text.trim(), 'trimmed');
          assert.ok(!/(?:\r\n|\r(?!\n)|\n)[ \t\f\v\u00a0]*(?:\r\n|\r|\n)/.test(p.text), 'no blank line inside a paragraph');
          covered += p.text.replace(/\s/g, '').length;
          last = p.end;
        }
        assert.equal(covered, text.replace(/\s/g, '').length, 'every visible character is in a paragraph');
      }),
      { numRuns: 300 },
    );
  });

  it('leaves other paragraphs untouched when one paragraph is edited (so their cache entries stay valid)', () => {
    const sample = readSample();
    const before = texts(sample);
    const edited = texts(sample.replace('walked off the job', 'walked off the site'));
    assert.equal(edited.length, before.length);
    assert.equal(edited.filter((t, i) => t !== before[i]).length, 1);
  });
});
