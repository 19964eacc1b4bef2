// Incremental analysis equals a from-scratch analysis: after any sequence of edits (paragraphs
// split, joined, added, deleted; words changed; quotation marks added so quotes run over
// paragraphs), analysing with the paragraph cache of the earlier versions gives exactly what a
// fresh analysis gives, and compromise re-ran only on paragraph texts not seen before.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import fc from 'fast-check';
import type { ParagraphFacts } from '../../src/analysis/facts';
import { analyzeArticle, prepareDocument, type FactsCache } from '../../src/analysis/analyze';
import { LruCache } from '../../src/analysis/cache';
import { AnalysisPool } from '../../src/worker/pool';
import { readSample } from '../../bench/generate';

type Edit = (text: string) => string;

const NEW_PARAGRAPHS = [
  'Anna Berg, a spokeswoman for the Port Authority, said the talks would resume on Friday.',
  '"This quote runs on into the next paragraph,',
  '"and ends here," said Jonas Nowak.',
  '“Curly quotes count too,” said Keiko Tanaka, the harbour master.',
  'According to officials, 12 ships left the harbour overnight.',
  '## A Heading Here',
  'She said the union would not back down.',
  "'A British quote,' Ms. Berg said.",
];

/** Positions are fractions of the text length so any edit applies to any text. */
const at = (text: string, f: number) => Math.min(text.length, Math.floor(f * text.length));
const breaks = (text: string) => [...text.matchAll(/\r?\n[ \t]*\r?\n/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
const nl = (text: string) => (text.includes('\r\n') ? '\r\n' : '\n');

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  // split a paragraph (anywhere, even inside a quote or a word)
  fc.double({ min: 0, max: 1, noNaN: true }).map((f) => (t: string) => t.slice(0, at(t, f)) + nl(t) + nl(t) + t.slice(at(t, f))),
  // join two paragraphs
  fc.nat().map((k) => (t: string) => {
    const b = breaks(t);
    if (!b.length) return t;
    const { start, end } = b[k % b.length];
    return t.slice(0, start) + ' ' + t.slice(end);
  }),
  // add a paragraph
  fc.tuple(fc.nat(), fc.constantFrom(...NEW_PARAGRAPHS)).map(([k, p]) => (t: string) => {
    const b = breaks(t);
    const pos = b.length ? b[k % b.length].end : t.length;
    return t.slice(0, pos) + p + nl(t) + nl(t) + t.slice(pos);
  }),
  // delete a paragraph
  fc.nat().map((k) => (t: string) => {
    const b = breaks(t);
    if (b.length < 2) return t;
    const i = k % (b.length - 1);
    return t.slice(0, b[i].end) + t.slice(b[i + 1].end);
  }),
  // change one word
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('Berg', 'said', 'harbour', 'Ferreira', 'the')).map(([f, w]) => (t: string) => {
    const m = /\b\p{L}+\b/u.exec(t.slice(at(t, f)));
    if (!m) return t;
    const s = at(t, f) + m.index;
    return t.slice(0, s) + w + t.slice(s + m[0].length);
  }),
  // add a quotation mark: quotes now open in one paragraph and close in another
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('"', '“', '”', "'")).map(([f, q]) => (t: string) => t.slice(0, at(t, f)) + q + t.slice(at(t, f))),
  // delete a range
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 400 })).map(([f, n]) => (t: string) => t.slice(0, at(t, f)) + t.slice(at(t, f) + n)),
);

/** A cache that counts how often the first pass had to run compromise. */
class CountingCache implements FactsCache {
  computed: string[] = [];
  constructor(private readonly inner: LruCache<ParagraphFacts>) {}
  get(text: string) {
    return this.inner.get(text);
  }
  set(text: string, facts: ParagraphFacts) {
    this.computed.push(text);
    this.inner.set(text, facts);
  }
}

describe('incremental analysis', function () {
  this.timeout(600_000);
  const sample = readSample();
  // A shorter base keeps each fresh analysis (the oracle) quick.
  const base = sample.split(/\n\n/).slice(0, 12).join('\n\n');
  const baseArb = fc.constantFrom(base, base.replace(/\n/g, '\r\n'));
  const languageArb = fc.constantFrom('plaintext', 'markdown');

  it('equals a fresh analysis after every edit, and re-runs only unseen paragraphs', () => {
    fc.assert(
      fc.property(baseArb, languageArb, fc.array(editArb, { minLength: 1, maxLength: 4 }), (start, languageId, edits) => {
        const cache = new CountingCache(new LruCache({ maxEntries: 10_000 }));
        const seen = new Set<string>();
        let text = start;
        for (const edit of [(t: string) => t, ...edits]) {
          text = edit(text);
          cache.computed = [];
          const incremental = analyzeArticle(text, { languageId }, cache);
          assert.deepEqual(incremental, analyzeArticle(text, { languageId }));
          const unseen = new Set(prepareDocument(text, { languageId }).paragraphs.map((p) => p.text).filter((t) => !seen.has(t)));
          assert.deepEqual(new Set(cache.computed), unseen, 'compromise ran exactly on the paragraphs not seen before');
          assert.equal(cache.computed.length, unseen.size, 'each new paragraph text analysed once');
          for (const t of unseen) seen.add(t);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('equals a fresh analysis when the cache is too small to hold the document', () => {
    fc.assert(
      fc.property(baseArb, fc.array(editArb, { minLength: 1, maxLength: 3 }), (start, edits) => {
        const cache = new LruCache<ParagraphFacts>({ maxEntries: 3 });
        let text = start;
        analyzeArticle(text, {}, cache);
        for (const edit of edits) {
          text = edit(text);
          assert.deepEqual(analyzeArticle(text, {}, cache), analyzeArticle(text));
        }
      }),
      { numRuns: 8 },
    );
  });

  it('never lets the document pass modify cached paragraph facts', () => {
    const cache = new LruCache<ParagraphFacts>({ maxEntries: 10_000 });
    analyzeArticle(sample, {}, cache);
    const before = new Map([...cache.keys()].map((k) => [k, structuredClone(cache.get(k))]));
    analyzeArticle(sample, {}, cache);
    analyzeArticle(sample.replace('Dahl said', 'Dahl told reporters'), {}, cache);
    for (const [k, facts] of before) assert.deepEqual(cache.get(k), facts, `facts of "${k.slice(0, 40)}…" changed`);
  });

  it('through the pool: every version equals a fresh analysis', async () => {
    const pool = new AnalysisPool({ workerPath: path.resolve(__dirname, '../../src/worker/analysisWorker.js'), maxWorkers: 1 });
    try {
      await fc.assert(
        fc.asyncProperty(baseArb, languageArb, fc.array(editArb, { minLength: 1, maxLength: 3 }), async (start, languageId, edits) => {
          let text = start;
          for (const edit of [(t: string) => t, ...edits]) {
            text = edit(text);
            assert.deepEqual(await pool.analyze('doc', text, { languageId }), analyzeArticle(text, { languageId }));
          }
        }),
        { numRuns: 6 },
      );
    } finally {
      pool.dispose();
    }
  });
});
