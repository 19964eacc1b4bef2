// The per-paragraph pass: the only place compromise runs. Everything it returns is local to the
// paragraph and depends on nothing but the paragraph's text, so results can be cached by content.
import type { ParagraphFacts } from './facts';
import { getNlp } from './nlp';
import { findNames } from './entities';
import { isHeading } from './headings';
import { extractSpeech, scanQuotes } from './speech';

export function analyzeParagraph(text: string): ParagraphFacts {
  const doc = getNlp()(text);
  const heading = isHeading(text);
  const { names, candidates } = findNames(doc, text, heading);
  const quotes = scanQuotes(text);
  return { names, quotes, speech: extractSpeech(doc, text, quotes, names), heading, candidates };
}
