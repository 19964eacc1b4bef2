// Weights of the attribution ranker (claims/rank.ts): one number per named feature
// (claims/features.ts); a candidate's score is their sum over its features, its confidence the
// logistic of that score. Generated: `npm run bench:fit-attribution -- --write` fits an
// L2-regularised logistic regression on every candidate source of every claim with a gold
// speaker in gum-news-claims.dev.jsonl and polnear-train.jsonl (bench/attribution/fit.ts).
// 10877 claims with a gold speaker, 12095 candidates; L2 2; thresholds: the lowest with held-out precision >= 0.965 (direct), 0.88 (reported)
//   held-out fold 0 (t=0.50)     accuracy 0.892 (3416/3828)  precision 0.919 (3391/3691)
//   held-out fold 1 (t=0.50)     accuracy 0.897 (3466/3865)  precision 0.929 (3447/3712)
//   held-out direct t=0.30: 3743 given, precision 0.972, accuracy 0.971
//   held-out direct t=0.40: 3732 given, precision 0.975, accuracy 0.970
//   held-out direct t=0.50: 3728 given, precision 0.975, accuracy 0.970
//   held-out direct t=0.60: 3707 given, precision 0.978, accuracy 0.967
//   held-out direct t=0.70: 3664 given, precision 0.981, accuracy 0.958
//   held-out direct t=0.80: 3582 given, precision 0.984, accuracy 0.939
//   held-out direct t=0.90: 3158 given, precision 0.989, accuracy 0.833
//   held-out reported t=0.30: 3808 given, precision 0.863, accuracy 0.856
//   held-out reported t=0.40: 3763 given, precision 0.867, accuracy 0.849
//   held-out reported t=0.50: 3675 given, precision 0.871, accuracy 0.834
//   held-out reported t=0.60: 3524 given, precision 0.883, accuracy 0.810
//   held-out reported t=0.70: 3286 given, precision 0.895, accuracy 0.765
//   held-out reported t=0.80: 2859 given, precision 0.909, accuracy 0.677
//   held-out reported t=0.90: 1626 given, precision 0.924, accuracy 0.391
//   all, direct (t=0.5)          accuracy 0.969 (3639/3755)  precision 0.977 (3635/3721)
//   all, reported (t=0.58)       accuracy 0.806 (3175/3938)  precision 0.880 (3136/3563)
export const WEIGHTS: Readonly<Record<string, number>> = {
  'bias': 0.577,
  'cue:adjacent': -0.770,
  'cue:afterPossessive': -1.446,
  'cue:cognition': 0.461,
  'cue:gapWords': -0.545,
  'cue:none': -0.320,
  'cue:participle': -0.232,
  'cue:quoteOnly': 0.265,
  'cue:strength': 1.910,
  'direct:via:according': -0.138,
  'direct:via:closingCue': 1.201,
  'direct:via:colonSubject': -0.728,
  'direct:via:continuation': 0.012,
  'direct:via:dash': 0.035,
  'direct:via:followOn': -2.085,
  'direct:via:inherit': -0.427,
  'direct:via:intro': 0.049,
  'direct:via:label': 0.404,
  'direct:via:lead': -0.274,
  'direct:via:leadSubject': 0.271,
  'direct:via:prevSubject': 0.212,
  'direct:via:quotative': 0.096,
  'direct:via:tail': 1.510,
  'direct:via:tailInverted': 1.080,
  'entity:organization': 0.251,
  'entity:person': 0.621,
  'entity:place': -0.173,
  'entity:spokeBefore': 0.225,
  'kind:name': 0.220,
  'kind:noun': 0.051,
  'kind:pronoun': 0.305,
  'prev:direct': -0.742,
  'prev:direct:entity': -0.509,
  'prev:direct:words': -0.233,
  'prev:intro': 0.049,
  'prev:intro:entity': 0.042,
  'prev:intro:words': 0.007,
  'prev:reported': -1.343,
  'prev:reported:entity': -0.553,
  'prev:reported:words': -0.790,
  'quote:endsComma': -0.659,
  'quote:endsStop': 0.966,
  'quote:opensParagraph': 0.783,
  'quote:unclosed': -0.220,
  'reported:via:according': 0.628,
  'reported:via:credit': 0.093,
  'reported:via:headline': 0.097,
  'reported:via:nominal': 0.144,
  'reported:via:parenthetical': -0.430,
  'reported:via:reported': 0.117,
  'reported:via:reportedInverted': -0.514,
  'reported:via:reportedSubject': -1.042,
  'reported:via:reportedTail': 0.266,
  'resolved:words': -0.103,
  'source:afterPreposition': -1.321,
  'source:afterVerb': -2.151,
  'source:bareLower': -0.702,
  'source:capitalised': 0.536,
  'source:definite': 0.137,
  'source:gapWords': -0.414,
  'source:indefinite': 0.554,
  'source:otherSentence': -0.958,
  'source:plural': 0.579,
  'source:possessive': -0.055,
  'source:proportion': -0.714,
  'source:words': -0.351,
  'unresolved:name': 0.067,
  'unresolved:noun': 0.148,
  'unresolved:pronoun': -0.234,
};

/** Below this confidence no source is given, per kind of claim: a wrong name is worse than none. */
export const THRESHOLD: Readonly<Record<'direct' | 'reported', number>> = { direct: 0.5, reported: 0.58 };
