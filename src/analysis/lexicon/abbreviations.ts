// Abbreviations whose full stop ends no sentence and breaks no name: "Mr. Varga said", "Rep. Ana
// Lott (D-Ore.)", "Ana B. Lott Jr.", "U.S.", "St. Louis". General English and AP style only.

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Titles and honorifics written before a name. */
const TITLES = set('mr mrs ms messrs mmes dr prof rev fr gen gov sen rep reps sens lt col sgt capt cmdr adm maj cpl pvt supt insp det atty hon amb pres');

/** Suffixes written after a name or a company. */
const SUFFIXES = set('jr sr inc corp co ltd llc plc bros cos');

/** Places, dates and other short forms common in news. */
const OTHERS = set('st mt ft ave blvd rd no nos vs jan feb mar apr jun jul aug sep sept oct nov dec dept univ approx est');

/** US state abbreviations (AP style): only when capitalised ("D-Ore.", "Portland, Ore."). */
const STATES = set('ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev okla ore pa tenn tex vt va wash wis wyo');

/**
 * Whether `word` (as written, without its stop) is an abbreviation whose stop belongs to the word:
 * a known short form, a single capital letter (an initial), or letters with inner stops ("U.S",
 * "D.C", "N.Y"). The last part of a hyphenated word counts ("D-Ore").
 */
export function isAbbreviation(word: string): boolean {
  const last = word.split('-').pop() ?? word;
  const lower = last.toLowerCase();
  if (/^\p{Lu}$/u.test(last)) return true;
  if (/^(\p{L}\.)+\p{L}$/u.test(last)) return true;
  if (TITLES.has(lower) || SUFFIXES.has(lower) || OTHERS.has(lower)) return true;
  return STATES.has(lower) && /^\p{Lu}/u.test(last);
}

/** Title abbreviations only ("Mr", "Sen"): they name no one on their own. */
export function isTitleAbbreviation(word: string): boolean {
  return TITLES.has(word.toLowerCase());
}
