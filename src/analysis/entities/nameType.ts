// Whether a capitalised run found in a paragraph names a person, a place or an organization, and how
// sure the paragraph alone is of it. Evidence is weighed in a fixed order: the run's shape ("Air
// Force", "Lake Erie") first, then context that says person (titles, role nouns, speech verbs), then
// compromise's tags; well-known places and place-shaped contexts override last. A type that is not
// `strong` leaves the run a candidate for the document pass to settle.
import type { EntityType } from '../model';
import { isCommonWord, isCapitalised, joinedBySpace, lexiconTags, type Term } from '../nlp/terms';
import { ORG_HEADS, PLACE_HEADS, POSSESSED_NOUNS, WORKS_FOR_NOUNS } from '../lexicon/names';
import { FINITE_SPEECH_VERBS, INVERTING } from '../lexicon/speechVerbs';
import { gazetteerPlace } from '../lexicon/gazetteer';
import { apposition, roleBefore } from './roles';
import {
  SURNAME_PLACE_HEADS,
  TAG_OF,
  besidePlace,
  headOf,
  inPlace,
  initialsName,
  isFirstName,
  knownName,
  lexiconPlace,
  notAName,
  romanisedName,
  text,
  typeFromShape,
  typeFromTags,
} from './nameRuns';

export interface PersonContext {
  person: boolean;
  /** An apposition describes it as an organisation ("wikiHow, the company"). */
  organization: boolean;
  roles: string[];
  /** Named as the one interviewed ("interviews Jane Roe"). */
  interviewed: boolean;
}

/** What the paragraph says about one run of name words, `ts` spanning terms `i`..`j`. */
export interface NameClues {
  p: string;
  terms: Term[];
  ts: Term[];
  i: number;
  j: number;
  titleRole: string | undefined;
  titleTerms: Term[];
  ctx: PersonContext;
  heading: boolean;
}

export interface NameTyping {
  /** The run's words, with a lower-case "party" after them added ("the Republican party"). */
  ts: Term[];
  type: EntityType | undefined;
  /** The paragraph alone is enough to name it; otherwise the run stays a candidate. */
  strong: boolean;
  /** Typed from compromise's tags or the lexicon only, which the document pass may overrule. */
  guessed: boolean;
}

type Typing = Omit<NameTyping, 'ts'>;

const CREDIT_WORDS = new Set(['image', 'photo', 'photograph', 'picture', 'video', 'audio', 'credit', 'photos', 'images']);
const INTERVIEW_VERBS = new Set(['interviews', 'interviewed', 'interviewing', 'interview']);
const INTERVIEW_NOUNS = new Set(['interview', 'conversation', 'chat', 'talk', 'talks', 'q&a']);

function isInterviewCue(prev: Term, before: Term | undefined): boolean {
  if (INTERVIEW_VERBS.has(prev.lower)) return true;
  return prev.lower === 'with' && !!before && before.sentence === prev.sentence && INTERVIEW_NOUNS.has(before.lower);
}

/** Evidence around a name that says it is a person: title, role noun, speech verb, apposition. */
export function personContext(p: string, terms: Term[], i: number, j: number, titleRole: string | undefined, titleStart: number): PersonContext {
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
  if (worksFor(terms, i)) organization = true;
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

/** "a spokesperson for Harlow Water", "analysts at Brightwater": the name is the body they work for. */
function worksFor(terms: Term[], i: number): boolean {
  const prep = terms[i - 1];
  const noun = terms[i - 2];
  return !!noun && noun.sentence === terms[i].sentence && (prep.lower === 'for' || prep.lower === 'at') && joinedBySpace(prep.post) && joinedBySpace(noun.post) && WORKS_FOR_NOUNS.has(noun.lower);
}

export function typeName(c: NameClues): NameTyping {
  const possessor = isPossessor(c.terms, c.ts);
  const { ts, shape } = shapeOf(c.terms, c.ts);
  const { tagged, lexiconGuess } = possessor ? { tagged: undefined, lexiconGuess: false } : taggedType(c, ts);
  let typing = firstGuess(c, ts, shape, tagged, lexiconGuess);
  typing = placeClues(c, ts, possessor, typing);
  typing = lonePerson(c, ts, typing);
  // a heading's words are all capitalised: trust only shapes and runs compromise types throughout
  const type = typing.type;
  if (c.heading && (type === 'person' || (!shape && type && !ts.every((t) => t.tags.has(TAG_OF[type]))))) typing = { ...typing, strong: false };
  return { ts, ...typing };
}

/**
 * "Maduro's government": compromise calls the possessor an organisation; it is a name to resolve
 * later, and so is "the Monti government", "a Hill administration".
 */
function isPossessor(terms: Term[], ts: Term[]): boolean {
  const last = ts[ts.length - 1];
  const after = terms[last.index + 1];
  return (
    !!after &&
    !isCapitalised(after.core) &&
    (last.possessive ? POSSESSED_NOUNS.has(after.lower) || after.tags.has('Organization') : ts.length === 1 && joinedBySpace(last.post) && POSSESSED_NOUNS.has(after.lower))
  );
}

/** The type the run's words say by their shape, with a following lower-case "party" taken in. */
function shapeOf(terms: Term[], words: Term[]): { ts: Term[]; shape: EntityType | undefined } {
  let ts = words;
  let shape = typeFromShape(ts);
  // "the Church", "Congress has": one organisation word, capitalised where it need not be
  if (!shape && ts.length === 1 && !ts[0].initial && ORG_HEADS.has(ts[0].lower) && !PLACE_HEADS.has(ts[0].lower)) shape = 'organization';
  // "the Republican party": a party named with a lower-case "party"
  const partyAfter = terms[ts[ts.length - 1].index + 1];
  if (!shape && partyAfter?.lower === 'party' && joinedBySpace(ts[ts.length - 1].post) && !ts[ts.length - 1].possessive && ts.length <= 3) {
    ts = [...ts, partyAfter];
    shape = 'organization';
  }
  // "Christopher Hill", "Jack Park": a first name before a place word makes a person
  // (only for place words that are also surnames: "Ross Sea" stays a sea)
  if (shape === 'place' && ts.length <= 3 && isFirstName(ts[0]) && SURNAME_PLACE_HEADS.has(headOf(ts))) shape = undefined;
  return { ts, shape };
}

/** The type compromise's tags give, corrected where a lone word sits among places. */
function taggedType(c: NameClues, ts: Term[]): { tagged: EntityType | undefined; lexiconGuess: boolean } {
  let tagged = typeFromTags(ts);
  // "Kanata, Ontario", "Preston, Victoria, Australia": a word between places is a place, not a first name
  if (tagged === 'person' && ts.length === 1 && !knownName(ts) && besidePlace(c.terms, c.i, c.j)) tagged = 'place';
  // "Irving, Texas": compromise read a first name and a surname; the lexicon knows a place
  if (tagged === 'person' && ts.length === 1 && lexiconPlace(ts[0])) return { tagged: 'place', lexiconGuess: true };
  return { tagged, lexiconGuess: false };
}

const SURE = { strong: true, guessed: false };

/** The first piece of evidence that decides, strongest first. */
function firstGuess(c: NameClues, ts: Term[], shape: EntityType | undefined, tagged: EntityType | undefined, lexiconGuess: boolean): Typing {
  const { ctx, titleRole } = c;
  if (shape && shape !== 'person') return { type: shape, ...SURE };
  if ((romanisedName(ts) || initialsName(ts)) && !ctx.organization) return { type: 'person', ...SURE };
  if (ctx.organization && !titleRole && (!tagged || (tagged === 'person' && !knownName(ts)))) return { type: 'organization', ...SURE };
  if (titleRole || c.titleTerms.length) return { type: 'person', ...SURE };
  if (ctx.person && tagged !== 'place' && tagged !== 'organization') return { type: 'person', ...SURE };
  if (ctx.person && ts.length >= 2 && tagged !== 'organization') return { type: 'person', ...SURE };
  if (tagged === 'person') {
    // a lone word compromise guessed is a person ("Virginia") needs the document to agree
    const unknownLone = ts.length === 1 && !knownName(ts);
    // "the 2012 Summer Paralympics": people's names do not follow "the" or a number
    const prevWord = c.terms[c.i - 1];
    const determined = !!prevWord && prevWord.sentence === ts[0].sentence && (prevWord.tags.has('Value') || (['the', 'a', 'an'].includes(prevWord.lower) && !ts[0].tags.has('FirstName')));
    return { type: 'person', strong: !unknownLone && !determined, guessed: false };
  }
  if (tagged) return { type: tagged, strong: true, guessed: ts.length === 1 || lexiconGuess };
  return { type: undefined, ...SURE };
}

/** Places the tagger misses: after "in", in the gazetteer, before a state, before "-based", in a dateline. */
function placeClues(c: NameClues, ts: Term[], possessor: boolean, typing: Typing): Typing {
  let t = typing;
  // "told reporters in Darmstadt": an unknown name after "in" that modifies nothing is a place
  if (!t.type && !possessor && inPlace(c.terms, ts)) t = { ...t, type: 'place' };
  // "Houston has played a role", "on Earth", "the Alps": a well-known place the tagger misses or reads as a name
  const prevWord = c.terms[c.i - 1];
  const prevInSentence = prevWord && prevWord.sentence === ts[0].sentence ? prevWord.lower : undefined;
  // ("the Alps reported …": a person's name does not follow "the", so a speech verb does not make it one)
  if ((!c.ctx.person || prevInSentence === 'the') && !c.titleTerms.length && gazetteerPlace(text(c.p, ts), prevInSentence)) t = { type: 'place', ...SURE };
  // "Zeltweg, Austria", "Valmerica, Texas": an unknown name, a comma, then a country or state is a town there
  if (!t.type && !possessor && ts.length <= 3 && townOf(c.terms, ts)) t = { ...t, type: 'place', strong: true };
  // "a Valmera-based firm": a name before "-based" is where something is based
  // (the run's last word before any "party" taken in: a run that took one in is typed already)
  const last = c.ts[c.ts.length - 1];
  const suffix = c.terms[last.index + 1];
  if (!t.type && last.post === '-' && suffix?.lower === 'based' && !possessor) t = { ...t, type: 'place', strong: true };
  if (isDateline(ts)) t = { ...t, type: 'place', strong: true };
  return t;
}

/** "VALMERA —", "LONDON (Reuters) -": a news story opens with the place it was filed from. */
function isDateline(ts: Term[]): boolean {
  return ts[0].index === 0 && ts.length <= 3 && ts.every((t) => !/\p{Ll}/u.test(t.core)) && /^\s*([—–-]|\()/.test(ts[ts.length - 1].post) && !notAName(ts[0]);
}

/** One word called a person on context alone, without a title. */
function lonePerson(c: NameClues, ts: Term[], t: Typing): Typing {
  if (t.type !== 'person' || ts.length !== 1 || c.titleTerms.length) return t;
  // "the Party", "Genesis": one ordinary word is no person's name on context alone
  if (isCommonWord(ts[0].lower) || ORG_HEADS.has(ts[0].lower)) return { ...t, strong: false };
  // "Irving, Texas", "Preston, Victoria": a word beside a place, with a comma, is a place
  if (!c.ctx.person && besidePlace(c.terms, c.i, c.j)) return { ...t, type: 'place' };
  return t;
}

/** A country or state (by the lexicon, not a possessive) right after the name and a comma. */
function townOf(terms: Term[], ts: Term[]): boolean {
  const last = ts[ts.length - 1];
  const next = terms[last.index + 1];
  if (!next || next.sentence !== last.sentence || !/^,\s+$/.test(last.post) || next.possessive) return false;
  if (ts.some((t) => isCommonWord(t.lower) || t.tags.has('Demonym'))) return false;
  return /Country|Region/.test(lexiconTags(next.lower));
}
