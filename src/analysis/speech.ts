// Per-paragraph quotes and speech: direct quotes, reported speech, their cues and source words.
// Everything here is local to one paragraph; sources are left as words (a name, "he", "the
// minister") for the document pass (claims.ts) to resolve.
import type { NameFact, QuoteFact, SourceKind, SpeechFact } from './facts';
import type { Doc } from './nlp';
import { CUE_RE, QUOTE_ONLY, TAKES_LISTENER, TAKES_OBJECT, cueWord, isCognition, isStance } from './cues';
import { scanQuotes } from './quotes';

export { scanQuotes };

/** One compromise term with exact offsets (local to the paragraph). */
export interface Term {
  start: number;
  end: number;
  /** Lower-cased word without surrounding punctuation. */
  word: string;
  tags: Set<string>;
  /** Punctuation written right after the word (",", ".", ":" ...). */
  post: string;
}

type Source = NonNullable<SpeechFact['source']>;

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you']);
const REFLEXIVE = new Set(['himself', 'herself', 'itself', 'themselves', 'myself', 'ourselves']);
/** Words that may stand between a speaker and the cue ("also said", "has repeatedly decried"). */
const BETWEEN = new Set(['should', 'must', 'can', 'might', 'shall', 'am', "'m", '’m', 'so', 'very', 'really', 'quite', 'deeply', 'all', 'also', 'later', 'then', 'again', 'repeatedly', 'previously', 'reportedly', 'publicly', 'recently', 'earlier', 'once', 'further', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'would', 'will', 'could', 'may', 'might', 'did', 'does', 'do', 'not', 'never', 'already', 'still', 'even', 'just', 'only', 'first', 'today', 'yesterday', 'subsequently', 'openly', 'flatly', 'quickly', 'simply', 'always', 'often', 'initially', 'allegedly', 'apparently', 'herself', 'himself', 'itself', 'themselves', 'however', 'would']);
const SENTENCE_ADVERBS = /^(however|meanwhile|later|then|today|yesterday|also|still|instead|now|here|there|thus|nevertheless|moreover|furthermore|finally|earlier|previously|separately|similarly|again|so|yet|indeed)$/;
const NEGATION = /\b(not|never|no longer)\b|n['’]t\b/i;
/** Openers of an introductory phrase before the subject ("In a statement, he said"). */
const INTRO_TAGS = ['Preposition', 'Adverb', 'Conjunction', 'Gerund'];
const NP_TAGS = ['Noun', 'ProperNoun', 'Determiner', 'Adjective', 'Possessive', 'Value', 'Acronym', 'Honorific', 'Pronoun', 'Person', 'Organization', 'Place'];
const STOP_WORDS = new Set(['that', 'who', 'which', 'whom', 'whose', 'and', 'but', 'or', 'as', 'when', 'while', 'because', 'if', 'what', 'where', 'how', 'why', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'for', 'about', 'after', 'before', 'than', 'so', 'said', 'says']);
const ANONYMOUS_HEADS = /^(a|an|one|some|several|many|two|three|four|unnamed|anonymous|other)\b/i;

/** compromise terms of the paragraph, with exact spans. */
export function termsOf(doc: Doc): Term[] {
  const out: Term[] = [];
  const json = doc.json({ offset: true, terms: true }) as Array<{ terms: Array<{ text: string; post: string; tags: string[]; offset: { start: number; length: number } }> }>;
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
      out.push({
        start: t.offset.start,
        end: t.offset.start + length,
        word,
        tags: new Set(t.tags),
        post: t.post,
      });
    }
  }
  return out;
}

/** First index in a sorted array whose key is >= value. */
function lowerBound<T>(arr: readonly T[], value: number, key: (x: T) => number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(arr[mid]) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Paragraph context shared by the helpers below. Lookups are binary searches over sorted arrays, so a
 * huge paragraph (a megabyte on one line) stays near-linear.
 */
class Para {
  readonly sentenceStarts: number[];
  /** Terms outside quotations, in text order. */
  private readonly outside: Term[];
  /** Starts of terms that lie inside a name found by the entities pass. */
  private readonly inName = new Set<number>();

  constructor(
    readonly text: string,
    readonly terms: Term[],
    readonly quotes: QuoteFact[],
    readonly names: NameFact[],
  ) {
    this.sentenceStarts = sentenceStarts(text, quotes);
    this.outside = terms.filter((t) => !this.inQuote(t.start));
    const sorted = [...names].sort((a, b) => a.start - b.start);
    let n = 0;
    for (const t of terms) {
      while (n < sorted.length && sorted[n].end < t.end) n++;
      if (n < sorted.length && sorted[n].start <= t.start && t.end <= sorted[n].end) this.inName.add(t.start);
    }
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

  source(ts: Term[]): Source | null {
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
    const before = text.slice(Math.max(0, at - 6), at);
    if (/(^|[\s(])(Mr|Ms|Mrs|Dr|St|Gen|Gov|Sen|Rep|Lt|Col|Sgt|Capt|Prof|Jr|Sr|Inc|Co|Corp|Ltd|No|vs|Mt|Ft|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec)$/.test(before)) continue;
    if (/(^|[\s.])\p{Lu}$/u.test(before)) continue; // initials and U.S.
    starts.push(next);
  }
  return starts;
}

export function extractSpeech(doc: Doc, text: string, quotes: QuoteFact[], names: NameFact[]): SpeechFact[] {
  const p = new Para(text, termsOf(doc), quotes, names);
  const out: SpeechFact[] = [];
  const direct = directQuotes(p);
  out.push(...direct);
  const intro = introduction(p);
  if (intro) out.push(intro);
  out.push(...reportedSpeech(p, direct));
  out.push(...reportedInQuotes(p, direct));
  out.sort((a, b) => a.start - b.start);
  return inheritSpeakers(out);
}

/**
 * `Wilkins also said Warhol was a businessman. "As a way to …"`: a quote with no cue of its own,
 * later in a paragraph that already attributed something, goes on with that speaker.
 */
function inheritSpeakers(facts: SpeechFact[]): SpeechFact[] {
  let last: SpeechFact | undefined;
  return facts.map((f) => {
    if (f.kind === 'direct' && !f.source && !f.cue && !f.followOn && !f.intro && last) {
      return { ...f, source: last.source, cue: last.cue, sentenceStart: last.sentenceStart };
    }
    if (f.source && f.quotedBy === undefined && !f.intro) last = f;
    return f;
  });
}

// ---------------------------------------------------------------------------------------------
// Direct quotes

const CUE_AT = new RegExp(CUE_RE.source, 'iy');

/** The cue starting at this term ("said", "according to", "pointed out"), if it is one. */
function cueAt(p: Para, t: Term): SpeechFact['cue'] | undefined {
  if (onlyNoun(t)) return undefined;
  CUE_AT.lastIndex = t.start;
  const m = CUE_AT.exec(p.text);
  if (!m || m[0].length < t.end - t.start) return undefined;
  return { start: t.start, end: t.start + m[0].length, text: m[0] };
}

function looseCue(p: Para, t: Term): boolean {
  if (!/^\p{Ll}/u.test(p.text[t.start])) return false;
  CUE_AT.lastIndex = t.start;
  const m = CUE_AT.exec(p.text);
  return !!m && m[0].length >= t.end - t.start;
}

function isCue(p: Para, t: Term): boolean {
  return cueAt(p, t) !== undefined;
}

/** "claims" in "González's claims" is a noun, not a cue; "said" after a name is often mis-tagged Adjective, so only Noun rules it out. */
function onlyNoun(t: Term): boolean {
  // "said"/"told" are never nouns in news prose, whatever the tagger thinks ("the port said" is not Port Said).
  if (/^(said|told|saying|adding|stating)$/.test(t.word)) return false;
  return t.tags.has('Noun') && !t.tags.has('Verb');
}

function cueOf(p: Para, t: Term): NonNullable<SpeechFact['cue']> {
  CUE_AT.lastIndex = t.start;
  const m = CUE_AT.exec(p.text);
  if (m) return { start: t.start, end: t.start + m[0].length, text: m[0] };
  return { start: t.start, end: t.end, text: p.text.slice(t.start, t.end) };
}

/** The speaker named right before a cue: "Edmundo Gonzalez said", "Marisol Peña, the general secretary …, told". */
function subjectBefore(p: Para, cueStart: number, from: number): { source: Source | null; negated: boolean } {
  const ts = p.termsIn(from, cueStart);
  let i = ts.length - 1;
  while (i >= 0 && (BETWEEN.has(ts[i].word) || (ts[i].tags.has('Adverb') && /ly$/.test(ts[i].word) && !/^\p{Lu}/u.test(p.text[ts[i].start]))) && !/[,;:]/.test(ts[i].post)) i--;
  const negated = i < ts.length - 1 && NEGATION.test(p.text.slice(ts[i + 1]?.start ?? cueStart, cueStart));
  if (i < 0) return { source: null, negated };
  if (/,/.test(ts[i].post)) {
    // An apposition or relative clause stands between speaker and cue: the speaker opens the sentence.
    return { source: firstNounPhrase(p, ts.slice(0, i + 1)), negated };
  }
  const run: Term[] = [];
  for (let k = i; k >= 0 && run.length < 8; k--) {
    const t = ts[k];
    if (k < i && /[,;:(—–]/.test(t.post)) break;
    if ((t.word === 'who' || t.word === 'which') && run.length === 0 && k > 0 && /,/.test(ts[k - 1].post)) {
      // "Devocht, who had told Montalvo …": the speaker is the noun phrase the clause hangs on.
      return { source: subjectBefore(p, ts[k - 1].end + 1, from).source, negated };
    }
    if (t.word === 'and' && run.length === 0 && k > 0) {
      // Coordinated verbs ("Fans come up and say"): the subject opens the clause.
      let c = k - 1;
      while (c >= 0 && !/^(when|while|because|if|after|before|as|since|whenever|but)$/.test(ts[c].word) && !/[,;:]/.test(ts[c].post)) c--;
      return { source: firstNounPhrase(p, ts.slice(c + 1, k)), negated };
    }
    const complement = (t.word === 'for' || t.word === 'at') && run.length > 0 && k > 0 && ts[k - 1].tags.has('Noun');
    if ((STOP_WORDS.has(t.word) && !complement) || isCueTerm(p, t)) break;
    if (PRONOUNS.has(t.word) || (t.tags.has('Pronoun') && !t.tags.has('Possessive'))) {
      if (run.length === 0) run.unshift(t);
      break;
    }
    // "A spokeswoman for the ministry", "the head of the union": a complement joins the noun before it.
    const joins = (t.word === 'of' || t.word === 'for' || t.word === 'at') && run.length > 0 && k > 0 && ts[k - 1].tags.has('Noun') && !/[,;:]/.test(ts[k - 1].post);
    // A capitalised word the tagger misread ("Daly" as an adverb) still names the speaker.
    const misread = p.isName(t) && !SENTENCE_ADVERBS.test(t.word) && !['Conjunction', 'Preposition', 'QuestionWord', 'Verb'].some((g) => t.tags.has(g));
    const np = NP_TAGS.some((g) => t.tags.has(g)) || joins || misread;
    if (!np || (t.tags.has('Verb') && !t.tags.has('Noun') && !p.isName(t))) break;
    run.unshift(t);
  }
  if (run.length === 0) return { source: null, negated };
  while (run.length > 1 && run[0].word === 'of') run.shift();
  return { source: p.source(run), negated };
}

function isCueTerm(p: Para, t: Term): boolean {
  return t.tags.has('Verb') && isCue(p, t);
}

/** The subject of a sentence: its first noun phrase after any introductory phrases ("In a statement, …"). */
function firstNounPhrase(p: Para, ts: Term[]): Source | null {
  let k = 0;
  // Skip comma-closed introductory chunks that open with a preposition, adverb or participle.
  for (;;) {
    const first = ts[k];
    if (!first) return null;
    const comma = ts.findIndex((t, j) => j >= k && /,/.test(t.post));
    if (comma < 0) break;
    const opensIntro = INTRO_TAGS.some((g) => first.tags.has(g)) || /ing$/.test(first.word) || first.tags.has('Date') || first.tags.has('Value');
    if (!opensIntro) break;
    k = comma + 1;
  }
  const run: Term[] = [];
  for (let j = k; j < ts.length && run.length < 8; j++) {
    const t = ts[j];
    if (run.length > 0 && (STOP_WORDS.has(t.word) && t.word !== 'of')) break;
    const np = NP_TAGS.some((g) => t.tags.has(g)) || (t.word === 'of' && run.length > 0);
    if (!np || (t.tags.has('Verb') && !t.tags.has('Noun') && !p.isName(t))) break;
    run.push(t);
    if (/[,;:(]/.test(t.post) || (PRONOUNS.has(t.word) && run.length === 1)) break;
  }
  while (run.length && run[run.length - 1].word === 'of') run.pop();
  return run.length ? p.source(run) : null;
}

/** A noun phrase right after a cue ("said Bolden", "said the agency's chief"). */
function subjectAfter(p: Para, from: number, to: number): Source | null {
  const ts = p.termsIn(from, to);
  const run: Term[] = [];
  for (const t of ts) {
    if (run.length >= 8) break;
    if (STOP_WORDS.has(t.word) || (t.tags.has('Verb') && !t.tags.has('Noun') && !p.isName(t))) break;
    if (!NP_TAGS.some((g) => t.tags.has(g))) break;
    run.push(t);
    if (/[,;:.!?(]/.test(t.post)) break;
  }
  return run.length ? p.source(run) : null;
}

interface Attribution {
  source: Source | null;
  cue: NonNullable<SpeechFact['cue']>;
}

/** `"…," X said` / `"…," said X, the minister` / `"…", it added`: cue right after the closing mark. */
function tailAttribution(p: Para, q: QuoteFact, limit: number): Attribution | undefined {
  const ts = p.termsIn(q.close, limit);
  if (!ts.length || /[.!?]/.test(p.text.slice(q.close, ts[0].start).replace(/["”’']/g, ''))) return undefined;
  const first = ts[0];
  // An epigraph's credit: `"…" — Peres, on whether …`.
  const dash = /^\s*[—–]\s*/.exec(p.text.slice(q.close, first.start + 1));
  if (dash && p.isName(first) && /[.!?…]$/.test(p.text.slice(q.start, q.end))) {
    const run: Term[] = [];
    for (const t of ts) {
      if (!p.isName(t) || run.length >= 5) break;
      run.push(t);
      if (/[,;:.(]/.test(t.post)) break;
    }
    const source = p.source(run);
    const at = q.close + dash[0].search(/[—–]/);
    if (source) return { source, cue: { start: at, end: at + 1, text: p.text[at] } };
  }
  // Right after a closing mark a speech verb is a cue whatever compromise tagged it ("said" as a city).
  if (looseCue(p, first)) {
    const cue = cueOf(p, first);
    return { source: subjectAfter(p, cue.end, limit), cue };
  }
  // Speaker first: a noun phrase, an optional apposition, optional adverbs, then the cue.
  for (let k = 0; k < Math.min(ts.length, 20); k++) {
    const t = ts[k];
    if (looseCue(p, t) && !/ing$/.test(t.word)) {
      const { source, negated } = subjectBefore(p, t.start, ts[0].start);
      // The speaker must open the tail ("And I think …" after a quote is a new sentence, not a tail).
      if (negated || !source || source.start !== ts[0].start) return undefined;
      // After a quote ending in a full stop only a bare "X said." counts as its tail.
      if (/[.!?…]$/.test(p.text.slice(q.start, q.end)) && !/^[^.!?,;:"“‘]{0,60}[.!?]/.test(p.text.slice(t.end, limit) || '.')) return undefined;
      return { source, cue: cueOf(p, t) };
    }
    if (/[.!?;]/.test(t.post)) return undefined;
  }
  return undefined;
}

/** `X said: "…"`, `X told reporters "…"`, `called the offer "an insult"`: the last cue before the quote in its sentence. */
function leadAttribution(p: Para, q: QuoteFact, from: number): Attribution | undefined {
  const ts = p.termsIn(from, q.open);
  for (let k = ts.length - 1; k >= 0; k--) {
    const t = ts[k];
    // Right before the quotation mark a cue is a cue even when tagged a noun ("one poster writing "…"").
    const atMark = /^[\s,:]*$/.test(p.text.slice(t.end, q.open));
    if (!isCue(p, t) && !(atMark && looseCue(p, t))) continue;
    const cue = cueOf(p, t);
    // A short, unpunctuated quote far from its cue is a scare quote, not the speaker's words.
    const gap = ts.length - 1 - k;
    const content = p.text.slice(q.start, q.end);
    if (content && !speechLike(content) && gap > (QUOTE_ONLY.has(cueWord(cue.text)) ? 5 : 12)) return undefined;
    if (/^(according to|in the words of|attributed to)$/i.test(cue.text)) return { source: subjectAfter(p, cue.end, q.open), cue };
    const { source, negated } = subjectBefore(p, t.start, from);
    if (negated) return undefined;
    if (!source && /ing$/.test(t.word)) {
      // "…, saying: "…"": the speaker is the sentence's subject.
      return { source: firstNounPhrase(p, p.termsIn(p.sentenceStartOf(t.start), t.start)), cue };
    }
    return { source, cue };
  }
  return undefined;
}

/** Colloquial quotative `I'm like, "…"` / `she was like, "…"` (interviews). */
function quotative(p: Para, q: QuoteFact, from: number): Attribution | undefined {
  const m = /\b(I|he|she|they|we|you)(?:['’]m|['’]s|['’]re| am| is| are| was| were) (like),?\s*$/i.exec(p.text.slice(from, q.open));
  if (!m) return undefined;
  const start = from + m.index;
  const cueStart = from + m.index + m[0].lastIndexOf(m[2]);
  return { source: { start, end: start + m[1].length, text: m[1], kind: 'pronoun' }, cue: { start: cueStart, end: cueStart + 4, text: m[2] } };
}

/** A quotation that reads as speech rather than a title or a scare-quoted term. */
function speechLike(content: string): boolean {
  const words = content.split(/\s+/).filter(Boolean);
  if (/[.!?,…]$/.test(content) && words.length >= 2) return true;
  if (words.length < 5) return false;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / words.length < 0.6;
}

function trimmed(p: Para, q: QuoteFact): { start: number; end: number } {
  // Claim text is the words inside the marks; a trailing comma belongs to the attribution sentence.
  let end = q.end;
  while (end > q.start && /[\s,;:]/.test(p.text[end - 1])) end--;
  return { start: q.start, end };
}

/**
 * A paragraph ending in `X said:` (or `X tweeted using his account:`) introduces a quote in the
 * next paragraph. It is kept as a zero-length fact for the document pass, never as a claim.
 */
function introduction(p: Para): SpeechFact | undefined {
  const end = p.text.trimEnd();
  if (!end.endsWith(':') && !end.endsWith(',')) return undefined;
  const last = p.quotes[p.quotes.length - 1];
  const from = Math.max(p.sentenceStartOf(end.length - 1), last ? last.close : 0);
  const q: QuoteFact = { start: p.text.length, end: p.text.length, open: end.length, close: p.text.length, unclosed: false, single: false };
  const att = leadAttribution(p, q, from);
  if (!att || !att.source) return undefined;
  return { kind: 'direct', start: p.text.length, end: p.text.length, source: att.source, cue: att.cue, sentenceStart: from, intro: true };
}

/**
 * `Her neighbour, Paul Idris, agreed. "Every winter …"`: the sentence before the quote ends on a
 * speech verb with no content of its own, so the quote is what was said.
 */
function closingCue(p: Para, q: QuoteFact, sentenceStart: number): Attribution | undefined {
  if (sentenceStart === 0 || (p.inQuote(sentenceStart - 2) !== undefined)) return undefined;
  const prevStart = p.sentenceStartOf(sentenceStart - 1);
  const ts = p.termsIn(prevStart, sentenceStart);
  const last = ts.length - 1;
  for (let k = last; k >= Math.max(0, last - 3); k--) {
    if (!isCue(p, ts[k])) continue;
    // Only adverbs or a short time phrase may follow the cue ("agreed.", "added on Monday.").
    if (ts.slice(k + 1).some((t) => !(t.tags.has('Adverb') || t.tags.has('Date') || t.tags.has('Preposition') || t.tags.has('Determiner')))) return undefined;
    const { source, negated } = subjectBefore(p, ts[k].start, prevStart);
    return source && !negated ? { source, cue: cueOf(p, ts[k]) } : undefined;
  }
  return undefined;
}

/** Whether only the previous quote's attribution stands between it and this quote. */
function continues(p: Para, prevQuote: QuoteFact, prevFact: SpeechFact, q: QuoteFact): boolean {
  const cue = prevFact.cue;
  if (cue && cue.start >= prevQuote.close && cue.end <= q.open) return true;
  // `called it "dangerous" and "ideological"`: one cue before both, joined by a conjunction.
  const between = p.text.slice(prevQuote.close, q.open).replace(/\(\([^()]*\)\)|\([^()]*\)|\[[^\]]*\]/g, ' ');
  if (cue && cue.end <= prevQuote.open && /^[\s,;]*(and|or|but|then|later)?[\s,]*$/i.test(between)) return true;
  return /^[\s,;:.—–-]*(and|but)?[\s,]*(later|then|adding|continuing)?[\s,;:]*$/i.test(p.text.slice(prevQuote.close, q.open));
}

function directQuotes(p: Para): SpeechFact[] {
  const out: SpeechFact[] = [];
  let prev: { q: QuoteFact; fact?: SpeechFact } | undefined;
  p.quotes.forEach((q, i) => {
    const next = p.quotes[i + 1];
    const sentence = p.sentenceStartOf(q.open);
    const leadFrom = Math.max(sentence, prev ? prev.q.close : 0);
    const opensSentence = p.text.slice(leadFrom, q.open).trim() === '' || /^[\s,;:—–-]*$/.test(p.text.slice(leadFrom, q.open));
    const limit = next ? next.open : p.text.length;
    const content = p.text.slice(q.start, q.end);
    let att: Attribution | undefined;
    // A cue right before the mark (`…and say, "…"`) beats one after it; otherwise the tail decides.
    const lead = leadAttribution(p, q, leadFrom);
    const adjacent = lead?.source && /^[\s,:]*$/.test(p.text.slice(lead.cue.end, q.open));
    if (!adjacent && (opensSentence || /[,.!?…]$/.test(content))) att = tailAttribution(p, q, limit);
    if (!att || !att.source) att = lead ?? att ?? quotative(p, q, leadFrom) ?? (opensSentence ? closingCue(p, q, leadFrom) : undefined);
    const span = trimmed(p, q);
    if (span.end <= span.start) return; // only punctuation inside the marks (`“:`): nothing was said
    let fact: SpeechFact | undefined;
    if (att) {
      const word = cueWord(att.cue.text);
      const title = !speechLike(content) && /^(call|calls|called|read|reads|describe|describes|described|mention|mentions|mentioned)$/.test(word) && /^\p{Lu}/u.test(content);
      if (!title) fact = { kind: 'direct', ...span, source: att.source, cue: att.cue, sentenceStart: sentence };
    } else if (prev?.fact?.source && continues(p, prev.q, prev.fact, q)) {
      // `"A," she said, "B."` or `"A," Allton said. "B."`: the same speaker goes on.
      fact = { kind: 'direct', ...span, source: prev.fact.source, cue: prev.fact.cue, sentenceStart: prev.fact.sentenceStart };
    } else if (p.text.slice(0, q.open).trim() === '') {
      fact = { kind: 'direct', ...span, source: null, cue: null, sentenceStart: sentence, followOn: true };
    } else if (speechLike(content)) {
      fact = { kind: 'direct', ...span, source: null, cue: null, sentenceStart: sentence };
    }
    if (fact) out.push(fact);
    prev = { q, fact };
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Reported speech

const SKIP_AFTER_CUE = new Set(['on', 'in', 'at', 'during', 'via', 'through', 'last', 'this', 'earlier', 'yesterday', 'today', 'tonight', 'recently', 'also', 'publicly', 'repeatedly', 'again', 'previously', 'later', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'week', 'month', 'year', 'statement', 'a', 'an', 'the', 'interview', 'with', 'press', 'conference', 'release', 'to', 'reporters', 'journalists']);

/** Whether the terms read as a clause: a finite verb within the first few words. */
function isVerb(p: Para, t: Term): boolean {
  return t.tags.has('Verb') && !t.tags.has('Noun') && !(t.tags.has('Adjective') && !t.tags.has('PastTense')) && !p.isName(t);
}

/** A subject then a finite verb within a few words, with no preposition or relative word before the verb. */
function isClause(ts: Term[]): boolean {
  let commas = 0;
  for (const [n, t] of ts.slice(0, 10).entries()) {
    if (n > 0 && /^(where|which|who|when|while|because|if|as)$/.test(t.word)) return false;
    const finite = !t.tags.has('Gerund') && t.tags.has('Verb') && (!t.tags.has('Infinitive') && !t.tags.has('Participle') || t.tags.has('PastTense') || t.tags.has('PresentTense') || t.tags.has('Modal') || t.tags.has('Copula') || t.tags.has('Auxiliary'));
    // A comma before the verb must close an apposition ("the man, 34, was"); one comma means the
    // verb belongs to another clause ("maintained cordial relations with Maduro, announced …").
    if (finite) return commas % 2 === 0;
    if (/[;:]/.test(t.post)) return false;
    if (/,/.test(t.post)) commas++;
  }
  return false;
}

function isHeading(text: string): boolean {
  return !/[.!?:;"”’'…)]\s*$/.test(text) && text.split(/\s+/).length < 15;
}

function reportedSpeech(p: Para, direct: SpeechFact[]): SpeechFact[] {
  if (isHeading(p.text)) return [];
  const out: SpeechFact[] = [];
  const covered = (start: number) => {
    const d = direct[lowerBound(direct, start + 2, (x) => x.start) - 1];
    return !!d && start < d.end;
  };
  for (let si = 0; si < p.sentenceStarts.length; si++) {
    const sStart = p.sentenceStarts[si];
    const sEnd = p.sentenceStarts[si + 1] ?? p.text.length;
    out.push(...sentenceClaims(p, sStart, sEnd).filter((f) => !covered(f.start)));
  }
  return out;
}

/**
 * Attributions nested inside a direct quote ("I think the toll would have been higher"): reported
 * claims whose "I"/"we" the document pass gives to the quote's speaker.
 */
function reportedInQuotes(p: Para, direct: SpeechFact[]): SpeechFact[] {
  const out: SpeechFact[] = [];
  for (const d of direct) {
    if (d.intro || d.end - d.start < 12) continue;
    const terms = p.terms.filter((t) => t.start >= d.start && t.end <= d.end);
    if (!terms.some((t) => isCue(p, t))) continue;
    const inner = new Para(p.text, terms, [], p.names);
    const starts = sentenceStarts(p.text.slice(d.start, d.end), []).map((x) => x + d.start);
    starts.forEach((sStart, i) => {
      for (const f of sentenceClaims(inner, sStart, starts[i + 1] ?? d.end)) out.push({ ...f, quotedBy: d.start });
    });
  }
  return out;
}

/** Cues that report a question or an explanation: their content may be a wh-clause ("explained how …"). */
const WH_CUES = /^(explain|explains|explained|explaining|reveal|reveals|revealed|describe|describes|described|ask|asks|asked|wonder|wonders|wondered|question|questioned|disclose|disclosed)$/;
const WH = /^(how|why|what|whether|where|when|who|which)$/;

/** `…, which makes us the 135th most popular site (source: Quantcast).`: a credit in brackets. */
function sourceCredit(p: Para, sStart: number, sEnd: number): SpeechFact | undefined {
  const m = /\(\s*(sources?|via|per)\s*:\s*([^()]{1,80})\)/i.exec(p.text.slice(sStart, sEnd));
  if (!m || m.index < 12) return undefined;
  const at = sStart + m.index;
  const content = span(p, sStart, at);
  const nameStart = at + m[0].indexOf(m[2]);
  const name = m[2].trim();
  if (!content || p.inQuote(content.start)) return undefined;
  const cueStart = at + m[0].indexOf(m[1]);
  return {
    kind: 'reported',
    ...content,
    source: { start: nameStart, end: nameStart + name.length, text: name, kind: /^\p{Lu}/u.test(name) ? 'name' : 'noun' },
    cue: { start: cueStart, end: cueStart + m[1].length, text: m[1] },
    sentenceStart: sStart,
  };
}

/** Reported claims of one sentence. */
function sentenceClaims(p: Para, sStart: number, sEnd: number): SpeechFact[] {
  const out: SpeechFact[] = [];
  const sentence = p.text.slice(sStart, sEnd);
  if (/\?\s*["”’']?\s*$/.test(sentence)) return out; // questions claim nothing
  const ts = p.termsIn(sStart, sEnd);
  let contentEnd = sEnd;
  while (contentEnd > sStart && /[\s.!?…]/.test(p.text[contentEnd - 1])) contentEnd--;
  const credit = sourceCredit(p, sStart, contentEnd);
  if (credit) out.push(credit);
  for (let k = 0; k < ts.length; k++) {
    const t = ts[k];
    if (!isCue(p, t)) continue;
    const cue = cueOf(p, t);
    const word = cueWord(cue.text);
    // "mentioned that …", "asked that …": a quote-only cue still reports with an explicit "that".
    if (QUOTE_ONLY.has(word) && ts[k + 1]?.word !== 'that' && !(WH_CUES.test(word) && WH.test(ts[k + 1]?.word ?? ''))) continue;
    const fact = word === 'according to' ? according(p, ts, k, cue, sStart, contentEnd) : verbCue(p, ts, k, cue, sStart, contentEnd);
    if (!fact || fact.end - fact.start < 3) continue;
    out.push(fact);
  }
  return out;
}

function span(p: Para, start: number, end: number): { start: number; end: number } | undefined {
  while (start < end && /[\s,;:—–-]/.test(p.text[start])) start++;
  while (end > start && /[\s,;:—–-]/.test(p.text[end - 1])) end--;
  return end > start ? { start, end } : undefined;
}

/** `according to X, …`, `…, according to X.` and `According to X the …` */
function according(p: Para, ts: Term[], k: number, cue: NonNullable<SpeechFact['cue']>, sStart: number, sEnd: number): SpeechFact | undefined {
  let source = subjectAfter(p, cue.end, sEnd);
  if (!source) return undefined;
  const after = p.text.slice(source.end, sEnd);
  let content: { start: number; end: number } | undefined;
  if (/^\s*[,;—–]/.test(after) || /^\s*$/.test(after)) {
    // The source is set off by commas: the content is the longer side.
    let comma = p.text.indexOf(',', source.end);
    // Past an apposition: "according to Kristen Wilkins, curator of the exhibit, the …".
    const second = comma >= 0 ? p.text.indexOf(',', comma + 1) : -1;
    if (second > 0 && second < sEnd && p.text.slice(comma + 1, second).trim().split(/\s+/).length <= 8 && p.text.slice(second + 1, sEnd).trim().split(/\s+/).length >= 4) comma = second;
    const rest = comma >= 0 && comma < sEnd ? span(p, comma + 1, sEnd) : undefined;
    content = rest && rest.end - rest.start > 12 ? rest : span(p, sStart, cue.start);
  } else {
    // No comma: the source is its capitalised words and the content follows.
    const words = p.termsIn(source.start, source.end);
    const name = words.filter((t, i) => i === 0 || p.isName(t));
    let n = 0;
    while (n < name.length && name[n] === words[n]) n++;
    const own = p.source(words.slice(0, Math.max(1, n)));
    if (!own) return undefined;
    source = own;
    content = span(p, own.end, sEnd);
  }
  if (!content || content.end - content.start < 3) return undefined;
  return { kind: 'reported', ...content, source, cue, sentenceStart: sStart };
}

/** The listener after "told": a pronoun, a name, or a short noun phrase before a break ("told reporters on Monday"). */
function skipListener(p: Para, rest: Term[]): number {
  if (!rest.length) return 0;
  if (/^(him|her|them|me|us|you|reporters|journalists|lawmakers|parliament|investigators|police|supporters|listeners|viewers|readers)$/.test(rest[0].word)) return 1;
  let j = 0;
  while (j < rest.length && j < 5 && p.isName(rest[j]) && !rest[j].tags.has('Pronoun')) {
    j++;
    if (/[,:;]/.test(rest[j - 1].post)) break;
  }
  if (j > 0) return j;
  if (rest[0].tags.has('Determiner') && rest[1] && rest[1].tags.has('Noun') && (!rest[2] || rest[2].word === 'that' || rest[2].tags.has('Preposition') || /[,:;]/.test(rest[1].post))) return 2;
  return 0;
}

/** `X said (that) …`, `X told Y that …`, `X decried …`, `…, officials said.` */
function verbCue(p: Para, ts: Term[], k: number, cue: NonNullable<SpeechFact['cue']>, sStart: number, sEnd: number): SpeechFact | undefined {
  const t = ts[k];
  const word = cueWord(cue.text);
  const rest = ts.slice(k + 1).filter((x) => x.start >= cue.end);
  const prevTerm = ts[k - 1];
  // A capitalised cue opens an imperative or a title ("Note: …", "Says Who"), not a report.
  if (/^\p{Lu}/u.test(p.text[t.start])) return undefined;
  // A noun, not a verb: "her claims", "the reports", "Arab states' oil".
  if (t.tags.has('Possessive') || /['’]$/.test(p.text.slice(t.start, t.end + 1))) return undefined;
  if (prevTerm && /^(his|her|its|their|our|my|your|the|a|an|these|those|this)$/.test(prevTerm.word) && !/[,;:]/.test(prevTerm.post)) return undefined;
  // Passive ("was found", "is said to"): the subject is not the speaker. A stance adjective is the
  // opposite: it needs "be" before it ("I'm disappointed that …").
  const be = (x?: Term) => !!x && (/^(was|were|is|are|be|been|being|am|'m|’m|'re|’re|'s|’s)$/.test(x.word) || /^['’](m|re|s)\b/.test(p.text.slice(x.end, x.end + 3)));
  if (isStance(word)) {
    const beforeAdverb = prevTerm && prevTerm.tags.has('Adverb') && !be(prevTerm) ? ts[k - 2] : prevTerm;
    if (!be(beforeAdverb)) return undefined;
  } else if (prevTerm && /^(was|were|is|are|be|been|being)$/.test(prevTerm.word)) return undefined;
  // Tail attribution: "…, officials said." / "…, said the agency." with nothing but adverbs after.
  const before = p.text.slice(sStart, cue.start);
  const lastComma = Math.max(before.lastIndexOf(','), before.lastIndexOf('—'));
  const trailing = rest.filter((x) => !SKIP_AFTER_CUE.has(x.word) && !x.tags.has('Date') && !x.tags.has('Adverb') && !x.tags.has('Preposition'));
  const quoteAfter = (p.quoteFrom(cue.end)?.open ?? Infinity) < sEnd;
  if (lastComma > 0 && !quoteAfter && (trailing.length === 0 || (/^(said|says|added|told)$/.test(word) && rest.length <= 6 && rest.every((x) => NP_TAGS.some((g) => x.tags.has(g)))))) {
    const sub = subjectBefore(p, cue.start, sStart + lastComma + 1);
    const source = sub.source ?? subjectAfter(p, cue.end, sEnd);
    if (sub.negated || !source) return undefined;
    const content = span(p, sStart, sStart + lastComma);
    if (!content || p.inQuote(content.start)) return undefined;
    return { kind: 'reported', ...content, source, cue, sentenceStart: sStart };
  }
  // A parenthetical attribution ("That, I think, started it", "Recipients, said Mauer, are …"): the sentence around it.
  const inverted = lastComma > 0 ? subjectAfter(p, cue.end, sEnd) : null;
  const afterSubject = inverted && /^\s*,/.test(p.text.slice(inverted.end, inverted.end + 2)) ? inverted.end : -1;
  if (lastComma > 0 && !quoteAfter && (/^\s*,/.test(p.text.slice(cue.end, cue.end + 2)) || afterSubject > 0)) {
    const sub = afterSubject > 0 ? { source: inverted, negated: false } : subjectBefore(p, cue.start, sStart + lastComma + 1);
    const from = afterSubject > 0 ? afterSubject : cue.end;
    // A claim never contains its own source: keep the longer side of the attribution.
    const head = span(p, sStart, sStart + lastComma);
    const tail = span(p, from, sEnd);
    const content = head && (!tail || head.end - head.start > tail.end - tail.start) ? head : tail;
    if (!sub.negated && sub.source && content && !p.inQuote(content.start) && p.termsIn(from, sEnd).slice(0, 6).some((x) => isVerb(p, x))) {
      return { kind: 'reported', ...content, source: sub.source, cue, sentenceStart: sStart };
    }
  }
  // Forward: the content starts after a listener ("told reporters"), then after "that" when
  // only prepositional or time phrases stand before it ("said on Sunday that …").
  let j = TAKES_LISTENER.has(word) ? skipListener(p, rest) : 0;
  let hasThat = false;
  let k2 = j;
  while (k2 < rest.length && k2 - j < 12 && rest[k2].word !== 'that' && !isVerb(p, rest[k2]) && (rest[k2].tags.has('Preposition') || rest[k2].tags.has('Date') || rest[k2].tags.has('Adverb') || NP_TAGS.some((g) => rest[k2].tags.has(g)))) k2++;
  const phraseFirst = k2 === j || rest[j].tags.has('Preposition') || rest[j].tags.has('Date') || rest[j].tags.has('Adverb');
  if (rest[k2]?.word === 'that' && phraseFirst && !rest.slice(j, k2).some((x) => /[.;:!?]/.test(x.post))) {
    j = k2 + 1;
    hasThat = true;
  } else if (phraseFirst && k2 > j && (rest[j].tags.has('Preposition') || rest[j].tags.has('Date'))) {
    // "said in a statement, the company …"
    const comma = rest.slice(j, k2).findIndex((x) => /,/.test(x.post));
    if (comma >= 0) j = j + comma + 1;
  }
  const thatAt = hasThat ? j - 1 : -1;
  const startTerm = rest[j];
  if (!startTerm) return undefined;
  // "…, the minister said, adding that …": the participle is its own cue; "said …, but refused" is not content.
  if (/ing$/.test(startTerm.word) && isCue(p, startTerm)) return undefined;
  if (/^(but|and|or|yet|so)$/.test(startTerm.word)) return undefined;
  if (p.inQuote(startTerm.start) || /["“‘]/.test(p.text.slice(cue.end, startTerm.start))) return undefined; // a direct quote's lead
  const whClause = WH_CUES.test(word) && WH.test(startTerm.word);
  const needsClause = (!TAKES_OBJECT.has(word) || isCognition(word)) && !whClause;
  // A clause does not open with a preposition ("insists on clinging to power"), but "at least 40 ships" is a subject.
  if (needsClause && thatAt < 0 && startTerm.tags.has('Preposition') && !/^(at least|at most|up to|more than|about|around|nearly|almost)\b/i.test(p.text.slice(startTerm.start, startTerm.start + 12))) return undefined;
  // Quoted words count for the clause: `told Sky News any process "must be well thought out"`.
  if (needsClause && thatAt < 0 && !isClause(p.allTermsIn(rest[j].start, sEnd))) return undefined;
  // "I think they …", "I believed there was …", "I understand third parties have …": a clause must start with its subject.
  const opener = rest[j];
  if (isCognition(word) && thatAt < 0 && (opener.word === 'to' || opener.tags.has('Preposition') || (opener.tags.has('Verb') && !opener.tags.has('Noun')) || (opener.tags.has('Adverb') && opener.word !== 'there'))) return undefined;
  let { source, negated } = subjectBefore(p, cue.start, sStart);
  if (negated) return undefined;
  if (!source && (/ing$/.test(t.word) || prevTerm?.word === 'to')) {
    // "…, saying that …" and "… enough to realize that …": the speaker is the sentence's subject.
    // Without "that" only a speech participle before a full clause ("was quoted as saying the port …").
    if (thatAt < 0 && !(/^(saying|adding|stating|warning|insisting|arguing|claiming|noting)$/.test(t.word) && isClause(p.allTermsIn(startTerm.start, sEnd)))) return undefined;
    source = firstNounPhrase(p, p.termsIn(sStart, cue.start));
  }
  if (!source) return undefined;
  if (/ed$/.test(t.word) && p.text.slice(source.end, cue.start).trim() === '' && source.kind === 'noun' && /^(the|a|an)$/i.test(p.text.slice(source.start, source.end).split(/\s+/)[0]) && t.tags.has('Adjective')) return undefined;
  let end = sEnd;
  const q = p.quoteFrom(startTerm.start);
  if (q && q.open < sEnd && p.text.slice(startTerm.start, q.open).trim() === '') return undefined;
  const content = span(p, startTerm.start, end);
  if (!content) return undefined;
  end = content.end;
  return { kind: 'reported', start: content.start, end, source, cue, sentenceStart: sStart };
}
