// Reported speech: `X said (that) …`, `according to X, …`, `…, officials said.`, beliefs and
// findings with a clause, and attributions nested inside quotes. The span is the content only.
import type { SpeechFact } from '../facts';
import { reportedFact } from './candidates';
import { nominalClaim } from './nominal';
import { verbCue } from './verbCue';
import { QUOTE_ONLY, WH, WH_CUES, cueWord, isCognition } from '../lexicon/speechVerbs';
import type { Source, Term } from './para';
import { Para, span } from './para';
import { lowerBound } from '../text/search';
import { isCue, cueOf, subjectAfter } from './speakers';

export function isHeading(text: string): boolean {
  return !/[.!?:;"”’'…)]\s*$/.test(text) && text.split(/\s+/).length < 15;
}

/** Headline cues: "X Says Y", "X Claims Y", "X Denies Y" (Title Case defeats the tagger, so words decide). */
const HEADLINE_CUE = /^(says|said|claims|claimed|warns|warned|denies|denied|admits|admitted|confirms|confirmed|announces|announced|reveals|insists|urges|predicts|believes|thinks|fears)$/;

/** `González Says Son-in-Law Kidnapped`: a headline that reports speech is a claim of its subject. */
function headlineClaim(p: Para): SpeechFact | undefined {
  if (/\?\s*$/.test(p.text) || p.quotes.length) return undefined;
  const ts = p.termsIn(0, p.text.length);
  const k = ts.findIndex((t, i) => i > 0 && HEADLINE_CUE.test(t.word));
  if (k < 1 || k > 6 || ts.length - k - 1 < 2) return undefined;
  if (ts.slice(0, k).some((t) => /[,;:]/.test(t.post) || t.tags.has('QuestionWord') || t.tags.has('Verb') && !p.isName(t))) return undefined;
  const subject = ts.slice(0, k);
  const start = subject[0].start;
  const end = subject[subject.length - 1].end;
  const text = p.text.slice(start, end).replace(/['’]s?$/, '');
  const content = span(p, ts[k].end, p.text.length);
  if (!content) return undefined;
  const source: Source = { start, end: start + text.length, text, kind: subject.some((t) => p.isName(t)) ? 'name' : 'noun' };
  return reportedFact(p, content, source, cueOf(p, ts[k]), 'headline', 0);
}

export function reportedSpeech(p: Para, direct: SpeechFact[]): SpeechFact[] {
  if (isHeading(p.text)) {
    const headline = headlineClaim(p);
    return headline ? [headline] : [];
  }
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
export function reportedInQuotes(p: Para, direct: SpeechFact[]): SpeechFact[] {
  const out: SpeechFact[] = [];
  for (const d of direct) {
    if (d.intro || d.end - d.start < 12) continue;
    const inner = p.quoteView(d.start, d.end);
    if (!inner.terms.some((t) => isCue(inner, t))) continue;
    const starts = inner.sentenceStarts;
    starts.forEach((sStart, i) => {
      for (const f of sentenceClaims(inner, sStart, starts[i + 1] ?? d.end)) {
        if (nestedSource(f)) out.push({ ...f, quotedBy: d.start });
      }
    });
  }
  return out;
}

/**
 * Whose attribution inside a quote is a claim of its own: the speaker's ("I think", "we believe")
 * or a third party named or described who SAID it ("Dahl told me that …", "the minister told us
 * …"). What the speaker says another thinks or decided ("the authority decided that …"), and any
 * other pronoun ("it decided that …", "they said …"), is the speaker's own account: already the
 * quote's claim, and it would only come out as an anonymous one.
 */
export function nestedSource(f: SpeechFact): boolean {
  if (!f.source || !f.cue) return false;
  if (f.source.kind === 'pronoun') return /^(i|we)$/i.test(f.source.text);
  return !isCognition(cueWord(f.cue.text));
}


/** `…, which makes us the 135th most popular site (source: Quantcast).`: a credit in brackets. */
export function sourceCredit(p: Para, sStart: number, sEnd: number): SpeechFact | undefined {
  const m = /\(\s*(sources?|via|per)\s*:\s*([^()]{1,80})\)/i.exec(p.text.slice(sStart, sEnd));
  if (!m || m.index < 12) return undefined;
  const at = sStart + m.index;
  const content = span(p, sStart, at);
  const nameStart = at + m[0].indexOf(m[2]);
  const name = m[2].trim();
  if (!content || p.inQuote(content.start)) return undefined;
  const cueStart = at + m[0].indexOf(m[1]);
  const source: Source = { start: nameStart, end: nameStart + name.length, text: name, kind: /^\p{Lu}/u.test(name) ? 'name' : 'noun' };
  return reportedFact(p, content, source, { start: cueStart, end: cueStart + m[1].length, text: m[1] }, 'credit', sStart);
}

/** Reported claims of one sentence. */
export function sentenceClaims(p: Para, sStart: number, sEnd: number): SpeechFact[] {
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
    if (!isCue(p, t)) {
      const nominal = nominalClaim(p, ts, k, sStart, contentEnd);
      if (nominal) out.push(nominal);
      continue;
    }
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


/** `according to X, …`, `…, according to X.` and `According to X the …` */
export function according(p: Para, ts: Term[], k: number, cue: NonNullable<SpeechFact['cue']>, sStart: number, sEnd: number): SpeechFact | undefined {
  const before = span(p, sStart, cue.start);
  // "…, according to a report by the Gazette." (or "…, according to the regulator, the Consejo …"):
  // the content is what comes before; the source is the whole phrase after, its apposition too.
  if (before && before.end - before.start > 12 && /[,—–(]\s*$/.test(p.text.slice(sStart, cue.start))) {
    const phrase = sourcePhrase(p, cue.end, sEnd);
    if (!phrase) return undefined;
    return reportedFact(p, before, phrase.main, cue, 'according', sStart, phrase.apposition ? [{ via: 'according', source: phrase.apposition, cue }] : []);
  }
  let source = subjectAfter(p, cue.end, sEnd);
  if (!source) return undefined;
  const comma = p.text.indexOf(',', cue.end);
  if (comma > 0 && comma < sEnd) {
    // "According to a recent survey of farmers, most will …": the source runs to the comma, past an
    // apposition ("according to Kristen Wilkins, curator of the exhibit, the …").
    let end = comma;
    const second = p.text.indexOf(',', comma + 1);
    if (second > 0 && second < sEnd && p.text.slice(comma + 1, second).trim().split(/\s+/).length <= 8 && p.text.slice(second + 1, sEnd).trim().split(/\s+/).length >= 4) end = second;
    const phrase = sourcePhrase(p, cue.end, comma);
    const rest = span(p, end + 1, sEnd);
    if (phrase && rest && rest.end - rest.start > 12) return reportedFact(p, rest, phrase.main, cue, 'according', sStart);
  }
  // No comma: the source is its capitalised words and the content follows ("According to NASA the …").
  const words = p.termsIn(source.start, source.end);
  const name = words.filter((t, i) => i === 0 || p.isName(t));
  let n = 0;
  while (n < name.length && name[n] === words[n]) n++;
  const own = p.source(words.slice(0, Math.max(1, n)));
  if (!own) return undefined;
  source = own;
  const content = span(p, own.end, sEnd);
  if (!content || content.end - content.start < 3) return undefined;
  return reportedFact(p, content, source, cue, 'according', sStart);
}

/**
 * The source phrase after "according to", up to `end` (a comma or the sentence's end): at most a
 * dozen words with their complements ("a report by the Gazette"), and a named apposition after a
 * comma ("the state's energy regulator, the Consejo Nacional de Energía") as a second reading.
 */
function sourcePhrase(p: Para, from: number, end: number): { main: Source; apposition: Source | null } | undefined {
  const stop = p.text.indexOf(',', from);
  const mainEnd = stop > 0 && stop < end ? stop : end;
  const words = p.termsIn(from, mainEnd).slice(0, 12);
  const main = p.source(words, 'first');
  if (!main) return undefined;
  if (mainEnd < end) {
    // A name in apposition is the more exact reference: it leads, the description is a second reading.
    const named = p.source(p.termsIn(mainEnd + 1, end).slice(0, 8), 'first');
    if (named && named.kind === 'name') return { main: named, apposition: main };
  }
  return { main, apposition: null };
}


