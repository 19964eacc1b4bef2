// How a claim's source is shown to a reader: the words as written and, when the analysis resolved
// them to someone else ("It" to "The opposition", "he" to "Joe Biden"), the resolution beside them,
// so an inference is never passed off as what the article says. Follow-on quotes ("continues
// Biden's quote") and the speaker's role for citations live here too. Pure: the views, hover cards,
// exports and the CLI share these words.
import type { Claim, ClaimSource, Entity } from '../model';
import { foldKey } from '../text/text';

/** Words that never name anyone by themselves ("the", "of" in "The Port of Valmera"). */
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'of', 'and', 'for', 'in', 'on', 'at', 'to', 'de', 'del', 'la', 'le', 'van', 'von', 'da', 'di', 'mr', 'mrs', 'ms', 'dr']);

/**
 * Whether the written source words are an inference rather than a naming: a pronoun ("he", "It") or
 * a description ("the minister", "Its chief executive"). Written words that contain the resolved
 * name or a capitalised word of it are a naming, whatever the spelling, accents or title:
 * "González" and "Edmundo Gonzalez" for "Edmundo González", "Colombian President Gustavo Petro"
 * for "Gustavo Petro". A lower-case common noun ("the union" for "Harbour Workers' Union") is not.
 */
export function isInferredSource(source: Pick<ClaimSource, 'name' | 'text'>): boolean {
  const written = source.text ?? '';
  if (!written.trim() || foldKey(written) === foldKey(source.name)) return false;
  const nameWords = new Set(foldKey(source.name).split(' ').filter((w) => w && !FUNCTION_WORDS.has(w)));
  const capitalised = written.match(/\p{Lu}[\p{L}\p{M}'’.-]*/gu) ?? [];
  return !capitalised.some((word) => foldKey(word).split(' ').some((w) => nameWords.has(w)));
}

/** "It → The opposition" for an inferred source, otherwise the resolved name as it stands. */
export function sourceWords(source: Pick<ClaimSource, 'name' | 'text'>): string {
  const name = flat(source.name);
  return isInferredSource(source) ? `${flat(source.text)} → ${name}` : name;
}

/** The short form a reader uses for a speaker: a person's last name, any other source whole. */
export function shortSpeaker(source: Pick<ClaimSource, 'name' | 'entityId'>): string {
  const name = flat(source.name);
  if (!source.entityId?.startsWith('person:')) return name;
  const words = name.split(' ');
  return words[words.length - 1] || name;
}

/** "Biden's", "Reyes'", "Officials'" (straight apostrophes, as typed). */
export function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}'` : `${name}'s`;
}

/** The claim a follow-on quote continues, when the analysis says so and that claim exists. */
export function continuedClaim(claim: Claim, byId: ReadonlyMap<string, Claim>): Claim | undefined {
  if (!claim.continues || claim.continues === claim.id) return undefined;
  return byId.get(claim.continues);
}

/** "continues Biden's quote" (or "… statement" after reported speech); "continues the quote before" when that one has no source. */
export function continuesPhrase(previous: Claim): string {
  const what = previous.kind === 'direct' ? 'quote' : 'statement';
  const source = previous.source;
  return source ? `continues ${possessive(shortSpeaker(source))} ${what}` : `continues the ${what} before`;
}

/** Claims by id, for the follow-on look-ups. */
export function claimsById(claims: readonly Claim[]): Map<string, Claim> {
  return new Map(claims.map((c) => [c.id, c]));
}

/**
 * The source a claim is credited to: its own, or for a follow-on quote without one, the source of
 * the claim it continues (a chain is followed, a loop is not).
 */
export function effectiveSource(claim: Claim, byId: ReadonlyMap<string, Claim>): ClaimSource | null {
  let current: Claim | undefined = claim;
  const seen = new Set<string>();
  while (current && !current.source && current.continues && !seen.has(current.id)) {
    seen.add(current.id);
    current = byId.get(current.continues);
  }
  return current?.source ?? null;
}

/**
 * The one role a citation names: the most specific one (the longest, which usually carries the
 * organisation: "senior analyst at Meridian Freight Research" over "Logistics analyst").
 */
export function citationRole(entity: Pick<Entity, 'roles'> | undefined): string | undefined {
  const roles = (entity?.roles ?? []).map(flat).filter(Boolean);
  if (roles.length === 0) return undefined;
  return roles.reduce((best, r) => (r.length > best.length ? r : best));
}

function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
