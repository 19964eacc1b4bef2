// Reported speech: `X said (that) …`, `according to X, …`, `…, officials said.`, beliefs and
// findings with a clause, and attributions nested inside quotes. The span is the content only.
import type { CueWords, SpeechFact, Via } from '../facts';
import { makeFact, type Proposal } from './candidates';
import { nominalClaim } from './nominal';
import { QUOTE_ONLY, TAKES_LISTENER, TAKES_OBJECT, cueWord, isCognition, isStance } from '../lexicon/speechVerbs';
import type { Source, Term } from './para';
import { lowerBound, Para } from './para';
import { BETWEEN, NP_TAGS, isCue, cueOf, subjectBefore, firstNounPhrase, subjectAfter, isVerb, isClause } from './speakers';

export const SKIP_AFTER_CUE = new Set(['on', 'in', 'at', 'during', 'via', 'through', 'last', 'this', 'earlier', 'yesterday', 'today', 'tonight', 'recently', 'also', 'publicly', 'repeatedly', 'again', 'previously', 'later', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'week', 'month', 'year', 'statement', 'a', 'an', 'the', 'interview', 'with', 'press', 'conference', 'release', 'to', 'reporters', 'journalists']);

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

/** Cues that report a question or an explanation: their content may be a wh-clause ("explained how …"). */
export const WH_CUES = /^(explain|explains|explained|explaining|reveal|reveals|revealed|describe|describes|described|ask|asks|asked|wonder|wonders|wondered|question|questioned|disclose|disclosed)$/;

export const WH = /^(how|why|what|whether|where|when|who|which)$/;

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

export function span(p: Para, start: number, end: number): { start: number; end: number } | undefined {
  while (start < end && /[\s,;:—–-]/.test(p.text[start])) start++;
  while (end > start && /[\s,;:—–-]/.test(p.text[end - 1])) end--;
  return end > start ? { start, end } : undefined;
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

/** The listener after "told": a pronoun, a name, or a short noun phrase before a break ("told reporters on Monday"). */
export function skipListener(p: Para, rest: Term[]): number {
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
export function verbCue(p: Para, ts: Term[], k: number, cue: NonNullable<SpeechFact['cue']>, sStart: number, sEnd: number): SpeechFact | undefined {
  const t = ts[k];
  const word = cueWord(cue.text);
  const rest = ts.slice(k + 1).filter((x) => x.start >= cue.end);
  const prevTerm = ts[k - 1];
  // A capitalised cue opens an imperative or a title ("Note: …", "Says Who"), not a report.
  if (/^\p{Lu}/u.test(p.text[t.start])) return undefined;
  // A noun, not a verb: "her claims", "the reports", "Arab states' oil".
  if (t.tags.has('Possessive') || /['’]$/.test(p.text.slice(t.start, t.end + 1))) return undefined;
  if (prevTerm && /^(his|her|its|their|our|my|your|the|a|an|these|those|this)$/.test(prevTerm.word) && !/[,;:]/.test(prevTerm.post)) return undefined;
  // "her opening remarks": after an adjective the cue word is a noun.
  // (A past form is no noun: in "the firm said" the tagger's adjective is the subject's head.)
  const pastForm = t.tags.has('PastTense') || /ed$/.test(t.word) || /^(said|told|wrote|spoke|thought|felt|knew|heard|swore)$/.test(t.word);
  if (!pastForm && prevTerm && prevTerm.tags.has('Adjective') && !prevTerm.tags.has('Noun') && !BETWEEN.has(prevTerm.word) && !/[,;:]/.test(prevTerm.post)) return undefined;
  // "prevented from claiming asylum": a participle after a preposition is not speech.
  if (/ing$/.test(t.word) && prevTerm?.tags.has('Preposition') && prevTerm.word !== 'as') return undefined;
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
    return reportedFact(p, content, source, cue, sub.source ? 'reportedTail' : 'reportedInverted', sStart);
  }
  // A parenthetical attribution ("That, I think, started it", "Recipients, said Mauer, are …"): the sentence around it.
  const inverted = lastComma > 0 ? subjectAfter(p, cue.end, sEnd) : null;
  const afterSubject = inverted && /^\s*,/.test(p.text.slice(inverted.end, inverted.end + 2)) ? inverted.end : -1;
  if (lastComma > 0 && !quoteAfter && (/^\s*,/.test(p.text.slice(cue.end, cue.end + 2)) || afterSubject > 0)) {
    const sub = afterSubject > 0 ? { source: inverted, negated: false } : subjectBefore(p, cue.start, sStart + lastComma + 1);
    const from = afterSubject > 0 ? afterSubject : cue.end;
    // "The cleanup, analysts say, will take years": when the words before hold only the subject,
    // the claim is the whole clause around its attribution; otherwise the longer side.
    const head = span(p, sStart, sStart + lastComma);
    const tail = span(p, from, sEnd);
    const headTerms = head ? p.allTermsIn(head.start, head.end) : [];
    const quoteInHead = head && (p.quoteFrom(head.start)?.open ?? Infinity) < head.end;
    const subjectOnly = head && tail && !quoteInHead && headTerms.length > 0 && headTerms.length <= 12 && !headTerms.some((x) => isVerb(p, x));
    const content = subjectOnly ? { start: head.start, end: tail.end } : head && (!tail || head.end - head.start > tail.end - tail.start) ? head : tail;
    // `"…," she said, but refused …`: after a quote the words that follow are no claim.
    const afterQuote = head && p.inQuote(head.start) !== undefined;
    const conjunction = tail && /^(but|and|or|yet|so)\b/i.test(p.text.slice(tail.start, tail.end));
    if (!afterQuote && !(content === tail && conjunction) && !(subjectOnly && conjunction) && !sub.negated && sub.source && content && !p.inQuote(content.start) && p.termsIn(from, sEnd).slice(0, 6).some((x) => isVerb(p, x))) {
      return reportedFact(p, content, sub.source, cue, 'parenthetical', sStart);
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
  // "I remember signing my first autograph": a recollection takes a gerund instead of a clause.
  const recollection = /^(remember|remembers|remembered|recall|recalls|recalled)$/.test(word) && /ing$/.test(startTerm.word) && startTerm.tags.has('Verb');
  const needsClause = (!TAKES_OBJECT.has(word) || isCognition(word)) && !whClause && !recollection;
  // A clause does not open with a preposition ("insists on clinging to power"), but "at least 40 ships" is a subject.
  if (needsClause && thatAt < 0 && startTerm.tags.has('Preposition') && !/^(at least|at most|up to|more than|about|around|nearly|almost)\b/i.test(p.text.slice(startTerm.start, startTerm.start + 12))) return undefined;
  // Quoted words count for the clause: `told Sky News any process "must be well thought out"`.
  if (needsClause && thatAt < 0 && !isClause(p.allTermsIn(rest[j].start, sEnd))) return undefined;
  // "I think they …", "I believed there was …", "I understand third parties have …": a clause must start with its subject.
  const opener = rest[j];
  if (isCognition(word) && thatAt < 0 && !recollection && (opener.word === 'to' || opener.tags.has('Preposition') || (opener.tags.has('Verb') && !opener.tags.has('Noun')) || (opener.tags.has('Adverb') && opener.word !== 'there'))) return undefined;
  let { source, negated } = subjectBefore(p, cue.start, sStart);
  let via: Via = 'reported';
  if (negated) return undefined;
  if (!source && (/ing$/.test(t.word) || prevTerm?.word === 'to')) {
    // "…, saying that …" and "… enough to realize that …": the speaker is the sentence's subject.
    // Without "that" only a speech participle before a full clause ("was quoted as saying the port …").
    if (thatAt < 0 && !(/^(saying|adding|stating|warning|insisting|arguing|claiming|noting)$/.test(t.word) && isClause(p.allTermsIn(startTerm.start, sEnd)))) return undefined;
    source = firstNounPhrase(p, p.termsIn(sStart, cue.start));
    via = 'reportedSubject';
  }
  if (!source) return undefined;
  if (/ed$/.test(t.word) && p.text.slice(source.end, cue.start).trim() === '' && source.kind === 'noun' && /^(the|a|an)$/i.test(p.text.slice(source.start, source.end).split(/\s+/)[0]) && t.tags.has('Adjective')) return undefined;
  let end = sEnd;
  const q = p.quoteFrom(startTerm.start);
  if (q && q.open < sEnd && p.text.slice(startTerm.start, q.open).trim() === '') return undefined;
  // "The document, which media reports range from ten to 32 pages, must be …": a report inside a
  // relative clause ends where the clause's closing comma does.
  if (/,\s*(which|who|whom|whose|where)\s[^,]*$/i.test(before)) {
    const close = p.text.indexOf(',', startTerm.end);
    if (close > 0 && close < end) end = close;
  }
  // "said the union would stay out and warned that …": a second speech verb with its own clause,
  // coordinated with the first, is a new claim of the same subject, not this one's content.
  const second = p.termsIn(startTerm.end, end).find((x, i, all) => i > 0 && all[i - 1].word === 'and' && /ed$/.test(x.word) && all[i + 1]?.word === 'that' && isCue(p, x) && !isCognition(x.word) && !p.inQuote(x.start));
  if (second) end = p.text.lastIndexOf('and', second.start);
  const content = span(p, startTerm.start, end);
  if (!content) return undefined;
  end = content.end;
  // The sentence's subject is a second reading when the words before the cue may not be its
  // subject ("flipped his choice on the spot – saying …"): the ranker weighs both.
  const subject = via === 'reported' ? firstNounPhrase(p, p.termsIn(sStart, cue.start)) : null;
  const also: Proposal[] = subject && subject.start !== source.start ? [{ via: 'reportedSubject', source: subject, cue }] : [];
  return reportedFact(p, { start: content.start, end }, source, cue, via, sStart, also);
}

function reportedFact(p: Para, content: { start: number; end: number }, source: Source, cue: CueWords, via: Via, sentenceStart: number, also: Proposal[] = []): SpeechFact {
  return makeFact(p, 'reported', content, [{ via, source, cue }, ...also], { sentenceStart });
}
