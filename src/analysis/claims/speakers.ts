// Cues and the speakers next to them: which word is a speech verb, and whose words they are
// ("Edmundo Gonzalez said", "said Bolden", "Marisol Peña, the general secretary …, told").
import type { SpeechFact } from '../facts';
import { CUE_RE } from '../lexicon/speechVerbs';
import { POSSESSIVE_PRONOUN } from '../lexicon/pronouns';
import type { Term, Source } from './para';
import { PRONOUNS, Para } from './para';

/** Words that may stand between a speaker and the cue ("also said", "has repeatedly decried"). */
export const BETWEEN = new Set(['should', 'must', 'can', 'might', 'shall', 'am', "'m", '’m', 'so', 'very', 'really', 'quite', 'deeply', 'all', 'also', 'later', 'then', 'again', 'repeatedly', 'previously', 'reportedly', 'publicly', 'recently', 'earlier', 'once', 'further', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'would', 'will', 'could', 'may', 'might', 'did', 'does', 'do', 'not', 'never', 'already', 'still', 'even', 'just', 'only', 'first', 'today', 'yesterday', 'subsequently', 'openly', 'flatly', 'quickly', 'simply', 'always', 'often', 'initially', 'allegedly', 'apparently', 'herself', 'himself', 'itself', 'themselves', 'however', 'would']);

export const SENTENCE_ADVERBS = /^(however|meanwhile|later|then|today|yesterday|also|still|instead|now|here|there|thus|nevertheless|moreover|furthermore|finally|earlier|previously|separately|similarly|again|so|yet|indeed)$/;

export const NEGATION = /\b(not|never|no longer)\b|n['’]t\b/i;

/** Openers of an introductory phrase before the subject ("In a statement, he said"). */
export const INTRO_TAGS = ['Preposition', 'Adverb', 'Conjunction', 'Gerund'];

/** Words that open a subordinate clause before the subject ("When Wallace died, Clinton …"). */
const SUBORDINATORS = /^(when|while|after|before|as|if|since|because|although|though|once|until|whenever|where)$/;

/**
 * Terms without bracketed asides ("Rep. Ana Lott (D-Ore.)", "Kasich (R-OH), said"): an aside is no
 * break between a speaker and the cue, and no part of the speaker's words.
 */
export function withoutBrackets(ts: Term[]): Term[] {
  const out: Term[] = [];
  let depth = 0;
  for (const t of ts) {
    if (t.pre.includes('(')) depth++;
    if (depth === 0) out.push(t);
    if (/^[^\s]*\)/.test(t.post)) depth = Math.max(0, depth - 1);
  }
  return out;
}

export const NP_TAGS = ['Noun', 'ProperNoun', 'Determiner', 'Adjective', 'Possessive', 'Value', 'Acronym', 'Honorific', 'Pronoun', 'Person', 'Organization', 'Place'];

/** Tags of words after which a noun must follow inside a noun phrase. */
const MODIFIER_TAGS = ['Determiner', 'Adjective', 'Value', 'Possessive'];

export const STOP_WORDS = new Set(['that', 'who', 'which', 'whom', 'whose', 'and', 'but', 'or', 'as', 'when', 'while', 'because', 'if', 'what', 'where', 'how', 'why', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'for', 'about', 'after', 'before', 'than', 'so', 'said', 'says']);

export const CUE_AT = new RegExp(CUE_RE.source, 'iy');

/** The cue starting at this term ("said", "according to", "pointed out"), if it is one. */
export function cueAt(p: Para, t: Term): SpeechFact['cue'] | undefined {
  if (onlyNoun(t)) return undefined;
  CUE_AT.lastIndex = t.start;
  const m = CUE_AT.exec(p.text);
  if (!m || m[0].length < t.end - t.start) return undefined;
  // Part of a hyphenated word ("counter-measures", "self-reported") is no cue.
  if (p.text[t.start - 1] === '-' || p.text[t.start + m[0].length] === '-') return undefined;
  return { start: t.start, end: t.start + m[0].length, text: m[0] };
}

export function looseCue(p: Para, t: Term): boolean {
  if (!/^\p{Ll}/u.test(p.text[t.start])) return false;
  // After a determiner, a possessive or a preposition a cue word is a noun ("the state", "her
  // claims", "secretary of state"); "to" makes an infinitive.
  const before = p.termBefore(t.start);
  const adjacent = before && p.text.slice(before.end, t.start).trim() === '';
  if (adjacent && (before.tags.has('Determiner') || POSSESSIVE_PRONOUN.test(before.word) || (before.tags.has('Preposition') && before.word !== 'to'))) return false;
  CUE_AT.lastIndex = t.start;
  const m = CUE_AT.exec(p.text);
  return !!m && m[0].length >= t.end - t.start;
}

export function isCue(p: Para, t: Term): boolean {
  return cueAt(p, t) !== undefined;
}

/** "claims" in "González's claims" is a noun, not a cue; "said" after a name is often mis-tagged Adjective, so only Noun rules it out. */
export function onlyNoun(t: Term): boolean {
  // "said"/"told" are never nouns in news prose, whatever the tagger thinks ("the port said" is not Port Said).
  if (/^(said|told|saying|adding|stating|according|attributed)$/.test(t.word)) return false;
  return t.tags.has('Noun') && !t.tags.has('Verb');
}

export function cueOf(p: Para, t: Term): NonNullable<SpeechFact['cue']> {
  CUE_AT.lastIndex = t.start;
  const m = CUE_AT.exec(p.text);
  if (m) return { start: t.start, end: t.start + m[0].length, text: m[0] };
  return { start: t.start, end: t.end, text: p.text.slice(t.start, t.end) };
}

/** The speaker named right before a cue: "Edmundo Gonzalez said", "Marisol Peña, the general secretary …, told". */
export function subjectBefore(p: Para, cueStart: number, from: number, antecedent = false): { source: Source | null; negated: boolean } {
  const ts = withoutBrackets(p.termsIn(from, cueStart));
  let i = ts.length - 1;
  while (i >= 0 && (BETWEEN.has(ts[i].word) || (ts[i].tags.has('Adverb') && /ly$/.test(ts[i].word) && !/^\p{Lu}/u.test(p.text[ts[i].start]))) && !/[,;:]/.test(ts[i].post)) i--;
  const negated = i < ts.length - 1 && NEGATION.test(p.text.slice(ts[i + 1]?.start ?? cueStart, cueStart));
  if (i < 0) return { source: null, negated };
  if (/,/.test(ts[i].post) && !antecedent) {
    // An apposition or relative clause stands between speaker and cue: the speaker opens the sentence.
    return { source: firstNounPhrase(p, ts.slice(0, i + 1)), negated };
  }
  const run: Term[] = [];
  for (let k = i; k >= 0 && run.length < 8; k--) {
    const t = ts[k];
    if (k < i && /[,;:(—–]/.test(t.post)) break;
    if ((t.word === 'who' || t.word === 'which') && run.length === 0 && k > 0 && /,/.test(ts[k - 1].post)) {
      // "Devocht, who had told Montalvo …": the speaker is the noun phrase the clause hangs on.
      return { source: subjectBefore(p, ts[k - 1].end + 1, from, true).source, negated };
    }
    if (t.word === 'and' && run.length === 0 && k > 0) {
      // Coordinated verbs ("Fans come up and say"): the subject opens the clause.
      let c = k - 1;
      while (c >= 0 && !/^(when|while|because|if|after|before|as|since|whenever|but)$/.test(ts[c].word) && !/[,;:]/.test(ts[c].post)) c--;
      return { source: firstNounPhrase(p, ts.slice(c + 1, k)), negated };
    }
    const complement = (t.word === 'for' || t.word === 'at') && run.length > 0 && k > 0 && ts[k - 1].tags.has('Noun');
    // "4 in 10 say", "three in four voters": a proportion is one phrase.
    const proportion = t.word === 'in' && run.length > 0 && run[0].tags.has('Value') && k > 0 && ts[k - 1].tags.has('Value');
    if ((STOP_WORDS.has(t.word) && !complement && !proportion) || isCueTerm(p, t)) break;
    if (PRONOUNS.has(t.word) || (t.tags.has('Pronoun') && !t.tags.has('Possessive'))) {
      if (run.length === 0) run.unshift(t);
      break;
    }
    // "A spokeswoman for the ministry", "the head of the union": a complement joins the noun before it.
    const joins = proportion || ((t.word === 'of' || t.word === 'for' || t.word === 'at') && run.length > 0 && k > 0 && ts[k - 1].tags.has('Noun') && !/[,;:]/.test(ts[k - 1].post));
    // A capitalised word the tagger misread ("Daly" as an adverb) still names the speaker.
    const misread = p.isName(t) && !SENTENCE_ADVERBS.test(t.word) && !['Conjunction', 'Preposition', 'QuestionWord', 'Verb'].some((g) => t.tags.has(g));
    // "campaign manager Ana Lott": a base-form word the tagger calls a verb, right before a common noun, modifies it.
    const modifier = run.length > 0 && t.tags.has('Infinitive') && !t.tags.has('PastTense') && run[0].tags.has('Noun') && !p.isName(run[0]) && !/[,;:]/.test(t.post);
    const np = NP_TAGS.some((g) => t.tags.has(g)) || joins || misread || modifier;
    if (!np || (t.tags.has('Verb') && !t.tags.has('Noun') && !p.isName(t) && !modifier)) break;
    run.unshift(t);
  }
  if (run.length === 0) return { source: null, negated };
  while (run.length > 1 && run[0].word === 'of') run.shift();
  return { source: p.source(run), negated };
}

export function isCueTerm(p: Para, t: Term): boolean {
  return t.tags.has('Verb') && isCue(p, t);
}

/** The subject of a sentence: its first noun phrase after any introductory phrases ("In a statement, …"). */
export function firstNounPhrase(p: Para, ts: Term[]): Source | null {
  let k = 0;
  // Skip comma-closed introductory chunks that open with a preposition, adverb or participle.
  for (;;) {
    const first = ts[k];
    if (!first) return null;
    const comma = ts.findIndex((t, j) => j >= k && /,/.test(t.post));
    if (comma < 0) break;
    // "Asked about the budget, …": a participle opening the sentence is an introductory phrase too.
    const participle = first.tags.has('Verb') && (first.tags.has('PastTense') || first.tags.has('Participle')) && k === 0;
    const opensIntro = INTRO_TAGS.some((g) => first.tags.has(g)) || SUBORDINATORS.test(first.word) || /ing$/.test(first.word) || participle || first.tags.has('Date') || first.tags.has('Value');
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
  // "Ms. Peña later": adverbs after the noun phrase are not part of the speaker.
  while (run.length > 1 && (run[run.length - 1].word === 'of' || BETWEEN.has(run[run.length - 1].word) || SENTENCE_ADVERBS.test(run[run.length - 1].word))) run.pop();
  return run.length ? p.source(run, 'first') : null;
}

/** A noun phrase right after a cue ("said Bolden", "said the agency's chief"). */
export function subjectAfter(p: Para, from: number, to: number): Source | null {
  const ts = withoutBrackets(p.termsIn(from, to));
  const run: Term[] = [];
  for (const [k, t] of ts.entries()) {
    if (run.length >= 8) break;
    // After a determiner, adjective or number the next word is a noun, whatever its tag ("a recent poll").
    const nounSlot = run.length > 0 && MODIFIER_TAGS.some((g) => run[run.length - 1].tags.has(g)) && !t.tags.has('Adverb') && !t.tags.has('Preposition');
    // "said retired Gen. Tom Brandt": a participle opening the phrase before a name describes it.
    const participle = run.length === 0 && t.tags.has('PastTense') && !/[,;:.!?(]/.test(t.post) && !!ts[k + 1] && p.isName(ts[k + 1]);
    if (STOP_WORDS.has(t.word) || (!nounSlot && !participle && t.tags.has('Verb') && !t.tags.has('Noun') && !p.isName(t))) break;
    if (!nounSlot && !participle && !NP_TAGS.some((g) => t.tags.has(g))) break;
    run.push(t);
    if (/[,;:.!?(]/.test(t.post)) break;
  }
  return run.length ? p.source(run, 'first') : null;
}

/** A word that can only be a verb here (not a noun, an adjective or part of a name). */
export function isVerb(p: Para, t: Term): boolean {
  return t.tags.has('Verb') && !t.tags.has('Noun') && !(t.tags.has('Adjective') && !t.tags.has('PastTense')) && !p.isName(t);
}

/** A subject then a finite verb within a few words, with no preposition or relative word before the verb. */
export function isClause(ts: Term[]): boolean {
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
