// `node out/bench/hoverCard.js [KB]`: what one hover costs in the extension host, end to end on the
// host side: the lookup (binary search) plus building the card's Markdown. Target: p99 < 1 ms.
// (The analysis itself runs in the worker and is not measured here; see bench/perf.ts.)
import { performance } from 'node:perf_hooks';
import { analyzeArticle } from '../src/analysis';
import { AnalysisLookup } from '../src/analysis/output/lookup';
import { lineColumn, lineStarts } from '../src/analysis/text/text';
import { buildHoverCard } from '../src/extension/hoverCard';
import { generateArticle } from './generate';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function main(): void {
  const kb = Number(process.argv[2] ?? 1024);
  const text = generateArticle(kb * 1024);
  let t = performance.now();
  const analysis = analyzeArticle(text, { languageId: 'markdown' });
  const analyseMs = performance.now() - t;
  // Built once per analysis on the extension host's main thread: first (cold) and best of 5.
  const builds: number[] = [];
  t = performance.now();
  let lookup = new AnalysisLookup(analysis);
  builds.push(performance.now() - t);
  for (let i = 0; i < 5; i++) {
    t = performance.now();
    lookup = new AnalysisLookup(analysis);
    builds.push(performance.now() - t);
  }
  t = performance.now();
  const starts = lineStarts(text);
  const linesMs = performance.now() - t;

  // Hover where users hover: on names and inside quotes, plus random offsets (mostly misses).
  const targets: number[] = [];
  for (const e of analysis.entities) for (const m of e.mentions) targets.push(m.start);
  for (const c of analysis.claims) targets.push((c.start + c.end) >> 1);
  for (let i = 0; i < 2000; i++) targets.push(Math.floor(Math.random() * text.length));
  const samples: number[] = [];
  let cards = 0;
  let chars = 0;
  for (let round = 0; round < 3; round++) {
    for (const offset of targets) {
      const s = performance.now();
      const card = buildHoverCard({ lookup, offset, uri: 'file:///bench.md', lineOf: (o) => lineColumn(starts, o).line });
      samples.push(performance.now() - s);
      if (card && round === 0) {
        cards++;
        chars += card.markdown.length;
      }
    }
  }
  samples.sort((a, b) => a - b);
  const us = (ms: number) => Math.round(ms * 1000);
  console.log(
    JSON.stringify({
      article_kb: kb,
      entities: analysis.entities.length,
      mentions: analysis.entities.reduce((n, e) => n + e.mentions.length, 0),
      claims: analysis.claims.length,
      analyse_ms_in_process: Math.round(analyseMs),
      lookup_build_ms_cold: +builds[0].toFixed(1),
      lookup_build_ms_best: +Math.min(...builds.slice(1)).toFixed(1),
      line_starts_ms: +linesMs.toFixed(1),
      hovers: samples.length,
      cards_per_round: cards,
      mean_card_chars: Math.round(chars / Math.max(1, cards)),
      hover_us_p50: us(percentile(samples, 50)),
      hover_us_p99: us(percentile(samples, 99)),
      hover_us_max: us(samples[samples.length - 1]),
    }),
  );
}

main();
