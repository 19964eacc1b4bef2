// `--format markdown`: the report as Markdown. Article text is escaped so a name or quote can
// never turn into markup, a link or an HTML tag in whatever renders the report.
import type { Analysis } from '../../analysis';
import { markExport } from '../../analysis/output/exportMarker';
import { ENTITY_SECTIONS, buildReport, count, formatLocation, summaryLine } from './report';

/**
 * Escapes what can start emphasis, code, links, tables or HTML anywhere in a line. Line-start
 * syntax (#, -, 1.) needs nothing: article text is never placed at the start of a line.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]|~<>&]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`));
}

export function renderMarkdown(label: string, text: string, analysis: Analysis): string {
  const r = buildReport(label, text, analysis);
  const out: string[] = [`# ClaimLens: ${escapeMarkdown(label)}`, '', escapeMarkdown(summaryLine(r))];

  for (const section of ENTITY_SECTIONS) {
    const rows = r.entities[section.type];
    if (rows.length === 0) continue;
    out.push('', `## ${section.title}`, '', '| Name | First seen | Mentions | Also written | Roles |', '| --- | --- | --- | --- | --- |');
    for (const e of rows) {
      out.push(
        `| ${escapeMarkdown(e.name)} | ${formatLocation(e.first)} | ${e.mentions} | ${e.aliases.map(escapeMarkdown).join(', ')} | ${e.roles.map(escapeMarkdown).join('; ')} |`,
      );
    }
  }

  if (r.groups.length) out.push('', '## Claims by source');
  for (const g of r.groups) {
    const who = g.source === null ? 'No source found' : escapeMarkdown(g.source) + (g.type ? ` (${g.type})` : '');
    out.push('', `### ${who}`, '', `${count(g.claims.length, 'claim')}:`, '');
    for (const c of g.claims) {
      const body = c.kind === 'direct' ? `“${escapeMarkdown(c.text)}”` : escapeMarkdown(c.text);
      const review = c.review ? ` — ${escapeMarkdown(c.review)}` : '';
      const notes = c.notes.map((n) => `, ${escapeMarkdown(n)}`).join('');
      out.push(`- **${formatLocation(c.at)}** ${c.kind}${c.cue ? `, *${escapeMarkdown(c.cue)}*` : ''}${notes}: ${body}${review}`);
    }
  }
  if (r.orphaned.length) out.push('', '## Needs attention', '', ...r.orphaned.map((o) => `- ${escapeMarkdown(o)}`));
  return markExport(`${out.join('\n')}\n`);
}
