// Per-paragraph name finding: people, places, organizations. compromise tags the words; these rules
// cut capitalised runs into title + name, type them from compromise's tags, word shapes and context
// (titles, role nouns, speech verbs, appositions), and keep the runs they cannot type as candidates
// for the document pass (a bare "Maduro" is a person only because "Nicolas Maduro" is named
// somewhere in the article).
import type { EntityType } from '../model';
import type { CandidateFact, NameFact } from '../facts';
import type { Doc } from '../nlp/nlp';
import { readTerms, isCommonWord, isAcronym, isCapitalised, joinedBySpace, lexiconTags, type Term } from '../nlp/terms';
import { NAME_CONNECTORS, NEVER_NAMES, NOT_NAME_ACRONYMS, ORG_HEADS, PERSON_NOUNS, PLACE_HEADS, POSSESSED_NOUNS, STANDARD_ALIASES, TITLE_WORDS } from '../lexicon/names';
import { foldKey } from '../text/text';
import { FINITE_SPEECH_VERBS, INVERTING } from '../lexicon/speechVerbs';
import { apposition, roleBefore } from './roles';
import {
  PROPER_TAGS,
  SURNAME_PLACE_HEADS,
  TAG_OF,
  besidePlace,
  byPosition,
  countryBody,
  romanisedName,
  initialsName,
  has,
  headOf,
  inPlace,
  isFirstName,
  isTitleWord,
  knownName,
  lexiconPlace,
  nameRuns,
  notAName,
  splitAtFirstName,
  text,
  typeFromShape,
  typeFromTags,
} from './nameRuns';
import { HONORIFICS, extendTitleBack, genderOf, namesInTitle, splitTitle } from './titles';
import { linkAcronyms, promoteListedPeople } from './nameLinks';
import { gazetteerPlace } from '../lexicon/gazetteer';

export interface NameResult {
  names: NameFact[];
  candidates: CandidateFact[];
}

/** Nouns a vehicle's or instrument's name stands before ("the Ulysses spacecraft"). */
const CRAFT_NOUNS = new Set(['spacecraft', 'probe', 'rover', 'satellite', 'lander', 'orbiter', 'telescope', 'capsule', 'shuttle', 'rocket', 'ship', 'vessel', 'submarine', 'frigate', 'destroyer', 'aircraft', 'airliner', 'jet', 'spaceship', 'spaceplane']);

/** Prefixes that make a hyphenated name a modifier ("pro-Beijing"). */
const MODIFIER_PREFIXES = new Set(['pro', 'anti', 'non', 'post', 'pre']);

const CREDIT_WORDS = new Set(['image', 'photo', 'photograph', 'picture', 'video', 'audio', 'credit', 'photos', 'images']);

interface Context {
  person: boolean;
  /** An apposition describes it as an organisation ("wikiHow, the company"). */
  organization: boolean;
  roles: string[];
  gender?: 'male' | 'female';
  /** Named as the one interviewed ("interviews Jane Roe"). */
  interviewed: boolean;
}

const INTERVIEW_VERBS = new Set(['interviews', 'interviewed', 'interviewing', 'interview']);
const INTERVIEW_NOUNS = new Set(['interview', 'conversation', 'chat', 'talk', 'talks', 'q&a']);

function isInterviewCue(prev: Term, before: Term | undefined): boolean {
  if (INTERVIEW_VERBS.has(prev.lower)) return true;
  return prev.lower === 'with' && !!before && before.sentence === prev.sentence && INTERVIEW_NOUNS.has(before.lower);
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
  if (next && !governed && next.sentence === terms[j].sentence && joinedBySpace(terms[j].post) && FINITE_SPEECH_VERBS.has(next.lower)) person = true;
  if (prev && prev.sentence === terms[i].sentence && joinedBySpace(prev.post) && INVERTING.has(prev.lower)) person = true;
  // "Wikinews interviews Jane Roe", "An interview with Jane Roe": the one interviewed is a person
  const interviewed = !!prev && prev.sentence === terms[i].sentence && joinedBySpace(prev.post) && isInterviewCue(prev, terms[i - 2]);
  if (interviewed) person = true;
  return { person, organization, roles, interviewed };
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
    // ("that" is most often a conjunction: "the tools that Frank uses")
    const determined = !!before && before.sentence === words[0].sentence && ((before.tags.has('Determiner') && before.lower !== 'that') || before.tags.has('Value'));
    candidates.push({
      start: words[0].start,
      end: words[words.length - 1].end,
      tokens: hyphenJoined(words),
      ...(determined ? { determined } : {}),
      ...(person ? { person } : {}),
      ...(words.every(properOnly) ? { properOnly: true } : {}),
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
    const party = i === j ? titleWordParty(p, terms, j) : undefined;
    if (party) {
      names.push(party);
      continue;
    }
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
    const runShape = j > i ? typeFromShape(terms.slice(i, j + 1)) : undefined;
    // ("Environment Canada spokesperson …": a body named by a noun and a country keeps its noun)
    const shaped = (j - i >= 2 && !!runShape && runShape !== 'person') || (runShape === 'organization' && (ORG_HEADS.has(terms[j].lower) || countryBody(terms.slice(i, j + 1))));
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
    // "pro-Beijing camp", "Anti-Maduro protests": a name inside a modifier names nothing itself
    if (ts.length >= 2 && MODIFIER_PREFIXES.has(ts[0].lower) && ts[0].post === '-') continue;
    // "Co-founder", "Polaroid-room": one hyphenated word ending in an ordinary word is no name
    if (ts.length === 2 && ts[0].post === '-' && !isCapitalised(ts[1].core) && isCommonWord(ts[1].lower)) continue;
    // "Operation Clambake": a named campaign or operation is neither a place nor a body
    if (ts.length >= 2 && ts[0].lower === 'operation') continue;

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
    // "Irving, Texas": compromise read a first name and a surname; the lexicon knows a place
    let lexiconGuess = false;
    if (tagged === 'person' && ts.length === 1 && lexiconPlace(ts[0])) {
      tagged = 'place';
      lexiconGuess = true;
    }
    // "Christopher Hill", "Jack Park": a first name before a place word makes a person
    // (only for place words that are also surnames: "Ross Sea" stays a sea)
    if (shape === 'place' && ts.length <= 3 && isFirstName(ts[0]) && SURNAME_PLACE_HEADS.has(headOf(ts))) shape = undefined;
    const ctx = personContext(p, terms, i, j, titleRole, titleTerms.length ? titleTerms[0].index : i);
    const gender = genderOf(titleTerms, ts);
    let type: EntityType | undefined;
    let strong = true;
    let guessed = false;
    if (shape && shape !== 'person') type = shape;
    else if ((romanisedName(ts) || initialsName(ts)) && !ctx.organization) type = 'person';
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
      guessed = ts.length === 1 || lexiconGuess;
    }
    // a heading's words are all capitalised: trust only shapes and runs compromise types throughout
    // "told reporters in Darmstadt": an unknown name after "in" that modifies nothing is a place
    if (!type && !possessor && inPlace(terms, ts)) type = 'place';
    // "Houston has played a role", "on Earth", "the Alps": a well-known place the tagger misses or reads as a name
    const prevInSentence = prevWord && prevWord.sentence === ts[0].sentence ? prevWord.lower : undefined;
    // ("the Alps reported …": a person's name does not follow "the", so a speech verb does not make it one)
    if ((!ctx.person || prevInSentence === 'the') && !titleTerms.length && gazetteerPlace(text(p, ts), prevInSentence)) {
      type = 'place';
      strong = true;
      guessed = false;
    }
    // "Zeltweg, Austria", "Valmerica, Texas": an unknown name, a comma, then a country or state is a town there
    if (!type && !possessor && ts.length <= 3 && townOf(terms, ts)) {
      type = 'place';
      strong = true;
    }
    // "a Valmera-based firm": a name before "-based" is where something is based
    const suffix = terms[last.index + 1];
    if (!type && last.post === '-' && suffix?.lower === 'based' && !possessor) {
      type = 'place';
      strong = true;
    }
    // a dateline: "VALMERA —", "LONDON (Reuters) -" opens a news story with the place it was filed from
    if (ts[0].index === 0 && ts.length <= 3 && ts.every((t) => !/\p{Ll}/u.test(t.core)) && /^\s*([—–-]|\()/.test(ts[ts.length - 1].post) && !notAName(ts[0])) {
      type = 'place';
      strong = true;
    }
    if (type === 'person' && ts.length === 1 && !titleTerms.length) {
      // "the Party", "Genesis": one ordinary word is no person's name on context alone
      if (isCommonWord(ts[0].lower) || ORG_HEADS.has(ts[0].lower)) strong = false;
      // "Irving, Texas", "Preston, Victoria": a word beside a place, with a comma, is a place
      else if (!ctx.person && besidePlace(terms, i, j)) type = 'place';
    }
    if (heading && (type === 'person' || (!shape && type && !ts.every((t) => t.tags.has(TAG_OF[type!]))))) strong = false;
    if (!type || !strong) {
      // "Wikinews interviews Christopher Hill": a first name and surname in a heading is a person if nothing else claims it
      candidate(ts, heading && type === 'person' && ts.length >= 2 && ts.length <= 3 && (isFirstName(ts[0]) || ctx.interviewed));
      continue;
    }
    // "the Ulysses spacecraft", "the Juno probe": a craft's name is no person's
    const craft = terms[ts[ts.length - 1].index + 1];
    if (type === 'person' && ts.length === 1 && !titleTerms.length && !ctx.person && craft && craft.sentence === last.sentence && joinedBySpace(last.post) && CRAFT_NOUNS.has(craft.lower)) continue;
    // "Warhol Polaroids": a plural common word ends a person's name
    if (type === 'person') while (ts.length > 1 && ts[ts.length - 1].tags.has('Plural') && !has(ts[ts.length - 1], ['Person', 'LastName'])) ts = ts.slice(0, -1);
    const nameText = text(p, ts);
    const roles = type === 'person' ? ctx.roles : ctx.roles.filter((r) => !PERSON_NOUNS.has(r.split(/\s+/).pop() ?? ''));
    const qualifier = type === 'organization' ? countryQualifier(p, ts) : 0;
    names.push({
      start: ts[0].start,
      end: ts[ts.length - 1].end,
      text: nameText,
      type,
      roles: unique(roles),
      ...(type === 'person' && gender ? { gender } : {}),
      ...(guessed ? { guessed } : {}),
      ...(qualifier ? { qualifier } : {}),
    });
  }
  names.sort((a, b) => a.start - b.start);
  linkAcronyms(p, names);
  if (!heading) {
    promoteListedPeople(p, names, candidates);
    promotePossessiveLinks(p, terms, names, candidates);
  }
  return { names, candidates };
}

/**
 * Possessives between a body and a person: "Demosisto's Nathan Law" (an unknown possessor of a
 * person's full name is the body that person belongs to) and "Civic Party's Jeremy Tam" (an
 * unknown two- or three-word name possessed by an organisation is a person).
 */
function promotePossessiveLinks(p: string, terms: Term[], names: NameFact[], candidates: CandidateFact[]): void {
  if (!names.length) return;
  const personAt = new Set(names.filter((n) => n.type === 'person' && /\s/.test(n.text)).map((n) => n.start));
  const orgEnd = new Set(names.filter((n) => n.type === 'organization').map((n) => n.end));
  const byEnd = new Map<number, Term>();
  const byStart = new Map<number, Term>();
  for (const t of terms) {
    byEnd.set(t.end, t);
    byStart.set(t.start, t);
  }
  let w = 0;
  for (const c of candidates) {
    const last = byEnd.get(c.end);
    const next = last && terms[last.index + 1];
    const first = byStart.get(c.start);
    const before = first && terms[first.index - 1];
    if (last?.possessive && next && personAt.has(next.start) && c.tokens.length <= 3 && !c.determined) {
      names.push({ start: c.start, end: c.end, text: p.slice(c.start, c.end), type: 'organization', roles: [] });
    } else if (before?.possessive && orgEnd.has(before.end) && c.tokens.length >= 2 && c.tokens.length <= 3) {
      names.push({ start: c.start, end: c.end, text: p.slice(c.start, c.end), type: 'person', roles: [] });
    } else candidates[w++] = c;
  }
  if (w === candidates.length) return;
  candidates.length = w;
  names.sort((x, y) => x.start - y.start);
}

/** "the Republican party": a title word before a lower-case "party" names the party, it is no title. */
function titleWordParty(p: string, terms: Term[], j: number): NameFact | undefined {
  const party = terms[j + 1];
  if (party?.lower !== 'party' || !joinedBySpace(terms[j].post) || terms[j].possessive || !TITLE_WORDS.has(terms[j].lower)) return undefined;
  return { start: terms[j].start, end: party.end, text: text(p, [terms[j], party]), type: 'organization', roles: [] };
}

/** A word compromise knows, if at all, only as a name: not a title, an ordinary word, a place or a nationality. */
function properOnly(t: Term): boolean {
  if (!isCapitalised(t.core) || isAcronym(t.core) || isTitleWord(t) || NAME_CONNECTORS.has(t.lower) || isCommonWord(t.lower)) return false;
  return !has(t, ['Place', 'Organization', 'Demonym', 'Country', 'City', 'Region']) && !lexiconPlace(t) && !/Demonym/.test(lexiconTags(t.lower));
}

const isCountryWord = (t: Term) => has(t, ['Country', 'Demonym']) || /Country|Demonym/.test(lexiconTags(t.lower)) || STANDARD_ALIASES.has(foldKey(t.core));

/**
 * Leading words of a body's name that only say which country it belongs to ("United States" in
 * "United States Air Force", "US", "Italian"), counted in folded words like the name's key.
 */
function countryQualifier(p: string, ts: Term[]): number {
  let n = 0;
  while (n < ts.length - 1 && isCountryWord(ts[n])) n++;
  // ("United States" as a team's name: all of it is the country, nothing is qualified)
  if (n === 0 || isCountryWord(ts[n])) return 0;
  return foldKey(p.slice(ts[0].start, ts[n - 1].end)).split(' ').length;
}

/** Word spans for a candidate, a hyphenated name kept whole ("Chi-fung" is one word, not "Chi" and "fung"). */
function hyphenJoined(words: Term[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let x = 0; x < words.length; x++) {
    const prev = words[x - 1];
    if (prev && prev.post === '-' && prev.end + 1 === words[x].start) out[out.length - 1][1] = words[x].end;
    else out.push([words[x].start, words[x].end]);
  }
  return out;
}

/** A country or state (by the lexicon, not a possessive) right after the name and a comma. */
function townOf(terms: Term[], ts: Term[]): boolean {
  const last = ts[ts.length - 1];
  const next = terms[last.index + 1];
  if (!next || next.sentence !== last.sentence || !/^,\s+$/.test(last.post) || next.possessive) return false;
  if (ts.some((t) => isCommonWord(t.lower) || t.tags.has('Demonym'))) return false;
  return /Country|Region/.test(lexiconTags(next.lower));
}

function isShouting(p: string): boolean {
  const letters = p.match(/\p{L}/gu)?.length ?? 0;
  const upper = p.match(/\p{Lu}/gu)?.length ?? 0;
  return letters >= 12 && upper / letters > 0.6;
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
