// A claim with every source its paragraph proposes: the candidates get their local features here
// and are ordered by the ranker, so the paragraph's own follow-on rules can read its best reading.
import type { CueWords, SourceCandidate, SourceWords, SpeechFact, Via } from '../facts';
import { claimFeatures, isFragment, localFeatures } from './features';
import { byScore } from './rank';
import type { Para } from './para';

/** A source proposed by one pattern, before features. */
export interface Proposal {
  via: Via;
  source: SourceWords;
  cue: CueWords | null;
}

type Extra = Omit<SpeechFact, 'kind' | 'start' | 'end' | 'candidates' | 'source' | 'cue' | 'claimFeatures'> & { bareCue?: CueWords | null };

/**
 * Proposals with the same words and cue are one candidate (the first pattern's). Words that name
 * no one ("the", "Mr", "2001") are never a candidate: no source beats a fragment. Nor are words
 * that overlap the claim itself (a word running into a quotation mark).
 */
function distinct(proposals: Proposal[], claim: { start: number; end: number }): Proposal[] {
  const seen = new Set<string>();
  return proposals.filter((pr) => {
    const overlaps = pr.source.start < claim.end && claim.start < pr.source.end;
    // Only a parenthetical attribution sits inside its claim ("The cleanup, analysts say, will …").
    if ((pr.source.kind !== 'pronoun' && isFragment(pr.source.text)) || (overlaps && pr.via !== 'parenthetical')) return false;
    const key = `${pr.source.start}:${pr.source.end}:${pr.cue?.start ?? -1}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function makeFact(p: Para, kind: SpeechFact['kind'], span: { start: number; end: number }, proposals: Proposal[], extra: Extra): SpeechFact {
  const where = { kind, ...span };
  const claim = claimFeatures(p, where);
  const q = kind === 'direct' ? p.inQuote(span.start) : undefined;
  const claimSpan = q ? { start: q.open, end: q.close } : span;
  const candidates: SourceCandidate[] = byScore(distinct(proposals, claimSpan).map((pr) => ({ ...pr, f: localFeatures(p, where, claim, { ...pr, f: {} }) })));
  const { bareCue, ...rest } = extra;
  const best = candidates[0];
  return { kind, ...span, candidates, source: best?.source ?? null, cue: best ? best.cue : bareCue ?? null, claimFeatures: claim, ...rest };
}

/** The fact with one more candidate, ordered again (a later pattern of the paragraph adds it). */
export function withCandidate(p: Para, fact: SpeechFact, pr: Proposal): SpeechFact {
  const proposals: Proposal[] = fact.candidates.map(({ via, source, cue }) => ({ via, source, cue }));
  const { kind, start, end, candidates: _c, source: _s, cue, claimFeatures: _f, ...rest } = fact;
  return makeFact(p, kind, { start, end }, [...proposals, pr], { ...rest, bareCue: cue });
}
