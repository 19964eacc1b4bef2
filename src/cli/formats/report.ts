// The readable report shared by the text and Markdown formats: entities by type and claims
// grouped by source, every item located by line:column. Built once, rendered twice.
import { lineColumn, lineStarts } from '../../analysis';
import type { Analysis, Claim, ClaimKind, EntityType } from '../../analysis';
import { VERDICT_LABELS } from '../../analysis/output/exportFormats';
import { claimsById, continuedClaim, continuesPhrase, effectiveSource, isInferredSource, sourceWords } from '../../analysis/output/attribution';

export interface Location {
  line: number;
  column: number;
}

export interface EntityRow {
  name: string;
  roles: string[];
  aliases: string[];
  mentions: number;
  /** Where it is first named; null if the analysis gave no mention. */
  first: Location | null;
}

export interface ClaimRow {
  at: Location;
  kind: ClaimKind;
  cue: string | null;
  /** Whitespace flattened: a quote running over paragraphs reads as one line. */
  text: string;
  /** The reviewer's word, when a review file gave one: "False: never said", "(edited: source)". */
  review: string | null;
  /** Inferred source words ("she → Marisol Peña") and a follow-on's "continues Peña's quote (9:1)". */
  notes: string[];
}

export interface SourceGroup {
  /** Entity name, or the source words as written ("officials"); null: no source found. */
  source: string | null;
  type: EntityType | null;
  claims: ClaimRow[];
}

export interface Report {
  label: string;
  entities: Record<EntityType, EntityRow[]>;
  claimCount: Record<ClaimKind, number>;
  groups: SourceGroup[];
  /** Review items that could not be placed, one line each. */
  orphaned: string[];
}

export const ENTITY_SECTIONS: { type: EntityType; title: string; singular: string; plural: string }[] = [
  { type: 'person', title: 'People', singular: 'person', plural: 'people' },
  { type: 'place', title: 'Places', singular: 'place', plural: 'places' },
  { type: 'organization', title: 'Organizations', singular: 'organization', plural: 'organizations' },
];

export function flatten(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function formatLocation(at: Location | null): string {
  return at ? `${at.line}:${at.column}` : '-';
}

export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

export function buildReport(label: string, text: string, analysis: Analysis): Report {
  const starts = lineStarts(text);
  const at = (offset: number) => lineColumn(starts, offset);
  const entities: Report['entities'] = { person: [], place: [], organization: [] };
  const byFirstMention = [...analysis.entities].sort((a, b) => (a.mentions[0]?.start ?? Infinity) - (b.mentions[0]?.start ?? Infinity));
  for (const e of byFirstMention) {
    entities[e.type]?.push({
      name: e.name,
      roles: e.roles,
      aliases: e.aliases,
      mentions: e.mentions.length,
      first: e.mentions.length ? at(e.mentions[0].start) : null,
    });
  }
  const typeOf = new Map(analysis.entities.map((e) => [e.id, e.type]));
  const groups = new Map<string, SourceGroup>();
  const claimCount: Record<ClaimKind, number> = { direct: 0, reported: 0 };
  const byId = claimsById(analysis.claims);
  for (const c of [...analysis.claims].sort((a, b) => a.start - b.start)) {
    claimCount[c.kind]++;
    // A follow-on quote without a source of its own belongs to the speaker it continues.
    const source = effectiveSource(c, byId);
    const key = source ? (source.entityId ?? `name:${flatten(source.name).toLowerCase()}`) : 'none';
    let group = groups.get(key);
    if (!group) {
      group = {
        source: source ? flatten(source.name) : null,
        type: source?.entityId ? (typeOf.get(source.entityId) ?? null) : null,
        claims: [],
      };
      groups.set(key, group);
    }
    const notes: string[] = [];
    if (c.source && isInferredSource(c.source)) notes.push(sourceWords(c.source));
    const previous = continuedClaim(c, byId);
    if (previous) notes.push(`${continuesPhrase(previous)} (${formatLocation(at(previous.start))})`);
    group.claims.push({ at: at(c.start), kind: c.kind, cue: c.cue ? flatten(c.cue.text) : null, text: flatten(c.text), notes, review: reviewLine(c) });
  }
  // Sources in order of their first claim; claims nobody was found to make come last.
  const ordered = [...groups.entries()].sort(([a], [b]) => Number(a === 'none') - Number(b === 'none')).map(([, g]) => g);
  const orphaned = (analysis.orphaned ?? []).map((o) => {
    const what = o.kind === 'claim' ? `“${flatten(o.exact ?? '')}”` : flatten((o.names ?? []).join(', '));
    return [what, o.verdict ? VERDICT_LABELS[o.verdict] : '', o.note ? flatten(o.note) : ''].filter(Boolean).join(' — ');
  });
  return { label, entities, claimCount, groups: ordered, orphaned };
}

function reviewLine(c: Claim): string | null {
  const verdict = c.review && c.review.verdict !== 'unreviewed' ? VERDICT_LABELS[c.review.verdict] : '';
  const said = [verdict, c.review?.note ? flatten(c.review.note) : ''].filter(Boolean).join(': ');
  const edited = c.edited?.length ? `(edited: ${c.edited.join(', ')})` : '';
  return [said, edited].filter(Boolean).join(' ') || null;
}

export function summaryLine(r: Report): string {
  const total = r.claimCount.direct + r.claimCount.reported;
  return [
    ...ENTITY_SECTIONS.map((s) => count(r.entities[s.type].length, s.singular, s.plural)),
    `${count(total, 'claim')} (${r.claimCount.direct} direct, ${r.claimCount.reported} reported)`,
  ].join(', ');
}
