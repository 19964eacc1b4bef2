// What the per-paragraph pass finds. Offsets are local to the paragraph's text. Plain JSON only:
// facts are cached by paragraph content and cross worker boundaries.
import type { EntityType } from './model';

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

export interface QuoteFact {
  /** Content span: inside the quotation marks. */
  start: number;
  end: number;
  /** Paragraph ended before a closing mark (news convention for a quote running on). */
  unclosed: boolean;
}

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
}
