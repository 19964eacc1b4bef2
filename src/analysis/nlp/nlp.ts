// The only door to compromise. Loading it costs 300-500 ms, so it is required on first use:
// importing the core (types, text utilities) stays free for the extension host.
import type nlpType from 'compromise';

export type Nlp = typeof nlpType;
/**
 * A compromise view. Its published typings differ per plugin level (People, Two, Three...) and
 * reject calls that work at run time (`json({offset: true, terms: true})`), so views are typed loosely.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Doc = any;

let cached: Nlp | undefined;

export function getNlp(): Nlp {
  if (!cached) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    cached = require('compromise') as Nlp;
  }
  return cached;
}

/** Exact spans of a view's matches, built from first and last term (whole-match offsets are off by one after punctuation). */
export function matchSpans(view: Doc): Array<{ start: number; end: number }> {
  const json = view.toView().json({ offset: true, terms: true }) as Array<{ terms: Array<{ offset: { start: number; length: number } }> }>;
  return json
    .filter((m) => m.terms.length > 0)
    .map((m) => {
      const first = m.terms[0].offset;
      const last = m.terms[m.terms.length - 1].offset;
      return { start: first.start, end: last.start + last.length };
    });
}

/** A term as `doc.json({ offset: true, terms: true })` lists it: the fields the extractors read. */
export interface JsonTerm {
  text: string;
  pre: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}

const termLists = new WeakMap<object, Array<{ terms: JsonTerm[] }>>();

/**
 * The terms of each sentence of `doc`, as `doc.json({ offset: true, terms: true })` gives them,
 * read once per document: names and speech both read them, and json() also renders every
 * sentence's text, which nobody reads. Callers must not modify the result.
 */
export function sentenceTerms(doc: Doc): Array<{ terms: JsonTerm[] }> {
  let list = termLists.get(doc);
  if (!list) {
    doc.compute('offset');
    list = (doc.docs as Array<Array<Record<string, unknown> & { tags: Set<string> }>>).map((terms) => ({
      terms: terms.map((t) => ({ ...t, tags: Array.from(t.tags) }) as unknown as JsonTerm),
    }));
    termLists.set(doc, list);
  }
  return list;
}
