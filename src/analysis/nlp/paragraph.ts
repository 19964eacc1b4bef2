// The per-paragraph pass: the only place compromise runs. Everything it returns is local to the
// paragraph and depends on nothing but the paragraph's text, so results can be cached by content.
import type { ParagraphFacts } from '../facts';
import { getNlp, type Doc } from './nlp';
import { findNames } from '../entities/findNames';
import { isHeading } from '../text/headings';
import { extractSpeech, scanQuotes } from '../claims/speech';

export function analyzeParagraph(text: string): ParagraphFacts {
  return paragraphFactsFromDoc(getNlp()(text), text);
}

/** The facts of one paragraph from its tagged compromise document (batch.ts tags many at once). */
export function paragraphFactsFromDoc(doc: Doc, text: string): ParagraphFacts {
  const heading = isHeading(text);
  const { names, candidates } = findNames(doc, text, heading);
  const quotes = scanQuotes(text);
  return { names, quotes, speech: extractSpeech(doc, text, quotes, names), heading, candidates };
}
