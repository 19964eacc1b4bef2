// Reported speech introduced by a speech verb: `X said (that) …`, `X told Y that …`, `X decried …`,
// `…, officials said.`, and the parenthetical `The cleanup, analysts say, will take years.`. One
// function per reading of the sentence; verbCue() tries them in turn.
import type { CueWords, SpeechFact, Via } from '../facts';
import { TAKES_LISTENER, TAKES_OBJECT, WH, WH_CUES, cueWord, isCognition, isStance } from '../lexicon/speechVerbs';
import type { Para, Term } from './para';
import { BETWEEN, NP_TAGS, firstNounPhrase, isCue, isClause, isVerb, subjectAfter, subjectBefore } from './speakers';
import { reportedFact, type Proposal } from './candidates';
import { span } from './para';

/** The sentence around one speech verb, read once and shared by the readings below. */
interface CueSentence {
  p: Para;
  ts: Term[];
  k: number;
  t: Term;
  cue: CueWords;
  word: string;
  /** Terms after the cue. */
  rest: Term[];
  prev: Term | undefined;
  sStart: number;
  sEnd: number;
  /** Text of the sentence before the cue, and its last comma or dash (offset in it, or -1). */
  before: string;
  lastComma: number;
  /** A quotation opens after the cue in this sentence: the cue leads a direct quote instead. */
  quoteAfter: boolean;
}

/** Words after a cue that say when or where, not what: "said on Monday", "told reporters". */
const SKIP_AFTER_CUE = new Set(['on', 'in', 'at', 'during', 'via', 'through', 'last', 'this', 'earlier', 'yesterday', 'today', 'tonight', 'recently', 'also', 'publicly', 'repeatedly', 'again', 'previously', 'later', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'week', 'month', 'year', 'statement', 'a', 'an', 'the', 'interview', 'with', 'press', 'conference', 'release', 'to', 'reporters', 'journalists']);

const BE = /^(was|were|is|are|be|been|being|am|'m|’m|'re|’re|'s|’s)$/;

/** The cue word is a noun here ("her claims", "the reports"), or its subject is no speaker (a passive). */
function notSpeech(c: CueSentence): boolean {
  const { p, t, prev, word } = c;
  // A capitalised cue opens an imperative or a title ("Note: …", "Says Who"), not a report.
  if (/^\p{Lu}/u.test(p.text[t.start])) return true;
  // A noun, not a verb: "her claims", "the reports", "Arab states' oil".
  if (t.tags.has('Possessive') || /['’]$/.test(p.text.slice(t.start, t.end + 1))) return true;
  if (prev && /^(his|her|its|their|our|my|your|the|a|an|these|those|this)$/.test(prev.word) && !/[,;:]/.test(prev.post)) return true;
  // "her opening remarks": after an adjective the cue word is a noun.
  // (A past form is no noun: in "the firm said" the tagger's adjective is the subject's head.)
  const pastForm = t.tags.has('PastTense') || /ed$/.test(t.word) || /^(said|told|wrote|spoke|thought|felt|knew|heard|swore)$/.test(t.word);
  if (!pastForm && prev && prev.tags.has('Adjective') && !prev.tags.has('Noun') && !BETWEEN.has(prev.word) && !/[,;:]/.test(prev.post)) return true;
  // "prevented from claiming asylum": a participle after a preposition is not speech.
  if (/ing$/.test(t.word) && prev?.tags.has('Preposition') && prev.word !== 'as') return true;
  // Passive ("was found", "is said to"): the subject is not the speaker. A stance adjective is the
  // opposite: it needs "be" before it ("I'm disappointed that …").
  const be = (x?: Term) => !!x && (BE.test(x.word) || /^['’](m|re|s)\b/.test(p.text.slice(x.end, x.end + 3)));
  if (isStance(word)) {
    const beforeAdverb = prev && prev.tags.has('Adverb') && !be(prev) ? c.ts[c.k - 2] : prev;
    return !be(beforeAdverb);
  }
  return !!prev && /^(was|were|is|are|be|been|being)$/.test(prev.word);
}

/** `…, officials said.` / `…, said the agency.` with nothing but adverbs after the cue. */
function tailReport(c: CueSentence): SpeechFact | undefined | null {
  const { p, cue, rest, word, sStart, sEnd, lastComma } = c;
  const trailing = rest.filter((x) => !SKIP_AFTER_CUE.has(x.word) && !x.tags.has('Date') && !x.tags.has('Adverb') && !x.tags.has('Preposition'));
  const shortTail = /^(said|says|added|told)$/.test(word) && rest.length <= 6 && rest.every((x) => NP_TAGS.some((g) => x.tags.has(g)));
  if (lastComma <= 0 || c.quoteAfter || !(trailing.length === 0 || shortTail)) return null;
  const sub = subjectBefore(p, cue.start, sStart + lastComma + 1);
  const source = sub.source ?? subjectAfter(p, cue.end, sEnd);
  if (sub.negated || !source) return undefined;
  const content = span(p, sStart, sStart + lastComma);
  if (!content || p.inQuote(content.start)) return undefined;
  return reportedFact(p, content, source, cue, sub.source ? 'reportedTail' : 'reportedInverted', sStart);
}

/** "That, I think, started it", "Recipients, said Mauer, are …": the sentence around the attribution. */
function parentheticalReport(c: CueSentence): SpeechFact | undefined {
  const { p, cue, sStart, sEnd, lastComma } = c;
  const inverted = lastComma > 0 ? subjectAfter(p, cue.end, sEnd) : null;
  const afterSubject = inverted && /^\s*,/.test(p.text.slice(inverted.end, inverted.end + 2)) ? inverted.end : -1;
  if (lastComma <= 0 || c.quoteAfter || !(/^\s*,/.test(p.text.slice(cue.end, cue.end + 2)) || afterSubject > 0)) return undefined;
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
  if (afterQuote || (content === tail && conjunction) || (subjectOnly && conjunction) || sub.negated || !sub.source || !content || p.inQuote(content.start)) return undefined;
  if (!p.termsIn(from, sEnd).slice(0, 6).some((x) => isVerb(p, x))) return undefined;
  return reportedFact(p, content, sub.source, cue, 'parenthetical', sStart);
}

/**
 * Where the content starts after the cue: past a listener ("told reporters"), then past "that"
 * when only prepositional or time phrases stand before it ("said on Sunday that …").
 */
function contentStart(c: CueSentence): { j: number; thatAt: number } {
  const { p, rest, word } = c;
  let j = TAKES_LISTENER.has(word) ? skipListener(p, rest) : 0;
  let k2 = j;
  while (k2 < rest.length && k2 - j < 12 && rest[k2].word !== 'that' && !isVerb(p, rest[k2]) && (rest[k2].tags.has('Preposition') || rest[k2].tags.has('Date') || rest[k2].tags.has('Adverb') || NP_TAGS.some((g) => rest[k2].tags.has(g)))) k2++;
  const phraseFirst = k2 === j || rest[j].tags.has('Preposition') || rest[j].tags.has('Date') || rest[j].tags.has('Adverb');
  if (rest[k2]?.word === 'that' && phraseFirst && !rest.slice(j, k2).some((x) => /[.;:!?]/.test(x.post))) return { j: k2 + 1, thatAt: k2 };
  if (phraseFirst && k2 > j && (rest[j].tags.has('Preposition') || rest[j].tags.has('Date'))) {
    // "said in a statement, the company …"
    const comma = rest.slice(j, k2).findIndex((x) => /,/.test(x.post));
    if (comma >= 0) j = j + comma + 1;
  }
  return { j, thatAt: -1 };
}

/** Whether what follows the cue can be its content: a clause, or the object a cue like "denied" takes. */
function contentFits(c: CueSentence, startTerm: Term, hasThat: boolean): boolean {
  const { p, cue, word, sEnd } = c;
  // "…, the minister said, adding that …": the participle is its own cue; "said …, but refused" is not content.
  if (/ing$/.test(startTerm.word) && isCue(p, startTerm)) return false;
  if (/^(but|and|or|yet|so)$/.test(startTerm.word)) return false;
  if (p.inQuote(startTerm.start) || /["“‘]/.test(p.text.slice(cue.end, startTerm.start))) return false; // a direct quote's lead
  const whClause = WH_CUES.test(word) && WH.test(startTerm.word);
  // "I remember signing my first autograph": a recollection takes a gerund instead of a clause.
  const recollection = /^(remember|remembers|remembered|recall|recalls|recalled)$/.test(word) && /ing$/.test(startTerm.word) && startTerm.tags.has('Verb');
  const needsClause = (!TAKES_OBJECT.has(word) || isCognition(word)) && !whClause && !recollection;
  // A clause does not open with a preposition ("insists on clinging to power"), but "at least 40 ships" is a subject.
  if (needsClause && !hasThat && startTerm.tags.has('Preposition') && !/^(at least|at most|up to|more than|about|around|nearly|almost)\b/i.test(p.text.slice(startTerm.start, startTerm.start + 12))) return false;
  // Quoted words count for the clause: `told Sky News any process "must be well thought out"`.
  if (needsClause && !hasThat && !isClause(p.allTermsIn(startTerm.start, sEnd))) return false;
  // "I think they …", "I believed there was …", "I understand third parties have …": a clause must start with its subject.
  const opener = startTerm;
  return !(isCognition(word) && !hasThat && !recollection && (opener.word === 'to' || opener.tags.has('Preposition') || (opener.tags.has('Verb') && !opener.tags.has('Noun')) || (opener.tags.has('Adverb') && opener.word !== 'there')));
}

/** Who speaks through a forward cue: the subject before it, or for a participle the sentence's subject. */
function forwardSource(c: CueSentence, startTerm: Term, hasThat: boolean): { source: NonNullable<SpeechFact['source']>; via: Via } | undefined {
  const { p, t, prev, cue, sStart, sEnd } = c;
  const { source, negated } = subjectBefore(p, cue.start, sStart);
  if (negated) return undefined;
  if (source) return { source, via: 'reported' };
  if (!(/ing$/.test(t.word) || prev?.word === 'to')) return undefined;
  // "…, saying that …" and "… enough to realize that …": the speaker is the sentence's subject.
  // Without "that" only a speech participle before a full clause ("was quoted as saying the port …").
  if (!hasThat && !(/^(saying|adding|stating|warning|insisting|arguing|claiming|noting)$/.test(t.word) && isClause(p.allTermsIn(startTerm.start, sEnd)))) return undefined;
  const subject = firstNounPhrase(p, p.termsIn(sStart, cue.start));
  return subject ? { source: subject, via: 'reportedSubject' } : undefined;
}

/** Where forward content ends: at a relative clause's comma, or before a second coordinated cue. */
function contentEnd(c: CueSentence, startTerm: Term): number {
  const { p, sEnd, before } = c;
  let end = sEnd;
  // "The document, which media reports range from ten to 32 pages, must be …": a report inside a
  // relative clause ends where the clause's closing comma does.
  if (/,\s*(which|who|whom|whose|where)\s[^,]*$/i.test(before)) {
    const close = p.text.indexOf(',', startTerm.end);
    if (close > 0 && close < end) end = close;
  }
  // "said the union would stay out and warned that …", "… and accused the authority of …": a
  // second speech verb with its own content, coordinated with the first, is a new claim of the
  // same subject, not this one's content.
  const ownContent = (x: Term, next: Term | undefined) => next?.word === 'that' || TAKES_OBJECT.has(x.word);
  const second = p.termsIn(startTerm.end, end).find((x, i, all) => i > 0 && all[i - 1].word === 'and' && /ed$/.test(x.word) && ownContent(x, all[i + 1]) && isCue(p, x) && !isCognition(x.word) && !p.inQuote(x.start));
  if (second) end = p.text.lastIndexOf('and', second.start);
  return end;
}

/** `X said (that) …`, `X told reporters …`, `X decried …`: the content after the cue. */
function forwardReport(c: CueSentence): SpeechFact | undefined {
  const { p, t, cue, sStart, sEnd } = c;
  const { j, thatAt } = contentStart(c);
  const startTerm = c.rest[j];
  if (!startTerm || !contentFits(c, startTerm, thatAt >= 0)) return undefined;
  const found = forwardSource(c, startTerm, thatAt >= 0);
  if (!found) return undefined;
  const { source, via } = found;
  if (/ed$/.test(t.word) && p.text.slice(source.end, cue.start).trim() === '' && source.kind === 'noun' && /^(the|a|an)$/i.test(p.text.slice(source.start, source.end).split(/\s+/)[0]) && t.tags.has('Adjective')) return undefined;
  const q = p.quoteFrom(startTerm.start);
  if (q && q.open < sEnd && p.text.slice(startTerm.start, q.open).trim() === '') return undefined;
  const content = span(p, startTerm.start, contentEnd(c, startTerm));
  if (!content) return undefined;
  // The sentence's subject is a second reading when the words before the cue may not be its
  // subject ("flipped his choice on the spot – saying …"): the ranker weighs both.
  const subject = via === 'reported' ? firstNounPhrase(p, p.termsIn(sStart, cue.start)) : null;
  const also: Proposal[] = subject && subject.start !== source.start ? [{ via: 'reportedSubject', source: subject, cue }] : [];
  return reportedFact(p, content, source, cue, via, sStart, also);
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
export function verbCue(p: Para, ts: Term[], k: number, cue: CueWords, sStart: number, sEnd: number): SpeechFact | undefined {
  const before = p.text.slice(sStart, cue.start);
  const c: CueSentence = {
    p,
    ts,
    k,
    t: ts[k],
    cue,
    word: cueWord(cue.text),
    rest: ts.slice(k + 1).filter((x) => x.start >= cue.end),
    prev: ts[k - 1],
    sStart,
    sEnd,
    before,
    lastComma: Math.max(before.lastIndexOf(','), before.lastIndexOf('—')),
    quoteAfter: (p.quoteFrom(cue.end)?.open ?? Infinity) < sEnd,
  };
  if (notSpeech(c)) return undefined;
  const tail = tailReport(c);
  if (tail !== null) return tail;
  return parentheticalReport(c) ?? forwardReport(c);
}

