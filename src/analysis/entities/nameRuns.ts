// Capitalised runs in a paragraph's words and what their shape and compromise's tags say about them:
// which words can be part of a name, where a name stops, and whether a run reads as a person,
// place or organisation. Used by findNames.ts, which adds context and decides.
import type { EntityType } from '../model';
import { isAcronym, isCapitalised, isCommonWord, isFunctionWord, joinedBySpace, lexiconTags, type Term } from '../nlp/terms';
import { gazetteerPlace } from '../lexicon/gazetteer';
import { KNOWN_ORGS, NAME_CONNECTORS, NEVER_NAMES, NOT_NAME_ACRONYMS, ORG_HEADS, PERSON_CONNECTORS, PLACE_ACRONYMS, PLACE_HEADS, TITLE_WORDS } from '../lexicon/names';

/** Tags that make a capitalised word an ordinary word rather than (part of) a name. */
const FUNCTION_TAGS = ['Date', 'Month', 'WeekDay', 'Pronoun', 'QuestionWord', 'Determiner', 'Conjunction', 'Preposition', 'Copula', 'Modal', 'Auxiliary', 'Negative'];

/** At the start of a sentence these tags mean "capitalised by position" unless a proper noun follows. */
const POSITION_TAGS = ['Verb', 'Adverb', 'Adjective', 'Gerund', 'Infinitive', 'PresentTense', 'PastTense', 'Actor'];

/** Tags that still mark a name in a title-cased heading (a bare "ProperNoun" does not). */
const HEADING_NAME_TAGS = ['Place', 'Organization', 'FirstName', 'LastName', 'Acronym', 'Country', 'City', 'Region'];

export const PROPER_TAGS = ['ProperNoun', 'Person', 'Place', 'Organization', 'FirstName', 'LastName', 'Acronym', 'Country', 'City', 'Region'];

export const TAG_OF: Record<EntityType, string> = { person: 'Person', place: 'Place', organization: 'Organization' };

export const has = (t: Term, tags: readonly string[]) => tags.some((x) => t.tags.has(x));

/** A title or honorific ("President", "Ms."), not a first name that happens to be one. */
export const isTitleWord = (t: Term) => TITLE_WORDS.has(t.lower.replace(/\.$/, '')) || (t.tags.has('Honorific') && !has(t, ['FirstName', 'LastName']));

/**
 * Capitalised only because it opens the sentence: an ordinary word compromise knows ("Speaking",
 * "Officials"). An unknown word there may be a name ("Wilkins said"), so it stays.
 */
export function byPosition(t: Term): boolean {
  if (!t.initial || has(t, PROPER_TAGS) || isAcronym(t.core)) return false;
  return has(t, POSITION_TAGS) || isCommonWord(t.lower);
}

function isNameWord(t: Term, heading: boolean): boolean {
  if (!isCapitalised(t.core) && !isAcronym(t.core)) return false;
  // compromise calls every title-cased heading word a proper noun: there, an ordinary English word
  // ("Talks", "Support", "Says") is not a name unless it is a place or organisation word
  if (heading && !has(t, HEADING_NAME_TAGS) && isCommonWord(t.lower) && !ORG_HEADS.has(t.lower) && !PLACE_HEADS.has(t.lower)) return false;
  if (NEVER_NAMES.has(t.lower) && !isAcronym(t.core)) return false;
  // "US" is tagged a pronoun; written in capitals it is the country
  if (has(t, FUNCTION_TAGS) && !has(t, PROPER_TAGS) && !isAcronym(t.core)) return false;
  return /\p{L}/u.test(t.core);
}

/** Lower-case words that end a hyphenated modifier built on a name ("Hong Kong-based", "Paris-born"). */
export const COMPOUND_SUFFIXES = new Set(['based', 'born', 'bred', 'raised', 'led', 'owned', 'run', 'backed', 'funded', 'made', 'built', 'style', 'era', 'area', 'wide', 'bound', 'controlled', 'affiliated', 'linked', 'friendly', 'focused', 'centric', 'headquartered', 'registered', 'flagged', 'listed', 'educated', 'trained', 'dominated', 'allied', 'like', 'related', 'specific', 'only', 'sized', 'level', 'class', 'area']);

/**
 * "Kwok Ka-ki", "Ban Ki-moon": a romanised East Asian name, a family name and a hyphenated given
 * name whose second syllable is lower-case. Places are not spelled so ("Hong Kong-based" ends in a
 * compound suffix, which never joins the run).
 */
export function romanisedName(ts: Term[]): boolean {
  return (
    ts.length === 3 &&
    /^\p{Lu}\p{Ll}{1,6}$/u.test(ts[0].core) &&
    /^\p{Lu}\p{Ll}{0,6}$/u.test(ts[1].core) &&
    ts[1].post === '-' &&
    /^\p{Ll}{1,6}$/u.test(ts[2].core) &&
    !COMPOUND_SUFFIXES.has(ts[2].lower) &&
    !has(ts[0], ['Country', 'Organization']) &&
    !lexiconPlace(ts[0]) &&
    !ORG_HEADS.has(ts[0].lower)
  );
}

/**
 * "O.J. Simpson", "J.K. Rowling": initials with stops, then a surname, are a person (the tagger reads
 * the initials as an organisation's acronym). Not "U.S. Navy", "U.N. Security Council", "D.C. Comics".
 */
export function initialsName(ts: Term[]): boolean {
  if (ts.length < 2 || ts.length > 3 || !/^(\p{Lu}\.){1,3}$/u.test(ts[0].core + (ts[0].post.startsWith('.') && !ts[0].core.endsWith('.') ? '.' : ''))) return false;
  const initials = ts[0].lower.replace(/\.?$/, '.');
  if (PLACE_ACRONYMS.has(initials) || PLACE_ACRONYMS.has(initials.replace(/\./g, '')) || /^u\.n\.$/.test(initials)) return false;
  const rest = ts.slice(1);
  if (typeFromShape(rest) || ORG_HEADS.has(headOf(rest)) || PLACE_HEADS.has(headOf(rest))) return false;
  // (the lexicon, not the tags in context: the tagger spreads a place tag from the initials to the surname)
  return rest.every((t) => isCapitalised(t.core) && !lexiconPlace(t) && !/Organization/.test(lexiconTags(t.lower)) && !isCommonWord(t.lower));
}

/** Plural nouns whose possessive is part of an organisation's name ("People's Army", "Women's Institute"). */
const COLLECTIVE_POSSESSORS = new Set(['people', 'women', 'men', 'children', 'workers', 'veterans', 'citizens', 'farmers', 'nations', 'teachers', 'students']);

/** Can the run go on from term a to the next term? */
function continues(a: Term, b: Term): boolean {
  if (a.sentence !== b.sentence) return false;
  // "Kennedy Space Center (KSC)": an opening bracket or quotation mark starts something else
  if (b.pre.trim() !== '') return false;
  // a line break ends a name (list items, captions and headings joined to the next line)
  if (/[\r\n]/.test(a.post)) return false;
  if (a.possessive) {
    // "Harbour Workers' Union" and "Korean People's Army" go on; "Maduro's Government" does not.
    if (COLLECTIVE_POSSESSORS.has(a.lower) && isCapitalised(b.core) && /^\s+$/.test(a.post)) return true;
    return /^['’]\s+$/.test(a.post) && isCapitalised(b.core);
  }
  if (joinedBySpace(a.post)) return true;
  if (a.post === '-' ) return true;
  // initials and abbreviated titles: "George H. W. Bush", "Ms. Peña", "St. Louis"
  return /^\.\s+$/.test(a.post) && (a.core.length <= 3 || TITLE_WORDS.has(a.lower));
}

/**
 * May a connector join the words around it into one name? Particles of a person's name always do
 * ("de", "van"); "of" and "for" only after an organisation or place word ("University of Sheffield",
 * "Port of Valmera"), so "Fernando Cheung of the Labour Party" stays two names.
 */
function joins(left: Term, connector: Term): boolean {
  if (PERSON_CONNECTORS.has(connector.lower) || connector.lower === '&') return true;
  const w = left.lower.replace(/\.$/, '');
  return ORG_HEADS.has(w) || PLACE_HEADS.has(w) || TITLE_WORDS.has(w);
}

/**
 * "Department of Health and Human Services", "Ministry of Foreign Affairs and Trade": a body named
 * "<head> of …" may go on after "and" with ordinary words, which name nothing of their own. Returns
 * the last term of those words, or -1: "Bank of Ashford and Lott Holdings", "University of Texas
 * and Texas Tech" stay two names.
 */
function fieldsAfterAnd(terms: Term[], j: number, heading: boolean): number {
  const and = terms[j + 1];
  if (!and || and.lower !== 'and' || !continues(terms[j], and)) return -1;
  let k = j + 2;
  while (k < terms.length && continues(terms[k - 1], terms[k]) && isNameWord(terms[k], heading)) {
    const t = terms[k];
    if (!isCommonWord(t.lower) || TITLE_WORDS.has(t.lower) || t.tags.has('Person') || t.tags.has('Place') || lexiconPlace(t)) return -1;
    k++;
  }
  return k > j + 2 && !terms[k - 1].possessive ? k - 1 : -1;
}

/** Maximal runs of name words (with connectors like "of" or "de" inside) in one sentence. */
export function nameRuns(terms: Term[], heading: boolean): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < terms.length) {
    if (!isNameWord(terms[i], heading)) {
      i++;
      continue;
    }
    let j = i;
    let joinedOrg = false;
    while (j + 1 < terms.length && continues(terms[j], terms[j + 1])) {
      const next = terms[j + 1];
      if (isNameWord(next, heading)) {
        j++;
        continue;
      }
      // "Kwok Ka-ki", "Chun-yu": a lower-case syllable after a hyphen belongs to the name
      // ("Hong Kong-based", "Paris-born": a compound suffix makes a modifier of the name and is no part of it)
      if (terms[j].post === '-' && /^\p{Ll}{1,10}$/u.test(next.core) && next.sentence === terms[j].sentence && !COMPOUND_SUFFIXES.has(next.lower)) {
        j++;
        continue;
      }
      // up to two connectors, then a name word: "University of Sheffield", "Simón de la Cruz"
      let k = j + 1;
      while (k < terms.length && k <= j + 2 && NAME_CONNECTORS.has(terms[k].lower) && !isCapitalised(terms[k].core) && continues(terms[k - 1], terms[k])) k++;
      // once an organisation's name has taken a connector, it may take more ("Joint Council for the Welfare of
      // Immigrants"), but not a place after it ("University of Sheffield of the UK")
      // ("Bank of England", but "Colorado State University" + "of the US": a whole name does not take a country)
      const placeAfter = terms[k] && (terms[k].tags.has('Place') || PLACE_ACRONYMS.has(terms[k].lower));
      const complete = j > i && ORG_HEADS.has(terms[j].lower);
      const chained = joinedOrg && !placeAfter;
      if (k > j + 1 && k < terms.length && continues(terms[k - 1], terms[k]) && isNameWord(terms[k], heading) && !terms[k].initial && (chained || (joins(terms[j], terms[j + 1]) && !(complete && placeAfter)))) {
        joinedOrg ||= !PERSON_CONNECTORS.has(terms[j + 1].lower);
        j = k;
        continue;
      }
      const andEnd = joinedOrg && ORG_HEADS.has(terms[i].lower) ? fieldsAfterAnd(terms, j, heading) : -1;
      if (andEnd > j) {
        j = andEnd;
        continue;
      }
      break;
    }
    runs.push([i, j]);
    i = j + 1;
  }
  return runs;
}

/**
 * "NASA Bill Ingalls", "Nonpartisan Paul Tse": a run that turns into a first name and surname part
 * way through is two things; the name starts at the first name.
 */
export function splitAtFirstName(terms: Term[], [i, j]: [number, number]): Array<[number, number]> {
  for (let k = i + 1; k < j; k++) {
    const before = terms[k - 1];
    if (!isFirstName(terms[k]) || isFirstName(before) || isTitleWord(before) || NAME_CONNECTORS.has(before.lower) || before.core.length === 1) continue;
    if (has(before, ['Person', 'FirstName', 'LastName', 'Honorific'])) continue;
    const rest = terms.slice(k, j + 1);
    if (rest.length > 3 || typeFromShape(rest) || rest.some((t) => isTitleWord(t))) continue;
    return [[i, k - 1], [k, j]];
  }
  return [[i, j]];
}

/** A first name in compromise's tags or lexicon (it tags "Christopher" a place in "Christopher Hill"). */
export function isFirstName(t: Term): boolean {
  return t.tags.has('FirstName') || /FirstName|MaleName|FemaleName/.test(lexiconTags(t.lower));
}

/** compromise knows the word as a first or last name (not just "a capitalised word it guessed is a person"). */
export const knownName = (ts: Term[]) => ts.some((t) => has(t, ['FirstName', 'LastName', 'MaleName', 'FemaleName']));

export const text = (p: string, ts: Term[]) => (ts.length ? p.slice(ts[0].start, ts[ts.length - 1].end) : '');

export function headOf(ts: Term[]): string {
  return ts[ts.length - 1].lower.replace(/\.$/, '');
}

/** "STS-133", "UNLESS", "XVII": capitals that are a code, a shouted word or a numeral, not a name. */
export function notAName(t: Term): boolean {
  if (NOT_NAME_ACRONYMS.has(t.lower)) return true;
  if (!isAcronym(t.core) || PLACE_ACRONYMS.has(t.lower)) return false;
  return /^[IVXLC]+$/.test(t.core) || t.post === '-' || isFunctionWord(t.lower);
}

export function typeFromShape(ts: Term[]): EntityType | undefined {
  if (KNOWN_ORGS.has(ts.map((t) => t.lower).join(' '))) return 'organization';
  // "LibriVox", "wikiHow", "YouTube": a capital inside a word names a company or product, not a person ("McGuire", "DeVito")
  if (ts.length === 1 && /^\p{L}*\p{Ll}{2}\p{Lu}/u.test(ts[0].core) && !/^(Ma?c|Mac|De|Di|Da|La|Le|Van|Von|Du)\p{Lu}/u.test(ts[0].core)) return 'organization';
  if (ts.length === 1 && isAcronym(ts[0].core)) {
    if (PLACE_ACRONYMS.has(ts[0].lower)) return 'place';
    if (ts[0].tags.has('Place')) return 'place';
    return 'organization';
  }
  // "CBC.ca", "Scientology.org": a web address names the body or site behind it
  if (ts.length === 1 && WEB_ADDRESS.test(ts[0].core)) return 'organization';
  const head = headOf(ts);
  if (ts.length >= 2 && ORG_HEADS.has(head)) return 'organization';
  // "Toronto Star", "Daily Mail": a newspaper is named by its city (or edition) and a masthead word
  if (ts.length >= 2 && NEWSPAPER_HEADS.has(head) && (lexiconPlace(ts[0]) || ts[0].tags.has('Place') || EDITION_WORDS.has(ts[0].lower))) return 'organization';
  // "Irving Independent School District": a district that runs a service is the body, not the area
  if (ts.length >= 2 && head === 'district' && SERVICE_DISTRICTS.has(ts[ts.length - 2].lower)) return 'organization';
  // "UNC Greensboro", "BBC Scotland": an organisation's acronym before a place is its branch there
  if (ts.length === 2 && isAcronym(ts[0].core) && !PLACE_ACRONYMS.has(ts[0].lower) && !ts[0].tags.has('Place') && (lexiconPlace(ts[1]) || ts[1].tags.has('Place') || gazetteerPlace(ts[1].core, undefined))) return 'organization';
  // "Environment Canada", "Air Canada", "Team USA": a common noun before a country names a body
  if (countryBody(ts)) return 'organization';
  // "University of Sheffield", "Brotherhood of Magicians": an organisation word before "of"
  // "Foundation for the Visual Arts", "University of Sheffield": an organisation word before a connector
  const of = ts.findIndex((t, x) => x > 0 && NAME_CONNECTORS.has(t.lower) && !isCapitalised(t.core));
  if (of > 0 && (ORG_HEADS.has(ts[of - 1].lower) || ts[of - 1].tags.has('Organization'))) return 'organization';
  if (of > 0 && PLACE_HEADS.has(ts[of - 1].lower)) return 'place';
  if (ts.length >= 2 && PLACE_HEADS.has(head)) return 'place';
  return undefined;
}

const WEB_ADDRESS = /^[\p{L}\d][\p{L}\d-]*(\.[\p{L}\d-]+)*\.(com|org|net|gov|edu|info|io|ca|uk|au|de|fr|in|jp|nz|ie)$/iu;

/** Masthead words of newspapers; only after a place or an edition word ("Edmonton Sun", "Evening Standard"). */
const NEWSPAPER_HEADS = new Set(['star', 'sun', 'mail', 'mirror', 'express', 'inquirer', 'enquirer', 'examiner', 'bulletin', 'dispatch', 'register', 'standard', 'independent', 'globe', 'courant', 'sentinel', 'citizen', 'leader', 'record']);
const EDITION_WORDS = new Set(['daily', 'morning', 'evening', 'sunday', 'weekly', 'national']);

/** Districts named for the service they run: a school district is a body. */
const SERVICE_DISTRICTS = new Set(['school', 'water', 'fire', 'transit', 'sanitation', 'utility', 'irrigation', 'hospital', 'library', 'park', 'parks']);

/** First words that make a country name a larger or smaller place, not a body ("Mainland China", "Northern Ireland"). */
const PLACE_MODIFIERS = new Set(['mainland', 'greater', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'north', 'south', 'east', 'west', 'new', 'old', 'great', 'little', 'inner', 'outer', 'coastal', 'rural', 'metropolitan', 'continental', 'imperial', 'modern', 'ancient']);

const isCountry = (t: Term) => t.tags.has('Country') || /Country/.test(lexiconTags(t.lower)) || PLACE_ACRONYMS.has(t.lower);

/** "Environment Canada", "Air Canada": an ordinary noun, then a country. */
export function countryBody(ts: Term[]): boolean {
  if (ts.length !== 2 || !isCountry(ts[1])) return false;
  const first = ts[0];
  if (PLACE_MODIFIERS.has(first.lower) || isAcronym(first.core)) return false;
  if (BODY_NOUNS.has(first.lower)) return true;
  // "Returning America to …": a verb before the country, not a body
  if (has(first, ['Verb', 'Gerund', 'Adverb', 'Preposition', 'Conjunction', 'Determiner']) || first.lower.endsWith('ing')) return false;
  if (has(first, ['Place', 'Country', 'Region', 'City', 'Person', 'FirstName', 'LastName', 'Demonym', 'Adjective', 'Honorific'])) return false;
  if (/Demonym|Adjective|FirstName|LastName|MaleName|FemaleName|Place|Country|City|Region/.test(lexiconTags(first.lower))) return false;
  // an unknown capitalised word ("Hitwise") may be anything; a word the tagger reads as a common noun is one
  return !first.tags.has('ProperNoun') || isCommonWord(first.lower);
}

/** Nouns national bodies are named with ("Health Canada", "Sport England", "Radio France"), which the tagger may read as names. */
export const BODY_NOUNS = new Set(['environment', 'health', 'statistics', 'parks', 'transport', 'justice', 'finance', 'sport', 'sports', 'air', 'radio', 'elections', 'industry', 'agriculture', 'fisheries', 'heritage', 'immigration', 'revenue', 'defence', 'defense', 'energy', 'housing', 'education', 'infrastructure', 'tourism', 'team', 'visit', 'historic', 'amnesty', 'oxfam', 'television', 'rail', 'trade', 'invest', 'enterprise', 'export', 'nature', 'water', 'veterans', 'public', 'library', 'opera', 'ballet', 'science', 'research', 'innovation']);

export function typeFromTags(ts: Term[]): EntityType | undefined {
  const words = ts.filter((t) => !NAME_CONNECTORS.has(t.lower));
  const count = (tag: string) => words.filter((t) => t.tags.has(tag)).length;
  const person = count('Person');
  const place = count('Place');
  const org = count('Organization');
  const best = Math.max(person, place, org);
  if (best === 0) return undefined;
  // "Saudi Arabia's": compromise lends the organisation tag of what follows to a country
  if (words.some((t) => t.tags.has('Country')) && !ORG_HEADS.has(words[words.length - 1].lower)) return 'place';
  // "Frank Messina", "Christopher Hill": a known first name opens a person's name
  if (words.length >= 2 && words.length <= 3 && isFirstName(words[0]) && org === 0) return 'person';
  // "Frank Messina", "Jack London": a word read as a person's, then a city's name, is a person's full name
  if (words.length === 2 && org === 0 && words[0].tags.has('Person') && !has(words[0], ['Place', 'Country', 'Region', 'City']) && !has(words[1], ['Country', 'Region']) && !PLACE_HEADS.has(words[1].lower)) return 'person';
  // the last word decides a tie: "Texas Rangers", "Paris Hilton"
  const last = words[words.length - 1];
  if (org === best && (last.tags.has('Organization') || org > person)) return 'organization';
  if (place === best && (last.tags.has('Place') || place > person)) return 'place';
  if (person === best) return 'person';
  return org === best ? 'organization' : 'place';
}

/** The lexicon lists the word as a place ("texas": Region), whatever compromise made of it in context. */
export const lexiconPlace = (t: Term): boolean => /Country|Region|City|Place/.test(lexiconTags(t.lower));

export function besidePlace(terms: Term[], i: number, j: number): boolean {
  const isPlace = (t: Term | undefined) => !!t && ((t.tags.has('Place') && !t.tags.has('Person')) || lexiconPlace(t));
  return (/^,\s*$/.test(terms[i - 1]?.post ?? '') && isPlace(terms[i - 1])) || (/^,\s*$/.test(terms[j].post) && isPlace(terms[j + 1]));
}

export const SURNAME_PLACE_HEADS = new Set(['hill', 'hills', 'park', 'wood', 'woods', 'ford', 'field', 'fields', 'brook', 'brooks', 'hall', 'bridge', 'bridges', 'church', 'house', 'lane', 'banks', 'cross', 'gate', 'gates', 'street', 'moore', 'marsh']);

const IN_PLACE = new Set(['in', 'near', 'outside', 'across', 'throughout']);

export function inPlace(terms: Term[], ts: Term[]): boolean {
  const before = terms[ts[0].index - 1];
  const after = terms[ts[ts.length - 1].index + 1];
  if (!before || !IN_PLACE.has(before.lower) || !joinedBySpace(before.post) || ts[0].initial) return false;
  // languages and nationalities ("in English", "in Danish") are not places
  if (ts.length > 3 || ts.some((t) => isCommonWord(t.lower) || t.tags.has('Demonym') || isAcronym(t.core) || /(ish|ese|ian|ic)$/.test(t.lower))) return false;
  // "in Polaroid format": a modifier of the noun after it
  const modifies = after && after.sentence === ts[0].sentence && joinedBySpace(ts[ts.length - 1].post) && !isCapitalised(after.core) && after.tags.has('Noun');
  return !modifies;
}
