// The numbers behind the Source balance panel, for one article and for the workspace: claims by
// source type, direct against reported, stances, the top sources by claims and by words quoted,
// and who is only named. Pure (no vscode): the panel draws them, and exports them as CSV or JSON.
import { STANCES } from '../../analysis/model';
import { SOURCE_TYPES } from '../../analysis/output/articleStats';
import { csvCell } from '../../analysis/output/exportFormats';
import type { Stats } from '../../analysis/output/stats';

export const BALANCE_SCHEMA = 'claimlens-balance/1';

export interface Bar {
  label: string;
  value: number;
  /** Colour slot of the chart palette. */
  tone: number;
  /** Longer text for a tooltip and the table (a source's type, the articles). */
  detail?: string;
}

export interface Chart {
  id: string;
  title: string;
  /** What the numbers count, for the table's header. */
  unit: string;
  bars: Bar[];
}

export interface BalanceScope {
  /** "This article" or "Workspace". */
  scope: 'article' | 'workspace';
  title: string;
  articles: number;
  claims: number;
  charts: Chart[];
  /** People and organizations named but never quoted, most mentions first. */
  mentionedOnly: Array<{ name: string; type: string; mentions: number; articles: number }>;
}

export interface BalanceData {
  schema: typeof BALANCE_SCHEMA;
  article: BalanceScope | null;
  workspace: BalanceScope | null;
}

const TOP = 10;
const TYPE_LABELS = { person: 'Named person', organization: 'Organization', unnamed: 'Unnamed source', none: 'No source' } as const;

export function balanceScope(scope: BalanceScope['scope'], title: string, stats: Stats): BalanceScope {
  const t = stats.totals;
  const charts: Chart[] = [
    { id: `${scope}-types`, title: 'Claims by source type', unit: 'claims', bars: SOURCE_TYPES.map((k, i) => ({ label: TYPE_LABELS[k], value: t.bySourceType[k], tone: i })) },
    { id: `${scope}-kinds`, title: 'Direct quotes and reported speech', unit: 'claims', bars: [{ label: 'Direct quote', value: t.direct, tone: 0 }, { label: 'Reported speech', value: t.reported, tone: 1 }] },
    { id: `${scope}-stances`, title: 'Stance of the cue', unit: 'claims', bars: STANCES.map((s, i) => ({ label: s, value: t.byStance[s] ?? 0, tone: i })) },
    {
      id: `${scope}-top-claims`,
      title: 'Top sources by claims',
      unit: 'claims',
      bars: stats.sources.slice(0, TOP).map((s) => ({ label: s.name, value: s.claims, tone: toneOf(s.type), detail: `${s.type}, ${s.direct} direct, ${s.reported} reported, in ${plural(s.articles.length, 'article')}` })),
    },
    {
      id: `${scope}-top-words`,
      title: 'Top sources by words quoted',
      unit: 'words',
      bars: [...stats.sources]
        .filter((s) => s.wordsQuoted > 0)
        .sort((a, b) => b.wordsQuoted - a.wordsQuoted || (a.name < b.name ? -1 : 1))
        .slice(0, TOP)
        .map((s) => ({ label: s.name, value: s.wordsQuoted, tone: toneOf(s.type), detail: `${s.type}, ${plural(s.claims, 'claim')}` })),
    },
  ];
  const mentionedOnly = stats.mentionedNotQuoted.slice(0, 20).map((m) => ({ name: m.name, type: m.type, mentions: m.mentions, articles: m.articles.length }));
  return { scope, title, articles: t.articles, claims: t.claims, charts, mentionedOnly };
}

function toneOf(type: string): number {
  return type === 'person' ? 0 : type === 'organization' ? 1 : 2;
}

/** Every number of the panel as one table: scope, chart, label, value. */
export function balanceCsv(data: BalanceData): string {
  const rows: Array<Array<string | number>> = [['scope', 'chart', 'label', 'value', 'detail']];
  for (const s of [data.article, data.workspace]) {
    if (!s) continue;
    rows.push([s.scope, 'totals', 'articles', s.articles, ''], [s.scope, 'totals', 'claims', s.claims, '']);
    for (const c of s.charts) for (const b of c.bars) rows.push([s.scope, c.title, b.label, b.value, b.detail ?? '']);
    for (const m of s.mentionedOnly) rows.push([s.scope, 'Named, never quoted', m.name, m.mentions, `${m.type}, in ${plural(m.articles, 'article')}`]);
  }
  return rows.map((r) => r.map((c) => csvCell(c)).join(',')).join('\r\n') + '\r\n';
}

export function balanceJson(data: BalanceData): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
