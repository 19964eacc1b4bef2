// `--format text`: the report for a terminal. Columns are aligned across the whole report and
// long texts wrap at a fixed width, so it reads the same in a pipe, a file and a terminal.
import type { Analysis } from '../../analysis';
import { textReportTitle } from '../../analysis/output/exportMarker';
import { ENTITY_SECTIONS, buildReport, count, formatLocation, summaryLine } from './report';
import type { ClaimRow, EntityRow, Report, SourceGroup } from './report';

const WIDTH = 100;
const MAX_NAME = 30;
const MAX_CUE = 14;

/** Greedy word wrap; the first line has `first` columns, the others `rest`. Long words are not cut. */
export function wrap(text: string, first: number, rest: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const limit = lines.length === 0 ? first : rest;
    if (line && line.length + 1 + word.length > limit) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  lines.push(line);
  return lines;
}

/** `head` then `body` wrapped, continuation lines under the body's first column. */
function hanging(head: string, body: string): string[] {
  const lines = wrap(body, Math.max(20, WIDTH - head.length), Math.max(20, WIDTH - head.length));
  const indent = ' '.repeat(head.length);
  return [`${head}${lines[0]}`.trimEnd(), ...lines.slice(1).map((l) => `${indent}${l}`)];
}

function entityLines(r: Report): string[] {
  const rows = ENTITY_SECTIONS.flatMap((s) => r.entities[s.type]);
  if (rows.length === 0) return [];
  const nameWidth = Math.min(MAX_NAME, Math.max(...rows.map((e) => e.name.length)));
  const locWidth = Math.max(...rows.map((e) => formatLocation(e.first).length));
  const mentionWidth = Math.max(...rows.map((e) => count(e.mentions, 'mention').length));
  const details = (e: EntityRow) => [...e.roles, ...(e.aliases.length ? [`also written ${e.aliases.join(', ')}`] : [])].join('; ');
  const out: string[] = [];
  for (const section of ENTITY_SECTIONS) {
    const entities = r.entities[section.type];
    if (entities.length === 0) continue;
    out.push('', section.title);
    for (const e of entities) {
      const rest = `${formatLocation(e.first).padEnd(locWidth)}  ${count(e.mentions, 'mention').padEnd(mentionWidth)}  `;
      if (e.name.length > nameWidth) {
        // A name too long for the column gets its own line rather than pushing the columns.
        out.push(`  ${e.name}`, ...hanging(`  ${''.padEnd(nameWidth)}  ${rest}`, details(e)));
      } else {
        out.push(...hanging(`  ${e.name.padEnd(nameWidth)}  ${rest}`, details(e)));
      }
    }
  }
  return out;
}

function sourceTitle(g: SourceGroup): string {
  if (g.source === null) return 'No source found';
  return g.type ? `${g.source} (${g.type})` : `${g.source} (not resolved to a name)`;
}

function claimLines(r: Report): string[] {
  if (r.groups.length === 0) return [];
  const claims = r.groups.flatMap((g) => g.claims);
  const locWidth = Math.max(...claims.map((c) => formatLocation(c.at).length));
  const cueWidth = Math.min(MAX_CUE, Math.max(...claims.map((c) => (c.cue ?? '-').length)));
  // Inferred source words and follow-ons lead the body in brackets: "[she → Marisol Peña] “…”".
  const body = (c: ClaimRow) => `${c.notes.length ? `[${c.notes.join('; ')}] ` : ''}${c.kind === 'direct' ? `“${c.text}”` : c.text}`;
  const out: string[] = ['', 'Claims by source'];
  for (const g of r.groups) {
    out.push('', `  ${sourceTitle(g)}: ${count(g.claims.length, 'claim')}`);
    for (const c of g.claims) {
      const head = `    ${formatLocation(c.at).padEnd(locWidth)}  ${c.kind.padEnd(8)}  ${(c.cue ?? '-').padEnd(cueWidth)}  `;
      out.push(...hanging(head, body(c)));
      if (c.review) out.push(...hanging(`${' '.repeat(head.length)}review: `, c.review));
    }
  }
  return out;
}

function orphanedLines(r: Report): string[] {
  if (r.orphaned.length === 0) return [];
  return ['', `Needs attention: ${count(r.orphaned.length, 'review item')} could not be placed`, ...r.orphaned.flatMap((o) => hanging('  ', o))];
}

export function renderText(label: string, text: string, analysis: Analysis): string {
  const r = buildReport(label, text, analysis);
  // The title line and the summary under it mark the report, so ClaimLens never reads a saved
  // report as an article (see exportMarker.ts).
  return `${[textReportTitle(label), summaryLine(r), ...entityLines(r), ...claimLines(r), ...orphanedLines(r)].join('\n')}\n`;
}
