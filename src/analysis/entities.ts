// Per-paragraph name finding: people, places, organizations. compromise tags the words; these rules
// cut capitalised runs into title + name, type them from compromise's tags, word shapes and context
// (titles, role nouns, speech verbs, appositions), and keep the runs they cannot type as candidates
// for the document pass (a bare "Maduro" is a person only because "Nicolas Maduro" is named
// somewhere in the article).
import type { EntityType } from './model';
import type { CandidateFact, NameFact } from './facts';
import type { Doc } from './nlp';
import { readTerms, isCommonWord, isFunctionWord, lexiconTags, isAcronym, isCapitalised, joinedBySpace, type Term } from './terms';
import {
  FEMALE_TITLES,
  INVERTED_SPEECH_VERBS,
  KNOWN_ORGS,
  MALE_TITLES,
  NAME_CONNECTORS,
  NEVER_NAMES,
  NOT_NAME_ACRONYMS,
  ORG_HEADS,
  PERSON_CONNECTORS,
  PERSON_NOUNS,
  PLACE_ACRONYMS,
  PLACE_HEADS,
  POSSESSED_NOUNS,
  SPEECH_VERBS,
  TITLE_WORDS,
} from './lexicon';
import { apposition, roleBefore } from './roles';

export interface NameResult {
  names: NameFact[];
  candidates: CandidateFact[];
}

/** Tags that make a capitalised word an ordinary word rather than (part of) a name. */
const FUNCTION_TAGS = ['Date', 'Month', 'WeekDay', 'Pronoun', 'QuestionWord', 'Determiner', 'Conjunction', 'Preposition', 'Copula', 'Modal', 'Auxiliary', 'Negative'];
/** At the start of a sentence these tags mean "capitalised by position" unless a proper noun follows. */
const POSITION_TAGS = ['Verb', 'Adverb', 'Adjective', 'Gerund', 'Infinitive', 'PresentTense', 'PastTense', 'Plural', 'Actor', 'Uncountable'];
/** Tags that still mark a name in a title-cased heading (a bare "ProperNoun" does not). */
const HEADING_NAME_TAGS = ['Place', 'Organization', 'FirstName', 'LastName', 'Acronym', 'Country', 'City', 'Region'];
const PROPER_TAGS = ['ProperNoun', 'Person', 'Place', 'Organization', 'FirstName', 'LastName', 'Acronym', 'Country', 'City', 'Region'];
/** Honorifics are not roles: they only tell gender. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr']);
const CREDIT_WORDS = new Set(['image', 'photo', 'photograph', 'picture', 'video', 'audio', 'credit', 'photos', 'images']);
const ROLE_LEAD = new Set(['former', 'then', 'acting', 'interim', 'late', 'outgoing', 'incoming']);

const TAG_OF: Record<EntityType, string> = { person: 'Person', place: 'Place', organization: 'Organization' };
/**
 * Capitalised only because it opens the sentence: an ordinary word compromise knows ("Speaking",
 * "Officials"). An unknown word there may be a name ("Wilkins said"), so it stays.
 */
function byPosition(t: Term): boolean {
  if (!t.initial || has(t, PROPER_TAGS) || isAcronym(t.core)) return false;
  return has(t, POSITION_TAGS.filter((x) => x !== 'Plural' && x !== 'Uncountable')) || isCommonWord(t.lower);
}

const has = (t: Term, tags: readonly string[]) => tags.some((x) => t.tags.has(x));

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

/** Maximal runs of name words (with connectors like "of" or "de" inside) in one sentence. */
function nameRuns(terms: Term[], heading: boolean): Array<[number, number]> {
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
      if (terms[j].post === '-' && /^\p{Ll}{1,10}$/u.test(next.core) && next.sentence === terms[j].sentence) {
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
      break;
    }
    runs.push([i, j]);
    i = j + 1;
  }
  return runs;
}

const text = (p: string, ts: Term[]) => (ts.length ? p.slice(ts[0].start, ts[ts.length - 1].end) : '');

function headOf(ts: Term[]): string {
  return ts[ts.length - 1].lower.replace(/\.$/, '');
}

/** "STS-133", "UNLESS", "XVII": capitals that are a code, a shouted word or a numeral, not a name. */
function notAName(t: Term): boolean {
  if (NOT_NAME_ACRONYMS.has(t.lower)) return true;
  if (!isAcronym(t.core) || PLACE_ACRONYMS.has(t.lower)) return false;
  return /^[IVXLC]+$/.test(t.core) || t.post === '-' || isFunctionWord(t.lower);
}

function typeFromShape(ts: Term[]): EntityType | undefined {
  if (KNOWN_ORGS.has(ts.map((t) => t.lower).join(' '))) return 'organization';
  // "LibriVox", "wikiHow", "YouTube": a capital inside a word names a company or product, not a person ("McGuire", "DeVito")
  if (ts.length === 1 && /^\p{L}*\p{Ll}{2}\p{Lu}/u.test(ts[0].core) && !/^(Ma?c|Mac|De|Di|Da|La|Le|Van|Von|Du)\p{Lu}/u.test(ts[0].core)) return 'organization';
  if (ts.length === 1 && isAcronym(ts[0].core)) {
    if (PLACE_ACRONYMS.has(ts[0].lower)) return 'place';
    if (ts[0].tags.has('Place')) return 'place';
    return 'organization';
  }
  const head = headOf(ts);
  if (ts.length >= 2 && ORG_HEADS.has(head)) return 'organization';
  // "University of Sheffield", "Brotherhood of Magicians": an organisation word before "of"
  // "Foundation for the Visual Arts", "University of Sheffield": an organisation word before a connector
  const of = ts.findIndex((t, x) => x > 0 && NAME_CONNECTORS.has(t.lower) && !isCapitalised(t.core));
  if (of > 0 && (ORG_HEADS.has(ts[of - 1].lower) || ts[of - 1].tags.has('Organization'))) return 'organization';
  if (of > 0 && PLACE_HEADS.has(ts[of - 1].lower)) return 'place';
  if (ts.length >= 2 && PLACE_HEADS.has(head)) return 'place';
  return undefined;
}

function typeFromTags(ts: Term[]): EntityType | undefined {
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
  // the last word decides a tie: "Texas Rangers", "Paris Hilton"
  const last = words[words.length - 1];
  if (org === best && (last.tags.has('Organization') || org > person)) return 'organization';
  if (place === best && (last.tags.has('Place') || place > person)) return 'place';
  if (person === best) return 'person';
  return org === best ? 'organization' : 'place';
}

function besidePlace(terms: Term[], i: number, j: number): boolean {
  const isPlace = (t: Term | undefined) => !!t && t.tags.has('Place') && !t.tags.has('Person');
  return (/^,\s*$/.test(terms[i - 1]?.post ?? '') && isPlace(terms[i - 1])) || (/^,\s*$/.test(terms[j].post) && isPlace(terms[j + 1]));
}

/**
 * "NASA Bill Ingalls", "Nonpartisan Paul Tse": a run that turns into a first name and surname part
 * way through is two things; the name starts at the first name.
 */
function splitAtFirstName(terms: Term[], [i, j]: [number, number]): Array<[number, number]> {
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

/** Plural nouns whose possessive is part of an organisation's name ("People's Army", "Women's Institute"). */
const COLLECTIVE_POSSESSORS = new Set(['people', 'women', 'men', 'children', 'workers', 'veterans', 'citizens', 'farmers', 'nations', 'teachers', 'students']);
const SURNAME_PLACE_HEADS = new Set(['hill', 'hills', 'park', 'wood', 'woods', 'ford', 'field', 'fields', 'brook', 'brooks', 'hall', 'bridge', 'bridges', 'church', 'house', 'lane', 'banks', 'cross', 'gate', 'gates', 'street', 'moore', 'marsh']);
const IN_PLACE = new Set(['in', 'near', 'outside', 'across', 'throughout']);

function inPlace(terms: Term[], ts: Term[]): boolean {
  const before = terms[ts[0].index - 1];
  const after = terms[ts[ts.length - 1].index + 1];
  if (!before || !IN_PLACE.has(before.lower) || !joinedBySpace(before.post) || ts[0].initial) return false;
  // languages and nationalities ("in English", "in Danish") are not places
  if (ts.length > 3 || ts.some((t) => isCommonWord(t.lower) || t.tags.has('Demonym') || isAcronym(t.core) || /(ish|ese|ian|ic)$/.test(t.lower))) return false;
  // "in Polaroid format": a modifier of the noun after it
  const modifies = after && after.sentence === ts[0].sentence && joinedBySpace(ts[ts.length - 1].post) && !isCapitalised(after.core) && after.tags.has('Noun');
  return !modifies;
}

/** A first name in compromise's tags or lexicon (it tags "Christopher" a place in "Christopher Hill"). */
function isFirstName(t: Term): boolean {
  return t.tags.has('FirstName') || /FirstName|MaleName|FemaleName/.test(lexiconTags(t.lower));
}

/** compromise knows the word as a first or last name (not just "a capitalised word it guessed is a person"). */
const knownName = (ts: Term[]) => ts.some((t) => has(t, ['FirstName', 'LastName', 'MaleName', 'FemaleName']));

interface Context {
  person: boolean;
  /** An apposition describes it as an organisation ("wikiHow, the company"). */
  organization: boolean;
  roles: string[];
  gender?: 'male' | 'female';
}

/** Evidence around a name that says it is a person: title, role noun, speech verb, apposition. */
function personContext(p: string, terms: Term[], i: number, j: number, titleRole: string | undefined, titleStart: number): Context {
  const roles: string[] = [];
  let person = false;
  let organization = false;
  if (titleRole) {
    roles.push(titleRole);
    person = true;
  }
  const before = roleBefore(p, terms, titleStart);
  if (before) {
    if (before.role) roles.push(before.role);
    if (before.person) person = true;
  }
  const after = apposition(p, terms, j);
  if (after) {
    if (after.role) roles.push(after.role);
    if (after.person) person = true;
    else if (after.role) organization = true;
  }
  const prev = terms[i - 1];
  const next = terms[j + 1];
  // photo credits: "Image: Snbehnke.", "Video: Miharris & Acphillips."
  if (prev && prev.sentence === terms[i].sentence && CREDIT_WORDS.has(prev.lower) && /^:\s*$/.test(prev.post)) person = true;
  // "X said", but not "a spokesman for X said"
  const governed = prev && prev.sentence === terms[i].sentence && prev.tags.has('Preposition');
  if (next && !governed && next.sentence === terms[j].sentence && joinedBySpace(terms[j].post) && SPEECH_VERBS.has(next.lower)) person = true;
  if (prev && prev.sentence === terms[i].sentence && joinedBySpace(prev.post) && INVERTED_SPEECH_VERBS.has(prev.lower)) person = true;
  return { person, organization, roles };
}

const isTitleWord = (t: Term) => TITLE_WORDS.has(t.lower.replace(/\.$/, '')) || (t.tags.has('Honorific') && !has(t, ['FirstName', 'LastName']));

/**
 * Splits "U.S. President Joe Biden" into the title ("U.S. President") and the name ("Joe Biden"):
 * returns the index of the title's last word, -1 when there is no title, `j` when it is all title
 * ("Governor of Virginia", "Secretary of State").
 */
function splitTitle(terms: Term[], i: number, j: number): number {
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

function genderOf(titleTerms: Term[], nameTerms: Term[]): 'male' | 'female' | undefined {
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
function namesInTitle(p: string, titleTerms: Term[]): NameFact[] {
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
  if (ts.length === 1 && !isCommonWord(ts[0].lower) && !ts[0].tags.has('Adjective') && !/(al|ic|ian|ish|ese|ive|ary)$/.test(ts[0].lower)) return 'place';
  return undefined;
}

/** Role words written before the title inside the sentence: "Transport" in "Transport Minister", "former". */
function extendTitleBack(terms: Term[], i: number): number {
  let s = i;
  while (s > 0) {
    const t = terms[s - 1];
    if (t.sentence !== terms[s].sentence || !joinedBySpace(t.post)) break;
    if (ROLE_LEAD.has(t.lower) || (isCapitalised(t.core) && !NEVER_NAMES.has(t.lower) && !has(t, ['Determiner', 'Preposition', 'Conjunction', 'Pronoun']))) s--;
    else break;
  }
  return s;
}

export function findNames(doc: Doc, p: string, heading: boolean): NameResult {
  const terms = readTerms(doc);
  const names: NameFact[] = [];
  const candidates: CandidateFact[] = [];
  const candidate = (ts: Term[], person = false) => {
    const words = ts.filter((t) => !NAME_CONNECTORS.has(t.lower) || isCapitalised(t.core));
    if (!words.length) return;
    const before = terms[words[0].index - 1];
    // "the Polaroids", "100 Polaroids": a determiner or number says common noun, not a person's surname
    const determined = !!before && before.sentence === words[0].sentence && (before.tags.has('Determiner') || before.tags.has('Value'));
    candidates.push({
      start: words[0].start,
      end: words[words.length - 1].end,
      tokens: words.map((t) => [t.start, t.end]),
      ...(determined ? { determined } : {}),
      ...(person ? { person } : {}),
    });
  };
  // A paragraph in capitals ("BREAKING: …") makes every word look like an acronym or a name: keep
  // its capitalised words as candidates only, for names the rest of the article establishes.
  if (isShouting(p)) {
    for (const [ri, rj] of nameRuns(terms, true)) candidate(terms.slice(ri, rj + 1).filter((t) => !notAName(t) && !NEVER_NAMES.has(t.lower)));
    return { names, candidates };
  }
  for (const [ri, rj] of nameRuns(terms, heading).flatMap((r) => splitAtFirstName(terms, r))) {
    let i = ri;
    const j = rj;
    const k = splitTitle(terms, i, j);
    let titleRole: string | undefined;
    let titleTerms: Term[] = [];
    if (k >= 0) {
      const name = terms.slice(k + 1, j + 1);
      // "General Motors", "Supreme Court": a title word inside an organisation's or place's name
      // "U.S. Republican Party", "Squadron Officer School": one organisation word after a title is no person
      const shape = name.length ? typeFromShape(name) ?? (name.length === 1 && ORG_HEADS.has(name[0].lower) ? 'organization' : undefined) : undefined;
      if (!shape || shape === 'person') {
        titleTerms = terms.slice(extendTitleBack(terms, i), k + 1);
        names.push(...namesInTitle(p, titleTerms));
        const roleTerms = titleTerms.filter((t) => !HONORIFICS.has(t.lower.replace(/\.$/, '')));
        if (roleTerms.length) {
          const lastRole = roleTerms[roleTerms.length - 1];
          // keep the stop of an abbreviated title ("Gov.")
          titleRole = p.slice(roleTerms[0].start, lastRole.end + (lastRole.post.startsWith('.') && lastRole.core.length <= 4 ? 1 : 0));
        }
        if (k === j) continue;
        i = k + 1;
      }
    }
    // leading words capitalised only because they open the sentence ("Speaking", "Transport")
    // ("New People Party" keeps its first word: the whole run is shaped like a name)
    const shaped = j - i >= 2 && !!typeFromShape(terms.slice(i, j + 1)) && typeFromShape(terms.slice(i, j + 1)) !== 'person';
    while (i < j && byPosition(terms[i]) && k < 0 && !shaped) i++;
    if (i === j && byPosition(terms[i])) {
      // an ordinary word opening a sentence may still be a known person's surname ("Hill at the forum",
      // "Brown said"), unless it modifies the noun after it ("Young people")
      const after = terms[i + 1];
      const modifies = after && after.sentence === terms[i].sentence && joinedBySpace(terms[i].post) && !isCapitalised(after.core) && after.tags.has('Noun');
      if (!modifies) candidate([terms[i]]);
      continue;
    }
    let ts = terms.slice(i, j + 1);
    // trailing connectors never end a name
    while (ts.length > 1 && NAME_CONNECTORS.has(ts[ts.length - 1].lower)) ts = ts.slice(0, -1);
    if (ts.length === 1 && notAName(ts[0])) continue;
    // "Jane Smith QC": letters after a name
    while (ts.length > 1 && isAcronym(ts[ts.length - 1].core) && NOT_NAME_ACRONYMS.has(ts[ts.length - 1].lower)) ts = ts.slice(0, -1);
    // "Venezuelan", "Latin American": nationalities describe, they do not name
    if (ts.every((t) => t.tags.has('Demonym') || lexiconTags(t.lower).includes('Demonym') || (t.tags.has('Adjective') && !has(t, PROPER_TAGS)))) continue;
    if (ts.every((t) => TITLE_WORDS.has(t.lower.replace(/\.$/, '')) || NAME_CONNECTORS.has(t.lower))) continue;

    const last = ts[ts.length - 1];
    const after = terms[last.index + 1];
    // "Maduro's government": compromise calls the possessor an organisation; it is a name to resolve later
    // ... and so is "the Monti government", "a Hill administration"
    const possessor =
      !!after &&
      !isCapitalised(after.core) &&
      (last.possessive ? POSSESSED_NOUNS.has(after.lower) || after.tags.has('Organization') : ts.length === 1 && joinedBySpace(last.post) && POSSESSED_NOUNS.has(after.lower));

    const prevWord = terms[i - 1];
    let shape = typeFromShape(ts);
    // "the Church", "Congress has": one organisation word, capitalised where it need not be
    if (!shape && ts.length === 1 && !ts[0].initial && ORG_HEADS.has(ts[0].lower) && !PLACE_HEADS.has(ts[0].lower)) shape = 'organization';
    // "the Republican party": a party named with a lower-case "party"
    const partyAfter = terms[ts[ts.length - 1].index + 1];
    if (!shape && partyAfter?.lower === 'party' && joinedBySpace(ts[ts.length - 1].post) && !ts[ts.length - 1].possessive && ts.length <= 3) {
      ts = [...ts, partyAfter];
      shape = 'organization';
    }
    let tagged = possessor ? undefined : typeFromTags(ts);
    // "Kanata, Ontario", "Preston, Victoria, Australia": a word between places is a place, not a first name
    if (tagged === 'person' && ts.length === 1 && !knownName(ts) && besidePlace(terms, i, j)) tagged = 'place';
    // "Christopher Hill", "Jack Park": a first name before a place word makes a person
    // (only for place words that are also surnames: "Ross Sea" stays a sea)
    if (shape === 'place' && ts.length <= 3 && isFirstName(ts[0]) && SURNAME_PLACE_HEADS.has(headOf(ts))) shape = undefined;
    const ctx = personContext(p, terms, i, j, titleRole, titleTerms.length ? titleTerms[0].index : i);
    const gender = genderOf(titleTerms, ts);
    let type: EntityType | undefined;
    let strong = true;
    let guessed = false;
    if (shape && shape !== 'person') type = shape;
    else if (ctx.organization && !titleRole && (!tagged || (tagged === 'person' && !knownName(ts)))) type = 'organization';
    else if (titleRole || titleTerms.length) type = 'person';
    else if (ctx.person && tagged !== 'place' && tagged !== 'organization') type = 'person';
    else if (ctx.person && ts.length >= 2 && tagged !== 'organization') type = 'person';
    else if (tagged === 'person') {
      type = 'person';
      // a lone word compromise guessed is a person ("Virginia") needs the document to agree
      if (ts.length === 1 && !knownName(ts)) strong = false;
      // "the 2012 Summer Paralympics": people's names do not follow "the" or a number
      if (prevWord && prevWord.sentence === ts[0].sentence && (prevWord.tags.has('Value') || (['the', 'a', 'an'].includes(prevWord.lower) && !ts[0].tags.has('FirstName')))) strong = false;
    } else if (tagged) {
      type = tagged;
      guessed = ts.length === 1;
    }
    // a heading's words are all capitalised: trust only shapes and runs compromise types throughout
    // "told reporters in Darmstadt": an unknown name after "in" that modifies nothing is a place
    if (!type && !possessor && inPlace(terms, ts)) type = 'place';
    if (type === 'person' && ts.length === 1 && !titleTerms.length) {
      // "the Party", "Genesis": one ordinary word is no person's name on context alone
      if (isCommonWord(ts[0].lower) || ORG_HEADS.has(ts[0].lower)) strong = false;
      // "Irving, Texas", "Preston, Victoria": a word beside a place, with a comma, is a place
      else if (!ctx.person && besidePlace(terms, i, j)) type = 'place';
    }
    if (heading && (type === 'person' || (!shape && type && !ts.every((t) => t.tags.has(TAG_OF[type!]))))) strong = false;
    if (!type || !strong) {
      // "Wikinews interviews Christopher Hill": a first name and surname in a heading is a person if nothing else claims it
      candidate(ts, heading && type === 'person' && ts.length >= 2 && ts.length <= 3 && isFirstName(ts[0]));
      continue;
    }
    // "Warhol Polaroids": a plural common word ends a person's name
    if (type === 'person') while (ts.length > 1 && ts[ts.length - 1].tags.has('Plural') && !has(ts[ts.length - 1], ['Person', 'LastName'])) ts = ts.slice(0, -1);
    const nameText = text(p, ts);
    const roles = type === 'person' ? ctx.roles : ctx.roles.filter((r) => !PERSON_NOUNS.has(r.split(/\s+/).pop() ?? ''));
    names.push({
      start: ts[0].start,
      end: ts[ts.length - 1].end,
      text: nameText,
      type,
      roles: unique(roles),
      ...(type === 'person' && gender ? { gender } : {}),
      ...(guessed ? { guessed } : {}),
    });
  }
  names.sort((a, b) => a.start - b.start);
  linkAcronyms(p, names);
  if (!heading) promoteListedPeople(p, names, candidates);
  return { names, candidates };
}

/**
 * "Nat Finkelstein, Christopher Makos and Felice Quinto": a two- or three-word name the rules could
 * not type, listed next to a person, is a person too.
 */
function promoteListedPeople(p: string, names: NameFact[], candidates: CandidateFact[]): void {
  if (!candidates.length || !names.some((n) => n.type === 'person')) return;
  type Item = { start: number; end: number; person: boolean; cand?: CandidateFact };
  const all: Item[] = [
    ...names.map((n) => ({ start: n.start, end: n.end, person: n.type === 'person' })),
    ...candidates.map((c) => ({ start: c.start, end: c.end, person: false, cand: c })),
  ].sort((x, y) => x.start - y.start);
  const LIST_GAP = /^\s*(,|,?\s*and|&|;)\s*$/;
  const promoted = new Set<CandidateFact>();
  const visit = (x: number, from: number) => {
    const c = all[x].cand;
    if (!c || promoted.has(c) || c.tokens.length < 2 || c.tokens.length > 3 || c.determined || !all[from]?.person) return;
    const [a, b] = from < x ? [all[from], all[x]] : [all[x], all[from]];
    if (!LIST_GAP.test(p.slice(a.end, b.start))) return;
    promoted.add(c);
    all[x].person = true;
    names.push({ start: c.start, end: c.end, text: p.slice(c.start, c.end), type: 'person', roles: [] });
  };
  // a list grows from its known person in both directions: one pass each way
  for (let x = 1; x < all.length; x++) visit(x, x - 1);
  for (let x = all.length - 2; x >= 0; x--) visit(x, x + 1);
  if (!promoted.size) return;
  let w = 0;
  for (const c of candidates) if (!promoted.has(c)) candidates[w++] = c;
  candidates.length = w;
  names.sort((x, y) => x.start - y.start);
}

/**
 * "Kennedy Space Center (KSC)", "CEI (Italian Episcopal Conference)": an acronym in parentheses next
 * to a name it abbreviates is that name: same type, and the document pass merges the two.
 */
function linkAcronyms(p: string, names: NameFact[]): void {
  for (let x = 0; x < names.length; x++) {
    const n = names[x];
    const full = names[x - 1];
    const inner = names[x + 1];
    const initial = (s: string) => s.replace(/^[^\p{L}]+/u, '')[0]?.toUpperCase();
    if (!isAcronym(n.text)) continue;
    if (full && !isAcronym(full.text) && /^\s*[([]\s*$/.test(p.slice(full.end, n.start)) && /^\s*[)\]]/.test(p.slice(n.end)) && initial(full.text) === initial(n.text)) {
      n.type = full.type;
      n.aliasOf = full.text;
    } else if (inner && !isAcronym(inner.text) && /^\s*[([]\s*$/.test(p.slice(n.end, inner.start)) && /^\s*[)\]]/.test(p.slice(inner.end)) && initial(inner.text) === initial(n.text)) {
      n.type = inner.type;
      n.aliasOf = inner.text;
    }
  }
}

function isShouting(p: string): boolean {
  const letters = p.match(/\p{L}/gu)?.length ?? 0;
  const upper = p.match(/\p{Lu}/gu)?.length ?? 0;
  return letters >= 12 && upper / letters > 0.6;
}

/** The per-paragraph names, without candidates (kept for callers that only want names). */
export function extractNames(doc: Doc, p: string): NameFact[] {
  return findNames(doc, p, false).names;
}

function unique(xs: string[]): string[] {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = x.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
