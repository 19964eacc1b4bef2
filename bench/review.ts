// `npm run bench:review`: what applying a review costs on a long article (a benchmark, not a
// test). The worker computes the raw analysis; the extension host applies the review after it,
// on every re-analysis and every review change. Measured on a generated 1 MB article against
// the time of the analysis itself, as ratios from one run:
//   unchanged  every item at its position hint
//   shifted    a paragraph inserted above every item (exact search)
//   edited     every item's words slightly changed (context or approximate search)
//   orphaned   every item's words deleted (the approximate search finds nothing)
// Ratios are the time of applying the review (and building the lookup every view uses) over the
// time of the in-process analysis of the same article.
//   --size KB (default 1024), --items N (default 200), --json
import { performance } from 'node:perf_hooks';
import { analyzeArticle } from '../src/analysis';
import type { Analysis } from '../src/analysis/model';
import { AnalysisLookup } from '../src/analysis/output/lookup';
import { applyReview } from '../src/analysis/review/apply';
import { describeTarget } from '../src/analysis/review/anchor';
import { REVIEW_SCHEMA, type ClaimItem, type ReviewFile } from '../src/analysis/review/model';
import { generateArticle } from './generate';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(runs: number, body: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    body();
    times.push(performance.now() - t);
  }
  return median(times);
}

function reviewOf(text: string, analysis: Analysis, items: number): ReviewFile {
  const step = Math.max(1, Math.floor(analysis.claims.length / items));
  const claims: ClaimItem[] = analysis.claims
    .filter((_, i) => i % step === 0)
    .slice(0, items)
    .map((c, i) => ({ id: `c${i}`, target: describeTarget(text, c.start, c.end), verdict: 'verified', note: 'checked', hidden: false, added: false, kind: c.kind, updated: '2026-12-04T10:00:00Z' }));
  const entities = analysis.entities.slice(0, 20).map((e, i) => ({ id: `e${i}`, names: [e.name, ...e.aliases], type: e.type, ignore: false, updated: '' }));
  return { schema: REVIEW_SCHEMA, claims, entities };
}

/** The review with each claim item's target changed (as if its words had been edited in the text). */
function retarget(review: ReviewFile, change: (item: ClaimItem, i: number) => ClaimItem['target']): ReviewFile {
  return { ...review, claims: review.claims.map((item, i) => ({ ...item, target: change(item, i) })) };
}

function main(): void {
  const size = arg('--size', 1024) * 1024;
  const items = arg('--items', 200);
  const text = generateArticle(size);
  const t0 = performance.now();
  const raw = analyzeArticle(text, { languageId: 'markdown' });
  const analyseMs = performance.now() - t0;
  const review = reviewOf(text, raw, items);
  // The generated article repeats its sentences in every copy (only names and numbers change), so
  // "edited" and "orphaned" change the items' targets instead of the text: the reviewed words as
  // remembered differ from the words in the text, exactly as after an edit of unique words.
  const shiftedText = `A paragraph inserted at the top, "with a quote," someone said.\n\n${text}`;
  const cases: Record<string, [string, ReviewFile]> = {
    unchanged: [text, review],
    shifted: [shiftedText, review],
    edited: [text, retarget(review, (item) => ({ ...item.target, exact: item.target.exact.replace(/ /, '  ').replace(/e/, 'é'), prefix: `x${item.target.prefix.slice(1)}` }))],
    orphaned: [text, retarget(review, (item, i) => ({ ...item.target, exact: `words deleted long ago, number ${i}, qzx`, prefix: `gone ${i}`, suffix: `also gone ${i}` }))],
  };
  const result: Record<string, number> = { size_kb: Math.round(text.length / 1024), claims: raw.claims.length, items: review.claims.length + review.entities.length, analyse_ms: Math.round(analyseMs) };
  // What every snapshot costs without a review: the lookup tables the views read.
  result.lookup_only_ms = Number(time(5, () => new AnalysisLookup(raw)).toFixed(1));
  for (const [name, [t, r]] of Object.entries(cases)) {
    // Each text is analysed as the worker would; only applying the review is timed.
    const analysis = t === text ? raw : analyzeArticle(t, { languageId: 'markdown' });
    const ms = time(5, () => new AnalysisLookup(applyReview(analysis, t, r).analysis));
    const app = applyReview(analysis, t, r);
    result[`${name}_ms`] = Number(ms.toFixed(1));
    result[`${name}_ratio`] = Number((ms / analyseMs).toFixed(4));
    result[`${name}_orphaned`] = app.orphaned.length;
  }
  if (process.argv.includes('--json')) console.log(JSON.stringify(result));
  else for (const [k, v] of Object.entries(result)) console.log(`${k.padEnd(20)} ${v}`);
}

main();
