// A claim with every source its paragraph proposes: the candidates get their local features here
// and are ordered by the ranker, so the paragraph's own follow-on rules can read its best reading.
import type { CueWords, SourceCandidate, SourceWords, SpeechFact, Via } from '../facts';
import { claimFeatures, localFeatures } from './features';
import { byScore } from './rank';
import type { Para } from './para';

/** A source proposed by one pattern, before features. */
export interface Proposal {
  via: Via;
  source: SourceWords;
  cue: CueWords | null;
}

type Extra = Omit<SpeechFact, 'kind' | 'start' | 'end' | 'candidates' | 'source' | 'cue' | 'claimFeatures'> & { bareCue?: CueWords | null };

/** Proposals with the same words and cue are one candidate (the first pattern's). */
function distinct(proposals: Proposal[]): Proposal[] {
  const seen = new Set<string>();
  return proposals.filter((pr) => {
    const key = `${pr.source.start}:${pr.source.end}:${pr.cue?.start ?? -1}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function makeFact(p: Para, kind: SpeechFact['kind'], span: { start: number; end: number }, proposals: Proposal[], extra: Extra): SpeechFact {
  const where = { kind, ...span };
  const claim = claimFeatures(p, where);
  const candidates: SourceCandidate[] = byScore(distinct(proposals).map((pr) => ({ ...pr, f: localFeatures(p, where, claim, { ...pr, f: {} }) })));
  const { bareCue, ...rest } = extra;
  const best = candidates[0];
  return { kind, ...span, candidates, source: best?.source ?? null, cue: best?.cue ?? bareCue ?? null, claimFeatures: claim, ...rest };
}

/** The fact with one more candidate, ordered again (a later pattern of the paragraph adds it). */
export function withCandidate(p: Para, fact: SpeechFact, pr: Proposal): SpeechFact {
  const proposals: Proposal[] = fact.candidates.map(({ via, source, cue }) => ({ via, source, cue }));
  const { kind, start, end, candidates: _c, source: _s, cue, claimFeatures: _f, ...rest } = fact;
  return makeFact(p, kind, { start, end }, [...proposals, pr], { ...rest, bareCue: cue });
}
