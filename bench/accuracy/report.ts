// Plain-text and JSON presentation of accuracy scores. Rates always come with their counts.
import { basename } from 'node:path';
import type { EntityType } from '../../src/analysis/model';
import { ENTITY_TYPES, clusterRates, f1, precision, rate, recall } from './score';
import type { DocScore, MatchCounts, Miss, Ratio } from './score';
import { calibration, calibrationError, summarize, type AttributionSummary } from './attribution';

export function fmtRate(value: number | null): string {
  return value === null ? 'n/a' : value.toFixed(3);
}

function withCounts(value: number | null, hit: number, total: number): string {
  return `${fmtRate(value)} (${hit}/${total})`;
}

function p(c: MatchCounts): string {
  return withCounts(precision(c), c.predictedMatched, c.predicted - c.ignored);
}

function r(c: MatchCounts): string {
  return withCounts(recall(c), c.goldMatched, c.gold);
}

function ratio(x: Ratio): string {
  return withCounts(rate(x.hit, x.total), x.hit, x.total);
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length)));
  return rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]))).join('  ').trimEnd()).join('\n');
}

export interface RunInfo {
  dataset: string;
  /** False for gold without names (PolNeAR): the entity table is left out. */
  hasEntities?: boolean;
  documents: number;
  characters: number;
  seconds: number;
}

export function formatSummary(total: DocScore, info: RunInfo): string {
  const ner: string[][] = [['entities', 'exact P', 'exact R', 'exact F1', 'overlap P', 'overlap R', 'overlap F1']];
  for (const t of ENTITY_TYPES) {
    const { exact, overlap } = total.ner[t];
    ner.push([`  ${t}`, p(exact), r(exact), fmtRate(f1(exact)), p(overlap), r(overlap), fmtRate(f1(overlap))]);
  }
  const cr = clusterRates(total.clustering);
  const dq = total.directQuotes;
  const rc = total.reported;
  const claims = table([
    ['alias clustering', `B-cubed P ${fmtRate(cr.b3.precision)}  R ${fmtRate(cr.b3.recall)}  F1 ${fmtRate(cr.b3.f1)}`, `pairwise P ${fmtRate(cr.pairwise.precision)}  R ${fmtRate(cr.pairwise.recall)}  F1 ${fmtRate(cr.pairwise.f1)}`, `over ${total.clustering.mentions} matched names`],
    ['one card per entity', withCounts(cr.oneCard.all, total.clustering.oneCard, total.clustering.goldEntities), `named twice+ ${withCounts(cr.oneCard.namedTwice, total.clustering.oneCardNamedTwice, total.clustering.goldEntitiesNamedTwice)}`, 'gold entities whose names are all found, on one card, with no other entity'],
    ['direct quotes', `recall ${r(dq)}`, `precision ${p(dq)}`, `${dq.ignored} ignored (titles, scare quotes)`],
    ['speaker accuracy', ratio(total.speakers), '', 'found direct quotes with a gold speaker'],
    ['reported claims', `recall ${r(rc)}`, `precision ${p(rc)}`, `${rc.ignored} ignored (overlap direct/other quotes)`],
    ['source accuracy', ratio(total.sources), '', 'found reported claims with a gold speaker'],
  ]);
  return [
    `ClaimLens accuracy on ${info.dataset}: ${info.documents} documents, ${info.characters.toLocaleString('en-US')} characters, analysed in ${info.seconds.toFixed(1)} s`,
    '',
    ...(info.hasEntities === false ? [] : [table(ner), '']),
    claims,
    '',
    formatAttribution(total),
    '',
  ].join('\n');
}

function attributionCells(a: AttributionSummary): string[] {
  return [withCounts(rate(a.right, a.found), a.right, a.found), withCounts(rate(a.namedRight, a.named), a.namedRight, a.named), withCounts(rate(a.none, a.found), a.none, a.found)];
}

/** Fragment names with their counts, commonest first: `"the" 5, "Mr" 3`. */
function fragmentTally(names: string[]): string {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([n, c]) => `"${n}" ${c}`).join(', ');
}

/** Speaker accuracy and precision, quotes without a source, fragment names and the calibration table. */
export function formatAttribution(total: DocScore): string {
  const direct = summarize(total.attributions, 'direct');
  const reported = summarize(total.attributions, 'reported');
  const rows = calibration(total.attributions);
  const ece = calibrationError(rows);
  const lines = [
    table([
      ['attribution', 'accuracy', 'precision (named sources right)', 'no source at all'],
      ['  direct quotes', ...attributionCells(direct)],
      ['  reported claims', ...attributionCells(reported)],
    ]),
    `fragment source names: ${total.fragments.length}${total.fragments.length ? ` (${fragmentTally(total.fragments)})` : ''}`,
    '',
    `calibration: accuracy per band of source.confidence (direct + reported with a source; expected calibration error ${fmtRate(ece)})`,
    table([
      ['  band', 'sources', 'accuracy', 'mean confidence'],
      ...rows.map((r) => [`  ${r.from.toFixed(1)}–${r.to.toFixed(1)}`, String(r.count), r.count ? withCounts(r.right / r.count, r.right, r.count) : 'n/a', r.count ? r.meanConfidence.toFixed(3) : 'n/a']),
    ]),
  ];
  return lines.join('\n');
}

const SHORT: Record<EntityType, string> = { person: 'PER', place: 'PLA', organization: 'ORG' };

export function formatPerDocument(scores: DocScore[]): string {
  const rows: string[][] = [['document', ...ENTITY_TYPES.map((t) => `${SHORT[t]} F1`), 'B3 F1', 'one card', 'quote R', 'quote P', 'speaker', 'reported R', 'source']];
  for (const s of scores) {
    rows.push([
      s.id,
      ...ENTITY_TYPES.map((t) => fmtRate(f1(s.ner[t].overlap))),
      fmtRate(clusterRates(s.clustering).b3.f1),
      `${s.clustering.oneCard}/${s.clustering.goldEntities}`,
      `${s.directQuotes.goldMatched}/${s.directQuotes.gold}`,
      `${s.directQuotes.predictedMatched}/${s.directQuotes.predicted - s.directQuotes.ignored}`,
      `${s.speakers.hit}/${s.speakers.total}`,
      `${s.reported.goldMatched}/${s.reported.gold}`,
      `${s.sources.hit}/${s.sources.total}`,
    ]);
  }
  return `per document (entity F1 by overlap; counts are found/total)\n${table(rows)}\n`;
}

function clip(text: string, max = 100): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function formatMiss(docId: string, line: number, column: number, m: Miss): string {
  const extra = [m.expected !== undefined ? `expected ${m.expected}` : '', m.got !== undefined ? `got ${m.got}` : ''].filter(Boolean).join(', ');
  return `${docId}:${line}:${column}  ${m.kind.padEnd(17)}  "${clip(m.text)}"${extra ? `  (${extra})` : ''}`;
}

/** The JSON form of one score: counts and rates side by side. */
export function scoreJson(s: DocScore): Record<string, unknown> {
  const counts = (c: MatchCounts) => ({ ...c, precision: precision(c), recall: recall(c), f1: f1(c) });
  return {
    id: s.id,
    entities: Object.fromEntries(ENTITY_TYPES.map((t) => [t, { exact: counts(s.ner[t].exact), overlap: counts(s.ner[t].overlap) }])),
    aliasClustering: { ...s.clustering, ...clusterRates(s.clustering) },
    directQuotes: counts(s.directQuotes),
    speakerAccuracy: { ...s.speakers, rate: rate(s.speakers.hit, s.speakers.total) },
    reportedClaims: counts(s.reported),
    sourceAccuracy: { ...s.sources, rate: rate(s.sources.hit, s.sources.total) },
    attribution: { direct: summarize(s.attributions, 'direct'), reported: summarize(s.attributions, 'reported') },
    fragments: s.fragments,
    calibration: calibration(s.attributions),
  };
}

/** The summary as a Markdown table, for the README's "Accuracy" section. */
export function formatMarkdownSummary(total: DocScore, info: RunInfo, measuredOn: string): string {
  const cr = clusterRates(total.clustering);
  const rows: string[][] = [];
  if (info.hasEntities !== false) {
    for (const t of ENTITY_TYPES) {
      const { exact, overlap } = total.ner[t];
      rows.push([`${t} F1 (overlap)`, fmtRate(f1(overlap)), `P ${p(overlap)}, R ${r(overlap)}; exact-span F1 ${fmtRate(f1(exact))}`]);
    }
    rows.push(['alias clustering B-cubed F1', fmtRate(cr.b3.f1), `P ${fmtRate(cr.b3.precision)}, R ${fmtRate(cr.b3.recall)} over ${total.clustering.mentions} matched names; pairwise F1 ${fmtRate(cr.pairwise.f1)}`]);
    rows.push(['one card per entity', fmtRate(cr.oneCard.all), `${total.clustering.oneCard}/${total.clustering.goldEntities} gold entities with every name found, on one card holding no other gold entity; named twice or more: ${fmtRate(cr.oneCard.namedTwice)} (${total.clustering.oneCardNamedTwice}/${total.clustering.goldEntitiesNamedTwice})`]);
  }
  const direct = summarize(total.attributions, 'direct');
  const reported = summarize(total.attributions, 'reported');
  rows.push(['direct-quote recall', fmtRate(recall(total.directQuotes)), `${total.directQuotes.goldMatched}/${total.directQuotes.gold}`]);
  rows.push(['direct-quote precision', fmtRate(precision(total.directQuotes)), `${total.directQuotes.predictedMatched}/${total.directQuotes.predicted - total.directQuotes.ignored} (${total.directQuotes.ignored} quoted titles or unattributed quotes not counted)`]);
  rows.push(['speaker accuracy', fmtRate(rate(direct.right, direct.found)), `${direct.right}/${direct.found} found direct quotes with a gold speaker`]);
  rows.push(['speaker precision', fmtRate(rate(direct.namedRight, direct.named)), `${direct.namedRight}/${direct.named} named speakers right`]);
  rows.push(['quotes with no source', fmtRate(rate(direct.none, direct.found)), `${direct.none}/${direct.found}`]);
  rows.push(['reported-claim recall', fmtRate(recall(total.reported)), `${total.reported.goldMatched}/${total.reported.gold} (gold indirect + mixed); precision ${p(total.reported)}`]);
  rows.push(['source accuracy (reported)', fmtRate(rate(reported.right, reported.found)), `${reported.right}/${reported.found}; precision ${fmtRate(rate(reported.namedRight, reported.named))} (${reported.namedRight}/${reported.named})`]);
  rows.push(['fragment source names', String(total.fragments.length), total.fragments.length ? fragmentTally(total.fragments) : 'none']);
  const bands = calibration(total.attributions).filter((b) => b.count > 0);
  return [
    `Measured ${measuredOn} on \`${basename(info.dataset)}\`: ${info.documents} documents, ${info.characters.toLocaleString('en-US')} characters.`,
    '',
    '| measure | value | counts |',
    '| --- | --- | --- |',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
    `Calibration (every found item with a gold speaker that got a source; expected calibration error ${fmtRate(calibrationError(calibration(total.attributions)))}):`,
    '',
    '| confidence | sources | accuracy | mean confidence |',
    '| --- | --- | --- | --- |',
    ...bands.map((b) => `| ${b.from.toFixed(1)}–${b.to.toFixed(1)} | ${b.count} | ${withCounts(b.right / b.count, b.right, b.count)} | ${b.meanConfidence.toFixed(3)} |`),
    '',
    '',
  ].join('\n');
}
