// What the per-paragraph pass finds, and the document-level index the claims pass reads.
// Paragraph facts use offsets local to the paragraph's text and are plain JSON only: they are
// cached by paragraph content and cross worker boundaries.
import type { Entity, EntityType } from './model';

/** A name mention found in one paragraph (owned by entities/findNames.ts). */
export interface NameFact {
  start: number;
  end: number;
  /** The name as written, without title or possessive. */
  text: string;
  type: EntityType;
  /** Title or apposition found next to this mention ("Colombian President"). */
  roles: string[];
  gender?: 'male' | 'female';
  /** An acronym defined next to the name it abbreviates ("KSC" for "Kennedy Space Center"). */
  aliasOf?: string;
  /** One word typed only by compromise's guess: the document pass may retype it ("Hill" after "Christopher Hill"). */
  guessed?: boolean;
  /**
   * Leading words (folded words, as in the name's key) that only say which country a body belongs
   * to: 2 in "United States Air Force", 1 in "US State Department". The rest names the same body.
   */
  qualifier?: number;
}

/**
 * Capitalised words the paragraph alone cannot type ("Maduro" in "Maduro's government", words of a
 * heading). The document pass makes them mentions when they match a name known from elsewhere.
 */
export interface CandidateFact {
  start: number;
  end: number;
  /** The words, as [start, end) pairs local to the paragraph. */
  tokens: Array<[number, number]>;
  /** After a determiner or number ("the Polaroids"): a common noun, never a bare surname. */
  determined?: boolean;
  /** Reads as a person's full name (a first name and surname in a heading): a person when it matches nothing known. */
  person?: boolean;
  /**
   * Every word is capitalised and known to compromise, if at all, only as a name: no title, no
   * ordinary English word, no place or nationality ("Junius Ho", not "Senior Ho" or "Kowloon Ho").
   */
  properOnly?: boolean;
}

/** A quotation found in one paragraph (owned by claims/quotes.ts, claims/speech.ts). */
export interface QuoteFact {
  /** Content span: inside the quotation marks, surrounding spaces trimmed. */
  start: number;
  end: number;
  /** Paragraph ended before a closing mark (news convention for a quote running on). */
  unclosed: boolean;
  /** Offset of the opening mark, and just past the closing mark (paragraph end when unclosed). */
  open: number;
  close: number;
  /** Single quotation marks (British style) rather than double. */
  single: boolean;
}

/** How the source words refer to the speaker; the document pass resolves each kind differently. */
export type SourceKind = 'name' | 'pronoun' | 'noun';

/** Source words as written ("Edmundo Gonzalez", "he", "the minister", "officials"), local offsets. */
export interface SourceWords {
  start: number;
  end: number;
  text: string;
  kind: SourceKind;
}

export interface CueWords {
  start: number;
  end: number;
  text: string;
}

/**
 * How a candidate source stands to its claim: the pattern that proposed it. The ranker weighs
 * each pattern (claims/weights.ts), so a pattern is a feature, never a rule that wins outright.
 */
export type Via =
  /** `"…," X said` */
  | 'tail'
  /** `"…," said X` */
  | 'tailInverted'
  /** `"…" — X` */
  | 'dash'
  /** `X said: "…"`, `X told reporters "…"` */
  | 'lead'
  /** `according to X, "…"` */
  | 'according'
  /** `X …, saying "…"`: the subject of the sentence the participle hangs on */
  | 'leadSubject'
  /** `she was like, "…"` */
  | 'quotative'
  /** `X agreed. "…"`: the sentence before ends on a speech verb */
  | 'closingCue'
  /** `X: "…"`, `Lott, Ashford Gazette: "…"`: a name and a colon, no verb */
  | 'label'
  /** `X changed the subject: "…"`: the subject of a sentence that ends in a colon before the quote */
  | 'colonSubject'
  /** `X called it a mess. "…"`: the subject of the sentence before, no speech verb */
  | 'prevSubject'
  /** `"A," she said, "B."`: the previous quote's speaker, with only its attribution between */
  | 'continuation'
  /** a cue-less quote later in a paragraph that attributed something before it */
  | 'inherit'
  /** `X said (that) …` */
  | 'reported'
  /** `…, officials said.` */
  | 'reportedTail'
  /** `…, said X.` */
  | 'reportedInverted'
  /** `…, saying that …`: the sentence's subject */
  | 'reportedSubject'
  /** `The cleanup, analysts say, will take years.` */
  | 'parenthetical'
  /** `Lott's assertion that …`, `his claim that …` */
  | 'nominal'
  /** `Varga Says Bridge Will Open` */
  | 'headline'
  /** `(source: X)` */
  | 'credit'
  /** document pass: the last speaker of the paragraph before */
  | 'followOn'
  /** document pass: `X said:` closing the paragraph before */
  | 'intro'
  /** document pass: the quote that continues this unclosed one in the next paragraph */
  | 'continuedBy';

/** One possible source of a claim, with the cue it speaks through and its local features. */
export interface SourceCandidate {
  via: Via;
  source: SourceWords;
  cue: CueWords | null;
  /** Features read from the paragraph alone (claims/features.ts), by name. */
  f: Record<string, number>;
}

/** A claim candidate in one paragraph (owned by claims/speech.ts). */
export interface SpeechFact {
  kind: 'direct' | 'reported';
  start: number;
  end: number;
  /** Every source the paragraph's patterns propose, best first by the paragraph's own reading. */
  candidates: SourceCandidate[];
  /**
   * The paragraph's own best reading (candidates[0]'s words), used by the paragraph's follow-on
   * rules; the document pass ranks all candidates again with what only the document knows.
   */
  source: SourceWords | null;
  /** The best candidate's cue, or a cue found with no usable source ("…, which papers say …"). */
  cue: CueWords | null;
  /** Features of the claim itself (claims/features.ts), for candidates the document pass adds. */
  claimFeatures: Record<string, number>;
  /** Start of the sentence holding the claim's attribution (for pronouns: an earlier name in it). */
  sentenceStart: number;
  /**
   * A direct quote with no cue of its own that opens its paragraph: the document pass gives it the
   * speaker of the quote just before (follow-on quotes, quotes running over paragraphs).
   */
  followOn?: boolean;
  /**
   * Not a claim: the paragraph ends with an attribution (`X said:`) whose quote opens the next
   * paragraph. Zero-length, at the paragraph's end.
   */
  intro?: boolean;
  /**
   * A reported claim nested inside a direct quote ("I think …"): the local start of that quote's
   * claim. Its "I"/"we" is the quote's speaker.
   */
  quotedBy?: number;
}

export interface ParagraphFacts {
  names: NameFact[];
  quotes: QuoteFact[];
  speech: SpeechFact[];
  /** True when the paragraph reads as a headline or section heading. */
  heading: boolean;
  /** Untyped capitalised words for the document pass (see CandidateFact). */
  candidates?: CandidateFact[];
}

/** Paragraph facts placed in the document: `start` is the paragraph's offset in the prepared text. */
export interface PlacedFacts {
  start: number;
  end: number;
  facts: ParagraphFacts;
}

/**
 * The merged entities plus lookups the claims pass needs (built by entities' document pass).
 * Offsets here are in the prepared (NFC) text, like PlacedFacts.
 */
export interface EntityIndex {
  entities: Entity[];
  /** The entity whose name mention covers this prepared-text offset. */
  entityAt(offset: number): Entity | undefined;
  /** Grammatical gender of a person entity when known. */
  genderOf(entity: Entity): 'male' | 'female' | undefined;
  /** Resolves a role noun ("minister", "agency", "company") to the entity it names, if unique. */
  byRoleNoun(noun: string, before: number): Entity | undefined;
  /** Name mentions in prepared-text offsets, in text order, for coreference. */
  mentions: Array<{ start: number; end: number; entity: Entity }>;
}
