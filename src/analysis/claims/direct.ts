// Direct quotes: every pattern that names who said the words inside the marks proposes a
// candidate (cue after the quote, before it, around a split quote, a label, the sentence before);
// the ranker weighs them (claims/rank.ts). Nothing here picks a winner by precedence.
import type { CueWords, QuoteFact, SpeechFact, Via } from '../facts';
import { QUOTE_ONLY, cueWord } from '../lexicon/speechVerbs';
import type { Term, Source } from './para';
import { Para } from './para';
import { looseCue, isCue, cueOf, subjectBefore, firstNounPhrase, subjectAfter, isVerb } from './speakers';
import { makeFact, withCandidate, type Proposal } from './candidates';

export interface Attribution {
  source: Source | null;
  cue: CueWords;
  via: Via;
}

/** `"…" — Peres, on whether …`: an epigraph's credit after a dash (—, –, ―). */
function dashCredit(p: Para, q: QuoteFact, all: Term[]): Attribution | undefined {
  // compromise may make the dash a word of its own: the credit starts at the first real word.
  const ts = all.filter((t) => t.word !== '');
  const first = ts[0];
  if (!first) return undefined;
  const dash = /^\s*[—–―]\s*/.exec(p.text.slice(q.close, first.start + 1));
  if (!dash || !p.isName(first) || !/[.!?…]$/.test(p.text.slice(q.start, q.end))) return undefined;
  const run: Term[] = [];
  for (const t of ts) {
    if (!p.isName(t) || run.length >= 5) break;
    run.push(t);
    if (/[,;:.(]/.test(t.post)) break;
  }
  const source = p.source(run);
  const at = q.close + dash[0].search(/[—–―]/);
  return source ? { source, cue: { start: at, end: at + 1, text: p.text[at] }, via: 'dash' } : undefined;
}

/** `"…," X said` / `"…," said X, the minister` / `"…", it added`: cue right after the closing mark. */
export function tailAttribution(p: Para, q: QuoteFact, limit: number): Attribution | undefined {
  const ts = p.termsIn(q.close, limit);
  if (!ts.length || /[.!?]/.test(p.text.slice(q.close, ts[0].start).replace(/["”’']/g, ''))) return undefined;
  return dashCredit(p, q, ts) ?? tailFrom(p, q, ts, limit) ?? tailAfterAside(p, q, ts, limit);
}

/** The attribution opening the terms `ts`: a cue then its speaker, or a speaker then the cue. */
function tailFrom(p: Para, q: QuoteFact, ts: Term[], limit: number): Attribution | undefined {
  const first = ts[0];
  // Right after a closing mark a speech verb is a cue whatever compromise tagged it ("said" as a city).
  if (looseCue(p, first)) {
    const cue = cueOf(p, first);
    return { source: subjectAfter(p, cue.end, limit), cue, via: 'tailInverted' };
  }
  // Speaker first: a noun phrase, an optional apposition, optional adverbs, then the cue.
  for (let k = 0; k < Math.min(ts.length, 40); k++) {
    const t = ts[k];
    if (looseCue(p, t) && !/ing$/.test(t.word)) {
      const { source, negated } = subjectBefore(p, t.start, ts[0].start);
      // The speaker must open the tail ("And I think …" after a quote is a new sentence, not a tail).
      if (negated || !source || source.start !== ts[0].start) return undefined;
      // After a quote ending in a full stop only a bare "X said." counts as its tail.
      if (/[.!?…]$/.test(p.text.slice(q.start, q.end)) && !closesSentence(p, t.end, limit)) return undefined;
      return { source, cue: cueOf(p, t), via: 'tail' };
    }
    if (/[.!?;]/.test(t.post)) return undefined;
  }
  return undefined;
}

/**
 * `"This will be a challenge" for the mayor, said Ana Lott.`, `"Boots on the ground" would be
 * right, Ana Lott said after the vote.`: the sentence carries on from a quote that closed without
 * punctuation, then a comma and an attribution that ends the sentence.
 */
function tailAfterAside(p: Para, q: QuoteFact, ts: Term[], limit: number): Attribution | undefined {
  if (/[.!?…,;:]$/.test(p.text.slice(q.start, q.end))) return undefined;
  for (let k = 0; k + 1 < Math.min(ts.length, 30); k++) {
    if (/[.!?;:]/.test(ts[k].post)) return undefined;
    if (!/,/.test(ts[k].post)) continue;
    const found = tailFrom(p, q, ts.slice(k + 1), limit);
    if (!found?.source) continue;
    // "said David Wasserman, an analyst at the Cook Political Report.": an apposition may follow the name.
    const closes = found.via === 'tailInverted' ? closesSentence(p, found.source.end, limit, 'inverted') : closesSentence(p, found.cue.end, limit, 'cue');
    if (closes) return found;
  }
  return undefined;
}

/**
 * Only a short adverbial ("on Monday", "after the vote") between `from` and the end of the
 * sentence. After an aside (`tailAfterAside`) also an apposition after an inverted speaker, or the
 * next part of a split quote (`…, Lott said on Monday, "…"`).
 */
function closesSentence(p: Para, from: number, limit: number, aside?: 'cue' | 'inverted'): boolean {
  const rest = p.text.slice(from, limit) || '.';
  if (/^[^.!?,;:"“‘]{0,60}[.!?]/.test(rest)) return true;
  if (aside && /^[^.!?,;:"“‘]{0,60},\s*(["“‘]|$)/.test(rest)) return true;
  return aside === 'inverted' && /^,[^!?;:"“‘]{1,150}?[.!?](\s|$)/.test(rest);
}

/** `X said: "…"`, `X told reporters "…"`, `called the offer "an insult"`: the last cue before the quote in its sentence. */
export function leadAttribution(p: Para, q: QuoteFact, from: number): Attribution | undefined {
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
    // `The form, which papers say runs to 30 pages, "must be …"`: the cue speaks inside a closed
    // relative clause, so its subject is not the quote's speaker (and no one else is named).
    if (/,\s*(which|who|whom|whose|where)\s[^,]*$/i.test(p.text.slice(from, cue.start)) && p.text.slice(cue.end, q.open).includes(',')) return { source: null, cue, via: 'lead' };
    if (/^(according to|in the words of|attributed to)$/i.test(cue.text)) return { source: subjectAfter(p, cue.end, q.open), cue, via: 'according' };
    // "Stated Stone: "…"", "Continued Stone: "…"": a capitalised cue opening the sentence, the speaker after it.
    if (k === 0 && /^\p{Lu}/u.test(p.text[t.start]) && atMark === false) {
      const after = subjectAfter(p, cue.end, q.open);
      if (after && p.isName(ts[k + 1])) return { source: after, cue, via: 'tailInverted' };
    }
    const { source, negated } = subjectBefore(p, t.start, from);
    if (negated) return undefined;
    if (!source && (/ing$/.test(t.word) || ts[k - 1]?.word === 'to')) {
      // "…, saying: "…"", "X went so far as to say: "…"": the speaker is the sentence's subject.
      return { source: firstNounPhrase(p, p.termsIn(p.sentenceStartOf(t.start), t.start)), cue, via: 'leadSubject' };
    }
    return { source, cue, via: 'lead' };
  }
  return undefined;
}

/** Colloquial quotative `I'm like, "…"` / `she was like, "…"` (interviews). */
export function quotative(p: Para, q: QuoteFact, from: number): Attribution | undefined {
  const m = /\b(I|he|she|they|we|you)(?:['’]m|['’]s|['’]re| am| is| are| was| were) (like),?\s*$/i.exec(p.text.slice(from, q.open));
  if (!m) return undefined;
  const start = from + m.index;
  const cueStart = from + m.index + m[0].lastIndexOf(m[2]);
  return { source: { start, end: start + m[1].length, text: m[1], kind: 'pronoun' }, cue: { start: cueStart, end: cueStart + 4, text: m[2] }, via: 'quotative' };
}

/**
 * `Varga: "…"`, `Ana Lott, Ashford Gazette: "…"`, `Lott On Farm Bill: "…"`: words ending in a colon
 * right before the quote with no verb among them. A name opening them is a label (the speaker); a
 * subject with a verb (`Lott changed the subject: "…"`) is the subject of that sentence.
 */
export function colonSpeaker(p: Para, q: QuoteFact, from: number): Proposal | undefined {
  const before = p.text.slice(from, q.open);
  if (!/:\s*$/.test(before)) return undefined;
  const ts = p.termsIn(from, q.open);
  if (!ts.length) return undefined;
  if (ts.some((t, i) => i > 0 && isVerb(p, t))) {
    // A speech verb after the subject is the lead's to read ("Lott said:"); one in an introductory
    // phrase ("Asked about the budget, Lott changed the subject:") is not this clause's.
    const subject = firstNounPhrase(p, ts);
    if (!subject || subject.kind === 'noun' || ts.some((t) => t.start > subject.end && isCue(p, t))) return undefined;
    return { via: 'colonSubject', source: subject, cue: null };
  }
  if (ts.some((t) => isCue(p, t))) return undefined;
  if (!p.isName(ts[0])) return undefined;
  const run: Term[] = [];
  for (const t of ts) {
    // A title-case headline capitalises its prepositions too ("Lott On Farm Bill:"): they end the name.
    if (!p.isName(t) || run.length >= 6 || (run.length > 0 && t.tags.has('Preposition'))) break;
    run.push(t);
    if (/[,;:(]/.test(t.post)) break;
  }
  const source = p.source(run);
  return source && source.kind === 'name' ? { via: 'label', source, cue: null } : undefined;
}

/** `Lott called it a mess. "…"`: the subject of the sentence before the quote, as a weak candidate. */
function previousSubject(p: Para, q: QuoteFact, sentenceStart: number): Proposal | undefined {
  if (sentenceStart === 0 || p.inQuote(sentenceStart - 2) !== undefined) return undefined;
  const prevStart = p.sentenceStartOf(sentenceStart - 1);
  const subject = firstNounPhrase(p, p.termsIn(prevStart, sentenceStart));
  if (!subject || subject.kind === 'noun' || /^(i|we|you|it)$/i.test(subject.text)) return undefined;
  return { via: 'prevSubject', source: subject, cue: null };
}

/** A quotation that reads as speech rather than a title or a scare-quoted term. */
export function speechLike(content: string): boolean {
  const words = content.split(/\s+/).filter(Boolean);
  if (/[.!?,…]$/.test(content) && words.length >= 2) return true;
  if (words.length < 5) return false;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / words.length < 0.6;
}

export function trimmed(p: Para, q: QuoteFact): { start: number; end: number } {
  // Claim text is the words inside the marks; a trailing comma belongs to the attribution sentence.
  let end = q.end;
  while (end > q.start && /[\s,;:]/.test(p.text[end - 1])) end--;
  return { start: q.start, end };
}

/**
 * A paragraph ending in `X said:` (or `X tweeted using his account:`) introduces a quote in the
 * next paragraph. It is kept as a zero-length fact for the document pass, never as a claim.
 */
export function introduction(p: Para): SpeechFact | undefined {
  const end = p.text.trimEnd();
  if (!end.endsWith(':') && !end.endsWith(',')) return undefined;
  const last = p.quotes[p.quotes.length - 1];
  const from = Math.max(p.sentenceStartOf(end.length - 1), last ? last.close : 0);
  const q: QuoteFact = { start: p.text.length, end: p.text.length, open: end.length, close: p.text.length, unclosed: false, single: false };
  const att = leadAttribution(p, q, from);
  if (!att || !att.source) return undefined;
  const span = { start: p.text.length, end: p.text.length };
  return makeFact(p, 'direct', span, [{ via: 'intro', source: att.source, cue: att.cue }], { sentenceStart: from, intro: true });
}

/**
 * `Her neighbour, Paul Idris, agreed. "Every winter …"`: the sentence before the quote ends on a
 * speech verb with no content of its own, so the quote is what was said.
 */
export function closingCue(p: Para, q: QuoteFact, sentenceStart: number): Attribution | undefined {
  if (sentenceStart === 0 || (p.inQuote(sentenceStart - 2) !== undefined)) return undefined;
  const prevStart = p.sentenceStartOf(sentenceStart - 1);
  const ts = p.termsIn(prevStart, sentenceStart);
  const last = ts.length - 1;
  for (let k = last; k >= Math.max(0, last - 3); k--) {
    if (!isCue(p, ts[k])) continue;
    // Only adverbs or a short time phrase may follow the cue ("agreed.", "added on Monday.").
    if (ts.slice(k + 1).some((t) => !(t.tags.has('Adverb') || t.tags.has('Date') || t.tags.has('Preposition') || t.tags.has('Determiner')))) return undefined;
    const { source, negated } = subjectBefore(p, ts[k].start, prevStart);
    return source && !negated ? { source, cue: cueOf(p, ts[k]), via: 'closingCue' } : undefined;
  }
  return undefined;
}

/** Whether only the previous quote's attribution stands between it and this quote. */
export function continues(p: Para, prevQuote: QuoteFact, prevFact: SpeechFact, q: QuoteFact): boolean {
  const cue = prevFact.cue;
  if (cue && cue.start >= prevQuote.close && cue.end <= q.open) return true;
  // `called it "dangerous" and "ideological"`: one cue before both, joined by a conjunction.
  const between = p.text.slice(prevQuote.close, q.open).replace(/\(\([^()]*\)\)|\([^()]*\)|\[[^\]]*\]/g, ' ');
  if (cue && cue.end <= prevQuote.open && /^[\s,;]*(and|or|but|then|later)?[\s,]*$/i.test(between)) return true;
  return /^[\s,;:.—–-]*(and|but)?[\s,]*(later|then|adding|continuing)?[\s,;:]*$/i.test(p.text.slice(prevQuote.close, q.open));
}

/** A cue that makes the quoted words a title ("called it "Northern Star"") rather than speech. */
function titleCue(att: Attribution, content: string): boolean {
  return !speechLike(content) && /^(call|calls|called|read|reads|describe|describes|described|mention|mentions|mentioned)$/.test(cueWord(att.cue.text)) && /^\p{Lu}/u.test(content);
}

interface QuoteContext {
  q: QuoteFact;
  sentence: number;
  leadFrom: number;
  limit: number;
  opensSentence: boolean;
}

/** Every attribution pattern that finds a cue for this quote. */
function cueAttributions(p: Para, c: QuoteContext): Attribution[] {
  const { q } = c;
  const content = p.text.slice(q.start, q.end);
  const out: Attribution[] = [];
  const lead = leadAttribution(p, q, c.leadFrom);
  if (lead) out.push(lead);
  // A cue right before the mark (`…and say, "…"`) speaks for the quote; a tail is read otherwise.
  const adjacent = lead?.source && /^[\s,:]*$/.test(p.text.slice(lead.cue.end, q.open));
  const tail = !adjacent && (c.opensSentence || /[,.!?…]$/.test(content)) ? tailAttribution(p, q, c.limit) : undefined;
  if (tail) out.push(tail);
  const more = [quotative(p, q, c.leadFrom), c.opensSentence ? closingCue(p, q, c.leadFrom) : undefined];
  for (const a of more) if (a) out.push(a);
  return out;
}

function quoteContext(p: Para, q: QuoteFact, i: number, prev: QuoteFact | undefined): QuoteContext {
  // A title or scare quote inside the attribution ("wearing "Ted Cruz" pins, said") does not end
  // it; only a few are looked past, so a paragraph of many quotes stays linear.
  let next = p.quotes[i + 1];
  for (let k = i + 1; k < Math.min(p.quotes.length, i + 4) && !speechLike(p.text.slice(p.quotes[k].start, p.quotes[k].end)); k++) next = p.quotes[k + 1];
  const sentence = p.sentenceStartOf(q.open);
  const leadFrom = Math.max(sentence, prev ? prev.close : 0);
  const opensSentence = /^[\s,;:—–-]*$/.test(p.text.slice(leadFrom, q.open));
  return { q, sentence, leadFrom, limit: next ? next.open : p.text.length, opensSentence };
}

/** The fact of one quote, or undefined when it is no claim (a title, a scare quote, negated speech). */
function quoteFact(p: Para, c: QuoteContext, prev: { q: QuoteFact; fact?: SpeechFact } | undefined): SpeechFact | undefined {
  const { q } = c;
  const span = trimmed(p, q);
  if (span.end <= span.start) return undefined; // only punctuation inside the marks (`“:`): nothing was said
  const content = p.text.slice(q.start, q.end);
  const atts = cueAttributions(p, c);
  if (atts[0] && titleCue(atts[0], content)) return undefined;
  const proposals: Proposal[] = [];
  for (const a of atts) if (a.source) proposals.push({ via: a.via, source: a.source, cue: a.cue });
  const colon = colonSpeaker(p, q, c.leadFrom);
  if (colon) proposals.push(colon);
  const continued = prev?.fact?.source && continues(p, prev.q, prev.fact, q);
  if (continued && prev.fact!.source) proposals.push({ via: 'continuation', source: prev.fact!.source, cue: prev.fact!.cue });
  const opensParagraph = p.text.slice(0, q.open).trim() === '';
  if (!proposals.length && !atts.length && !opensParagraph && !speechLike(content)) return undefined;
  if (!proposals.some((pr) => pr.cue) && c.opensSentence) {
    const weak = previousSubject(p, q, c.leadFrom);
    if (weak) proposals.push(weak);
  }
  const bareCue = atts.find((a) => !a.source)?.cue ?? null;
  const followOn = opensParagraph && !atts.length && !colon ? true : undefined;
  const fact = makeFact(p, 'direct', span, proposals, { sentenceStart: c.sentence, bareCue, ...(followOn ? { followOn } : {}) });
  // A continued quote's pronoun looks for its antecedent where the first part's attribution stood.
  return fact.candidates[0]?.via === 'continuation' ? { ...fact, sentenceStart: prev!.fact!.sentenceStart } : fact;
}

export function directQuotes(p: Para): SpeechFact[] {
  const out: SpeechFact[] = [];
  let prev: { q: QuoteFact; fact?: SpeechFact } | undefined;
  p.quotes.forEach((q, i) => {
    const fact = quoteFact(p, quoteContext(p, q, i, prev?.q), prev);
    if (fact) out.push(fact);
    prev = { q, fact };
  });
  return out;
}

export { withCandidate };
