// Weights of the attribution ranker (claims/rank.ts): one number per named feature
// (claims/features.ts); a candidate's score is their sum over its features, its confidence the
// logistic of that score. Set by hand for now (replaced by fitted weights: see bench/attribution).
export const WEIGHTS: Readonly<Record<string, number>> = {
  bias: -1,
  'via:tail': 4,
  'via:tailInverted': 4,
  'via:dash': 3,
  'via:lead': 3.5,
  'via:according': 3.5,
  'via:leadSubject': 2.5,
  'via:quotative': 2.5,
  'via:closingCue': 2.5,
  'via:label': 2,
  'via:colonSubject': 1.5,
  'via:prevSubject': 0.5,
  'via:continuation': 3,
  'via:inherit': 2,
  'via:followOn': 2.5,
  'via:intro': 3,
  'via:continuedBy': 2.5,
  'via:reported': 3.5,
  'via:reportedTail': 3.5,
  'via:reportedInverted': 3.5,
  'via:reportedSubject': 3,
  'via:parenthetical': 3,
  'via:headline': 3,
  'via:credit': 3,
  'cue:adjacent': 1,
  'source:fragment': -8,
  'entity:place': -1,
  'unresolved:pronoun': -0.5,
};

/** Below this confidence no source is given: a wrong name is worse than none. */
export const THRESHOLD = 0.5;
