// `npm run bench:accuracy [FILE] [--json|--markdown] [--verbose] [--misses[=KINDS]] [--doc ID]`
// Runs analyzeArticle over gold files and prints how often it is right: by default GUM dev and,
// when it has been converted locally (never committed), PolNeAR train.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyzeArticle, lineColumn, lineStarts } from '../src/analysis';
import { GoldError, readGold } from './accuracy/gold';
import { GUM_DEV, POLNEAR_TRAIN, isPolnear } from './accuracy/datasets';
import type { GoldDoc } from './accuracy/gold';
import { formatMarkdownSummary, formatMiss, formatPerDocument, formatSummary, scoreJson } from './accuracy/report';
import { scoreDocument, sumScores } from './accuracy/score';
import type { DocScore, Miss } from './accuracy/score';

const DEFAULT_GOLD = GUM_DEV;

const USAGE = `usage: npm run bench:accuracy -- [GOLD.jsonl] [--json|--markdown] [--verbose] [--misses[=KINDS]] [--doc ID]...
  GOLD.jsonl   default ${DEFAULT_GOLD}
               and ${POLNEAR_TRAIN} when present
  --json       one JSON object (with --verbose or --misses: perDocument scores, with their misses)
  --markdown   the summary as a Markdown table (for the README)
  --verbose    one row per document
  --misses     list what was missed or wrong, as DOC:LINE:COL KIND "TEXT" (expected, got).
               KINDS (comma separated): entities, quotes, speakers, reported, sources, fragments, cards, or exact kinds
               such as quote-missed, entity-spurious
  --doc ID     only this document (repeatable)`;

const MISS_GROUPS: Record<string, string[]> = {
  entities: ['entity-missed', 'entity-wrong-type', 'entity-spurious'],
  quotes: ['quote-missed', 'quote-spurious'],
  speakers: ['speaker-wrong'],
  reported: ['reported-missed', 'reported-spurious'],
  sources: ['source-wrong'],
  fragments: ['source-fragment'],
  cards: ['card-split', 'card-merged'],
};

interface Options {
  gold: string[];
  json: boolean;
  markdown: boolean;
  verbose: boolean;
  misses: Set<string> | null;
  docs: string[];
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Options | 'help' {
  const o: Options = { gold: [], json: false, markdown: false, verbose: false, misses: null, docs: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') return 'help';
    else if (a === '--json') o.json = true;
    else if (a === '--markdown') o.markdown = true;
    else if (a === '--verbose' || a === '-v') o.verbose = true;
    else if (a === '--misses' || a.startsWith('--misses=')) {
      const kinds = a === '--misses' ? Object.keys(MISS_GROUPS) : a.slice('--misses='.length).split(',');
      o.misses = new Set();
      for (const k of kinds) {
        const group = MISS_GROUPS[k] ?? (Object.values(MISS_GROUPS).flat().includes(k) ? [k] : null);
        if (!group) throw new UsageError(`unknown miss kind: ${k}`);
        group.forEach((g) => o.misses!.add(g));
      }
    } else if (a === '--doc' || a.startsWith('--doc=')) {
      const id = a === '--doc' ? argv[++i] : a.slice('--doc='.length);
      if (!id) throw new UsageError('--doc needs a document id');
      o.docs.push(id);
    } else if (a.startsWith('-')) throw new UsageError(`unknown option: ${a}`);
    else if (o.gold.length) throw new UsageError(`one gold file only (got ${o.gold[0]} and ${a})`);
    else o.gold = [resolve(a)];
  }
  if (!o.gold.length) o.gold = existsSync(POLNEAR_TRAIN) ? [DEFAULT_GOLD, POLNEAR_TRAIN] : [DEFAULT_GOLD];
  return o;
}

/** The commit measured, so a number in the README can be traced to the code that produced it. */
function gitDescribe(): string {
  const r = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' });
  if (r.status !== 0) return 'unknown commit';
  const dirty = spawnSync('git', ['status', '--porcelain', '--', 'src'], { encoding: 'utf8' }).stdout.trim() !== '';
  return `commit ${r.stdout.trim()}${dirty ? ' with uncommitted changes in src/' : ''}`;
}

function main(argv: string[]): number {
  let options: Options | 'help';
  try {
    options = parseArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`bench:accuracy: ${err.message}\n${USAGE}\n`);
    return 2;
  }
  if (options === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (options.gold.length === 1 && options.gold[0] === DEFAULT_GOLD && !options.json) {
    process.stdout.write(`(PolNeAR train is not converted: ${POLNEAR_TRAIN} is absent; see ../shared/benchmarks/README.md)\n\n`);
  }
  let status = 0;
  for (const gold of options.gold) status = Math.max(status, runDataset(gold, options));
  return status;
}

function runDataset(gold: string, options: Options): number {
  let docs: GoldDoc[];
  try {
    docs = readGold(gold);
  } catch (err) {
    if (!(err instanceof GoldError)) throw err;
    process.stderr.write(`bench:accuracy: ${err.message}\n(the benchmarks live in ../shared/benchmarks next to the repository; pass another path as the first argument)\n`);
    return 2;
  }
  if (options.docs.length) {
    const unknown = options.docs.filter((id) => !docs.some((d) => d.id === id));
    if (unknown.length === options.docs.length) {
      process.stderr.write(`bench:accuracy: no such document in ${gold}: ${unknown.join(', ')}\n`);
      return 2;
    }
    docs = docs.filter((d) => options.docs.includes(d.id));
  }
  const polnear = isPolnear(docs);
  const scores: DocScore[] = [];
  let seconds = 0;
  for (const doc of docs) {
    const t0 = performance.now();
    const analysis = analyzeArticle(doc.text, { languageId: 'plaintext' });
    seconds += (performance.now() - t0) / 1000;
    scores.push(scoreDocument(doc, analysis, { skipPronounSpeakers: polnear }));
  }
  const total = sumScores(scores);
  const info = { dataset: gold, hasEntities: !polnear, documents: docs.length, characters: docs.reduce((n, d) => n + d.text.length, 0), seconds };
  const wanted = (m: Miss) => options.misses?.has(m.kind) ?? false;

  if (options.json) {
    const out: Record<string, unknown> = { ...info, measuredAt: new Date().toISOString(), total: scoreJson(total) };
    if (options.verbose || options.misses) {
      out.perDocument = scores.map((s) => ({ ...scoreJson(s), ...(options.misses ? { misses: s.misses.filter(wanted) } : {}) }));
    }
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return 0;
  }
  if (options.markdown) {
    const day = new Date().toISOString().slice(0, 10);
    process.stdout.write(formatMarkdownSummary(total, info, `${day} (ClaimLens ${gitDescribe()})`));
    return 0;
  }
  if (options.misses) {
    const byKind = new Map<string, number>();
    for (const [i, s] of scores.entries()) {
      const starts = lineStarts(docs[i].text);
      for (const m of s.misses.filter(wanted)) {
        const { line, column } = lineColumn(starts, m.start);
        process.stdout.write(`${formatMiss(s.id, line, column, m)}\n`);
        byKind.set(m.kind, (byKind.get(m.kind) ?? 0) + 1);
      }
    }
    const tally = [...byKind].map(([kind, n]) => `${kind} ${n}`).join(', ');
    process.stdout.write(`\nmisses: ${tally || 'none'}\n\n`);
  }
  if (options.verbose) process.stdout.write(`${formatPerDocument(scores)}\n`);
  process.stdout.write(formatSummary(total, info));
  return 0;
}

// `| head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

try {
  process.exitCode = main(process.argv.slice(2));
} catch (err) {
  // A crash inside the analysis is a finding, not a usage problem: say where, keep it short.
  process.stderr.write(`bench:accuracy: failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exitCode = 1;
}
