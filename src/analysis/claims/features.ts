// Named features of a candidate source: what the ranker (claims/rank.ts) weighs. Local features
// read the paragraph only (they are cached with its facts); document features read what only the
// whole article knows (which entity the words resolve to, who spoke before).
import type { SourceCandidate, SourceWords, SpeechFact, Via } from '../facts';
import type { Entity } from '../model';
import { cueStrength, cueWord, isCognition, QUOTE_ONLY } from '../lexicon/speechVerbs';
import { isTitleAbbreviation } from '../lexicon/abbreviations';
import { POSSESSIVE_PRONOUN } from '../lexicon/pronouns';
import type { Para } from './para';

export type Features = Record<string, number>;

const FUNCTION_WORDS = /^(a|an|the|this|that|these|those|some|any|each|every|another|such|its|his|her|their|our|my|your|of|in|on|at|to|for|by|with|from|and|or|but|as|so|yet|then|also)$/;
const INDEFINITE = /^(a|an|one|some|several|many|few|two|three|four|five|another|other|unnamed|anonymous|numerous|multiple)$/;
const DEFINITE = /^(the|this|that|these|those)$/;

/**
 * Words that name no one on their own: every word a function word, a title abbreviation, a number
 * or a single letter ("the", "a", "Mr", "Rep.", "2001").
 */
export function isFragment(words: string): boolean {
  // An acronym written with stops ("U.S.", "F.A.A.") names a body.
  if (/^(\p{Lu}\.){2,}\p{Lu}?\.?$/u.test(words.trim())) return false;
  // A proportion ("4 in 10", "three out of four") counts people: it is a source.
  if (/\b[\p{N}\p{L}]+\s+(in|of|out of)\s+\p{N}+\b/u.test(words) && /\p{N}/u.test(words)) return false;
  const ws = words.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return ws.every((w) => FUNCTION_WORDS.test(w.toLowerCase()) || isTitleAbbreviation(w) || /^\p{N}+$/u.test(w) || (w.length === 1 && w !== 'I'));
}

/** Words in [from, to) of the paragraph: how far apart two things are, in words. */
function wordsBetween(p: Para, from: number, to: number): number {
  return from < to ? p.allTermsIn(from, to).length : 0;
}

const log1p = (n: number) => Math.log(1 + n);

/** Features of the candidate's words alone. */
function shapeFeatures(c: { source: Pick<SourceWords, 'text' | 'kind'> }, f: Features): void {
  const words = c.source.text.split(/\s+/).filter(Boolean);
  const first = (words[0] ?? '').toLowerCase();
  f[`kind:${c.source.kind}`] = 1;
  if (INDEFINITE.test(first)) f['source:indefinite'] = 1;
  if (DEFINITE.test(first)) f['source:definite'] = 1;
  if (c.source.kind === 'noun' && /[^s]s$/i.test(words[words.length - 1] ?? '')) f['source:plural'] = 1;
  if (/['’]s\s/.test(c.source.text)) f['source:possessive'] = 1;
  if (words.slice(1).some((w) => /^\p{Lu}/u.test(w))) f['source:capitalised'] = 1;
  if (/\p{N}+\s+(in|of|out of)\s+\p{N}+|\bpercent\b|%/u.test(c.source.text)) f['source:proportion'] = 1;
  f['source:words'] = log1p(words.length);
}

/** Features of the cue the candidate speaks through. */
function cueFeatures(c: { cue: { text: string } | null }, f: Features): void {
  if (!c.cue) {
    f['cue:none'] = 1;
    return;
  }
  const word = cueWord(c.cue.text);
  f['cue:strength'] = cueStrength(c.cue.text);
  if (QUOTE_ONLY.has(word)) f['cue:quoteOnly'] = 1;
  if (isCognition(word)) f['cue:cognition'] = 1;
  if (/ing$/.test(word)) f['cue:participle'] = 1;
}

/** Features of the claim itself, shared by all its candidates (stored with the paragraph's facts). */
export function claimFeatures(p: Para, fact: Pick<SpeechFact, 'kind' | 'start' | 'end'>): Features {
  const f: Features = {};
  const q = fact.kind === 'direct' ? p.inQuote(fact.start) : undefined;
  if (!q) return f;
  const content = p.text.slice(fact.start, q.end);
  if (/,\s*$/.test(content)) f['quote:endsComma'] = 1;
  else if (/[.!?…]\s*$/.test(content)) f['quote:endsStop'] = 1;
  if (p.text.slice(0, q.open).trim() === '') f['quote:opensParagraph'] = 1;
  if (q.unclosed) f['quote:unclosed'] = 1;
  return f;
}

/** Where the cue and the candidate stand relative to the claim's words. */
function geometryFeatures(p: Para, fact: Pick<SpeechFact, 'kind' | 'start' | 'end'>, c: SourceCandidate, f: Features): void {
  const q = fact.kind === 'direct' ? p.inQuote(fact.start) : undefined;
  const open = q ? q.open : fact.start;
  const close = q ? q.close : fact.end;
  if (c.cue) {
    const gap = c.cue.end <= open ? wordsBetween(p, c.cue.end, open) : wordsBetween(p, close, c.cue.start);
    f['cue:gapWords'] = log1p(gap);
    if (gap === 0) f['cue:adjacent'] = 1;
    const toSource = c.source.end <= c.cue.start ? wordsBetween(p, c.source.end, c.cue.start) : wordsBetween(p, c.cue.end, c.source.start);
    f['source:gapWords'] = log1p(toSource);
  }
  syntaxFeatures(p, c, f);
  const at = c.source.start;
  const sameSentence = p.sentenceStartOf(at) === p.sentenceStartOf(fact.start) || (at >= close && p.sentenceStartOf(at) <= close);
  if (!sameSentence) f['source:otherSentence'] = 1;
}

/**
 * What stands right before the source words and the cue: a subject follows no preposition
 * ("in the past said") and no verb ("endorsing eight"); a cue after a possessive is a noun
 * ("Ginsburg's comments").
 */
function syntaxFeatures(p: Para, c: SourceCandidate, f: Features): void {
  const before = p.termBefore(c.source.start);
  if (before && p.sentenceStartOf(before.start) === p.sentenceStartOf(c.source.start) && !/[,;:(—–]/.test(before.post)) {
    if (before.tags.has('Preposition') && c.via !== 'according') f['source:afterPreposition'] = 1;
    else if (before.tags.has('Verb') && !before.tags.has('Auxiliary') && !before.tags.has('Copula') && before.end <= (c.cue?.start ?? before.end)) f['source:afterVerb'] = 1;
  }
  const words = c.source.text.split(/\s+/);
  if (c.source.kind === 'noun' && words.length === 1 && /^\p{Ll}/u.test(c.source.text)) f['source:bareLower'] = 1;
  if (!c.cue) return;
  const beforeCue = p.termBefore(c.cue.start);
  if (beforeCue && (POSSESSIVE_PRONOUN.test(beforeCue.word) || /['’]s?$/.test(p.text.slice(beforeCue.start, beforeCue.end)) || /^['’]/.test(beforeCue.post))) f['cue:afterPossessive'] = 1;
}

/** The features every candidate has, wherever it was proposed: its pattern, words and cue. */
export function baseFeatures(via: Via, kind: SpeechFact['kind'], claim: Features, c: { source: Pick<SourceWords, 'text' | 'kind'>; cue: { text: string } | null }): Features {
  const f: Features = { bias: 1, ...claim, [`${kind}:via:${via}`]: 1 };
  shapeFeatures(c, f);
  cueFeatures(c, f);
  return f;
}

/** Everything the paragraph alone says about a candidate. */
export function localFeatures(p: Para, fact: Pick<SpeechFact, 'kind' | 'start' | 'end'>, claim: Features, c: SourceCandidate): Features {
  const f = baseFeatures(c.via, fact.kind, claim, c);
  geometryFeatures(p, fact, c, f);
  return f;
}

/** What the document pass learned about a candidate. */
export interface Resolution {
  /** The entity the words name, if any. */
  entity: Entity | undefined;
  /** A pronoun or role noun resolved to a named non-entity source ("the opposition"). */
  resolvedWords: boolean;
  /** The entity spoke earlier in the article. */
  spokeBefore: boolean;
}

/** Document features, added to the cached local ones. */
export function documentFeatures(kind: SourceWords['kind'], r: Resolution): Features {
  const f: Features = {};
  if (r.entity) f[`entity:${r.entity.type}`] = 1;
  else if (r.resolvedWords) f['resolved:words'] = 1;
  else f[`unresolved:${kind}`] = 1;
  if (r.spokeBefore) f['entity:spokeBefore'] = 1;
  return f;
}
