// The pure halves of the newsroom views: the Sources tree model and its filters, the hover's
// "also quoted in" line, the balance panel's numbers and HTML, and the workspace settings.
import * as assert from 'node:assert/strict';
import { statsOfAnalyses } from '../../src/analysis/output/stats';
import { balanceCsv, balanceJson, balanceScope, BALANCE_SCHEMA, type BalanceData } from '../../src/extension/workspace/balanceData';
import { escapeHtml, renderBalanceBody, renderBalancePage } from '../../src/extension/workspace/balanceHtml';
import { elsewhereSection } from '../../src/extension/workspace/elsewhere';
import { buildSourcesTree, sourceDescription, verdictOf } from '../../src/extension/workspace/sourcesTreeModel';
import { languageOfPath, sanitizeWorkspaceSettings } from '../../src/extension/workspace/workspaceSettings';
import { buildWorkspaceSources } from '../../src/workspace/workspaceSources';
import { analysisOf, newsroomAnalysis } from './newsroomFactories';

const articles = ['barrier-costs.txt', 'flood-barrier.md', 'wetlands.md'].map((p) => ({ uri: `file:///ws/${p}`, path: p, analysis: newsroomAnalysis(p) }));
const line = () => 1;

describe('Sources tree model', () => {
  const sources = buildWorkspaceSources(articles);

  it('lists quoted sources first (most claims), then claims without a source, then the never-quoted', () => {
    const tree = buildSourcesTree(sources, line);
    const kinds = tree.roots.map((r) => (r.mentionedOnly ? 'named' : 'quoted'));
    assert.ok(kinds.indexOf('named') > kinds.lastIndexOf('quoted'), JSON.stringify(kinds));
    assert.equal(tree.roots[0].source.name, 'Helga Brandvold');
    assert.equal(sourceDescription(tree.roots[0]), '3 claims · 2 articles');
    const brandvold = tree.roots[0];
    assert.deepEqual(brandvold.children.map((a) => [a.article.path, a.children.length]), [['barrier-costs.txt', 1], ['flood-barrier.md', 2], ['wetlands.md', 0]]);
    assert.equal(brandvold.children[0].target.text, brandvold.children[0].children[0].claim.text, 'a click on the article goes to its first claim');
  });

  it('filters by type, name (accents folded), and stance; a stance filter drops articles without such claims', () => {
    assert.deepEqual(buildSourcesTree(sources, line, { types: ['organization'] }).roots.map((r) => r.source.name).sort(), ['Norhaven Harbour Authority', 'Norhaven Wetlands Trust']);
    assert.deepEqual(buildSourcesTree(sources, line, { name: 'herrera' }).roots.map((r) => r.source.name), ['Tomás Herrera']);
    const denial = buildSourcesTree(sources, line, { stances: ['denial'] });
    assert.deepEqual(denial.roots.map((r) => [r.source.name, r.children.map((a) => a.article.path)]), [['Tomás Herrera', ['barrier-costs.txt']]]);
  });

  it('filters by review verdict when claims carry one, and offers no verdicts when none do', () => {
    assert.deepEqual(buildSourcesTree(sources, line).verdicts, []);
    const reviewed = analysisOf([{ name: 'Amara Mensah', type: 'person' }], [{ text: 'Rivers flood less', by: { name: 'Amara Mensah' } }, { text: 'Costs fall', by: { name: 'Amara Mensah' } }]);
    reviewed.claims[0].review = { verdict: 'false', note: 'n', updated: '2026-01-01' };
    const s = buildWorkspaceSources([{ uri: 'file:///ws/r.md', path: 'r.md', analysis: reviewed }]);
    const tree = buildSourcesTree(s, line, { verdicts: ['false'] });
    assert.deepEqual(tree.verdicts, ['false']);
    assert.deepEqual(tree.roots[0].children[0].children.map((c) => c.claim.text), ['Rivers flood less']);
    assert.equal(verdictOf(reviewed.claims[1]), undefined);
  });

  it('gives claims ids that survive an edit elsewhere in the article', () => {
    const a = buildSourcesTree(sources, line).roots[0].children[1].children.map((c) => c.id);
    const moved = articles.map((x) => (x.path === 'flood-barrier.md' ? { ...x, analysis: { ...x.analysis, claims: x.analysis.claims.map((c) => ({ ...c, start: c.start + 7, end: c.end + 7 })) } } : x));
    const b = buildSourcesTree(buildWorkspaceSources(moved), line).roots[0].children[1].children.map((c) => c.id);
    assert.deepEqual(a, b);
  });
});

describe('hover: also quoted in other articles', () => {
  const sources = buildWorkspaceSources(articles);
  const here = articles[0];
  const entity = here.analysis.entities.find((e) => e.name === 'Brandvold')!;

  it('links to the other article where the source is quoted, with escaped labels', () => {
    const md = elsewhereSection(sources, here.uri, entity.id)!;
    assert.match(md, /^\$\(references\) \*\*Also quoted in 1 other article:\*\* \[flood\\-barrier\\\.md\]\(command:claimlens\.goToOffset\?/);
    const args = JSON.parse(decodeURIComponent(/goToOffset\?([^ )]+)/.exec(md)![1])) as [string, number, number];
    assert.equal(args[0], 'file:///ws/flood-barrier.md');
    const claim = newsroomAnalysis('flood-barrier.md').claims[0];
    assert.deepEqual(args.slice(1), [claim.start, claim.end]);
  });

  it('says "named" when the others only name the source, and nothing when there are no others', () => {
    const wet = articles[2];
    const mensah = wet.analysis.entities.find((e) => e.name === 'Amara Mensah')!;
    assert.equal(elsewhereSection(sources, wet.uri, mensah.id), undefined);
    const lindgren = articles[1].analysis.entities.find((e) => e.name === 'Petra Lindgren')!;
    assert.equal(elsewhereSection(sources, articles[1].uri, lindgren.id), undefined);
    const brandvoldInWetlands = wet.analysis.entities.find((e) => e.name === 'Helga Brandvold')!;
    assert.match(elsewhereSection(sources, wet.uri, brandvoldInWetlands.id)!, /Also quoted in 2 other articles/);
    const naming = { uri: 'file:///ws/later.md', path: 'later.md', analysis: analysisOf([{ name: 'Mensah', type: 'person' }], []) };
    const withLater = buildWorkspaceSources([...articles, naming]);
    assert.match(elsewhereSection(withLater, wet.uri, mensah.id)!, /^\$\(references\) \*\*Also named in 1 other article:\*\* \[later\\\.md\]/);
  });
});

describe('Source balance panel', () => {
  const evil = '<img src=x onerror=alert(1)> & "Co"';
  const stats = statsOfAnalyses([
    ...articles,
    { path: 'evil.md', analysis: analysisOf([{ name: evil, type: 'organization' }], [{ text: 'We said <b>so</b>', by: { name: evil }, cue: 'claimed' }]) },
  ]);
  const data: BalanceData = { schema: BALANCE_SCHEMA, article: balanceScope('article', 'flood-barrier.md', statsOfAnalyses([articles[1]])), workspace: balanceScope('workspace', 'ws', stats) };

  it('draws every chart from the numbers, with a table of the same numbers behind it', () => {
    const body = renderBalanceBody(data);
    const types = data.workspace!.charts[0];
    assert.deepEqual(types.bars.map((b) => [b.label, b.value]), [['Named person', stats.totals.bySourceType.person], ['Organization', stats.totals.bySourceType.organization], ['Unnamed source', stats.totals.bySourceType.unnamed], ['No source', stats.totals.bySourceType.none]]);
    for (const id of ['article-types', 'article-kinds', 'article-stances', 'workspace-top-claims', 'workspace-top-words']) assert.match(body, new RegExp(`<figure class="figure" id="${id}">`));
    const figures = body.match(/<figure class="figure" id="[^"]+-(types|kinds|stances|top-claims|top-words)">/g) ?? [];
    const tables = body.match(/<table class="numbers">/g) ?? [];
    assert.equal(tables.length, figures.length);
    assert.equal((body.match(/role="img"/g) ?? []).length, figures.length - (body.match(/<p class="empty">None\.<\/p>/g) ?? []).length);
    // the longest bar is the largest value; widths are proportional
    const top = data.workspace!.charts[3].bars;
    const widths = [...body.split('id="workspace-top-claims"')[1].split('</figure>')[0].matchAll(/<rect class="bar tone-\d" x="176" y="\d+" width="(\d+)"/g)].map((m) => Number(m[1]));
    assert.equal(widths[0], 250);
    assert.equal(widths.length, top.length);
    assert.ok(Math.abs(widths[1] - Math.round((top[1].value / top[0].value) * 250)) <= 1);
  });

  it('escapes names from articles everywhere', () => {
    const body = renderBalanceBody(data);
    assert.ok(!body.includes('<img'), 'no markup from an article');
    assert.ok(body.includes(escapeHtml(evil).slice(0, 20)));
    assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('the page has a strict CSP with a nonce, themed colours, and nothing remote', () => {
    const page = renderBalancePage({ nonce: 'abc123', body: renderBalanceBody(data) });
    assert.match(page, /content="default-src 'none'; style-src 'nonce-abc123'; script-src 'nonce-abc123';"/);
    assert.equal((page.match(/<script nonce="abc123">/g) ?? []).length, 1);
    assert.equal((page.match(/<script/g) ?? []).length, 1);
    assert.doesNotMatch(page, /https?:|src=["']|style="/);
    assert.match(page, /var\(--vscode-charts-blue\)/);
    assert.match(page, /body\.vscode-high-contrast \.bar/);
  });

  it('exports the same numbers as CSV (formula-safe) and JSON', () => {
    const csv = balanceCsv(data).split('\r\n');
    assert.equal(csv[0], 'scope,chart,label,value,detail');
    assert.ok(csv.includes(`workspace,totals,claims,${stats.totals.claims},`));
    assert.ok(csv.includes(`article,Claims by source type,Named person,${data.article!.charts[0].bars[0].value},`));
    const json = JSON.parse(balanceJson(data)) as BalanceData;
    assert.equal(json.schema, 'claimlens-balance/1');
    assert.deepEqual(json.workspace!.charts[1].bars.map((b) => b.value), [stats.totals.direct, stats.totals.reported]);
    const formula = balanceCsv({ ...data, workspace: balanceScope('workspace', 'ws', statsOfAnalyses([{ path: 'f.md', analysis: analysisOf([{ name: '=cmd()', type: 'person' }], [{ text: 'x', by: { name: '=cmd()' } }]) }])) });
    assert.match(formula, /,'=cmd\(\),/);
  });
});

describe('workspace settings', () => {
  it('defaults, and the index off in virtual workspaces unless turned on explicitly', () => {
    assert.deepEqual(sanitizeWorkspaceSettings({}, false), { enabled: true, include: ['**/*.{md,markdown,txt}'], exclude: [] });
    assert.equal(sanitizeWorkspaceSettings({ enabled: true }, true).enabled, false);
    assert.equal(sanitizeWorkspaceSettings({ enabled: true, enabledExplicitly: true }, true).enabled, true);
    assert.equal(sanitizeWorkspaceSettings({ enabled: false, enabledExplicitly: true }, false).enabled, false);
    assert.deepEqual(sanitizeWorkspaceSettings({ include: 'x', exclude: [1] }, false), { enabled: true, include: ['**/*.{md,markdown,txt}'], exclude: [] });
    assert.equal(languageOfPath('a/b.MD'), 'markdown');
    assert.equal(languageOfPath('a/b.txt'), 'plaintext');
  });
});
