// `npm run bench:fit-attribution [-- --write] [--lambda N]`
// Fits the attribution ranker's weights (src/analysis/claims/weights.ts) on the development sets:
// GUM dev and, when converted locally, PolNeAR train. Every ranking decision of the analysis is
// traced; each candidate source of a claim that has a gold speaker is labelled right or wrong by
// the accuracy scorer's own rule; an L2-regularised logistic regression (Newton's method) learns
// one weight per feature. Two-fold cross-validation by document reports what the weights do on
// documents they were not fitted on, and a confidence threshold is picked from those held-out
// decisions. `--write` regenerates weights.ts; only the weights and this recipe are committed.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeArticle } from '../../src/analysis';
import type { RankedCandidate } from '../../src/analysis/claims/buildClaims';
import type { Claim, Entity } from '../../src/analysis/model';
import { GUM_DEV, POLNEAR_TRAIN, isPolnear } from '../accuracy/datasets';
import { readGold, type GoldDoc, type GoldQuote } from '../accuracy/gold';
import { overlapLength, sourceIsRight } from '../accuracy/score';
import { existsSync } from 'node:fs';
import { fitLogistic, predict, type Example } from './logistic';

interface Decision {
  doc: string;
  kind: Claim['kind'];
  examples: Example[];
  /**
   * The gold speaker is a bare pronoun in gold without coreference: trained on (right where it is
   * written) but left out of the measures, as bench:accuracy leaves it out.
   */
  unscored: boolean;
  /** The gold item's kind: the measures of direct claims count only gold direct quotes, as bench:accuracy does. */
  goldKind: GoldQuote['kind'];
}

const BARE_PRONOUN = /^(he|she|they|it|i|we|you|him|her|them|us|me)$/i;

/** The gold item a claim stands for: the one of its kind it overlaps most. */
function goldFor(claim: Claim, quotes: GoldQuote[]): GoldQuote | undefined {
  let best: GoldQuote | undefined;
  let bestLen = 0;
  for (const g of quotes) {
    if ((claim.kind === 'direct') !== (g.kind !== 'indirect')) continue;
    const len = overlapLength(claim, g);
    if (len > bestLen) {
      best = g;
      bestLen = len;
    }
  }
  return best;
}

function decisionsOf(doc: GoldDoc, polnear: boolean): Decision[] {
  const traced: Array<{ claim: Claim; candidates: readonly RankedCandidate[] }> = [];
  let entities: Entity[] = [];
  entities = analyzeArticle(doc.text, { languageId: 'plaintext' }, undefined, (claim, candidates) => traced.push({ claim, candidates })).entities;
  const out: Decision[] = [];
  for (const { claim, candidates } of traced) {
    const g = goldFor(claim, doc.quotes);
    if (!g || g.speaker === null || g.attributed === false || !candidates.length) continue;
    // Without coreference (PolNeAR) a pronoun speaker is right only where it is written.
    const pronounGold = polnear && BARE_PRONOUN.test(g.speaker.trim());
    const examples = candidates.map((c) => {
      const asClaim: Claim = { ...claim, source: { ...c.source, confidence: 1 } };
      const right = pronounGold ? overlapLength(c.source, { start: g.speakerStart ?? -1, end: g.speakerEnd ?? -1 }) > 0 : sourceIsRight(g, asClaim, entities);
      const named = c.source.entityId !== null || !BARE_PRONOUN.test(c.source.name.trim());
      return { f: c.f, y: right ? 1 : 0, named } as Example;
    });
    out.push({ doc: doc.id, kind: claim.kind, examples, unscored: pronounGold, goldKind: g.kind });
  }
  return out;
}

interface Outcome {
  claims: number;
  right: number;
  /** Sources given that name someone, and the right ones among them (precision, as bench:accuracy counts it). */
  named: number;
  namedRight: number;
  /** Every named best candidate, given or not: its probability and whether it was right (for the threshold). */
  chosen: Array<{ p: number; right: boolean }>;
}

function evaluate(decisions: Decision[], weights: Record<string, number>, threshold: number): Outcome {
  const o: Outcome = { claims: 0, right: 0, named: 0, namedRight: 0, chosen: [] };
  for (const d of decisions) {
    if (d.unscored || (d.kind === 'direct' && d.goldKind !== 'direct')) continue;
    o.claims++;
    let best: Example | undefined;
    let bestP = -1;
    for (const e of d.examples) {
      const p = predict(weights, e.f);
      if (p > bestP) {
        best = e;
        bestP = p;
      }
    }
    if (!best) continue;
    if (best.named) o.chosen.push({ p: bestP, right: best.y === 1 });
    if (bestP < threshold) continue;
    if (best.y === 1) o.right++;
    if (best.named) {
      o.named++;
      if (best.y === 1) o.namedRight++;
    }
  }
  return o;
}

function describe(label: string, o: Outcome): string {
  const rate = (a: number, b: number) => `${(b ? a / b : 0).toFixed(3)} (${a}/${b})`;
  return `${label.padEnd(28)} accuracy ${rate(o.right, o.claims)}  precision ${rate(o.namedRight, o.named)}`;
}

const KINDS = ['direct', 'reported'] as const;

/** Held-out precision each kind's threshold must reach (the issue's bar for named speakers of quotes). */
const TARGET: Record<Claim['kind'], number> = { direct: 0.965, reported: 0.88 };

function thresholdTable(kind: string, chosen: Outcome['chosen']): string[] {
  return [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9].map((t) => {
    const given = chosen.filter((c) => c.p >= t);
    const right = given.filter((c) => c.right).length;
    return `held-out ${kind} t=${t.toFixed(2)}: ${given.length} given, precision ${(right / Math.max(1, given.length)).toFixed(3)}, accuracy ${(right / Math.max(1, chosen.length)).toFixed(3)}`;
  });
}

/**
 * The lowest threshold whose held-out precision over named sources reaches `target`, and never
 * below 0.5: a source more likely wrong than right is not given, whatever the average says.
 */
function pickThreshold(chosen: Outcome['chosen'], target: number): number {
  for (let t = 0.5; t <= 0.9; t += 0.01) {
    const given = chosen.filter((c) => c.p >= t);
    const right = given.filter((c) => c.right).length;
    if (given.length && right / given.length >= target) return Math.round(t * 100) / 100;
  }
  return 0.9;
}

function loadDecisions(): { decisions: Decision[]; sets: string[] } {
  const sets = [GUM_DEV, ...(existsSync(POLNEAR_TRAIN) ? [POLNEAR_TRAIN] : [])];
  const decisions: Decision[] = [];
  for (const file of sets) {
    const docs = readGold(file);
    const polnear = isPolnear(docs);
    for (const doc of docs) decisions.push(...decisionsOf(doc, polnear));
    process.stderr.write(`fit: ${file}: ${docs.length} documents traced\n`);
  }
  return { decisions, sets };
}

function main(argv: string[]): void {
  const write = argv.includes('--write');
  const li = argv.indexOf('--lambda');
  const lambda = li >= 0 ? Number(argv[li + 1]) : 2;
  const { decisions, sets } = loadDecisions();
  // Two folds by document, so a document's decisions are never on both sides.
  const docs = [...new Set(decisions.map((d) => d.doc))];
  const fold = new Map(docs.map((id, i) => [id, i % 2]));
  const held: Record<Claim['kind'], Outcome['chosen']> = { direct: [], reported: [] };
  const lines: string[] = [];
  for (const k of [0, 1]) {
    const train = decisions.filter((d) => fold.get(d.doc) !== k);
    const test = decisions.filter((d) => fold.get(d.doc) === k);
    const w = fitLogistic(train.flatMap((d) => d.examples), lambda);
    lines.push(describe(`held-out fold ${k} (t=0.50)`, evaluate(test, w, 0.5)));
    for (const kind of KINDS) held[kind].push(...evaluate(test.filter((d) => d.kind === kind), w, 0.5).chosen);
  }
  const thresholds = {} as Record<Claim['kind'], number>;
  for (const kind of KINDS) {
    lines.push(...thresholdTable(kind, held[kind]));
    thresholds[kind] = pickThreshold(held[kind], TARGET[kind]);
  }
  const weights = fitLogistic(decisions.flatMap((d) => d.examples), lambda);
  for (const kind of KINDS) {
    lines.push(describe(`all, ${kind} (t=${thresholds[kind]})`, evaluate(decisions.filter((d) => d.kind === kind), weights, thresholds[kind])));
  }
  const examples = decisions.reduce((n, d) => n + d.examples.length, 0);
  const summary = `${decisions.length} claims with a gold speaker, ${examples} candidates; L2 ${lambda}; thresholds: the lowest with held-out precision >= ${KINDS.map((k) => `${TARGET[k]} (${k})`).join(', ')}`;
  process.stdout.write(`${summary}\n${lines.join('\n')}\n`);
  if (write) {
    const out = resolve(__dirname, '..', '..', 'src', 'analysis', 'claims', 'weights.ts');
    writeFileSync(out, weightsFile(weights, thresholds, summary, lines, sets));
    process.stdout.write(`wrote ${out}\n`);
  }
}

function weightsFile(weights: Record<string, number>, thresholds: Record<Claim['kind'], number>, summary: string, lines: string[], sets: string[]): string {
  const entries = Object.entries(weights)
    .filter(([, v]) => Math.abs(v) >= 0.005)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, v]) => `  '${k}': ${v.toFixed(3)},`);
  return [
    '// Weights of the attribution ranker (claims/rank.ts): one number per named feature',
    "// (claims/features.ts); a candidate's score is their sum over its features, its confidence the",
    '// logistic of that score. Generated: `npm run bench:fit-attribution -- --write` fits an',
    '// L2-regularised logistic regression on every candidate source of every claim with a gold',
    `// speaker in ${sets.map((s) => s.split('/').pop()).join(' and ')} (bench/attribution/fit.ts).`,
    `// ${summary}`,
    ...lines.map((l) => `//   ${l}`),
    'export const WEIGHTS: Readonly<Record<string, number>> = {',
    ...entries,
    '};',
    '',
    '/** Below this confidence no source is given, per kind of claim: a wrong name is worse than none. */',
    `export const THRESHOLD: Readonly<Record<'direct' | 'reported', number>> = { direct: ${thresholds.direct}, reported: ${thresholds.reported} };`,
    '',
  ].join('\n');
}

main(process.argv.slice(2));
