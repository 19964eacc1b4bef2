// The public data model of ClaimLens: schema `claimlens/1` (see README "JSON schema").
// Everything here is plain JSON so an Analysis can cross a worker boundary or be printed by the CLI.

export const SCHEMA = 'claimlens/1';

export type EntityType = 'person' | 'place' | 'organization';

/** A half-open span of JavaScript string indices (UTF-16 code units) into the text as given. */
export interface Span {
  start: number;
  end: number;
}

export interface Entity {
  /** Stable within one analysis, e.g. `person:edmundo-gonzalez`. */
  id: string;
  type: EntityType;
  /** Canonical name: the fullest form seen. */
  name: string;
  /** Other spellings seen in the text (never includes `name`). */
  aliases: string[];
  /** Titles and appositions, e.g. "Colombian President", "a logistics analyst at ING". */
  roles: string[];
  /** Name mentions only (not pronouns), in text order. */
  mentions: Span[];
  /** What a reviewer changed on this entity (claimlens-review/1), when anything. */
  edited?: EntityEdit[];
}

export type ClaimKind = 'direct' | 'reported';

export interface ClaimSource extends Span {
  /** The entity's canonical name when resolved, otherwise the source words as written ("officials"). */
  name: string;
  entityId: string | null;
  /** The source words as written at start..end ("he", "the agency", "Mr. Varga"): `name` is what they resolve to. */
  text: string;
  /**
   * How likely (0–1) this source is the speaker, as measured on the development sets: of sources
   * given 0.8, about eight in ten are right. Views show low values as uncertain.
   */
  confidence: number;
}

/**
 * What the cue says of the speaker's attitude to the content: `said` is neutral, `claimed` assertive,
 * `suggested` hedged, `denied` a denial, `accused` an accusation, `admitted` an admission, `warned`
 * a warning.
 */
export type Stance = 'neutral' | 'assertive' | 'hedged' | 'denial' | 'accusation' | 'admission' | 'warning';

export const STANCES: readonly Stance[] = ['neutral', 'assertive', 'hedged', 'denial', 'accusation', 'admission', 'warning'];

export interface Cue extends Span {
  text: string;
  stance: Stance;
}

export interface Claim extends Span {
  id: string;
  kind: ClaimKind;
  /**
   * The claim's content: for a direct quote the words inside the quotation marks (a trailing comma,
   * semicolon or colon inside the marks is trimmed: it belongs to the attribution); for reported speech
   * the reported content only, without the cue, "that" or the source.
   */
  text: string;
  source: ClaimSource | null;
  cue: Cue | null;
  /** Reported claims only: the verbatim fragments in quotation marks inside the content (marks excluded). */
  quoted?: Span[];
  /** A follow-on quote with no attribution of its own: the id of the claim whose speaker it continues. */
  continues?: string;
  /** A reviewer's verdict and note (claimlens-review/1), when one applies to this claim. */
  review?: ClaimReview;
  /** What a reviewer changed here: `source` (corrected), `added` (a claim the analysis missed). */
  edited?: ClaimEdit[];
}

/** A fact-checker's assessment of one claim. */
export type Verdict = 'unreviewed' | 'verified' | 'disputed' | 'false' | 'needs-source';

export const VERDICTS: readonly Verdict[] = ['unreviewed', 'verified', 'disputed', 'false', 'needs-source'];

export interface ClaimReview {
  verdict: Verdict;
  /** Free text; may be empty. */
  note: string;
  /** ISO 8601 time of the reviewer's last change. */
  updated: string;
}

export type ClaimEdit = 'source' | 'added';

/** What a reviewer changed on an entity: `type`, `name` (canonical chosen), `merged` (cards joined). */
export type EntityEdit = 'type' | 'name' | 'merged';

/**
 * A review item that could not be placed on the analysed text (its words were deleted or changed
 * beyond recognition, or the names it corrects are gone). Kept, never dropped.
 */
export interface OrphanedItem {
  kind: 'claim' | 'entity';
  /** The item's id in the review file. */
  id: string;
  /** Why it could not be placed. */
  reason: 'text-not-found' | 'no-claim-there' | 'names-not-found';
  /** Claim items: the words and position hint they had when reviewed. */
  exact?: string;
  start?: number;
  end?: number;
  /** Entity items: the name forms they target. */
  names?: string[];
  verdict?: Verdict;
  note?: string;
}

export interface Analysis {
  schema: typeof SCHEMA;
  entities: Entity[];
  claims: Claim[];
  /** Review items that could not be placed (present only when a review was applied and some were). */
  orphaned?: OrphanedItem[];
}

export interface AnalyzeOptions {
  /** `markdown` masks markup (code, links' targets, emphasis marks) without shifting offsets. Default `plaintext`. */
  languageId?: 'plaintext' | 'markdown' | string;
}

export function emptyAnalysis(): Analysis {
  return { schema: SCHEMA, entities: [], claims: [] };
}
