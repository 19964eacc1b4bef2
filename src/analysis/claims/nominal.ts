// Nominal cues: "Lott's assertion that the dam was safe angered the town", "his claim that the
// audit was forged". The possessor is the source, the "that" clause the content, and the clause
// ends where the sentence's own verb begins.
import type { SpeechFact } from '../facts';
import { speechNoun } from '../lexicon/speechVerbs';
import { makeFact } from './candidates';
import type { Para, Source, Term } from './para';
import { subjectBefore } from './speakers';
import { THIRD_PERSON_POSSESSIVE } from '../lexicon/pronouns';


function finite(t: Term): boolean {
  return t.tags.has('Verb') && (t.tags.has('PastTense') || t.tags.has('PresentTense') || t.tags.has('Copula') || t.tags.has('Modal')) && !t.tags.has('Gerund');
}

/**
 * Where the "that" clause starting at ts[from] ends: before the second finite verb that no
 * auxiliary, conjunction or relative word joins to the clause ("… was safe | angered the town").
 */
export function clauseEnd(p: Para, ts: Term[], from: number, sEnd: number): number {
  let seen = false;
  for (let i = from; i < ts.length; i++) {
    const t = ts[i];
    if (!finite(t)) continue;
    const prev = ts[i - 1];
    const joined = prev && (/^(and|or|but|that|to|who|which|whom|what)$/.test(prev.word) || prev.tags.has('Auxiliary') || prev.tags.has('Modal') || prev.tags.has('Copula') || /[,;]/.test(prev.post));
    if (seen && !joined) return prev.end;
    seen = true;
  }
  return sEnd;
}

/** The possessor before a speech noun: "Ana Lott's", "his". */
function possessor(p: Para, ts: Term[], k: number, sStart: number): Source | null {
  const before = ts[k - 1];
  if (!before || /[,;:]/.test(before.post)) return null;
  if (THIRD_PERSON_POSSESSIVE.test(before.word)) return { start: before.start, end: before.end, text: p.text.slice(before.start, before.end), kind: 'pronoun' };
  if (!/['’]s?$/.test(p.text.slice(before.start, before.end)) && !/^['’]/.test(before.post)) return null;
  return subjectBefore(p, before.end + 1, sStart).source;
}

export function nominalClaim(p: Para, ts: Term[], k: number, sStart: number, sEnd: number): SpeechFact | undefined {
  const t = ts[k];
  if (ts[k + 1]?.word !== 'that' || !t.tags.has('Noun') || speechNoun(t.word) === undefined) return undefined;
  const source = possessor(p, ts, k, sStart);
  if (!source || !ts[k + 2]) return undefined;
  const start = ts[k + 2].start;
  const end = clauseEnd(p, ts, k + 2, sEnd);
  if (end - start < 3) return undefined;
  const cue = { start: t.start, end: t.end, text: p.text.slice(t.start, t.end) };
  return makeFact(p, 'reported', { start, end }, [{ via: 'nominal', source, cue }], { sentenceStart: sStart });
}
