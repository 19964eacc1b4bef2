// Builders for hand-made analyses in unit tests: every required field of the claimlens/1 model
// gets a sensible default, so a test states only what it is about.
import type { ClaimSource, Cue, Span } from '../../src/analysis/model';
import { stanceOf } from '../../src/analysis/lexicon/speechVerbs';

/** A claim source at `span`; `text` (the words as written) defaults to the name. */
export function source(name: string, entityId: string | null, span: Span, text = name, confidence = 1): ClaimSource {
  return { start: span.start, end: span.end, name, entityId, text, confidence };
}

/** A cue with the stance its words carry. */
export function cue(text: string, span: Span): Cue {
  return { start: span.start, end: span.end, text, stance: stanceOf(text) };
}
