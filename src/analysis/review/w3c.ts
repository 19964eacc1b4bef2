// The reviewed claims as a W3C Web Annotation collection (JSON-LD, https://www.w3.org/TR/annotation-model/):
// one annotation per claim, targeting the article with a TextQuoteSelector and a
// TextPositionSelector, its body a set of TextualBody items told apart by `purpose`.
import type { Analysis, Claim } from '../model';
import { describeTarget } from './anchor';

export const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export interface W3cOptions {
  /** IRI of the article: a file: URL, the editor's document URI, or a urn for standard input. */
  source: string;
  /** Shown as the collection's label. */
  label?: string;
}

interface TextualBody {
  type: 'TextualBody';
  purpose: 'classifying' | 'identifying' | 'tagging' | 'assessing' | 'commenting';
  value: string;
  format: 'text/plain';
}

export function toW3cAnnotations(analysis: Analysis, text: string, options: W3cOptions): Record<string, unknown> {
  const items = [...analysis.claims].sort((a, b) => a.start - b.start || a.end - b.end).map((c) => annotation(c, text, options.source));
  return {
    '@context': W3C_CONTEXT,
    type: 'AnnotationCollection',
    label: options.label ?? 'ClaimLens claims',
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

export function formatW3c(analysis: Analysis, text: string, options: W3cOptions): string {
  return JSON.stringify(toW3cAnnotations(analysis, text, options), null, 2) + '\n';
}

/**
 * Bodies by purpose: `classifying` the kind (direct / reported), `identifying` the source's name,
 * `tagging` the cue's stance, `assessing` the verdict, `commenting` the note.
 */
function annotation(claim: Claim, text: string, source: string): Record<string, unknown> {
  const t = describeTarget(text, claim.start, claim.end);
  const body: TextualBody[] = [textual('classifying', claim.kind)];
  if (claim.source) body.push(textual('identifying', claim.source.name));
  if (claim.cue) body.push(textual('tagging', claim.cue.stance));
  body.push(textual('assessing', claim.review?.verdict ?? 'unreviewed'));
  if (claim.review?.note) body.push(textual('commenting', claim.review.note));
  const a: Record<string, unknown> = {
    id: `${source}#claimlens-${encodeURIComponent(claim.id)}`,
    type: 'Annotation',
    motivation: claim.review ? 'assessing' : 'identifying',
  };
  if (claim.review?.updated) a.modified = claim.review.updated;
  a.generator = { type: 'Software', name: 'ClaimLens' };
  a.body = body;
  a.target = {
    source,
    selector: [
      { type: 'TextQuoteSelector', exact: t.exact, prefix: t.prefix, suffix: t.suffix },
      { type: 'TextPositionSelector', start: claim.start, end: claim.end },
    ],
  };
  return a;
}

function textual(purpose: TextualBody['purpose'], value: string): TextualBody {
  return { type: 'TextualBody', purpose, value, format: 'text/plain' };
}
