// The one entry point of the core: text in, Analysis out.
import type { Analysis, AnalyzeOptions } from './model';
import type { ParagraphFacts } from './facts';
import { maskMarkdown } from './markdown';
import { splitParagraphs } from './paragraphs';
import { analyzeParagraph } from './paragraph';
import { assemble } from './assemble';
import { prepareText } from './text';

export interface FactsCache {
  get(paragraphText: string): ParagraphFacts | undefined;
  set(paragraphText: string, facts: ParagraphFacts): void;
}

export function analyzeArticle(text: string, options: AnalyzeOptions = {}, cache?: FactsCache): Analysis {
  const masked = options.languageId === 'markdown' ? maskMarkdown(text) : text;
  const prepared = prepareText(masked);
  const paragraphs = splitParagraphs(prepared.text).map((p) => {
    let facts = cache?.get(p.text);
    if (!facts) {
      facts = analyzeParagraph(p.text);
      cache?.set(p.text, facts);
    }
    return { start: p.start, end: p.end, facts };
  });
  // Spans are reported into the caller's text, not the masked one.
  return assemble({ ...prepared, original: text }, paragraphs);
}
