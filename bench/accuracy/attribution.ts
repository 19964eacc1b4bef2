// Attribution measures beyond plain accuracy: how often a named source is right (precision), how
// often a found quote gets no source at all, source names that name nothing (fragments), and
// whether `source.confidence` means what it says (accuracy per confidence band).

/** One scored attribution: a found gold item with a speaker, and what we said of it. */
export interface Attribution {
  kind: 'direct' | 'reported';
  /** Our source's confidence, or null when we gave no source. */
  confidence: number | null;
  /** We gave a source that names someone (not null, not a bare unresolved pronoun). */
  named: boolean;
  right: boolean;
}

export interface AttributionSummary {
  found: number;
  right: number;
  /** Items where we named a source, and of those the right ones. */
  named: number;
  namedRight: number;
  /** Items where we gave no source at all. */
  none: number;
}

export function summarize(items: Attribution[], kind: Attribution['kind']): AttributionSummary {
  const s: AttributionSummary = { found: 0, right: 0, named: 0, namedRight: 0, none: 0 };
  for (const a of items) {
    if (a.kind !== kind) continue;
    s.found++;
    if (a.right) s.right++;
    if (a.confidence === null) s.none++;
    if (a.named) {
      s.named++;
      if (a.right) s.namedRight++;
    }
  }
  return s;
}

/** Lower bounds of the confidence bands of the calibration table. */
export const BANDS = [0, 0.5, 0.6, 0.7, 0.8, 0.9];

export interface BandRow {
  from: number;
  to: number;
  count: number;
  right: number;
  meanConfidence: number;
}

/** Accuracy per confidence band over every attribution that has a source. */
export function calibration(items: Attribution[]): BandRow[] {
  const rows = BANDS.map((from, i) => ({ from, to: BANDS[i + 1] ?? 1, count: 0, right: 0, meanConfidence: 0 }));
  for (const a of items) {
    if (a.confidence === null) continue;
    let i = BANDS.length - 1;
    while (i > 0 && a.confidence < BANDS[i]) i--;
    const row = rows[i];
    row.count++;
    if (a.right) row.right++;
    row.meanConfidence += a.confidence;
  }
  for (const row of rows) if (row.count) row.meanConfidence /= row.count;
  return rows;
}

/** Expected calibration error: the count-weighted mean gap between confidence and accuracy. */
export function calibrationError(rows: BandRow[]): number | null {
  const n = rows.reduce((sum, r) => sum + r.count, 0);
  if (n === 0) return null;
  return rows.reduce((sum, r) => sum + (r.count ? r.count * Math.abs(r.meanConfidence - r.right / r.count) : 0), 0) / n;
}

/** Articles, demonstratives, possessive determiners, prepositions and conjunctions. */
const FUNCTION_WORDS = new Set(
  'a an the this that these those some any each every another such its his her their our my your of in on at to for by with from and or but as'.split(' '),
);

/** Honorifics and title abbreviations that name no one on their own ("Mr", "Rep"). */
const TITLE_ABBREVIATIONS = new Set('mr mrs ms miss mx messrs dr rep reps sen sens gov gen lt col sgt capt cmdr adm prof rev hon st jr sr esq'.split(' '));

/**
 * A source name that names nothing: every word is a function word, a title abbreviation, a number
 * or a single letter ("the", "a", "Mr", "Rep.", "2001", "B."). Pronouns are not fragments: an
 * unresolved "he" is a real source, just an unresolved one.
 */
export function isFragmentName(name: string): boolean {
  // An acronym written with stops ("U.S.", "F.A.A.") names a body.
  if (/^(\p{Lu}\.){2,}\p{Lu}?\.?$/u.test(name.trim())) return false;
  const words = name
    .normalize('NFKD')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return words.every((w) => FUNCTION_WORDS.has(w) || TITLE_ABBREVIATIONS.has(w) || /^\p{N}+$/u.test(w) || (w.length === 1 && w !== 'i'));
}
