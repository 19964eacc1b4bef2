// Weights of the attribution ranker (claims/rank.ts): one number per named feature
// (claims/features.ts); a candidate's score is their sum over its features, its confidence the
// logistic of that score. Generated: `npm run bench:fit-attribution -- --write` fits an
// L2-regularised logistic regression on every candidate source of every claim with a gold
// speaker in gum-news-claims.dev.jsonl and polnear-train.jsonl (bench/attribution/fit.ts).
// 10616 claims with a gold speaker, 11783 candidates; L2 2; thresholds: the lowest with held-out precision >= 0.965 (direct), 0.88 (reported)
//   held-out fold 0 (t=0.50)     accuracy 0.890 (3303/3711)  precision 0.916 (3278/3580)
//   held-out fold 1 (t=0.50)     accuracy 0.908 (3385/3728)  precision 0.933 (3366/3609)
//   held-out direct t=0.30: 3733 given, precision 0.971, accuracy 0.970
//   held-out direct t=0.40: 3721 given, precision 0.974, accuracy 0.970
//   held-out direct t=0.50: 3714 given, precision 0.975, accuracy 0.969
//   held-out direct t=0.60: 3694 given, precision 0.978, accuracy 0.967
//   held-out direct t=0.70: 3657 given, precision 0.980, accuracy 0.959
//   held-out direct t=0.80: 3564 given, precision 0.983, accuracy 0.938
//   held-out direct t=0.90: 3150 given, precision 0.989, accuracy 0.833
//   held-out reported t=0.30: 3585 given, precision 0.864, accuracy 0.860
//   held-out reported t=0.40: 3539 given, precision 0.867, accuracy 0.853
//   held-out reported t=0.50: 3475 given, precision 0.870, accuracy 0.839
//   held-out reported t=0.60: 3318 given, precision 0.883, accuracy 0.813
//   held-out reported t=0.70: 3089 given, precision 0.896, accuracy 0.769
//   held-out reported t=0.80: 2696 given, precision 0.908, accuracy 0.680
//   held-out reported t=0.90: 1520 given, precision 0.922, accuracy 0.389
//   all, direct (t=0.3)          accuracy 0.970 (3630/3743)  precision 0.974 (3626/3724)
//   all, reported (t=0.59)       accuracy 0.806 (2978/3696)  precision 0.882 (2939/3333)
export const WEIGHTS: Readonly<Record<string, number>> = {
  'bias': 0.630,
  'cue:adjacent': -0.712,
  'cue:afterPossessive': -1.655,
  'cue:cognition': 0.307,
  'cue:gapWords': -0.532,
  'cue:none': -0.360,
  'cue:participle': -0.289,
  'cue:quoteOnly': 0.224,
  'cue:strength': 1.707,
  'direct:via:according': -0.089,
  'direct:via:closingCue': 1.305,
  'direct:via:colonSubject': -0.780,
  'direct:via:continuation': 0.099,
  'direct:via:dash': 0.033,
  'direct:via:followOn': -2.400,
  'direct:via:inherit': -0.415,
  'direct:via:intro': 0.054,
  'direct:via:label': 0.365,
  'direct:via:lead': -0.227,
  'direct:via:leadSubject': 0.311,
  'direct:via:prevSubject': 0.200,
  'direct:via:quotative': 0.090,
  'direct:via:tail': 1.563,
  'direct:via:tailInverted': 1.041,
  'entity:organization': 0.269,
  'entity:person': 0.639,
  'entity:place': -0.159,
  'entity:spokeBefore': 0.218,
  'kind:name': 0.255,
  'kind:noun': 0.042,
  'kind:pronoun': 0.333,
  'prev:direct': -0.770,
  'prev:intro': 0.054,
  'prev:reported': -1.630,
  'quote:endsComma': -0.675,
  'quote:endsStop': 0.945,
  'quote:opensParagraph': 0.786,
  'quote:unclosed': -0.172,
  'reported:via:according': 0.694,
  'reported:via:credit': 0.086,
  'reported:via:headline': 0.095,
  'reported:via:parenthetical': -0.371,
  'reported:via:reported': 0.168,
  'reported:via:reportedInverted': -0.511,
  'reported:via:reportedSubject': -1.036,
  'reported:via:reportedTail': 0.354,
  'resolved:words': -0.110,
  'source:afterPreposition': -1.366,
  'source:afterVerb': -2.047,
  'source:bareLower': -0.569,
  'source:capitalised': 0.522,
  'source:definite': 0.093,
  'source:gapWords': -0.404,
  'source:indefinite': 0.565,
  'source:otherSentence': -1.000,
  'source:plural': 0.514,
  'source:possessive': -0.103,
  'source:words': -0.301,
  'unresolved:name': 0.056,
  'unresolved:noun': 0.184,
  'unresolved:pronoun': -0.249,
};

/** Below this confidence no source is given, per kind of claim: a wrong name is worse than none. */
export const THRESHOLD: Readonly<Record<'direct' | 'reported', number>> = { direct: 0.3, reported: 0.59 };
