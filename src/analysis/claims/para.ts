// The paragraph as the speech rules see it: compromise terms with exact offsets, sentences that
// never start inside a quotation, and lookups that stay near-linear on huge paragraphs.
import type { NameFact, QuoteFact, SourceKind, SpeechFact } from '../facts';
import { sentenceTerms, type Doc } from '../nlp/nlp';
import { isAbbreviation } from '../lexicon/abbreviations';
import { nounsAfterPossessives } from '../nlp/retag';
import type { BaseTerm } from '../nlp/terms';
import { lowerBound } from '../text/search';

/** One compromise term as the speech rules read it ("(", "“" in `pre`; ",", ".", ":" in `post`). */
export interface Term extends BaseTerm {
  /** Lower-cased word without surrounding punctuation. */
  word: string;
  /** Mutable: retagging corrects compromise's tags in place (nlp/retag.ts). */
  tags: Set<string>;
}

export type Source = NonNullable<SpeechFact['source']>;

export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you', 'me', 'us']);

export const REFLEXIVE = new Set(['himself', 'herself', 'itself', 'themselves', 'myself', 'ourselves']);

/** compromise terms of the paragraph, with exact spans. */
export function termsOf(doc: Doc): Term[] {
  const out: Term[] = [];
  const json = sentenceTerms(doc);
  for (const s of json) {
    for (const t of s.terms) {
      if (t.offset.length === 0) continue;
      let word = t.text.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      let length = t.offset.length;
      // "I'm", "she's", "we're": compromise keeps the pronoun and the verb in one term; the speaker is the pronoun.
      const contraction = /^(i|he|she|we|they|you|it)['’](m|s|re|ve|ll|d)$/.exec(word);
      if (contraction) {
        word = contraction[1];
        length = word.length;
      }
      // An abbreviation's stop is part of the word ("Mr.", "Rep.", "B.", "D-Ore."): it ends no phrase.
      const post = t.post.startsWith('.') && isAbbreviation(t.text) ? t.post.slice(1) : t.post;
      out.push({
        start: t.offset.start,
        end: t.offset.start + length,
        word,
        tags: new Set(t.tags),
        pre: t.pre ?? '',
        post,
      });
    }
  }
  return nounsAfterPossessives(out);
}

/**
 * Paragraph context shared by the helpers below. Lookups are binary searches over sorted arrays, so a
 * huge paragraph (a megabyte on one line) stays near-linear.
 */
export class Para {
  readonly sentenceStarts: number[];
  /** Terms outside quotations, in text order. */
  private readonly outside: Term[];
  /** Starts of terms that lie inside a name found by the entities pass. */
  private readonly inName: Set<number>;

  constructor(
    readonly text: string,
    readonly terms: Term[],
    readonly quotes: QuoteFact[],
    readonly names: NameFact[],
    shared?: { sentenceStarts: number[]; inName: Set<number> },
  ) {
    this.sentenceStarts = shared?.sentenceStarts ?? sentenceStarts(text, quotes);
    this.outside = quotes.length ? terms.filter((t) => !this.inQuote(t.start)) : terms;
    this.inName = shared?.inName ?? termsInNames(terms, names);
  }

  /**
   * The inside of one quotation [from, to) as a paragraph of its own (for attributions nested in a
   * quote), sharing this paragraph's terms and names so a paragraph of many quotes stays linear.
   */
  quoteView(from: number, to: number): Para {
    const starts = sentenceStarts(this.text.slice(from, to), []).map((x) => x + from);
    return new Para(this.text, this.allTermsIn(from, to), [], this.names, { sentenceStarts: starts, inName: this.inName });
  }

  inQuote(pos: number): QuoteFact | undefined {
    const i = lowerBound(this.quotes, pos + 1, (q) => q.open) - 1;
    const q = this.quotes[i];
    return q && q.open <= pos && pos < q.close ? q : undefined;
  }

  /** The first quotation opening at or after `pos`. */
  quoteFrom(pos: number): QuoteFact | undefined {
    return this.quotes[lowerBound(this.quotes, pos, (q) => q.open)];
  }

  sentenceStartOf(pos: number): number {
    return this.sentenceStarts[Math.max(0, lowerBound(this.sentenceStarts, pos + 1, (x) => x) - 1)];
  }

  /** The last term ending at or before `pos`, quoted or not. */
  termBefore(pos: number): Term | undefined {
    const i = lowerBound(this.terms, pos + 1, (t) => t.end) - 1;
    return i >= 0 ? this.terms[i] : undefined;
  }

  /** All terms inside [from, to), quoted or not. */
  allTermsIn(from: number, to: number): Term[] {
    const out: Term[] = [];
    for (let i = lowerBound(this.terms, from, (t) => t.start); i < this.terms.length && this.terms[i].end <= to; i++) out.push(this.terms[i]);
    return out;
  }

  /** Terms inside [from, to) and outside quotations. */
  termsIn(from: number, to: number): Term[] {
    const out: Term[] = [];
    for (let i = lowerBound(this.outside, from, (t) => t.start); i < this.outside.length && this.outside[i].end <= to; i++) out.push(this.outside[i]);
    return out;
  }

  isName(t: Term): boolean {
    return /^\p{Lu}/u.test(this.text[t.start]) || this.inName.has(t.start);
  }

  /**
   * Source words from a run of terms. Quoted terms are never in a run, but a run may still reach
   * across a quotation; then only the side next to the cue counts (`keep`: the run's last or first side).
   */
  source(ts: Term[], keep: 'last' | 'first' = 'last'): Source | null {
    for (let k = 1; k < ts.length; k++) {
      const q = this.quoteFrom(ts[k - 1].end);
      if (q && q.open < ts[k].start) {
        ts = keep === 'last' ? ts.slice(k) : ts.slice(0, k);
        if (keep === 'first') break;
        k = 0;
      }
    }
    while (ts.length && (REFLEXIVE.has(ts[ts.length - 1].word) || ts[ts.length - 1].word === '')) ts = ts.slice(0, -1);
    while (ts.length && ts[0].word === '') ts = ts.slice(1);
    if (!ts.length) return null;
    const start = ts[0].start;
    const end = ts[ts.length - 1].end;
    const text = this.text.slice(start, end).replace(/['’]s?$/, '');
    let kind: SourceKind = 'noun';
    if (ts.length === 1 && PRONOUNS.has(ts[0].word)) kind = 'pronoun';
    else if (ts.some((t, i) => (i > 0 || !t.tags.has('Determiner')) && this.isName(t) && !t.tags.has('Pronoun'))) kind = 'name';
    if (kind !== 'pronoun' && ts.every((t) => t.tags.has('Pronoun'))) return null;
    return { start, end: start + text.length, text, kind };
  }
}

/** Starts of the terms that lie inside a name found by the entities pass. */
function termsInNames(terms: Term[], names: NameFact[]): Set<number> {
  const out = new Set<number>();
  const sorted = [...names].sort((a, b) => a.start - b.start);
  let n = 0;
  for (const t of terms) {
    while (n < sorted.length && sorted[n].end < t.end) n++;
    if (n < sorted.length && sorted[n].start <= t.start && t.end <= sorted[n].end) out.add(t.start);
  }
  return out;
}

/** Starts of the sentences of a paragraph; quotations are atomic (a sentence never starts inside one). */
export function sentenceStarts(text: string, quotes: QuoteFact[]): number[] {
  const starts = [0];
  const re = /[.!?…]+[)\]"”’']*\s+(?=[\p{Lu}\p{N}"“‘'(])/gu;
  let m: RegExpExecArray | null;
  let qi = 0;
  while ((m = re.exec(text)) !== null) {
    const at = m.index;
    const next = at + m[0].length;
    while (qi < quotes.length && quotes[qi].close <= at) qi++;
    const q = quotes[qi];
    if (q && q.open < at && next < q.close) {
      // Inside a quotation: only its closing counts, and only when the quotation ends a sentence.
      continue;
    }
    if (text[at] === '.' && isAbbreviation(/[\p{L}.-]*$/u.exec(text.slice(Math.max(0, at - 12), at))![0])) continue;
    starts.push(next);
  }
  return starts;
}

/** [start, end) without the spaces and clause punctuation at its ends, or undefined when nothing is left. */
export function span(p: Para, start: number, end: number): { start: number; end: number } | undefined {
  while (start < end && /[\s,;:—–-]/.test(p.text[start])) start++;
  while (end > start && /[\s,;:—–-]/.test(p.text[end - 1])) end--;
  return end > start ? { start, end } : undefined;
}
