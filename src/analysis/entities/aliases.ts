// Document pass over name facts: one entity per real-world thing (alias merging), plus the index
// the claims pass uses to resolve sources. Runs once per document over all paragraphs' facts, so it
// stays linear in the number of mentions (maps and sorted arrays, no all-pairs loops).
import type { Entity, EntityType } from '../model';
import type { CandidateFact, EntityIndex, PlacedFacts } from '../facts';
import { foldKey, slug } from '../text/text';
import { FEMALE_ROLE_WORDS, MALE_ROLE_WORDS, ROLE_NOUN_SYNONYMS, STANDARD_ALIASES } from '../lexicon/names';

/** The folded key a name groups under: its own, or the full name of a standard short form ("u s" -> "united states"). */
const nameKey = (name: string): string => {
  const k = foldKey(name);
  return STANDARD_ALIASES.get(k) ?? k;
};

interface Found {
  start: number;
  end: number;
  type: EntityType;
  key: string;
  tokens: string[];
  roles: string[];
  gender?: 'male' | 'female';
  aliasOf?: string;
  guessed?: boolean;
}

/** Mentions with the same type and folded name: one alias group. */
interface Group {
  type: EntityType;
  key: string;
  tokens: string[];
  found: Found[];
  /** The group this one is a short form of ("Maduro" -> "Nicolas Maduro"), once resolved. */
  target?: Group;
}

const groupKey = (type: EntityType, key: string) => `${type}|${key}`;

export function buildEntityIndex(text: string, paragraphs: PlacedFacts[]): EntityIndex {
  const found = collectNames(paragraphs);
  const consumed = promoteHeadingPeople(paragraphs, text, found);
  settleTypes(found);
  surnamesArePeople(found);
  splitSurnamePlusNoun(found, text);
  unifyAcronymTypes(found);
  const groups = groupFound(found);
  linkAcronymGroups(groups, found);
  const persons = [...groups.values()].filter((g) => g.type === 'person');
  const resolveShort = linkShortForms(persons);
  // Each found name now belongs to a group's final target (short forms may pick per mention).
  const assigned = new Map<Found, Group>();
  for (const g of groups.values()) for (const f of g.found) assigned.set(f, g.target ?? resolveShort(g, f.start) ?? g);
  for (const [f, g] of matchCandidates(paragraphs, text, groups, persons, resolveShort, consumed)) assigned.set(f, g);
  return makeIndex(text, assigned);
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
      found.push({ start: p.start + c.start, end: p.start + c.end, type: 'person', key, tokens, roles: [] });
      consumed.add(c);
    }
  }
  return consumed;
}

function collectNames(paragraphs: PlacedFacts[]): Found[] {
  const out: Found[] = [];
  for (const p of paragraphs) {
    for (const n of p.facts.names) {
      const key = nameKey(n.text);
      if (!key) continue;
      out.push({ start: p.start + n.start, end: p.start + n.end, type: n.type, key, tokens: key.split(' '), roles: n.roles, gender: n.gender, aliasOf: n.aliasOf, guessed: n.guessed });
    }
  }
  return out;
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

/** Is `short` a shorter way of writing `full`? ("Maduro", "Raúl Mulino", "José Mulino" for "José Raúl Mulino") */
function shortFormOf(short: string[], full: string[]): 'surname' | 'first' | 'partial' | undefined {
  if (short.length >= full.length) return undefined;
  if (short.length === 1) {
    if (full[full.length - 1] === short[0]) return 'surname';
    if (full[0] === short[0]) return 'first';
    // double or hyphenated surnames: "Quintero" for "Rafael Quintero-Lobos"
    if (full.indexOf(short[0]) > 0) return 'partial';
    return undefined;
  }
  // in order, first and last word kept: "Raúl Mulino", "José Mulino"
  if (short[short.length - 1] !== full[full.length - 1]) return undefined;
  let i = 0;
  for (const w of full) if (w === short[i]) i++;
  return i === short.length ? 'partial' : undefined;
}

/**
 * Links person short forms to the full name they stand for. A unique full name takes the short form
 * for every mention; when several people share the short form (two Clintons), each mention goes to
 * the one named most recently before it, and stays apart when none was.
 */
function linkShortForms(persons: Group[]): (g: Group, at: number) => Group | undefined {
  const byLast = new Map<string, Group[]>();
  const byFirst = new Map<string, Group[]>();
  const byInner = new Map<string, Group[]>();
  for (const g of persons) {
    if (g.tokens.length < 2) continue;
    push(byLast, g.tokens[g.tokens.length - 1], g);
    push(byFirst, g.tokens[0], g);
    for (const w of new Set(g.tokens.slice(1, -1))) push(byInner, w, g);
  }
  const options = new Map<Group, Group[]>();
  for (const g of persons) {
    const last = g.tokens[g.tokens.length - 1];
    let fulls = (byLast.get(last) ?? []).filter((f) => shortFormOf(g.tokens, f.tokens));
    if (fulls.length === 0 && g.tokens.length === 1) fulls = (byInner.get(last) ?? []).filter((f) => shortFormOf(g.tokens, f.tokens) === 'partial');
    if (fulls.length === 0 && g.tokens.length === 1) fulls = (byFirst.get(last) ?? []).filter((f) => shortFormOf(g.tokens, f.tokens) === 'first');
    // only the longest forms are targets ("Raúl Mulino" is itself a short form of "José Raúl Mulino")
    fulls = fulls.filter((f) => !fulls.some((o) => o !== f && shortFormOf(f.tokens, o.tokens)));
    if (fulls.length === 1) g.target = fulls[0];
    else if (fulls.length > 1) options.set(g, fulls);
  }
  return (g, at) => {
    const opts = options.get(g);
    return opts ? nearestBefore(opts, at) : g.target;
  };
}

/**
 * Candidates (words the paragraph pass could not type) become mentions when they spell a name known
 * from elsewhere in the document: the whole name, or a person's unique surname.
 */
function matchCandidates(
  paragraphs: PlacedFacts[],
  text: string,
  groups: Map<string, Group>,
  persons: Group[],
  resolveShort: (g: Group, at: number) => Group | undefined,
  consumed: ReadonlySet<CandidateFact>,
): Array<[Found, Group]> {
  const byKey = new Map<string, Group>();
  for (const g of groups.values()) if (!byKey.has(g.key) || g.found.length > byKey.get(g.key)!.found.length) byKey.set(g.key, g);
  // surnames of full names: a bare surname resolves like a short-form group would
  const surnames = new Map<string, Group[]>();
  for (const g of persons) if (g.tokens.length >= 2 && !g.target) push(surnames, g.tokens[g.tokens.length - 1], g);
  // first names of full names: an interview calls its guest "Frank" once "Frank Messina" is named
  const firstNames = new Map<string, Group[]>();
  for (const g of persons) if (g.tokens.length >= 2 && !g.target) push(firstNames, g.tokens[0], g);
  const out: Array<[Found, Group]> = [];
  for (const p of paragraphs) {
    for (const c of p.facts.candidates ?? []) {
      if (consumed.has(c)) continue;
      const words = c.tokens.map(([s, e]) => foldKey(text.slice(p.start + s, p.start + e)));
      // (a standard short form matches its full name: "U.S." after "United States")
      let a = 0;
      while (a < words.length) {
        let matched = false;
        for (let b = Math.min(words.length, a + 6) - 1; b >= a; b--) {
          const key = words.slice(a, b + 1).join(' ');
          if (!key) continue;
          const start = p.start + c.tokens[a][0];
          const end = p.start + c.tokens[b][1];
          let g: Group | undefined = byKey.get(STANDARD_ALIASES.get(key) ?? key);
          if (g) g = g.target ?? resolveShort(g, start) ?? g;
          else if (a === b && !(a === 0 && c.determined)) {
            const fulls = surnames.get(key);
            if (fulls && fulls.length === 1) g = fulls[0];
            else if (fulls) g = nearestBefore(fulls, start);
            // only one person has that first name, and nobody has it as a surname
            else if (words.length === 1 && firstNames.get(key)?.length === 1) g = firstNames.get(key)![0];
          }
          if (!g) continue;
          const f: Found = { start, end, type: g.type, key, tokens: key.split(' '), roles: [] };
          out.push([f, g]);
          a = b + 1;
          matched = true;
          break;
        }
        if (!matched) a++;
      }
    }
  }
  return out;
}

const sortedStarts = new WeakMap<Group, number[]>();

/** The group among `groups` named most recently before `at` (binary search per group). */
function nearestBefore(groups: Group[], at: number): Group | undefined {
  let best: Group | undefined;
  let bestAt = -1;
  for (const g of groups) {
    let s = sortedStarts.get(g);
    if (!s) {
      s = g.found.map((f) => f.start).sort((a, b) => a - b);
      sortedStarts.set(g, s);
    }
    const i = lastBefore(s, at);
    if (i >= 0 && s[i] > bestAt) {
      bestAt = s[i];
      best = g;
    }
  }
  return best;
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
  // mentions in text order; overlapping ones keep the longer (a name found twice by two rules)
  const all = [...assigned.entries()].sort((x, y) => x[0].start - y[0].start || y[0].end - x[0].end);
  const kept: Array<[Found, Group]> = [];
  for (const m of all) {
    const prev = kept[kept.length - 1];
    if (prev && m[0].start < prev[0].end) continue;
    kept.push(m);
  }
  const byGroup = new Map<Group, Found[]>();
  for (const [f, g] of kept) push(byGroup, g, f);
  const entities: Entity[] = [];
  const genders = new Map<Entity, 'male' | 'female'>();
  const entityOf = new Map<Group, Entity>();
  const usedIds = new Set<string>();
  for (const [g, fs] of byGroup) {
    const spellings = [...new Set(fs.map((f) => text.slice(f.start, f.end)))];
    // a group's own full form counts even when its mentions were all short ("Maduro" x9, "Nicolas Maduro" x1)
    const name = canonical(spellings);
    let id = `${g.type}:${slug(name)}`;
    for (let n = 2; usedIds.has(id); n++) id = `${g.type}:${slug(name)}-${n}`;
    usedIds.add(id);
    const roles: string[] = [];
    const seenRoles = new Set<string>();
    let male = 0;
    let female = 0;
    for (const f of fs) {
      for (const r of f.roles) {
        const k = r.toLowerCase();
        if (r && !seenRoles.has(k)) {
          seenRoles.add(k);
          roles.push(r);
        }
      }
      if (f.gender === 'male') male++;
      if (f.gender === 'female') female++;
    }
    const e: Entity = { id, type: g.type, name, aliases: spellings.filter((s) => s !== name), roles, mentions: fs.map((f) => ({ start: f.start, end: f.end })) };
    entities.push(e);
    entityOf.set(g, e);
    if (male === female && g.type === 'person') {
      // no honorific or known first name: a gendered role word decides ("spokeswoman", "his brother")
      for (const r of roles) for (const w of foldKey(r).split(' ')) {
        if (FEMALE_ROLE_WORDS.has(w)) female++;
        if (MALE_ROLE_WORDS.has(w)) male++;
      }
    }
    if (male !== female && g.type === 'person') genders.set(e, male > female ? 'male' : 'female');
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

/** Index of the last element < value in a sorted array, or -1. */
function lastBefore(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}
