// People's short forms: which full name a surname, a first name, a shorter full name or an everyday
// first name ("Larry" for "Lawrence") stands for, and which people only share a surname ("Cyd Ho"
// and "Junius Ho" are two people; the bare "Ho" then goes where its context points).
import type { CandidateFact, PlacedFacts } from '../facts';
import { foldKey } from '../text/text';
import { formalNamesOf, isNicknameOf } from '../lexicon/nicknames';
import { push, type Found, type Group } from './groups';

/** The same given name, or an everyday form of it ("bill" for "william"); `short` is the shorter spelling's word. */
const sameGiven = (short: string, full: string) => short === full || isNicknameOf(short, full);

/**
 * Is `short` a shorter way of writing `full`? ("Maduro", "Raúl Mulino", "José Mulino" for "José Raúl
 * Mulino"; "Larry Lessig" for "Lawrence Lessig", the first name an everyday form of the other.)
 */
export function shortFormOf(short: string[], full: string[]): 'surname' | 'first' | 'partial' | 'nickname' | undefined {
  if (short.length > full.length) return undefined;
  if (short.length === full.length) {
    const rest = short.length >= 2 && short.every((w, i) => i === 0 || w === full[i]);
    return rest && short[0] !== full[0] && isNicknameOf(short[0], full[0]) ? 'nickname' : undefined;
  }
  if (short.length === 1) {
    if (full[full.length - 1] === short[0]) return 'surname';
    if (sameGiven(short[0], full[0])) return 'first';
    // double or hyphenated surnames: "Quintero" for "Rafael Quintero-Lobos"
    if (full.indexOf(short[0]) > 0) return 'partial';
    return undefined;
  }
  // in order, first and last word kept: "Raúl Mulino", "José Mulino", "Bill Clinton" for "William Jefferson Clinton"
  if (short[short.length - 1] !== full[full.length - 1]) return undefined;
  let i = 0;
  const skipped: string[] = [];
  for (const w of full) {
    if (i < short.length && (w === short[i] || (i === 0 && isNicknameOf(short[0], w)))) i++;
    else skipped.push(w);
  }
  // "George W. Bush" is not "George H. W. Bush": a name that gives middle initials gives all of them
  if (short.length >= 3 && skipped.some((w) => w.length === 1)) return undefined;
  return i === short.length ? 'partial' : undefined;
}

/** The word and the formal names it may stand for ("bob" -> bob, robert). */
export const givenForms = (w: string) => [w, ...formalNamesOf(w)];

/**
 * Links person short forms to the full name they stand for. A unique full name takes the short form
 * for every mention; when several people fit (two Clintons), the group keeps them as options and
 * each mention picks one by its context (see MentionContext).
 */
export function linkShortForms(persons: Group[]): void {
  linkSpellingVariants(persons);
  const byLast = new Map<string, Group[]>();
  const byFirst = new Map<string, Group[]>();
  const byInner = new Map<string, Group[]>();
  for (const g of persons) {
    if (g.tokens.length < 2) continue;
    push(byLast, g.tokens[g.tokens.length - 1], g);
    push(byFirst, g.tokens[0], g);
    for (const w of new Set(g.tokens.slice(1, -1))) push(byInner, w, g);
  }
  for (const g of persons) {
    if (g.target) continue;
    const last = g.tokens[g.tokens.length - 1];
    let fulls = (byLast.get(last) ?? []).filter((f) => f !== g && !f.target && shortFormOf(g.tokens, f.tokens));
    if (fulls.length === 0 && g.tokens.length === 1) fulls = (byInner.get(last) ?? []).filter((f) => shortFormOf(g.tokens, f.tokens) === 'partial');
    if (fulls.length === 0 && g.tokens.length === 1) fulls = givenForms(last).flatMap((w) => byFirst.get(w) ?? []).filter((f) => shortFormOf(g.tokens, f.tokens) === 'first');
    // only the longest forms are targets ("Raúl Mulino" is itself a short form of "José Raúl Mulino")
    fulls = [...new Set(fulls)].filter((f) => !fulls.some((o) => o !== f && shortFormOf(f.tokens, o.tokens)));
    if (fulls.length === 1) g.target = fulls[0];
    else if (fulls.length > 1) g.options = fulls;
  }
}

/**
 * "Kristen Wilkins" and "Kristin Wilkins" in one article: the same surname and a first name spelled
 * with one vowel changed inside it is one person written two ways. The less used spelling joins
 * the other.
 */
function linkSpellingVariants(persons: Group[]): void {
  const buckets = new Map<string, Group[]>();
  for (const g of persons) {
    if (g.tokens.length < 2 || g.target) continue;
    const first = g.tokens[0];
    if (first.length < 5) continue;
    const skeleton = first[0] + first.slice(1, -1).replace(/[aeiouy]/g, '*') + first[first.length - 1];
    push(buckets, `${skeleton} ${g.tokens.slice(1).join(' ')}`, g);
  }
  for (const same of buckets.values()) {
    if (same.length < 2) continue;
    const main = same.reduce((a, b) => (b.found.length > a.found.length ? b : a));
    for (const g of same) if (g !== main && oneVowelApart(g.tokens[0], main.tokens[0])) g.target = main;
  }
}

function oneVowelApart(a: string, b: string): boolean {
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff++;
  return a.length === b.length && diff === 1;
}

/**
 * "Junius Ho" after "Cyd Ho" (or after a bare "Ho said"): a first name and a surname the paragraph
 * pass could not type, whose surname belongs to a person named here and whose first name is not
 * that person's, is another person with the same surname, not the known one. Adds them as people
 * and marks their candidates consumed.
 */
export function otherBearersOfSurnames(paragraphs: PlacedFacts[], text: string, found: Found[], consumed: Set<CandidateFact>): void {
  const givenBySurname = new Map<string, Set<string>>();
  const keys = new Set<string>();
  for (const f of found) {
    keys.add(f.key);
    if (f.type !== 'person') continue;
    const last = f.tokens[f.tokens.length - 1];
    const given = givenBySurname.get(last) ?? new Set<string>();
    if (f.tokens.length >= 2) for (const w of givenForms(f.tokens[0])) given.add(w);
    givenBySurname.set(last, given);
  }
  if (givenBySurname.size === 0) return;
  for (const p of paragraphs) {
    for (const c of p.facts.candidates ?? []) {
      if (consumed.has(c) || c.determined || !c.properOnly || c.tokens.length !== 2) continue;
      const words = c.tokens.map(([s, e]) => foldKey(text.slice(p.start + s, p.start + e)));
      const given = givenBySurname.get(words[1]);
      const key = words.join(' ');
      if (!given || words.some((w) => !w || w.includes(' ')) || keys.has(key) || givenForms(words[0]).some((w) => given.has(w))) continue;
      found.push({ start: p.start + c.start, end: p.start + c.end, type: 'person', key, tokens: words, roles: [] });
      consumed.add(c);
    }
  }
}
