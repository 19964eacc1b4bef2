// Export formats for one article's analysis (Markdown, JSON, CSV). Pure: the extension's export
// command and tests call these; no vscode here. (The citation is in citation.ts.)
import { SCHEMA, type Analysis, type Claim, type ClaimSource, type Entity, type EntityType, type Verdict } from '../model';
import { foldKey, lineColumn, lineStarts } from '../text/text';
import { claimsById, continuedClaim, continuesPhrase, effectiveSource, isInferredSource, sourceWords } from './attribution';
import { markExport } from './exportMarker';

/** Claims that share a source, as the Claims tree and the Markdown export show them. */
export interface SourceGroup {
  /** Stable across re-analyses of an edited article: entity id, folded source words, or `unattributed`. */
  key: string;
  label: string;
  /** What the source is: an entity type, `anonymous` (named words with no entity: "officials") or `none`. */
  sourceType: EntityType | 'anonymous' | 'none';
  entityId: string | null;
  /** In article order. */
  claims: Claim[];
}

export const UNATTRIBUTED = 'Unattributed';

/** An unresolved pronoun names nobody a reader could check: such claims count as unattributed. */
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'him', 'her', 'them', 'this', 'that']);

/** Whether a source names someone a reader could check: an entity, or words other than a bare pronoun. */
export function namesSomeone(source: ClaimSource | null): source is ClaimSource {
  return !!source && (!!source.entityId || (!!foldKey(source.name) && !PRONOUNS.has(foldKey(source.name))));
}

/**
 * Groups claims by source: most-quoted first (ties: who speaks first), "Unattributed" last, so the
 * people who carry the story lead the list. A follow-on quote without a source of its own goes
 * with the claim it continues.
 */
export function groupBySource(analysis: Analysis): SourceGroup[] {
  const byId = new Map<string, Entity>(analysis.entities.map((e) => [e.id, e]));
  const claimById = claimsById(analysis.claims);
  const groups = new Map<string, SourceGroup>();
  const claims = [...analysis.claims].sort(byPosition);
  for (const claim of claims) {
    const src = effectiveSource(claim, claimById);
    let key: string;
    let group: Omit<SourceGroup, 'claims'>;
    if (src?.entityId) {
      key = `entity:${src.entityId}`;
      const entity = byId.get(src.entityId);
      group = { key, label: entity?.name ?? src.name, sourceType: entity?.type ?? 'anonymous', entityId: src.entityId };
    } else if (namesSomeone(src)) {
      key = `words:${foldKey(src.name)}`;
      group = { key, label: src.name, sourceType: 'anonymous', entityId: null };
    } else {
      key = 'unattributed';
      group = { key, label: UNATTRIBUTED, sourceType: 'none', entityId: null };
    }
    let g = groups.get(key);
    if (!g) {
      g = { ...group, claims: [] };
      groups.set(key, g);
    }
    g.claims.push(claim);
  }
  return [...groups.values()].sort((a, b) => {
    if ((a.key === 'unattributed') !== (b.key === 'unattributed')) return a.key === 'unattributed' ? 1 : -1;
    return b.claims.length - a.claims.length || a.claims[0].start - b.claims[0].start;
  });
}

function byPosition(a: Claim, b: Claim): number {
  return a.start - b.start || a.end - b.end;
}

/** Maps offsets to one-based line numbers for one text (built once, binary search per lookup). */
export function lineLookup(text: string): (offset: number) => number {
  const starts = lineStarts(text);
  return (offset) => lineColumn(starts, offset).line;
}

/** Whitespace (including the line breaks of a quote running over paragraphs) as single spaces. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// ---------------------------------------------------------------------------------------------
// JSON

/** Exactly the CLI's `claimlens/1` object: only schema fields, in schema order. */
export function toSchemaObject(analysis: Analysis): Analysis {
  return {
    schema: SCHEMA,
    entities: analysis.entities.map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      aliases: [...e.aliases],
      roles: [...e.roles],
      mentions: e.mentions.map((m) => ({ start: m.start, end: m.end })),
      ...(e.edited ? { edited: [...e.edited] } : {}),
    })),
    claims: analysis.claims.map((c) => ({
      id: c.id,
      kind: c.kind,
      start: c.start,
      end: c.end,
      text: c.text,
      source: c.source
        ? { name: c.source.name, entityId: c.source.entityId, start: c.source.start, end: c.source.end, text: c.source.text, confidence: c.source.confidence }
        : null,
      cue: c.cue ? { text: c.cue.text, start: c.cue.start, end: c.cue.end, stance: c.cue.stance } : null,
      ...(c.quoted ? { quoted: c.quoted.map((q) => ({ start: q.start, end: q.end })) } : {}),
      ...(c.continues ? { continues: c.continues } : {}),
      ...(c.review ? { review: { verdict: c.review.verdict, note: c.review.note, updated: c.review.updated } } : {}),
      ...(c.edited ? { edited: [...c.edited] } : {}),
    })),
    ...(analysis.orphaned ? { orphaned: analysis.orphaned.map((o) => ({ ...o, ...(o.names ? { names: [...o.names] } : {}) })) } : {}),
  };
}

export function formatJson(analysis: Analysis): string {
  return JSON.stringify(toSchemaObject(analysis), null, 2) + '\n';
}

// ---------------------------------------------------------------------------------------------
// CSV

/**
 * New columns come after the first nine, so readers of those by position keep working:
 * `source_text` is the source words as written ("he"), `continues` the id of the claim a follow-on
 * quote continues, then the reviewer's verdict, note and edits.
 */
export const CSV_COLUMNS = ['id', 'kind', 'source', 'source_entity_id', 'cue', 'line', 'start', 'end', 'text', 'source_text', 'continues', 'verdict', 'note', 'edited'] as const;

/**
 * One CSV cell (RFC 4180). Cells a spreadsheet would evaluate as a formula (leading = + - @, or a
 * tab/CR that some apps strip first) get a leading apostrophe: article text is untrusted input.
 */
export function csvCell(value: string | number | null): string {
  let s = value === null ? '' : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One row per claim in article order, CRLF line ends, header first. */
export function formatCsv(analysis: Analysis, text: string): string {
  const lineOf = lineLookup(text);
  const rows: string[] = [CSV_COLUMNS.join(',')];
  for (const c of [...analysis.claims].sort(byPosition)) {
    rows.push(
      [
        c.id,
        c.kind,
        c.source?.name ?? '',
        c.source?.entityId ?? '',
        c.cue?.text ?? '',
        lineOf(c.start),
        c.start,
        c.end,
        c.text,
        c.source?.text ?? '',
        c.continues ?? '',
        c.review?.verdict ?? 'unreviewed',
        c.review?.note ?? '',
        (c.edited ?? []).join(' '),
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return rows.join('\r\n') + '\r\n';
}

// ---------------------------------------------------------------------------------------------
// Markdown

/**
 * Backslash-escapes the characters that would turn article text into markup (emphasis, code,
 * links, HTML, tables) so the export shows the words as written.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}\[\]<>()#!|~&]/g, '\\$&');
}

const TYPE_HEADINGS: Array<[EntityType, string]> = [
  ['person', 'People'],
  ['place', 'Places'],
  ['organization', 'Organizations'],
];

export interface MarkdownOptions {
  /** Shown in the title, e.g. the article's file name. */
  title?: string;
}

/** A readable report: claims grouped by source, then the people, places and organizations named. */
export function formatMarkdown(analysis: Analysis, text: string, options: MarkdownOptions = {}): string {
  const lineOf = lineLookup(text);
  const out: string[] = [];
  const title = options.title ? `Claims in ${escapeMarkdown(options.title)}` : 'Claims';
  out.push(`# ${title}`, '');
  const direct = analysis.claims.filter((c) => c.kind === 'direct').length;
  const reported = analysis.claims.length - direct;
  out.push(
    `${plural(analysis.claims.length, 'claim')} (${plural(direct, 'direct quote')}, ${reported} reported) · ` +
      TYPE_HEADINGS.map(([t, h]) => `${analysis.entities.filter((e) => e.type === t).length} ${h.toLowerCase()}`).join(' · '),
    '',
  );
  const claimById = claimsById(analysis.claims);
  for (const g of groupBySource(analysis)) {
    out.push(`## ${escapeMarkdown(g.label)} (${g.claims.length})`, '');
    for (const c of g.claims) out.push(markdownClaimItem(c, lineOf, claimById));
    out.push('');
  }
  if (analysis.claims.length === 0) out.push('_No quotes or reported claims found._', '');
  out.push(...orphanedSection(analysis));
  for (const [type, heading] of TYPE_HEADINGS) {
    const entities = analysis.entities.filter((e) => e.type === type);
    if (entities.length === 0) continue;
    out.push(`## ${heading}`, '', '| Name | Mentions | Roles | Also written |', '| --- | ---: | --- | --- |');
    for (const e of entities) {
      const cells = [e.name, String(e.mentions.length), e.roles.join('; '), e.aliases.join(', ')];
      out.push(`| ${cells.map((s) => escapeMarkdown(oneLine(s))).join(' | ')} |`);
    }
    out.push('');
  }
  return markExport(out.join('\n'));
}

/** ` — **Verified**: note (edited: source)`: what the reviewer said, after the claim's words. */
function reviewSuffix(c: Claim): string {
  const verdict = c.review && c.review.verdict !== 'unreviewed' ? `**${VERDICT_LABELS[c.review.verdict]}**` : '';
  const note = c.review?.note ? escapeMarkdown(oneLine(c.review.note)) : '';
  const edited = c.edited?.length ? `_(edited: ${c.edited.join(', ')})_` : '';
  const said = [[verdict, note].filter(Boolean).join(': '), edited].filter(Boolean).join(' ');
  return said ? ` — ${said}` : '';
}

/** Review items that could not be placed: listed with their old words, so nothing is lost silently. */
function orphanedSection(analysis: Analysis): string[] {
  const items = analysis.orphaned ?? [];
  if (items.length === 0) return [];
  const out = ['## Needs attention', '', `${plural(items.length, 'review item')} could not be placed on the text:`, ''];
  for (const o of items) {
    const what = o.kind === 'claim' ? `“${escapeMarkdown(oneLine(o.exact ?? ''))}”` : escapeMarkdown((o.names ?? []).join(', '));
    const verdict = o.verdict ? ` — **${VERDICT_LABELS[o.verdict]}**` : '';
    const note = o.note ? `: ${escapeMarkdown(oneLine(o.note))}` : '';
    out.push(`- ${what}${verdict}${note}`);
  }
  out.push('');
  return out;
}

export const VERDICT_LABELS: Record<Verdict, string> = {
  unreviewed: 'Unreviewed',
  verified: 'Verified',
  disputed: 'Disputed',
  false: 'False',
  'needs-source': 'Needs source',
};

/**
 * `- Direct quote (line 9, *said*, she → Marisol Peña): “…”`: the source words when they are an
 * inference, and "continues X's quote" for a follow-on quote.
 */
function markdownClaimItem(c: Claim, lineOf: (offset: number) => number, claimById: ReadonlyMap<string, Claim>): string {
  const kind = c.kind === 'direct' ? 'Direct quote' : 'Reported';
  const notes = [`line ${lineOf(c.start)}`];
  if (c.cue) notes.push(`*${escapeMarkdown(oneLine(c.cue.text))}*`);
  if (c.source && isInferredSource(c.source)) notes.push(escapeMarkdown(sourceWords(c.source)));
  const previous = continuedClaim(c, claimById);
  if (previous) notes.push(`${escapeMarkdown(continuesPhrase(previous))} (line ${lineOf(previous.start)})`);
  // Quotation marks only around the speaker's own words: reported speech is a paraphrase.
  const words = escapeMarkdown(oneLine(c.text));
  return `- ${kind} (${notes.join(', ')}): ${c.kind === 'direct' ? `“${words}”` : words}${reviewSuffix(c)}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
