// The one entry point of the core: text in, Analysis out.
//
// The work is split in two so a worker pool can run it piecewise:
//   first pass     analyzeParagraph() on each distinct paragraph text not cached yet: the only
//                  expensive step (compromise), independent per paragraph, parallelisable;
//   document pass  assemble(): alias merging, coreference, follow-on quotes, offsets mapped back.
// analyzeArticle() is both passes in one call; the pool calls the pieces itself.
import type { Analysis, AnalyzeOptions } from './model';
import type { ParagraphFacts } from './facts';
import { maskMarkdown } from './text/markdown';
import { splitParagraphs, type Paragraph } from './text/paragraphs';
import { analyzeParagraphBatch } from './nlp/batch';
import { assemble } from './assemble';
import type { AttributionTrace } from './claims/buildClaims';
import { prepareText, type PreparedText } from './text/text';

export interface FactsCache {
  get(paragraphText: string): ParagraphFacts | undefined;
  set(paragraphText: string, facts: ParagraphFacts): void;
}

/** A document ready for the first pass: prepared (masked, NFC) text and its paragraphs. */
export interface PreparedDocument {
  /** `original` is the caller's text (not the masked one): spans are reported into it. */
  prepared: PreparedText;
  paragraphs: Paragraph[];
}

export function prepareDocument(text: string, options: AnalyzeOptions = {}): PreparedDocument {
  const masked = options.languageId === 'markdown' ? maskMarkdown(text) : text;
  const prepared = prepareText(masked);
  return { prepared: { ...prepared, original: text }, paragraphs: splitParagraphs(prepared.text) };
}

/** What the first pass must do: facts already known (from the cache) and texts still to analyse. */
export interface FirstPassPlan {
  /** Facts per paragraph text; the first pass adds the pending ones here. */
  known: Map<string, ParagraphFacts>;
  /** Distinct paragraph texts not cached yet, in document order. */
  pending: string[];
}

export function planFirstPass(doc: PreparedDocument, cache?: FactsCache): FirstPassPlan {
  // Cached facts are taken now, so a small cache evicting during the run cannot lose them.
  const known = new Map<string, ParagraphFacts>();
  const pending: string[] = [];
  const queued = new Set<string>();
  for (const p of doc.paragraphs) {
    if (known.has(p.text) || queued.has(p.text)) continue;
    const facts = cache?.get(p.text);
    if (facts) {
      known.set(p.text, facts);
    } else {
      queued.add(p.text);
      pending.push(p.text);
    }
  }
  return { known, pending };
}

/** The first pass over a list of paragraph texts (what one worker does with one batch). */
export function analyzeParagraphs(texts: readonly string[]): ParagraphFacts[] {
  return analyzeParagraphBatch(texts);
}

/**
 * Text per first-pass batch: one compromise run per batch saves its fixed per-call cost, and a
 * worker checks for cancellation between batches, so they stay small (tens of milliseconds).
 */
export const BATCH_CHARS = 6_000;

/** Groups paragraph texts, in order, into batches of about `chars` characters. */
export function batchTexts(texts: readonly string[], chars = BATCH_CHARS): string[][] {
  const batches: string[][] = [];
  let batch: string[] = [];
  let size = 0;
  for (const t of texts) {
    batch.push(t);
    size += t.length;
    if (size >= chars) {
      batches.push(batch);
      batch = [];
      size = 0;
    }
  }
  if (batch.length) batches.push(batch);
  return batches;
}

/** The document pass. `factsOf` must know every paragraph of the document. */
export function finishDocument(doc: PreparedDocument, factsOf: (paragraphText: string) => ParagraphFacts | undefined, trace?: AttributionTrace): Analysis {
  const placed = doc.paragraphs.map((p) => {
    const facts = factsOf(p.text);
    if (!facts) throw new Error(`no facts for the paragraph at ${p.start}`);
    return { start: p.start, end: p.end, facts };
  });
  return assemble(doc.prepared, placed, trace);
}

/**
 * `trace` sees every attribution decision: each claim with its ranked candidate sources (how
 * bench/attribution fits the ranker's weights). Off the hot path when absent.
 */
export function analyzeArticle(text: string, options: AnalyzeOptions = {}, cache?: FactsCache, trace?: AttributionTrace): Analysis {
  const doc = prepareDocument(text, options);
  const plan = planFirstPass(doc, cache);
  for (const batch of batchTexts(plan.pending)) {
    analyzeParagraphs(batch).forEach((facts, i) => {
      plan.known.set(batch[i], facts);
      cache?.set(batch[i], facts);
    });
  }
  return finishDocument(doc, (t) => plan.known.get(t), trace);
}
