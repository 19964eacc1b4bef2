// What the per-paragraph pass finds, and the document-level index the claims pass reads.
// Paragraph facts use offsets local to the paragraph's text and are plain JSON only: they are
// cached by paragraph content and cross worker boundaries.
import type { Entity, EntityType } from './model';

/** A name mention found in one paragraph (owned by entities.ts). */
export interface NameFact {
  start: number;
  end: number;
  /** The name as written, without title or possessive. */
  text: string;
  type: EntityType;
  /** Title or apposition found next to this mention ("Colombian President"). */
  roles: string[];
  gender?: 'male' | 'female';
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
}

/** A quotation found in one paragraph (owned by quotes.ts / speech.ts). */
export interface QuoteFact {
  /** Content span: inside the quotation marks. */
  start: number;
  end: number;
  /** Paragraph ended before a closing mark (news convention for a quote running on). */
  unclosed: boolean;
}

/** A claim candidate in one paragraph (owned by speech.ts). */
export interface SpeechFact {
  kind: 'direct' | 'reported';
  start: number;
  end: number;
  /** Source words as written ("Edmundo Gonzalez", "he", "the minister", "officials"). */
  source: { start: number; end: number; text: string } | null;
  cue: { start: number; end: number; text: string } | null;
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
