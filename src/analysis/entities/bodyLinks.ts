// Short and long forms of one organisation or place. A longer name is the same body as a shorter one
// when the extra words only say whose it is or what legal form it takes: a country or nationality
// before it ("US State Department" = "State Department"), a suffix like "Party", "Inc." or "News"
// ("Labour Party" = "Labour"), "State of"/"Church of" before it ("State of Texas" = "Texas"), or an
// "of"/"for" tail ("Supreme Court of Cassation" = "Supreme Court"). Any other added word makes a
// different thing ("Google Science Fair" is not "Google", "Warhol Museum" is not "Warhol").
// A capitalised head word alone ("the Church", "the Party") and an acronym of a name's initials
// ("USI", "L.A.") point back to a longer name: the only one that fits, or the one the context gives.
import { ORG_HEADS } from '../lexicon/names';
import { foldKey } from '../text/text';
import { finalTarget, nameKey, push, type Found, type Group } from './groups';

/**
 * Last words that name the same body as the words before them: a legal form, "Party", "News"
 * ("Labour Party" is "Labour", "CBC News" is "CBC"), a web domain ("Salon.com").
 */
const SAME_BODY_SUFFIXES = new Set(['party', 'inc', 'incorporated', 'corp', 'corporation', 'co', 'ltd', 'limited', 'llc', 'plc', 'group', 'news', 'com', 'org', 'net', 'ca', 'gov']);

/** "X of Y" that is Y itself, by the type of the name: "State of Texas", "Republic of Korea"; "Church of Scientology". */
const SAME_AS_OBJECT: Record<string, ReadonlySet<string>> = {
  place: new Set(['state', 'republic', 'kingdom', 'commonwealth', 'principality', 'emirate', 'sultanate']),
  organization: new Set(['church']),
};

const OF_WORDS = new Set(['of', 'for']);

/**
 * Bodies whose bare name means the national one, not the one last named ("the Senate" after "the
 * Missouri Senate" or "a Democratic Senate" is still the Senate): the head word alone does not point back.
 */
const NATIONAL_HEADS = new Set(['senate', 'congress', 'parliament', 'assembly']);

/** Small words an acronym leaves out ("University of Southern Indiana" is USI). */
const INITIALS_SKIP = new Set(['of', 'the', 'and', 'for', 'de', 'del', 'la', 'le', 'des', 'du', 'di', 'and', '&', 'on', 'in', 'at']);

interface Shape {
  g: Group;
  /** The country qualifier, normalised ("united states" for "US"), or ''. */
  qualifier: string;
  /** The name without its qualifier and same-body suffixes. */
  core: string[];
  /** The words before "of"/"for" and after it, when the core has them. */
  of?: { before: string[]; after: string[] };
  /** The word that says what kind of body it is: "church" in "Church of Scientology", "party" in "New People Party". */
  head: string;
}

/** The name without same-body suffixes ("vantor" for "vantor group"). */
function withoutSuffixes(tokens: string[]): string[] {
  let core = tokens;
  while (core.length > 1 && SAME_BODY_SUFFIXES.has(core[core.length - 1])) core = core.slice(0, -1);
  return core;
}

function shapeOf(g: Group): Shape {
  let q = 0;
  for (const f of g.found) q = Math.max(q, f.qualifier ?? 0);
  q = Math.min(q, g.tokens.length - 1);
  const rest = g.tokens.slice(q);
  const core = withoutSuffixes(rest);
  const ofAt = (ws: string[]) => ws.findIndex((w, i) => i > 0 && i < ws.length - 1 && OF_WORDS.has(w));
  const at = ofAt(core);
  const headAt = ofAt(rest);
  return {
    g,
    qualifier: q ? nameKey(g.tokens.slice(0, q).join(' ')) : '',
    core,
    of: at > 0 ? { before: core.slice(0, at), after: core.slice(at + 1) } : undefined,
    head: headAt > 0 ? rest[headAt - 1] : rest[rest.length - 1],
  };
}

/**
 * Links organisation and place groups to the longer names they are short forms of: `target` when
 * one fits, `options` (chosen per mention by context) when several do.
 */
export function linkBodies(groups: Iterable<Group>, text: string): void {
  const shapes = [...groups].filter((g) => g.type !== 'person').map(shapeOf);
  const identity = new Map<string, Shape[]>();
  for (const s of shapes) push(identity, `${s.qualifier}|${s.core.join(' ')}`, s);
  // one body written several ways ("U.S. Air Force", "US Air Force"; "Labour", "Labour Party")
  for (const same of identity.values()) {
    const types = new Set(same.map((s) => s.g.type));
    if (same.length < 2 || types.size > 1) continue;
    const rep = same.reduce((a, b) => (b.g.found.length > a.g.found.length ? b : a));
    for (const s of same) if (s !== rep && !s.g.target) s.g.target = rep.g;
  }
  const longer = longerForms(shapes, identity, text);
  for (const [g, longs] of longer) {
    if (g.target) continue;
    const fits = [...new Set(longs.map(finalTarget))].filter((l) => l !== g && finalTarget(l) !== g);
    if (fits.length === 1) g.target = fits[0];
    else if (fits.length > 1) g.options = fits;
  }
}

/**
 * "Vantor said" after "the Vantor Group": one word read as a person only because a speech verb
 * follows, that is the name of an organisation named here with a suffix ("Group", "Inc."), is that
 * organisation, unless someone named in full has it as a surname.
 */
export function bodyNamesAreBodies(found: Found[]): void {
  const bodies = new Set<string>();
  const surnames = new Set<string>();
  for (const f of found) {
    if (f.type === 'organization' && f.tokens.length >= 2 && f.tokens[f.tokens.length - 1] !== 'party') {
      const core = withoutSuffixes(f.tokens);
      if (core.length === 1 && core.length < f.tokens.length) bodies.add(core[0]);
    }
    if (f.type === 'person' && f.tokens.length >= 2) surnames.add(f.tokens[f.tokens.length - 1]);
  }
  if (bodies.size === 0) return;
  for (const f of found) if (f.type === 'person' && f.tokens.length === 1 && !f.roles.length && bodies.has(f.key) && !surnames.has(f.key)) f.type = 'organization';
}

/**
 * Shorter spellings of known bodies, for words the paragraph pass left untyped: "Ravenwire" once
 * "Ravenwire.com" is named, "State Department" once "US State Department" is. One body per spelling.
 */
export function bodyShortSpellings(groups: Iterable<Group>): Map<string, Group> {
  const out = new Map<string, Group>();
  const clash = new Set<string>();
  for (const g of groups) {
    // ("Democratic" alone is mostly an adjective, not the Democratic Party)
    if (g.type === 'person' || g.tokens[g.tokens.length - 1] === 'party') continue;
    const key = shapeOf(g).core.join(' ');
    if (key === g.key) continue;
    const t = finalTarget(g);
    if (out.has(key) && out.get(key) !== t) clash.add(key);
    out.set(key, t);
  }
  for (const k of clash) out.delete(k);
  return out;
}

function longerForms(shapes: Shape[], identity: Map<string, Shape[]>, text: string): Map<Group, Group[]> {
  const out = new Map<Group, Group[]>();
  const byCore = new Map<string, Shape[]>();
  const byHead = new Map<string, Shape[]>();
  const byInitials = new Map<string, Shape[]>();
  for (const s of shapes) {
    if (s.qualifier) push(byCore, s.core.join(' '), s);
    if (s.g.tokens.length >= 2 && s.g.type === 'organization') push(byHead, s.head, s);
    const ini = initials(text.slice(s.g.found[0].start, s.g.found[0].end));
    if (ini.length >= 2) push(byInitials, ini, s);
  }
  const add = (s: Shape, l: Shape) => l.g.type === s.g.type && l.g !== s.g && push(out, s.g, l.g);
  for (const s of shapes) {
    const core = s.core.join(' ');
    // "State Department" -> "US State Department", "Senate" -> "U.S. Senate"
    if (!s.qualifier) for (const l of byCore.get(core) ?? []) add(s, l);
    // "Supreme Court" -> "Supreme Court of Cassation"; "Texas" -> "State of Texas"
    if (s.of) {
      const { before, after } = s.of;
      if (before.length >= 2) for (const x of identity.get(`${s.qualifier}|${before.join(' ')}`) ?? identity.get(`|${before.join(' ')}`) ?? []) add(x, s);
      if (before.length === 1 && SAME_AS_OBJECT[s.g.type]?.has(before[0])) for (const x of identity.get(`|${after.join(' ')}`) ?? []) add(x, s);
    }
    // "the Church" -> "Church of Scientology"
    if (s.g.tokens.length === 1 && s.g.type === 'organization' && ORG_HEADS.has(core) && !NATIONAL_HEADS.has(core)) for (const l of byHead.get(core) ?? []) add(s, l);
    // "USI" -> "University of Southern Indiana", "LA" -> "Los Angeles"
    // (not a standard short form: "US" is already the United States)
    const acronym = acronymLetters(text.slice(s.g.found[0].start, s.g.found[0].end));
    if (acronym && acronym === s.g.key.replace(/ /g, '')) for (const l of byInitials.get(acronym) ?? []) if (l.g !== s.g && l.g.type !== 'person') push(out, s.g, l.g);
  }
  return out;
}

/** The letters of an acronym as written ("USI", "L.A."), lower-case; '' when the word is no acronym. */
export function acronymLetters(written: string): string {
  return /^(\p{Lu}\.?){2,6}$/u.test(written) ? written.replace(/\./g, '').toLowerCase() : '';
}

/** The initials a name would be abbreviated to: "University of Southern Indiana" -> "usi", "LibriVox" -> "lv". */
export function initials(written: string): string {
  const words = written.split(/[\s-]+/).filter((w) => w && !INITIALS_SKIP.has(w.toLowerCase()));
  if (words.length === 1) {
    // one word in camel case ("LibriVox", "YouTube") abbreviates to its capitals (not a plural "PACs")
    const caps = words[0].match(/\p{Lu}/gu) ?? [];
    return caps.length >= 2 && /^\p{Lu}\p{Ll}/u.test(words[0]) ? caps.join('').toLowerCase() : '';
  }
  // every word written as a word ("U.S. Senate" is no "US")
  if (words.some((w) => !/^\p{Lu}\p{Ll}/u.test(w))) return '';
  return foldKey(words.map((w) => w[0]).join(''));
}
