// Document pass over name facts: one entity per real-world thing (alias merging), plus the index
// the claims pass uses to resolve sources. Runs once per document over all paragraphs' facts, so it
// stays linear in the number of mentions (maps and sorted arrays, no all-pairs loops).
import type { Entity, EntityType } from '../model';
import type { CandidateFact, EntityIndex, PlacedFacts } from '../facts';
import { foldKey, slug } from '../text/text';
import { FEMALE_ROLE_WORDS, MALE_ROLE_WORDS, ROLE_NOUN_SYNONYMS, STANDARD_ALIASES } from '../lexicon/names';
import { finalTarget, groupKey, nameKey, push, type Found, type Group } from './groups';
import { lastBefore } from '../text/search';
import { bodyNamesAreBodies, bodyShortSpellings, linkBodies } from './bodyLinks';
import { givenForms, linkShortForms, otherBearersOfSurnames } from './personLinks';
import { MentionContext } from './mentionContext';

export function buildEntityIndex(text: string, paragraphs: PlacedFacts[]): EntityIndex {
  const found = collectNames(paragraphs, text);
  const consumed = promoteHeadingPeople(paragraphs, text, found);
  settleTypes(found);
  surnamesArePeople(found);
  bodyNamesAreBodies(found);
  splitSurnamePlusNoun(found, text);
  otherBearersOfSurnames(paragraphs, text, found, consumed);
  unifyAcronymTypes(found);
  const groups = groupFound(found);
  linkAcronymGroups(groups, found);
  linkBodies(groups.values(), text);
  const persons = [...groups.values()].filter((g) => g.type === 'person');
  linkShortForms(persons);
  // Each found name now belongs to a group's final target (short forms may pick per mention).
  const placements: Placement[] = [];
  for (const g of groups.values()) for (const f of g.found) placements.push(placementOf(f, g));
  placements.push(...matchCandidates(paragraphs, text, groups, persons, consumed));
  return makeIndex(text, settle(placements, new MentionContext(paragraphs.map((p) => p.start))));
}

/** A mention and its group, or the groups its context will choose from (else `g`, else no mention). */
interface Placement {
  f: Found;
  g?: Group;
  options?: Group[];
}

const placementOf = (f: Found, g: Group): Placement => (g.options ? { f, g, options: g.options } : { f, g: finalTarget(g) });

/** Settles every mention's group; the ambiguous ones in text order, so a surname's earlier readings count for later ones. */
function settle(placements: Placement[], context: MentionContext): Map<Found, Group> {
  const assigned = new Map<Found, Group>();
  const open: Placement[] = [];
  for (const p of placements) {
    if (p.options) open.push(p);
    else if (p.g) assigned.set(p.f, p.g);
  }
  open.sort((a, b) => a.f.start - b.f.start);
  for (const p of open) {
    const t = context.choose(p.options!, p.f.start, p.options![0].type === 'person' ? 'person' : 'body');
    if (t) assigned.set(p.f, finalTarget(t));
    else if (p.g) assigned.set(p.f, p.g);
  }
  return assigned;
}

/**
 * A first name and surname in a heading ("Wikinews Interviews Christopher Hill") is a person when no
 * word of it belongs to a place or organisation found in the prose; bare surnames can then join it.
 */
function promoteHeadingPeople(paragraphs: PlacedFacts[], text: string, found: Found[]): Set<CandidateFact> {
  const consumed = new Set<CandidateFact>();
  // words of places and organisations found in the prose: such a heading run is not a person
  const words = new Set<string>();
  for (const f of found) if (f.type !== 'person') for (const w of f.tokens) words.add(w);
  for (const p of paragraphs) {
    for (const c of p.facts.candidates ?? []) {
      if (!c.person) continue;
      const key = nameKey(text.slice(p.start + c.start, p.start + c.end));
      const tokens = key.split(' ');
      if (!key || tokens.some((w) => words.has(w))) continue;
      found.push({ start: p.start + c.start, end: p.start + c.end, type: 'person', key, tokens, roles: [], heading: true });
      consumed.add(c);
    }
  }
  return consumed;
}

function collectNames(paragraphs: PlacedFacts[], text: string): Found[] {
  const out: Found[] = [];
  paragraphs.forEach((p, i) => {
    const heading = p.facts.heading || (i === 0 && titleLine(text.slice(p.start, p.end)));
    for (const n of p.facts.names) {
      const key = nameKey(n.text);
      if (!key) continue;
      out.push({ start: p.start + n.start, end: p.start + n.end, type: n.type, key, tokens: key.split(' '), roles: n.roles, gender: n.gender, aliasOf: n.aliasOf, guessed: n.guessed, qualifier: n.qualifier, heading });
    }
  });
  return out;
}

/**
 * An article's first paragraph read as its title: one short sentence, whatever its last mark
 * ("Donor Lott and Ruiz May Be Aligning on Trade."). Its names are no evidence of who the story's
 * people are ("Donor Lott" is no rival to the "Ana Lott" named in the story).
 */
function titleLine(p: string): boolean {
  // (a stop after a lone capital is an abbreviation: "U.S. Names Kim")
  return p.length <= 200 && !/\n/.test(p.trim()) && !/(?<!\b\p{Lu})[.!?]["”’']?\s+\p{Lu}/u.test(p);
}

/** The same written name typed differently in different sentences takes its most frequent type. */
function settleTypes(found: Found[]): void {
  const votes = new Map<string, Map<EntityType, number>>();
  for (const f of found) {
    const v = votes.get(f.key) ?? new Map<EntityType, number>();
    v.set(f.type, (v.get(f.type) ?? 0) + 1 + (f.roles.length ? 1 : 0));
    votes.set(f.key, v);
  }
  for (const f of found) {
    const v = votes.get(f.key)!;
    if (v.size < 2) continue;
    let best = f.type;
    for (const [t, n] of v) if (n > (v.get(best) ?? 0)) best = t;
    f.type = best;
  }
}

/** A one-word place or organisation compromise only guessed, that is the surname of someone named in full, is that person ("Hill"). */
function surnamesArePeople(found: Found[]): void {
  const surnames = new Set<string>();
  for (const f of found) if (f.type === 'person' && f.tokens.length >= 2) surnames.add(f.tokens[f.tokens.length - 1]);
  for (const f of found) if (f.guessed && f.type !== 'person' && f.tokens.length === 1 && surnames.has(f.key)) f.type = 'person';
}

/**
 * "Warhol Polaroids", "Maduro Government": a known person's surname followed by one more word is
 * that person and a noun, not a new person; keep the surname as the person's mention.
 */
function splitSurnamePlusNoun(found: Found[], text: string): void {
  const surnames = new Set<string>();
  const firstNames = new Set<string>();
  for (const f of found) {
    if (f.type === 'person' && f.tokens.length >= 2) {
      surnames.add(f.tokens[f.tokens.length - 1]);
      firstNames.add(f.tokens[0]);
    }
  }
  for (const f of found) {
    if (f.type !== 'person' || f.tokens.length !== 2 || !surnames.has(f.tokens[0]) || firstNames.has(f.tokens[0]) || surnames.has(f.tokens[1])) continue;
    const firstWord = /^\S+/.exec(text.slice(f.start, f.end))?.[0] ?? '';
    f.end = f.start + firstWord.length;
    f.key = f.tokens[0];
    f.tokens = [f.tokens[0]];
  }
}

/** Every use of an acronym takes the type of the name it was defined for ("KSC" is a place like "Kennedy Space Center"). */
function unifyAcronymTypes(found: Found[]): void {
  const fullKeyOf = new Map<string, string>();
  for (const f of found) if (f.aliasOf) fullKeyOf.set(f.key, nameKey(f.aliasOf));
  if (fullKeyOf.size === 0) return;
  const typeOf = new Map<string, EntityType>();
  for (const f of found) if (!typeOf.has(f.key)) typeOf.set(f.key, f.type);
  for (const f of found) {
    const full = fullKeyOf.get(f.key);
    const t = full ? typeOf.get(full) : undefined;
    if (t) f.type = t;
  }
}

/** An acronym defined next to its full name anywhere in the document joins that name's entity. */
function linkAcronymGroups(groups: Map<string, Group>, found: Found[]): void {
  for (const f of found) {
    if (!f.aliasOf) continue;
    const acronym = groups.get(groupKey(f.type, f.key));
    const full = groups.get(groupKey(f.type, nameKey(f.aliasOf)));
    if (acronym && full && acronym !== full && !full.target) acronym.target = full;
  }
}

function groupFound(found: Found[]): Map<string, Group> {
  const groups = new Map<string, Group>();
  for (const f of found) {
    const k = groupKey(f.type, f.key);
    let g = groups.get(k);
    if (!g) {
      g = { type: f.type, key: f.key, tokens: f.tokens, found: [] };
      groups.set(k, g);
    }
    g.found.push(f);
  }
  return groups;
}

/**
 * Candidates (words the paragraph pass could not type) become mentions when they spell a name known
 * from elsewhere in the document: the whole name, or a person's surname or first name.
 */
function matchCandidates(
  paragraphs: PlacedFacts[],
  text: string,
  groups: Map<string, Group>,
  persons: Group[],
  consumed: ReadonlySet<CandidateFact>,
): Placement[] {
  const matcher = new CandidateMatcher(text, groups, persons);
  const out: Placement[] = [];
  for (const p of paragraphs) for (const c of p.facts.candidates ?? []) if (!consumed.has(c)) matcher.match(p.start, c, out);
  return out;
}

class CandidateMatcher {
  private readonly byKey = new Map<string, Group>();
  /** Shorter spellings of bodies ("Ravenwire" for "Ravenwire.com"): matched only by a whole candidate. */
  private readonly shortBodies = new Map<string, Group>();
  /** Surnames of full names: a bare surname resolves like a short-form group would. */
  private readonly surnames = new Map<string, Group[]>();
  /** First names of full names: an interview calls its guest "Frank" once "Frank Messina" is named. */
  private readonly firstNames = new Map<string, Group[]>();

  constructor(
    private readonly text: string,
    groups: Map<string, Group>,
    persons: Group[],
  ) {
    for (const g of groups.values()) if (!this.byKey.has(g.key) || g.found.length > this.byKey.get(g.key)!.found.length) this.byKey.set(g.key, g);
    for (const [k, g] of bodyShortSpellings(groups.values())) if (!this.byKey.has(k)) this.shortBodies.set(k, g);
    for (const g of persons) {
      if (g.tokens.length < 2 || g.target || g.options) continue;
      push(this.surnames, g.tokens[g.tokens.length - 1], g);
      push(this.firstNames, g.tokens[0], g);
    }
  }

  /** Longest known names first, left to right, over the candidate's words. */
  match(at: number, c: CandidateFact, out: Placement[]): void {
    const words = c.tokens.map(([s, e]) => foldKey(this.text.slice(at + s, at + e)));
    const body = this.shortBodies.get(words.join(' '));
    // ("a Libertarian" is a member, not the party)
    if (body && !/\b(?:a|an|one)\s+$/i.test(this.text.slice(Math.max(0, at + c.start - 6), at + c.start))) {
      const f: Found = { start: at + c.start, end: at + c.end, type: body.type, key: words.join(' '), tokens: words, roles: [] };
      out.push(placementOf(f, body));
      return;
    }
    let a = 0;
    while (a < words.length) {
      let b = Math.min(words.length, a + 6) - 1;
      for (; b >= a; b--) {
        const key = words.slice(a, b + 1).join(' ');
        if (!key) continue;
        let start = at + c.tokens[a][0];
        let g: Group | Group[] | undefined = this.byKey.get(STANDARD_ALIASES.get(key) ?? key);
        if (!g && a === b) {
          const back = a === 0 ? this.fullNameBefore(start, key) : undefined;
          if (back) [start, g] = back;
          else if (!(a === 0 && c.determined)) g = this.personByPart(key, words.length === 1);
        }
        if (!g) continue;
        const type = Array.isArray(g) ? g[0].type : g.type;
        const f: Found = { start, end: at + c.tokens[b][1], type, key, tokens: key.split(' '), roles: [] };
        out.push(Array.isArray(g) ? { f, options: g } : placementOf(f, g));
        break;
      }
      a = b >= a ? b + 1 : a + 1;
    }
  }

  /** The person (or people, for the context to choose from) a lone surname or first name ("Bob" for "Robert") stands for. */
  private personByPart(key: string, alone: boolean): Group | Group[] | undefined {
    const fulls = this.surnames.get(key);
    if (fulls) return fulls.length === 1 ? fulls[0] : fulls;
    // only one person has that first name, and nobody has it as a surname
    if (!alone) return undefined;
    const people = new Set(givenForms(key).flatMap((w) => this.firstNames.get(w) ?? []));
    return people.size === 1 ? [...people][0] : undefined;
  }

  /**
   * "Orvid Quillfeather thanked …": the tagger read an unusual first name opening a sentence as an
   * ordinary word and left only the surname; the word before it completes a full name known here.
   */
  private fullNameBefore(start: number, key: string): [number, Group] | undefined {
    const m = /(\p{Lu}[\p{L}'’-]*) $/u.exec(this.text.slice(Math.max(0, start - 40), start));
    if (!m) return undefined;
    const g = this.byKey.get(nameKey(`${m[1]} ${key}`));
    if (!g || g.type !== 'person') return undefined;
    return [start - m[0].length, g];
  }
}

/**
 * The canonical name: most words, then written in mixed case ("Maduro", not a headline's "MADURO"),
 * then the accented spelling, then the longest, then the first seen.
 */
function canonical(spellings: string[]): string {
  const score = (s: string) => [s.split(/\s+/).length, /\p{Ll}/u.test(s) ? 1 : 0, (s.match(/[^\x00-\x7f]/g) ?? []).length, s.length];
  const better = (a: number[], b: number[]) => {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] > b[i];
    return false;
  };
  let best = spellings[0];
  for (const s of spellings) if (better(score(s), score(best))) best = s;
  return best;
}

function makeIndex(text: string, assigned: Map<Found, Group>): EntityIndex {
  const kept = withoutOverlaps(assigned);
  const byGroup = new Map<Group, Found[]>();
  for (const [f, g] of kept) push(byGroup, g, f);
  const entities: Entity[] = [];
  const genders = new Map<Entity, 'male' | 'female'>();
  const entityOf = new Map<Group, Entity>();
  const usedIds = new Set<string>();
  for (const [g, fs] of byGroup) {
    const e = makeEntity(text, g, fs, usedIds);
    entities.push(e);
    entityOf.set(g, e);
    const gender = genderByMajority(g.type, fs, e.roles);
    if (gender) genders.set(e, gender);
  }
  entities.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  const mentions = kept.map(([f, g]) => ({ start: f.start, end: f.end, entity: entityOf.get(g)! }));
  const starts = mentions.map((m) => m.start);
  const roleWords = indexRoleWords(entities);
  return {
    entities,
    mentions,
    entityAt(offset) {
      const i = lastBefore(starts, offset + 1);
      return i >= 0 && offset < mentions[i].end ? mentions[i].entity : undefined;
    },
    genderOf: (e) => genders.get(e),
    byRoleNoun: (noun, before) => byRoleNoun(roleWords, noun, before),
  };
}

/** Mentions in text order; overlapping ones keep the longer (a name found twice by two rules). */
function withoutOverlaps(assigned: Map<Found, Group>): Array<[Found, Group]> {
  const all = [...assigned.entries()].sort((x, y) => x[0].start - y[0].start || y[0].end - x[0].end);
  const kept: Array<[Found, Group]> = [];
  for (const m of all) {
    const prev = kept[kept.length - 1];
    if (prev && m[0].start < prev[0].end) continue;
    kept.push(m);
  }
  return kept;
}

/** `usedIds` keeps ids unique across the article: a second "John Smith" is `person:john-smith-2`. */
function makeEntity(text: string, g: Group, fs: Found[], usedIds: Set<string>): Entity {
  const spellings = [...new Set(fs.map((f) => text.slice(f.start, f.end)))];
  // a group's own full form counts even when its mentions were all short ("Maduro" x9, "Nicolas Maduro" x1)
  const name = canonical(spellings);
  let id = `${g.type}:${slug(name)}`;
  for (let n = 2; usedIds.has(id); n++) id = `${g.type}:${slug(name)}-${n}`;
  usedIds.add(id);
  return { id, type: g.type, name, aliases: spellings.filter((s) => s !== name), roles: rolesOf(fs), mentions: fs.map((f) => ({ start: f.start, end: f.end })) };
}

/** Every role written beside the mentions, first spelling of each (case-insensitively). */
function rolesOf(fs: Found[]): string[] {
  const roles: string[] = [];
  const seenRoles = new Set<string>();
  for (const f of fs) {
    for (const r of f.roles) {
      const k = r.toLowerCase();
      if (r && !seenRoles.has(k)) {
        seenRoles.add(k);
        roles.push(r);
      }
    }
  }
  return roles;
}

/** A person's gender by majority of the mentions' honorifics and first names, else of gendered role words. */
function genderByMajority(type: EntityType, fs: Found[], roles: string[]): 'male' | 'female' | undefined {
  if (type !== 'person') return undefined;
  let male = 0;
  let female = 0;
  for (const f of fs) {
    if (f.gender === 'male') male++;
    if (f.gender === 'female') female++;
  }
  if (male === female) {
    // no honorific or known first name: a gendered role word decides ("spokeswoman", "his brother")
    for (const r of roles) for (const w of foldKey(r).split(' ')) {
      if (FEMALE_ROLE_WORDS.has(w)) female++;
      if (MALE_ROLE_WORDS.has(w)) male++;
    }
  }
  if (male === female) return undefined;
  return male > female ? 'male' : 'female';
}

interface RoleWords {
  /** Words of organisations' names and roles. */
  organizations: Map<string, Entity[]>;
  /** Words of people's roles (not their names). */
  people: Map<string, Entity[]>;
}

function indexRoleWords(entities: Entity[]): RoleWords {
  const out: RoleWords = { organizations: new Map(), people: new Map() };
  for (const e of entities) {
    if (e.type === 'place') continue;
    const words = new Set<string>();
    for (const s of e.type === 'person' ? e.roles : [e.name, ...e.roles]) for (const w of foldKey(s).split(' ')) if (w) words.add(w);
    for (const w of words) push(e.type === 'person' ? out.people : out.organizations, w, e);
  }
  return out;
}

/**
 * "the minister" -> the one person whose role holds "minister"; "the agency" -> the one organisation
 * whose name or role holds "agency" (or a close word: "authority"). Only entities named before
 * `before` count; undefined when none or several fit.
 */
function byRoleNoun(index: RoleWords, noun: string, before: number): Entity | undefined {
  const n = foldKey(noun).replace(/^(the|a|an|this|that) /, '').split(' ').pop() ?? '';
  if (!n) return undefined;
  const named = (e: Entity) => e.mentions[0].start < before;
  const synonyms = ROLE_NOUN_SYNONYMS[n];
  const words = synonyms ? index.organizations : index.people;
  const exact = (words.get(n) ?? []).filter(named);
  if (exact.length === 1) return exact[0];
  if (exact.length > 1 || !synonyms) return undefined;
  const near = new Set<Entity>();
  for (const w of synonyms) for (const e of words.get(w) ?? []) if (named(e)) near.add(e);
  return near.size === 1 ? [...near][0] : undefined;
}
