// Per-paragraph name finding: people, places, organizations. compromise tags the words; these rules
// cut capitalised runs into title + name, type them from compromise's tags, word shapes and context
// (titles, role nouns, speech verbs, appositions), and keep the runs they cannot type as candidates
// for the document pass (a bare "Maduro" is a person only because "Nicolas Maduro" is named
// somewhere in the article). How a run is typed is nameType's business.
import type { CandidateFact, NameFact } from '../facts';
import type { Doc } from '../nlp/nlp';
import { readTerms, isCommonWord, isAcronym, isCapitalised, joinedBySpace, lexiconTags, type Term } from '../nlp/terms';
import { NAME_CONNECTORS, NEVER_NAMES, NOT_NAME_ACRONYMS, ORG_HEADS, PERSON_NOUNS, STANDARD_ALIASES, TITLE_WORDS } from '../lexicon/names';
import { foldKey } from '../text/text';
import {
  PROPER_TAGS,
  byPosition,
  countryBody,
  has,
  isFirstName,
  isTitleWord,
  lexiconPlace,
  nameRuns,
  notAName,
  splitAtFirstName,
  text,
  typeFromShape,
} from './nameRuns';
import { HONORIFICS, extendTitleBack, genderOf, namesInTitle, splitTitle } from './titles';
import { linkAcronyms, promoteListedPeople } from './nameLinks';
import { personContext, typeName, type NameClues, type NameTyping } from './nameType';

export interface NameResult {
  names: NameFact[];
  candidates: CandidateFact[];
}

/** Nouns a vehicle's or instrument's name stands before ("the Ulysses spacecraft"). */
const CRAFT_NOUNS = new Set(['spacecraft', 'probe', 'rover', 'satellite', 'lander', 'orbiter', 'telescope', 'capsule', 'shuttle', 'rocket', 'ship', 'vessel', 'submarine', 'frigate', 'destroyer', 'aircraft', 'airliner', 'jet', 'spaceship', 'spaceplane']);

/** Prefixes that make a hyphenated name a modifier ("pro-Beijing"). */
const MODIFIER_PREFIXES = new Set(['pro', 'anti', 'non', 'post', 'pre']);

export function findNames(doc: Doc, p: string, heading: boolean): NameResult {
  const terms = readTerms(doc);
  const out: NameResult = { names: [], candidates: [] };
  // A paragraph in capitals ("BREAKING: …") makes every word look like an acronym or a name: keep
  // its capitalised words as candidates only, for names the rest of the article establishes.
  if (isShouting(p)) {
    for (const [ri, rj] of nameRuns(terms, true)) addCandidate(out, terms, terms.slice(ri, rj + 1).filter((t) => !notAName(t) && !NEVER_NAMES.has(t.lower)));
    return out;
  }
  for (const run of nameRuns(terms, heading).flatMap((r) => splitAtFirstName(terms, r))) readRun(p, terms, run, heading, out);
  const { names, candidates } = out;
  names.sort((a, b) => a.start - b.start);
  linkAcronyms(p, names);
  if (!heading) {
    promoteListedPeople(p, names, candidates);
    promotePossessiveLinks(p, terms, names, candidates);
  }
  return out;
}

/** One capitalised run, terms `ri`..`j`: its title, then its name, typed, or else a candidate. */
function readRun(p: string, terms: Term[], [ri, j]: [number, number], heading: boolean, out: NameResult): void {
  const party = ri === j ? titleWordParty(p, terms, j) : undefined;
  if (party) {
    out.names.push(party);
    return;
  }
  const title = readTitle(p, terms, ri, j);
  out.names.push(...title.names);
  if (title.nameStart > j) return;
  const i = dropSentenceOpeners(terms, title.nameStart, j, title.k >= 0);
  if (i === j && byPosition(terms[i])) {
    // an ordinary word opening a sentence may still be a known person's surname ("Hill at the forum",
    // "Brown said"), unless it modifies the noun after it ("Young people")
    if (!modifiesNext(terms, i)) addCandidate(out, terms, [terms[i]]);
    return;
  }
  const ts = trimName(terms, i, j);
  if (!ts) return;
  const ctx = personContext(p, terms, i, j, title.role, title.terms.length ? title.terms[0].index : i);
  const clues: NameClues = { p, terms, ts, i, j, titleRole: title.role, titleTerms: title.terms, ctx, heading };
  const typed = typeName(clues);
  if (!typed.type || !typed.strong) {
    // "Wikinews interviews Christopher Hill": a first name and surname in a heading is a person if nothing else claims it
    const n = typed.ts.length;
    addCandidate(out, terms, typed.ts, heading && typed.type === 'person' && n >= 2 && n <= 3 && (isFirstName(typed.ts[0]) || ctx.interviewed));
    return;
  }
  const fact = nameFact(clues, typed);
  if (fact) out.names.push(fact);
}

interface Title {
  /** Where splitTitle cut the run (-1: no title word), kept even when the rest is no person's name. */
  k: number;
  role: string | undefined;
  terms: Term[];
  names: NameFact[];
  /** First term of the name after the title; past the run when the run is all title. */
  nameStart: number;
}

/** A title leading the run ("Gov.", "Former Prime Minister"), unless the rest names a body or a place. */
function readTitle(p: string, terms: Term[], i: number, j: number): Title {
  const k = splitTitle(terms, i, j);
  const none: Title = { k, role: undefined, terms: [], names: [], nameStart: i };
  if (k < 0) return none;
  const name = terms.slice(k + 1, j + 1);
  // "General Motors", "Supreme Court": a title word inside an organisation's or place's name
  // "U.S. Republican Party", "Squadron Officer School": one organisation word after a title is no person
  const shape = name.length ? typeFromShape(name) ?? (name.length === 1 && ORG_HEADS.has(name[0].lower) ? 'organization' : undefined) : undefined;
  if (shape && shape !== 'person') return none;
  const titleTerms = terms.slice(extendTitleBack(terms, i), k + 1);
  return { k, role: titleRole(p, titleTerms), terms: titleTerms, names: namesInTitle(p, titleTerms), nameStart: k + 1 };
}

/** The title as a role, without honorifics ("Mr", "Dr"). */
function titleRole(p: string, titleTerms: Term[]): string | undefined {
  const roleTerms = titleTerms.filter((t) => !HONORIFICS.has(t.lower.replace(/\.$/, '')));
  if (!roleTerms.length) return undefined;
  const lastRole = roleTerms[roleTerms.length - 1];
  // keep the stop of an abbreviated title ("Gov.")
  return p.slice(roleTerms[0].start, lastRole.end + (lastRole.post.startsWith('.') && lastRole.core.length <= 4 ? 1 : 0));
}

/**
 * Skips leading words capitalised only because they open the sentence ("Speaking", "Transport").
 * A run after a title, or shaped like a body's or place's name as a whole, keeps them ("New People
 * Party"; "Environment Canada spokesperson …": a body named by a noun and a country keeps its noun).
 */
function dropSentenceOpeners(terms: Term[], start: number, j: number, titled: boolean): number {
  if (titled) return start;
  const runShape = j > start ? typeFromShape(terms.slice(start, j + 1)) : undefined;
  const shaped = (j - start >= 2 && !!runShape && runShape !== 'person') || (runShape === 'organization' && (ORG_HEADS.has(terms[j].lower) || countryBody(terms.slice(start, j + 1))));
  let i = start;
  while (i < j && byPosition(terms[i]) && !shaped) i++;
  return i;
}

function modifiesNext(terms: Term[], i: number): boolean {
  const after = terms[i + 1];
  return !!after && after.sentence === terms[i].sentence && joinedBySpace(terms[i].post) && !isCapitalised(after.core) && after.tags.has('Noun');
}

/** The run's words without what never ends or makes a name; undefined when nothing names anything. */
function trimName(terms: Term[], i: number, j: number): Term[] | undefined {
  let ts = terms.slice(i, j + 1);
  // trailing connectors never end a name
  while (ts.length > 1 && NAME_CONNECTORS.has(ts[ts.length - 1].lower)) ts = ts.slice(0, -1);
  if (ts.length === 1 && notAName(ts[0])) return undefined;
  // "Jane Smith QC": letters after a name
  while (ts.length > 1 && isAcronym(ts[ts.length - 1].core) && NOT_NAME_ACRONYMS.has(ts[ts.length - 1].lower)) ts = ts.slice(0, -1);
  // "Venezuelan", "Latin American": nationalities describe, they do not name
  if (ts.every((t) => t.tags.has('Demonym') || lexiconTags(t.lower).includes('Demonym') || (t.tags.has('Adjective') && !has(t, PROPER_TAGS)))) return undefined;
  if (ts.every((t) => TITLE_WORDS.has(t.lower.replace(/\.$/, '')) || NAME_CONNECTORS.has(t.lower))) return undefined;
  // "pro-Beijing camp", "Anti-Maduro protests": a name inside a modifier names nothing itself
  if (ts.length >= 2 && MODIFIER_PREFIXES.has(ts[0].lower) && ts[0].post === '-') return undefined;
  // "Co-founder", "Polaroid-room": one hyphenated word ending in an ordinary word is no name
  if (ts.length === 2 && ts[0].post === '-' && !isCapitalised(ts[1].core) && isCommonWord(ts[1].lower)) return undefined;
  // "Operation Clambake": a named campaign or operation is neither a place nor a body
  if (ts.length >= 2 && ts[0].lower === 'operation') return undefined;
  return ts;
}

/** The fact for a typed name, or undefined for a craft's name ("the Ulysses spacecraft", "the Juno probe"). */
function nameFact(c: NameClues, typed: NameTyping): NameFact | undefined {
  const type = typed.type!;
  let ts = typed.ts;
  // (the run's last word before any "party" taken in, which leaves it no person)
  const last = c.ts[c.ts.length - 1];
  const craft = c.terms[ts[ts.length - 1].index + 1];
  if (type === 'person' && ts.length === 1 && !c.titleTerms.length && !c.ctx.person && craft && craft.sentence === last.sentence && joinedBySpace(last.post) && CRAFT_NOUNS.has(craft.lower)) return undefined;
  const gender = genderOf(c.titleTerms, ts);
  // "Warhol Polaroids": a plural common word ends a person's name
  if (type === 'person') while (ts.length > 1 && ts[ts.length - 1].tags.has('Plural') && !has(ts[ts.length - 1], ['Person', 'LastName'])) ts = ts.slice(0, -1);
  const roles = type === 'person' ? c.ctx.roles : c.ctx.roles.filter((r) => !PERSON_NOUNS.has(r.split(/\s+/).pop() ?? ''));
  const qualifier = type === 'organization' ? countryQualifier(c.p, ts) : 0;
  return {
    start: ts[0].start,
    end: ts[ts.length - 1].end,
    text: text(c.p, ts),
    type,
    roles: unique(roles),
    ...(type === 'person' && gender ? { gender } : {}),
    ...(typed.guessed ? { guessed: typed.guessed } : {}),
    ...(qualifier ? { qualifier } : {}),
  };
}

/** Adds the run's words as a candidate, leaving out connectors ("of", "de") written in lower case. */
function addCandidate(out: NameResult, terms: Term[], ts: Term[], person = false): void {
  const words = ts.filter((t) => !NAME_CONNECTORS.has(t.lower) || isCapitalised(t.core));
  if (!words.length) return;
  const before = terms[words[0].index - 1];
  // "the Polaroids", "100 Polaroids": a determiner or number says common noun, not a person's surname
  // ("that" is most often a conjunction: "the tools that Frank uses")
  const determined = !!before && before.sentence === words[0].sentence && ((before.tags.has('Determiner') && before.lower !== 'that') || before.tags.has('Value'));
  out.candidates.push({
    start: words[0].start,
    end: words[words.length - 1].end,
    tokens: hyphenJoined(words),
    ...(determined ? { determined } : {}),
    ...(person ? { person } : {}),
    ...(words.every(properOnly) ? { properOnly: true } : {}),
  });
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
