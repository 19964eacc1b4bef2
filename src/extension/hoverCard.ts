// The content of a hover card, as a pure function of the analysis (no vscode import): plain Node
// tests call it directly. hoverProvider.ts wraps the result in a trusted-for-our-commands
// MarkdownString.
import type { Claim, Entity, EntityType } from '../analysis/model';
import { VERDICT_LABELS } from '../analysis/output/exportFormats';
import { continuesPhrase, isInferredSource } from '../analysis/output/attribution';
import type { AnalysisLookup, MentionHit } from '../analysis/output/lookup';
import { commandLink, escapeMarkdown } from './markdown';
import { VERDICT_ICONS } from './review/verdictStyle';

export const COMMANDS = {
  goToFirstMention: 'claimlens.goToFirstMention',
  findMentions: 'claimlens.findMentions',
  revealInClaims: 'claimlens.revealInClaims',
  goToOffset: 'claimlens.goToOffset',
  setVerdict: 'claimlens.review.setVerdict',
  editNote: 'claimlens.review.editNote',
  correctSource: 'claimlens.review.correctSource',
  notAClaim: 'claimlens.review.notAClaim',
  correctName: 'claimlens.review.correctName',
} as const;

/** Commands a card may link to; the MarkdownString trusts exactly these. */
export const HOVER_COMMANDS: string[] = Object.values(COMMANDS);

export const TYPE_ICON: Record<EntityType, string> = {
  person: '$(person)',
  place: '$(location)',
  organization: '$(organization)',
};

const TYPE_LABEL: Record<EntityType, string> = { person: 'Person', place: 'Place', organization: 'Organization' };

export const KIND_ICON = { direct: '$(quote)', reported: '$(comment-discussion)' } as const;
const KIND_LABEL = { direct: 'Direct quote', reported: 'Reported speech' } as const;

export interface HoverCardInput {
  lookup: AnalysisLookup;
  /** The hovered offset in the analysed text. */
  offset: number;
  /** Document URI as a string, passed to command links. */
  uri: string;
  /** One-based line of an offset (for "line 12" labels). */
  lineOf: (offset: number) => number;
  /** Entity types the user wants shown (claimlens.entityTypes). */
  entityTypes?: readonly EntityType[];
  /** How many claims a source's card lists before "…and N more". */
  maxClaims?: number;
}

export interface HoverCard {
  /** Markdown with all article text escaped. */
  markdown: string;
  /** The span the card is about (the hovered mention or quote), for the hover's range. */
  range: { start: number; end: number };
}

/**
 * The card for `offset`: an entity card when on a name (plus a line on the quote around it, if
 * any), a claim card when inside a claim or on its source or cue words, otherwise nothing.
 */
export function buildHoverCard(input: HoverCardInput): HoverCard | undefined {
  const { lookup, offset } = input;
  const types = input.entityTypes ?? ['person', 'place', 'organization'];
  const hit = lookup.entityAt(offset);
  const inClaim = lookup.claimAt(offset);
  if (hit && types.includes(hit.entity.type)) {
    const parts = [entityCard(hit, input)];
    // A name quoted inside someone's words: also say whose words. (A name that is itself the
    // source needs no extra line: its claims are already listed.)
    if (inClaim) parts.push(claimAttributionLine(inClaim, input));
    return { markdown: parts.join('\n\n---\n\n'), range: hit.span };
  }
  const claim = inClaim ?? lookup.claimBySourceAt(offset) ?? lookup.claimByCueAt(offset);
  if (claim) {
    const inside = (span: { start: number; end: number } | null) => span !== null && offset >= span.start && offset < span.end;
    const range = inside(claim) ? claim : ([claim.source, claim.cue].find(inside) ?? claim);
    return { markdown: claimCard(claim, input), range: { start: range.start, end: range.end } };
  }
  return undefined;
}

export function entityCard(hit: MentionHit, input: HoverCardInput): string {
  const e = hit.entity;
  const lines: string[] = [];
  const edited = e.edited?.length ? ` · ${editedMark(e.edited)}` : '';
  lines.push(`${TYPE_ICON[e.type]} **${escapeMarkdown(e.name, { maxLength: 120 })}** · ${TYPE_LABEL[e.type]}${edited}`);
  const roles = distinctRoles(e.roles);
  if (roles.length > 0) lines.push(`*${roles.map((r) => escapeMarkdown(r, { maxLength: 160 })).join('; ')}*`);
  const facts: string[] = [plural(e.mentions.length, 'mention')];
  if (e.aliases.length > 0) facts.push(`also written ${e.aliases.map((a) => escapeMarkdown(a, { maxLength: 80 })).join(', ')}`);
  lines.push(facts.join(' · '));

  const claims = input.lookup.claimsOf(e.id);
  const sections = [lines.join('  \n')];
  if (claims.length > 0) sections.push(claimList(claims, input));
  sections.push(entityLinks(e, hit, input));
  return sections.join('\n\n');
}

function claimList(claims: Claim[], input: HoverCardInput): string {
  const max = input.maxClaims ?? 4;
  // Direct quotes first: a reader hovering a source wants their own words before paraphrases.
  const ordered = [...claims].sort((a, b) => (a.kind === b.kind ? a.start - b.start : a.kind === 'direct' ? -1 : 1));
  const rows = ordered.slice(0, max).map((c) => {
    const cue = c.cue ? ` — *${escapeMarkdown(c.cue.text, { maxLength: 40 })}*` : '';
    const line = input.lineOf(c.start);
    return `- ${KIND_ICON[c.kind]} ${quoteText(c)}${cue} · ${commandLink(`line ${line}`, COMMANDS.goToOffset, [input.uri, c.start, c.end], 'Select the claim')}`;
  });
  const more =
    claims.length > max
      ? `\n- ${commandLink(`…and ${claims.length - max} more`, COMMANDS.revealInClaims, [{ uri: input.uri, entityId: claims[0].source?.entityId }], 'Show them all in the Claims view')}`
      : '';
  const direct = claims.filter((c) => c.kind === 'direct').length;
  const split = direct > 0 && direct < claims.length ? ` (${direct} quoted, ${claims.length - direct} reported)` : '';
  return `**${plural(claims.length, 'claim')}**${split}\n\n${rows.join('\n')}${more}`;
}

function entityLinks(e: Entity, hit: MentionHit, input: HoverCardInput): string {
  const mentions = input.lookup.mentionsOf(e.id);
  const first = mentions[0] ?? hit.span;
  const links: string[] = [];
  // Links that would go nowhere (already at the first mention; a single mention) are left out.
  if (first.start !== hit.span.start) {
    links.push(commandLink('Go to first mention', COMMANDS.goToFirstMention, [input.uri, first.start, first.end], `Line ${input.lineOf(first.start)}`));
  }
  if (mentions.length > 1) links.push(commandLink(`Find all ${mentions.length} mentions`, COMMANDS.findMentions, [input.uri, hit.span.start]));
  links.push(commandLink('Reveal in Claims', COMMANDS.revealInClaims, [{ uri: input.uri, entityId: e.id }]));
  links.push(commandLink('Correct…', COMMANDS.correctName, [{ uri: input.uri, entityId: e.id }], 'Not a name, change type, same as another, name to show'));
  return links.join(' · ');
}

/** "✎ edited (source)": a correction made by the reviewer, not found by the analysis. */
function editedMark(what: readonly string[]): string {
  return `$(edit) *edited (${what.join(', ')})*`;
}

/** The reviewer's verdict and note, when there are any. */
function reviewLine(claim: Claim): string | undefined {
  const r = claim.review;
  const parts: string[] = [];
  if (r && r.verdict !== 'unreviewed') parts.push(`$(${VERDICT_ICONS[r.verdict]}) **${VERDICT_LABELS[r.verdict]}**`);
  if (r?.note) parts.push(escapeMarkdown(r.note, { maxLength: 300 }));
  if (claim.edited?.length) parts.push(editedMark(claim.edited.map((x) => (x === 'added' ? 'added by you' : 'source'))));
  return parts.length > 0 ? parts.join(' — ') : undefined;
}

export function claimCard(claim: Claim, input: HoverCardInput): string {
  const head = `${KIND_ICON[claim.kind]} **${KIND_LABEL[claim.kind]}** · line ${input.lineOf(claim.start)}`;
  const body = `> ${quoteText(claim, 300)}`;
  const links = [commandLink('Reveal in Claims', COMMANDS.revealInClaims, [{ uri: input.uri, claimId: claim.id }])];
  if (claim.source && claim.source.end > claim.source.start) {
    links.unshift(commandLink('Go to source', COMMANDS.goToOffset, [input.uri, claim.source.start, claim.source.end]));
  }
  const ref = [{ uri: input.uri, claimId: claim.id }];
  const review = [
    commandLink('Verdict…', COMMANDS.setVerdict, ref, 'Verified, disputed, false, needs source'),
    commandLink('Note…', COMMANDS.editNote, ref),
    commandLink('Source…', COMMANDS.correctSource, ref, 'Correct who made this claim'),
    commandLink('Not a claim', COMMANDS.notAClaim, ref, 'Hide it everywhere (reversible in the Claims view)'),
  ];
  const verdict = reviewLine(claim);
  const previous = continued(claim, input);
  const follows = previous
    ? [`$(arrow-up) ${commandLink(capitalise(continuesPhrase(previous)), COMMANDS.goToOffset, [input.uri, previous.start, previous.end], `Line ${input.lineOf(previous.start)}`)} (line ${input.lineOf(previous.start)})`]
    : [];
  return [head, attribution(claim, input), ...follows, body, ...(verdict ? [verdict] : []), links.join(' · '), review.join(' · ')].join('\n\n');
}

/** The claim a follow-on quote continues (the analysis links them by id). */
function continued(claim: Claim, input: HoverCardInput): Claim | undefined {
  if (!claim.continues || claim.continues === claim.id) return undefined;
  return input.lookup.analysis.claims.find((c) => c.id === claim.continues);
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A one-line reminder of the quote around a hovered name. */
function claimAttributionLine(claim: Claim, input: HoverCardInput): string {
  return `${KIND_ICON[claim.kind]} In ${claim.kind === 'direct' ? 'a direct quote' : 'reported speech'} (line ${input.lineOf(claim.start)}): ${attribution(claim, input)}`;
}

/**
 * "Said by $(person) **Joe Biden**"; when the source words are an inference, they come first as
 * written: "Said by *he* → $(person) **Joe Biden**". A follow-on quote without a source of its own
 * is said by the speaker it continues.
 */
function attribution(claim: Claim, input: HoverCardInput): string {
  const cue = claim.cue ? ` (cue: *${escapeMarkdown(claim.cue.text, { maxLength: 40 })}*)` : '';
  const source = claim.source ?? continued(claim, input)?.source ?? null;
  if (!source) return `$(warning) No source found${cue}`;
  const entity = source.entityId ? input.lookup.entity(source.entityId) : undefined;
  const icon = entity ? TYPE_ICON[entity.type] : '$(question)';
  const who = `**${escapeMarkdown(source.name, { maxLength: 80 })}**`;
  const written = claim.source && isInferredSource(claim.source) ? `*${escapeMarkdown(claim.source.text, { maxLength: 60 })}* → ` : '';
  const anonymous = entity ? '' : ' — unnamed source';
  return `Said by ${written}${icon} ${who}${anonymous}${cue}`;
}

function quoteText(claim: Claim, max = 90): string {
  const text = escapeMarkdown(claim.text, { maxLength: max });
  return claim.kind === 'direct' ? `“${text}”` : text;
}

/** Roles without the ones another role already says ("opposition leader" inside "Venezuelan opposition leader"). */
export function distinctRoles(roles: readonly string[]): string[] {
  const key = (r: string) => r.toLowerCase().replace(/\s+/g, ' ').trim();
  const keys = roles.map(key);
  return roles.filter((_, i) => keys.every((other, j) => j === i || !(other.includes(keys[i]) && (other !== keys[i] || j < i))));
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
