// `claimlens stats --format text|json|csv`: the claimlens-stats/1 object for people, for programs
// and for spreadsheets. Names come from articles: the CLI makes them terminal-safe, CSV cells are
// guarded against formulas (csvCell).
import { STANCES } from '../model';
import { SOURCE_TYPES } from './articleStats';
import { csvCell, oneLine } from './exportFormats';
import type { Stats } from './stats';

export function formatStatsJson(stats: Stats): string {
  return `${JSON.stringify(stats, null, 2)}\n`;
}

/** One line: what a later `stats --from-jsonl` reads back (a reduce step of a reduce step). */
export function formatStatsJsonLine(stats: Stats): string {
  return `${JSON.stringify(stats)}\n`;
}

const TYPE_LABELS = { person: 'named people', organization: 'organizations', unnamed: 'unnamed sources', none: 'no source' } as const;

export function formatStatsText(stats: Stats, options: { top?: number } = {}): string {
  const t = stats.totals;
  const out: string[] = [];
  out.push(`${plural(t.articles, 'article')}, ${plural(t.claims, 'claim')} (${t.direct} direct, ${t.reported} reported), ${plural(t.wordsQuoted, 'word')} quoted`);
  out.push(`Claims by source: ${SOURCE_TYPES.map((k) => `${TYPE_LABELS[k]} ${t.bySourceType[k]}`).join(', ')}`);
  const stances = STANCES.filter((s) => t.byStance[s]).map((s) => `${s} ${t.byStance[s]}`);
  out.push(`Claims by stance of the cue: ${stances.length ? stances.join(', ') : 'none'}`);
  const top = options.top ?? Infinity;
  out.push('', `Sources (${t.sources})`);
  if (stats.sources.length === 0) out.push('  none');
  const rows = stats.sources.slice(0, top).map((s) => [
    `${oneLine(s.name)} (${s.type})`,
    plural(s.claims, 'claim'),
    `${s.direct} direct, ${s.reported} reported`,
    plural(s.wordsQuoted, 'word'),
    `in ${plural(s.articles.length, 'article')}`,
  ]);
  out.push(...table(rows));
  if (stats.sources.length > top) out.push(`  …and ${stats.sources.length - top} more`);
  out.push('', `Mentioned, never quoted (${t.mentionedNotQuoted})`);
  if (stats.mentionedNotQuoted.length === 0) out.push('  none');
  out.push(...table(stats.mentionedNotQuoted.slice(0, top).map((m) => [`${oneLine(m.name)} (${m.type})`, plural(m.mentions, 'mention'), `in ${plural(m.articles.length, 'article')}`])));
  if (stats.mentionedNotQuoted.length > top) out.push(`  …and ${stats.mentionedNotQuoted.length - top} more`);
  out.push('', 'Articles');
  out.push(...table(stats.articles.map((a) => [oneLine(a.path), plural(a.claims, 'claim'), `${a.direct} direct, ${a.reported} reported`])));
  return `${out.join('\n')}\n`;
}

/** Left-aligned columns, two spaces apart, indented by two. */
function table(rows: string[][]): string[] {
  if (rows.length === 0) return [];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => `  ${r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ')}`.trimEnd());
}

export const STATS_CSV_COLUMNS = ['row', 'name', 'type', 'claims', 'direct', 'reported', 'words_quoted', 'mentions', 'articles'] as const;

/**
 * One table: a `total` row, `source_type` and `stance` rows (their claims), one `article` row per
 * article (name = path), then `source` and `mentioned` rows; `articles` is a count for totals, the paths (separated by `|`) otherwise.
 */
export function formatStatsCsv(stats: Stats): string {
  const rows: Array<Array<string | number>> = [[...STATS_CSV_COLUMNS]];
  const t = stats.totals;
  rows.push(['total', '', '', t.claims, t.direct, t.reported, t.wordsQuoted, '', t.articles]);
  for (const k of SOURCE_TYPES) rows.push(['source_type', k, '', t.bySourceType[k], '', '', '', '', '']);
  for (const s of STANCES) if (t.byStance[s]) rows.push(['stance', s, '', t.byStance[s] ?? 0, '', '', '', '', '']);
  for (const a of stats.articles) rows.push(['article', a.path, '', a.claims, a.direct, a.reported, a.wordsQuoted, '', '']);
  for (const s of stats.sources) rows.push(['source', s.name, s.type, s.claims, s.direct, s.reported, s.wordsQuoted, s.mentions, s.articles.join('|')]);
  for (const m of stats.mentionedNotQuoted) rows.push(['mentioned', m.name, m.type, 0, 0, 0, 0, m.mentions, m.articles.join('|')]);
  return rows.map((r) => r.map((c) => csvCell(c)).join(',')).join('\r\n') + '\r\n';
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
