// Property-based fuzzing of analyzeArticle: hostile text never crashes, hangs or yields a bad span.
// Replay a failure with FUZZ_SEED=<seed printed below>; FUZZ_RUNS changes the number of cases.
import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { analyzeArticle, type FactsCache } from '../../src/analysis';
import type { ParagraphFacts } from '../../src/analysis/facts';
import { AnalysisPool } from '../../src/worker/pool';
import { analysisProblems, assertValidAnalysis, show } from '../fuzz/invariants';
import { fuzzCase, fuzzSeed } from '../fuzz/arbitraries';

const SEED = fuzzSeed(20261129);
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
/** Generous: this is a hang detector on a shared, noisy machine, not a speed test (see bench:fuzz). */
const CASE_LIMIT_MS = 30_000;

function timed<T>(f: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = f();
  return { value, ms: performance.now() - t0 };
}

describe('fuzz: analyzeArticle on hostile text', function () {
  this.timeout(600_000);

  it(`keeps every invariant on ${RUNS} random hostile articles (seed ${SEED})`, function () {
    console.log(`      fuzz seed ${SEED} (replay: FUZZ_SEED=${SEED}), ${RUNS} runs`);
    let slowest = { ms: 0, length: 0, text: '' };
    let entities = 0;
    let claims = 0;
    fc.assert(
      fc.property(fuzzCase, ({ text, languageId }) => {
        const { value: analysis, ms } = timed(() => analyzeArticle(text, { languageId }));
        if (ms > slowest.ms) slowest = { ms, length: text.length, text };
        assert.ok(ms < CASE_LIMIT_MS, `one case took ${Math.round(ms)} ms`);
        assertValidAnalysis(text, analysis, languageId);
        // Output must survive the trip to the CLI / across a worker boundary unchanged.
        assert.deepEqual(JSON.parse(JSON.stringify(analysis)), analysis);
        entities += analysis.entities.length;
        claims += analysis.claims.length;
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: false },
    );
    console.log(`      found ${entities} entities, ${claims} claims; slowest case ${slowest.ms.toFixed(1)} ms (${slowest.length} chars)`);
    // The generator is meant to produce real findings; if it stops doing so the fuzzing is hollow.
    assert.ok(entities > RUNS / 4, `only ${entities} entities found in ${RUNS} cases`);
    assert.ok(claims > RUNS / 4, `only ${claims} claims found in ${RUNS} cases`);
  });

  it('is deterministic, and a paragraph cache shared across documents changes nothing', function () {
    // Paragraph facts may depend only on the paragraph's text: facts cached from other hostile
    // documents must give exactly the from-scratch analysis.
    const shared = new Map<string, ParagraphFacts>();
    const cache: FactsCache = { get: (t) => shared.get(t), set: (t, f) => void shared.set(t, f) };
    fc.assert(
      fc.property(fuzzCase, ({ text, languageId }) => {
        const fresh = analyzeArticle(text, { languageId });
        assert.deepEqual(analyzeArticle(text, { languageId }), fresh);
        assert.deepEqual(analyzeArticle(text, { languageId }, cache), fresh);
      }),
      { seed: SEED + 1, numRuns: Math.max(10, Math.floor(RUNS / 5)) },
    );
    assert.ok(shared.size > 0);
  });
});

describe('fuzz: through the worker pool', function () {
  this.timeout(300_000);
  it('hostile articles analysed by the worker pool equal the in-process analysis', async function () {
    const workerPath = path.resolve(__dirname, '../../src/worker/analysisWorker.js');
    if (!existsSync(workerPath)) {
      console.log(`      skipped: no compiled worker at ${workerPath}`);
      this.skip();
    }
    const pool = new AnalysisPool({ workerPath, maxWorkers: 2 });
    try {
      const cases = fc.sample(fuzzCase, { seed: SEED + 2, numRuns: 40 });
      for (const [i, { text, languageId }] of cases.entries()) {
        const viaPool = await pool.analyze(`doc${i % 3}`, text, { languageId });
        assertValidAnalysis(text, viaPool, `pool, ${languageId}`);
        assert.deepEqual(viaPool, analyzeArticle(text, { languageId }));
      }
    } finally {
      pool.dispose();
    }
  });
});

describe('fuzz: fixed adversarial inputs', function () {
  this.timeout(120_000);

  const cases: Array<[string, string]> = [
    ['empty', ''],
    ['only a BOM', '\ufeff'],
    ['only whitespace and line ends', ' \r\n\r\r\n\n\t \u00a0\u2028\u2029'],
    ['NUL bytes around a quote', 'Marta Núñez said: \u0000"We\u0000 will strike."\u0000'],
    ['5,000 opening quotes', '“'.repeat(5000)],
    ['5,000 straight quotes then a claim', '"'.repeat(5000) + ' Marta Núñez said "no deal."'],
    ['2,000 nested curly quotes', '“'.repeat(2000) + 'Li Wei' + '”'.repeat(2000)],
    ['alternating unbalanced quotes on many lines', Array.from({ length: 500 }, (_, i) => (i % 3 ? '“a ' : '"b ') + 'said Tomás Herrera.').join('\n')],
    ['lone surrogates next to quotes', '\ud800"Marta Núñez\udfff said "\ud83d yes\ud800."'],
    ['astral names and emoji', 'Sophie Brandt 😀 said: "👩‍👩‍👧 𝔘𝔫𝔦 𠜎 are here." 🇵🇹 Lisbon.'],
    ['NFD everywhere', 'Tomás Herrera told reporters in São Paulo: "Não há acordo." Zoë Laurent said that Kraków agreed.'.normalize('NFD')],
    ['NFC length changers inside names', 'Marta N\u0958ñez said "\u0344\u0958\u2126 x." Li\u0344 Wei warned that \uf900 rises.'],
    ['combining marks with no base', '\u0301\u0301\u0301 "\u0308quote\u0308" said \u0327Li Wei\u0301.'],
    ['zero-width and bidi inside a name', 'Mar\u200bta Nú\u202eñez said: "\u2066We\u2069 will\u200d strike."'],
    ['CR-only line ends', 'Marta Núñez said: "one."\rLi Wei said: "two."\r\rAccording to Reuters, three.'],
    ['mixed line ends', 'Marta Núñez said:\r\n"one."\n\rLi Wei told reporters\r"two."\n\nKwame Mensah warned that prices rise.'],
    ['a BOM in the middle and at the start', '\ufeffLi Wei said "a\ufeffb." \ufeffMarta Núñez said "c."'],
    ['C1 controls and escape sequences', '\u001b[31mMarta Núñez\u001b[0m said \u0085"red."\u009b'],
    ['Markdown table with quotes', '| Who | Said |\n|---|---|\n| Marta Núñez | "We strike," she said. |\n| Li Wei | "No deal." |'],
    ['unclosed code fence swallowing the rest', '```\nMarta Núñez said "hidden."\n\nLi Wei said "also hidden."'],
    ['a 20,000-character word', 'Li Wei said "' + 'w'.repeat(20_000) + '."'],
  ];
  for (const [title, text] of cases) {
    for (const languageId of ['plaintext', 'markdown'] as const) {
      it(`${title} (${languageId})`, function () {
        const analysis = analyzeArticle(text, { languageId });
        const problems = analysisProblems(text, analysis);
        assert.deepEqual(problems, [], `text ${show(text)}`);
      });
    }
  }
});
