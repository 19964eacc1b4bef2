// `npm run bench:fuzz`: at least 10,000 hostile articles through the full pipeline, every result
// checked by the invariant checker, then a few big adversarial documents (1 MB on one line, ...).
// Prints the seed (replay with FUZZ_SEED=...), counts, total time and the slowest cases.
// Env: FUZZ_SEED, FUZZ_CASES (default 10000), FUZZ_ONLY=<case index> (replay one case, printed),
// FUZZ_BIG=0 (skip the big documents).
import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import { analyzeArticle } from '../src/analysis';
import { analysisProblems, show } from '../test/fuzz/invariants';
import { fuzzSeed, smallFuzzCase, type FuzzCase } from '../test/fuzz/arbitraries';

const seed = fuzzSeed(Date.now() % 1_000_000_007);
const cases = Number(process.env.FUZZ_CASES ?? 10_000);
const only = process.env.FUZZ_ONLY === undefined ? undefined : Number(process.env.FUZZ_ONLY);

interface Timing {
  label: string;
  ms: number;
  chars: number;
}

function run(label: string, c: FuzzCase, failures: string[]): Timing & { entities: number; claims: number } {
  const t0 = performance.now();
  let problems: string[];
  let entities = 0;
  let claims = 0;
  try {
    const a = analyzeArticle(c.text, { languageId: c.languageId });
    problems = analysisProblems(c.text, a);
    entities = a.entities.length;
    claims = a.claims.length;
  } catch (err) {
    problems = [`threw ${err instanceof Error ? err.stack ?? err.message : String(err)}`];
  }
  const ms = performance.now() - t0;
  if (problems.length) failures.push(`${label} (${c.languageId}) text ${show(c.text, 400)}\n    - ${problems.slice(0, 8).join('\n    - ')}`);
  return { label, ms, chars: c.text.length, entities, claims };
}

function big(): Array<[string, FuzzCase]> {
  const MB = 1_000_000;
  const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
  // Distinct lines/units (with a counter): identical paragraphs are analysed once, which would hide the cost.
  const vary = (unit: (i: number) => string) => { let s = ''; for (let i = 0; s.length < MB; i++) s += unit(i); return s.slice(0, MB); };
  const prose = (i: number) => `Marta Núñez of the Harbour Authority said "berth ${i} stays closed" in Lisbon, and Li Wei warned that costs rise; `;
  const line = Array.from({ length: 9000 }, (_, i) => prose(i)).join('').slice(0, MB);
  return [
    ['1 MB prose on a single line', { text: line, languageId: 'plaintext' }],
    ['1 MB of opening quotes', { text: fill('“'), languageId: 'plaintext' }],
    ['1 MB of unbalanced straight quotes and words', { text: vary((i) => `"a b${i} `), languageId: 'plaintext' }],
    ['1 MB decomposed (NFD) prose in paragraphs', { text: Array.from({ length: 9000 }, (_, i) => prose(i) + '\n\n').join('').normalize('NFD').slice(0, MB), languageId: 'plaintext' }],
    ['1 MB Markdown table', { text: '| Who | Said |\n|---|---|\n' + vary((i) => `| Li Wei | "no deal ${i}," he said |\n`), languageId: 'markdown' }],
    ['1 MB of unclosed ** and <!-- (markdown)', { text: fill('**a <!-- [b]( '), languageId: 'markdown' }],
    ['1 MB of CR-only lines with quotes', { text: vary((i) => `Kwame Mensah said "yes ${i}."\r`), languageId: 'plaintext' }],
    ['1 MB of zero-width and bidi controls', { text: fill('\u200b\u202e\u2066x\u2069 '), languageId: 'plaintext' }],
    ['1 MB as 250,000 tiny paragraphs', { text: vary((i) => `w${i}.\n\n`), languageId: 'plaintext' }],
    ['1 MB as 100,000 one-line paragraphs naming a person', { text: vary((i) => `Li Wei ${i}.\n`), languageId: 'plaintext' }],
  ];
}

function main(): void {
  console.log(`bench:fuzz seed ${seed} (replay: FUZZ_SEED=${seed}), ${cases} cases`);
  const failures: string[] = [];
  const values = fc.sample(smallFuzzCase, { seed, numRuns: cases });
  const timings: Timing[] = [];
  let entities = 0;
  let claims = 0;
  let chars = 0;
  const t0 = performance.now();
  values.forEach((c, i) => {
    if (only !== undefined && i !== only) return;
    if (only !== undefined) console.log(`case ${i}: ${JSON.stringify(c)}`);
    const r = run(`case ${i}`, c, failures);
    timings.push(r);
    entities += r.entities;
    claims += r.claims;
    chars += r.chars;
  });
  const total = performance.now() - t0;
  timings.sort((a, b) => b.ms - a.ms);
  const median = timings[Math.floor(timings.length / 2)]?.ms ?? 0;
  console.log(`small cases: ${timings.length} run, ${failures.length} failed; ${(chars / 1024).toFixed(0)} KB in ${(total / 1000).toFixed(1)} s ` +
    `(median ${median.toFixed(1)} ms, mean ${(total / Math.max(1, timings.length)).toFixed(1)} ms); ${entities} entities, ${claims} claims found`);
  console.log(`slowest: ${timings.slice(0, 5).map((t) => `${t.label} ${t.ms.toFixed(0)} ms (${t.chars} chars)`).join(', ')}`);

  if (process.env.FUZZ_BIG !== '0' && only === undefined) {
    for (const [label, c] of big()) {
      const r = run(label, c, failures);
      console.log(`big: ${label}: ${(r.ms / 1000).toFixed(1)} s, ${r.entities} entities, ${r.claims} claims`);
    }
  }
  if (failures.length) {
    console.log(`\n${failures.length} FAILED (replay one with FUZZ_SEED=${seed} FUZZ_ONLY=<case>):`);
    for (const f of failures.slice(0, 20)) console.log(f);
    process.exitCode = 1;
  } else {
    console.log('all invariants held');
  }
}

main();
