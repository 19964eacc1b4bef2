// Titles before a name: "U.S. President Joe Biden", "Secretary of State Hillary Clinton", "Ms. Peña".
// The title becomes a role (honorifics only tell gender), and a place or body named inside it
// ("U.S.", "NASA", "Virginia") is a name of its own.
import type { EntityType } from '../model';
import type { NameFact } from '../facts';
import { isCapitalised, isCommonWord, joinedBySpace, type Term } from '../nlp/terms';
import { FEMALE_TITLES, MALE_TITLES, NAME_CONNECTORS, NEVER_NAMES, ORG_HEADS, PLACE_HEADS } from '../lexicon/names';
import { BODY_NOUNS, has, isTitleWord, text, typeFromShape } from './nameRuns';

/** Honorifics are not roles: they only tell gender. */
export const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr']);

const ROLE_LEAD = new Set(['former', 'then', 'acting', 'interim', 'late', 'outgoing', 'incoming']);

/**
 * Splits "U.S. President Joe Biden" into the title ("U.S. President") and the name ("Joe Biden"):
 * returns the index of the title's last word, -1 when there is no title, `j` when it is all title
 * ("Governor of Virginia", "Secretary of State").
 */
export function splitTitle(terms: Term[], i: number, j: number): number {
  let k = -1;
  for (let x = i; x <= j; x++) {
    const t = terms[x];
    if (!isTitleWord(t)) continue;
    if (x === j) {
      // "President", "LA Sheriff's": a run ending in a title names no one (a place or body before it is emitted apart)
      k = x;
    } else if (terms[x + 1].lower === 'of') {
      // "Secretary of State Hillary Clinton": the title runs to the word after "of";
      // "CEO of the Refugee Council Enver Solomon": or to the organisation or place it names
      let m = x + 2;
      if (terms[m]?.lower === 'the') m++;
      if (m > j || !isCapitalised(terms[m].core)) continue;
      const from = m;
      for (let y = from + 1; y < j && y <= from + 6; y++) if (ORG_HEADS.has(terms[y].lower) || PLACE_HEADS.has(terms[y].lower)) m = y;
      k = m;
      x = m;
    } else if (!NAME_CONNECTORS.has(terms[x + 1].lower)) k = x;
  }
  return k;
}

export function genderOf(titleTerms: Term[], nameTerms: Term[]): 'male' | 'female' | undefined {
  for (const t of titleTerms) {
    if (FEMALE_TITLES.has(t.lower.replace(/\.$/, ''))) return 'female';
    if (MALE_TITLES.has(t.lower.replace(/\.$/, ''))) return 'male';
  }
  const first = nameTerms[0];
  if (nameTerms.length >= 2 && first.tags.has('FemaleName') && !first.tags.has('MaleName')) return 'female';
  if (nameTerms.length >= 2 && first.tags.has('MaleName') && !first.tags.has('FemaleName')) return 'male';
  return undefined;
}

/** Words after "of" in a title that are not places ("Secretary of State"). */
const TITLE_OF_WORDS = new Set(['state', 'defense', 'defence', 'staff', 'justice', 'health', 'education', 'commerce', 'energy', 'labor', 'labour', 'the', 'treasury']);

/**
 * Places and organisations named inside a title: "U.S." in "U.S. President", "NASA" in "NASA
 * Administrator", "Virginia" in "Governor of Virginia" or "Virginia Governor".
 */
export function namesInTitle(p: string, titleTerms: Term[]): NameFact[] {
  const out: NameFact[] = [];
  const add = (ts: Term[], type: EntityType | undefined) => {
    if (type && ts.length) out.push({ start: ts[0].start, end: ts[ts.length - 1].end, text: text(p, ts), type, roles: [] });
  };
  const first = titleTerms.findIndex((t) => isTitleWord(t));
  const prefix = titleTerms.slice(0, Math.max(0, first)).filter((t) => !ROLE_LEAD.has(t.lower));
  if (prefix.length && !prefix.some((t) => t.possessive && t !== prefix[prefix.length - 1])) {
    add(prefix, typeOfTitleWords(prefix));
  }
  const of = titleTerms.findIndex((t, x) => x > first && t.lower === 'of');
  if (of > 0) {
    const rest = titleTerms.slice(of + 1).filter((t) => !isTitleWord(t) && !TITLE_OF_WORDS.has(t.lower));
    if (rest.length) add(rest, typeOfTitleWords(rest));
  }
  return out;
}

function typeOfTitleWords(ts: Term[]): EntityType | undefined {
  if (ts.every((t) => t.tags.has('Demonym'))) return undefined;
  const shape = typeFromShape(ts);
  if (shape) return shape;
  // a place before a title lends the title's body its organisation tag ("Los Angeles Sheriff's office")
  if (ts.some((t) => t.tags.has('Place'))) return 'place';
  if (ts.some((t) => t.tags.has('Organization'))) return 'organization';
  // one word nobody knows as an ordinary word: "Virginia Governor", "Texas Senator"
  // ("Environment Minister", "Health Secretary": a portfolio, not a place)
  if (ts.length === 1 && !isCommonWord(ts[0].lower) && !ts[0].tags.has('Adjective') && !BODY_NOUNS.has(ts[0].lower) && !/(al|ic|ian|ish|ese|ive|ary|ment|tion|sion|ity|ism|ics|ness|ship)$/.test(ts[0].lower)) return 'place';
  return undefined;
}

/** Role words written before the title inside the sentence: "Transport" in "Transport Minister", "former". */
export function extendTitleBack(terms: Term[], i: number): number {
  let s = i;
  while (s > 0) {
    const t = terms[s - 1];
    if (t.sentence !== terms[s].sentence || !joinedBySpace(t.post)) break;
    if (ROLE_LEAD.has(t.lower) || (isCapitalised(t.core) && !NEVER_NAMES.has(t.lower) && !has(t, ['Determiner', 'Preposition', 'Conjunction', 'Pronoun']))) s--;
    else break;
  }
  return s;
}
