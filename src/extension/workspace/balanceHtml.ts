// The Source balance panel's HTML, as pure functions of the numbers (no vscode): bar charts drawn
// as inline SVG from the numbers, coloured with VS Code's chart colours (so light, dark and high
// contrast themes apply), each with a table of the same numbers for screen readers. Every piece of
// text is escaped; the page loads nothing and runs only its own nonce'd script.
import type { BalanceData, BalanceScope, Bar, Chart } from './balanceData';
import { plural } from './balanceData';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const WIDTH = 480;
const LABEL_W = 168;
const BAR_X = 176;
const BAR_W = 250;
const ROW_H = 24;
const LABEL_CHARS = 26;

/** Both scopes, side by side when there is room. */
export function renderBalanceBody(data: BalanceData): string {
  return `<div class="scopes">${renderScope(data.article, 'This article', 'Open an article to see the balance of its sources.')}${renderScope(data.workspace, 'Workspace', 'The workspace index is off, still running, or found no articles.')}</div>`;
}

function renderScope(scope: BalanceScope | null, heading: string, empty: string): string {
  const id = heading === 'Workspace' ? 'workspace' : 'article';
  if (!scope) return `<section class="scope" aria-labelledby="h-${id}"><h2 id="h-${id}">${escapeHtml(heading)}</h2><p class="empty">${escapeHtml(empty)}</p></section>`;
  const summary = `${escapeHtml(scope.title)} · ${plural(scope.articles, 'article')} · ${plural(scope.claims, 'claim')}`;
  const charts = scope.charts.map((c) => (c.id.endsWith('-kinds') ? stackedChart(c) : barChart(c))).join('');
  return `<section class="scope" aria-labelledby="h-${id}"><h2 id="h-${id}">${escapeHtml(heading)}</h2><p class="summary">${summary}</p>${charts}${mentionedOnly(scope)}</section>`;
}

/** Horizontal bars, one row per label, the value written at the end of each bar. */
export function barChart(chart: Chart): string {
  if (chart.bars.length === 0) return figure(chart, '<p class="empty">None.</p>');
  const max = Math.max(1, ...chart.bars.map((b) => b.value));
  const height = chart.bars.length * ROW_H + 4;
  const rows = chart.bars
    .map((b, i) => {
      const y = i * ROW_H + 4;
      const w = b.value === 0 ? 0 : Math.max(2, Math.round((b.value / max) * BAR_W));
      return (
        `<g class="row"><title>${escapeHtml(rowText(b, chart.unit))}</title>` +
        `<text class="label" x="${LABEL_W}" y="${y + 13}" text-anchor="end">${escapeHtml(shorten(b.label))}</text>` +
        `<rect class="bar tone-${b.tone % 7}" x="${BAR_X}" y="${y + 2}" width="${w}" height="15" rx="2"></rect>` +
        `<text class="value" x="${BAR_X + w + 6}" y="${y + 14}">${b.value}</text></g>`
      );
    })
    .join('');
  const svg = `<svg class="chart" viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-labelledby="svg-${chart.id}" preserveAspectRatio="xMinYMin meet"><title id="svg-${chart.id}">${escapeHtml(chartText(chart))}</title>${rows}</svg>`;
  return figure(chart, svg);
}

/** One bar split in proportion (direct against reported), with a legend. */
export function stackedChart(chart: Chart): string {
  const total = chart.bars.reduce((n, b) => n + b.value, 0);
  let x = 0;
  const segments = chart.bars
    .map((b) => {
      const w = total === 0 ? 0 : Math.round((b.value / total) * WIDTH);
      const seg = `<rect class="bar tone-${b.tone % 7}" x="${x}" y="2" width="${w}" height="22"><title>${escapeHtml(rowText(b, chart.unit))}</title></rect>`;
      x += w;
      return seg;
    })
    .join('');
  const empty = total === 0 ? `<rect class="track" x="0" y="2" width="${WIDTH}" height="22"></rect>` : '';
  const legend = chart.bars
    .map((b) => `<span class="key"><svg class="swatch" viewBox="0 0 10 10" aria-hidden="true"><rect class="bar tone-${b.tone % 7}" width="10" height="10"></rect></svg>${escapeHtml(b.label)}: ${b.value}${total ? ` (${Math.round((b.value / total) * 100)}%)` : ''}</span>`)
    .join('');
  const svg = `<svg class="chart stacked" viewBox="0 0 ${WIDTH} 26" width="100%" role="img" aria-labelledby="svg-${chart.id}" preserveAspectRatio="none"><title id="svg-${chart.id}">${escapeHtml(chartText(chart))}</title>${empty}${segments}</svg><p class="legend">${legend}</p>`;
  return figure(chart, svg);
}

/** A chart with its caption and the table of its numbers (visually hidden unless "Show tables"). */
function figure(chart: Chart, drawing: string): string {
  const body = chart.bars.map((b) => `<tr><th scope="row">${escapeHtml(b.label)}${b.detail ? ` <span class="detail">(${escapeHtml(b.detail)})</span>` : ''}</th><td>${b.value}</td></tr>`).join('');
  const table = `<table class="numbers"><caption>${escapeHtml(chart.title)}</caption><thead><tr><th scope="col">${chart.id.includes('top') ? 'Source' : 'Kind'}</th><th scope="col">${escapeHtml(chart.unit)}</th></tr></thead><tbody>${body}</tbody></table>`;
  return `<figure class="figure" id="${chart.id}"><figcaption>${escapeHtml(chart.title)}</figcaption>${drawing}${table}</figure>`;
}

function mentionedOnly(scope: BalanceScope): string {
  const id = `${scope.scope}-mentioned`;
  if (scope.mentionedOnly.length === 0) return `<figure class="figure" id="${id}"><figcaption>Named, never quoted</figcaption><p class="empty">Nobody: everyone named is also quoted.</p></figure>`;
  const rows = scope.mentionedOnly
    .map((m) => `<tr><th scope="row">${escapeHtml(m.name)}</th><td>${escapeHtml(m.type)}</td><td>${m.mentions}</td><td>${m.articles}</td></tr>`)
    .join('');
  return `<figure class="figure" id="${id}"><figcaption>Named, never quoted</figcaption><table class="list"><thead><tr><th scope="col">Name</th><th scope="col">Type</th><th scope="col">Mentions</th><th scope="col">Articles</th></tr></thead><tbody>${rows}</tbody></table></figure>`;
}

function rowText(b: Bar, unit: string): string {
  return `${b.label}: ${b.value} ${unit}${b.detail ? ` (${b.detail})` : ''}`;
}

function chartText(chart: Chart): string {
  return `${chart.title}: ${chart.bars.map((b) => `${b.label} ${b.value}`).join(', ') || 'none'}`;
}

function shorten(label: string): string {
  const flat = label.replace(/\s+/g, ' ').trim();
  return flat.length > LABEL_CHARS ? `${flat.slice(0, LABEL_CHARS - 1)}…` : flat;
}

export interface PageOptions {
  nonce: string;
  body: string;
}

/** The whole page: strict CSP (no network, no inline code without the nonce), styles from the theme. */
export function renderBalancePage(o: PageOptions): string {
  const csp = `default-src 'none'; style-src 'nonce-${o.nonce}'; script-src 'nonce-${o.nonce}';`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Source balance</title>
<style nonce="${o.nonce}">${STYLE}</style>
</head>
<body>
<header class="toolbar" role="toolbar" aria-label="Source balance">
<button type="button" id="tables" aria-pressed="false">Show tables</button>
<button type="button" id="csv">Export CSV…</button>
<button type="button" id="json">Export JSON…</button>
</header>
<main id="main" aria-live="polite">${o.body}</main>
<script nonce="${o.nonce}">${SCRIPT}</script>
</body>
</html>`;
}

const STYLE = `
body { color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); padding: 0 16px 24px; }
.toolbar { display: flex; gap: 8px; padding: 10px 0; position: sticky; top: 0; background: var(--vscode-editor-background); }
button { color: var(--vscode-button-foreground); background: var(--vscode-button-background); border: 1px solid var(--vscode-button-border, transparent); padding: 4px 10px; cursor: pointer; font: inherit; }
button:hover { background: var(--vscode-button-hoverBackground); }
button:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 2px; }
button[aria-pressed="true"] { background: var(--vscode-button-secondaryBackground); color: var(--vscode-button-secondaryForeground); }
.scopes { display: grid; grid-template-columns: repeat(auto-fit, minmax(340px, 1fr)); gap: 24px; }
h2 { font-size: 1.2em; margin: 8px 0 2px; }
.summary, .empty, .detail { color: var(--vscode-descriptionForeground); }
.figure { margin: 16px 0 0; }
figcaption { font-weight: 600; margin-bottom: 4px; }
svg.chart { display: block; max-width: 560px; overflow: visible; }
svg.stacked { height: 26px; }
.label, .value { fill: var(--vscode-foreground); font-size: 12px; }
.track { fill: none; stroke: var(--vscode-charts-lines, var(--vscode-foreground)); stroke-dasharray: 3 3; }
.tone-0 { fill: var(--vscode-charts-blue); }
.tone-1 { fill: var(--vscode-charts-orange); }
.tone-2 { fill: var(--vscode-charts-green); }
.tone-3 { fill: var(--vscode-charts-purple); }
.tone-4 { fill: var(--vscode-charts-red); }
.tone-5 { fill: var(--vscode-charts-yellow); }
.tone-6 { fill: var(--vscode-charts-foreground, var(--vscode-foreground)); }
body.vscode-high-contrast .bar, body.vscode-high-contrast-light .bar { stroke: var(--vscode-contrastBorder); stroke-width: 1px; }
.legend { display: flex; flex-wrap: wrap; gap: 4px 16px; margin: 4px 0 0; }
.key { display: inline-flex; align-items: center; gap: 6px; }
.swatch { width: 10px; height: 10px; }
table { border-collapse: collapse; margin-top: 6px; }
th, td { text-align: left; padding: 2px 12px 2px 0; border-bottom: 1px solid var(--vscode-editorWidget-border, transparent); }
td { font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: 600; }
/* the tables behind the charts: read by screen readers, shown on request */
table.numbers { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }
body.show-tables table.numbers { position: static; width: auto; height: auto; overflow: visible; clip: auto; clip-path: none; white-space: normal; }
`;

const SCRIPT = `
const vscode = acquireVsCodeApi();
const tables = document.getElementById('tables');
const state = vscode.getState() || {};
function showTables(on) { document.body.classList.toggle('show-tables', on); tables.setAttribute('aria-pressed', String(on)); tables.textContent = on ? 'Hide tables' : 'Show tables'; }
showTables(!!state.tables);
tables.addEventListener('click', () => { const on = !document.body.classList.contains('show-tables'); showTables(on); vscode.setState({ tables: on }); });
document.getElementById('csv').addEventListener('click', () => vscode.postMessage({ type: 'export', format: 'csv' }));
document.getElementById('json').addEventListener('click', () => vscode.postMessage({ type: 'export', format: 'json' }));
window.addEventListener('message', (e) => { if (e.data && e.data.type === 'render') document.getElementById('main').innerHTML = e.data.html; });
vscode.postMessage({ type: 'ready' });
`;
