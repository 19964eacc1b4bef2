// Per-paragraph links between names found: an acronym defined in brackets next to its full name,
// and unknown names listed beside a person.
import type { CandidateFact, NameFact } from '../facts';
import { isAcronym } from '../nlp/terms';

/**
 * "Nat Finkelstein, Christopher Makos and Felice Quinto": a two- or three-word name the rules could
 * not type, listed next to a person, is a person too.
 */
export function promoteListedPeople(p: string, names: NameFact[], candidates: CandidateFact[]): void {
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
export function linkAcronyms(p: string, names: NameFact[]): void {
  for (let x = 0; x < names.length; x++) {
    const n = names[x];
    if (!isAcronym(n.text)) continue;
    const full = names[x - 1];
    const inner = names[x + 1];
    if (full && abbreviates(n, full) && bracketed(p, full.end, n)) {
      n.type = full.type;
      n.aliasOf = full.text;
    } else if (inner && abbreviates(n, inner) && bracketed(p, n.end, inner)) {
      n.type = inner.type;
      n.aliasOf = inner.text;
    }
  }
}

/**
 * Whether an acronym can stand for a name: the same first letter, or any letters for a body, whose
 * acronym is often of its name in another language ("CEI", Conferenza Episcopale Italiana). A place
 * or a person keeps the first-letter test: "Ashford (AP)" is a dateline, not an alias.
 */
function abbreviates(acronym: NameFact, name: NameFact): boolean {
  if (isAcronym(name.text)) return false;
  const initial = (s: string) => s.replace(/^[^\p{L}]+/u, '')[0]?.toUpperCase();
  return initial(name.text) === initial(acronym.text) || name.type === 'organization';
}

/** `second` in brackets right after `firstEnd`: "Name (ACR)" or "ACR (Name)". */
function bracketed(p: string, firstEnd: number, second: { start: number; end: number }): boolean {
  return /^\s*[([]\s*$/.test(p.slice(firstEnd, second.start)) && /^\s*[)\]]/.test(p.slice(second.end));
}
