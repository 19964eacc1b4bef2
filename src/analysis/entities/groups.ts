// The document pass's working records: every name found (Found) and the alias groups they fall in
// (Group, one per type and folded name), with the links between groups that make one entity.
import type { EntityType } from '../model';
import { foldKey } from '../text/text';
import { STANDARD_ALIASES } from '../lexicon/names';

/** The folded key a name groups under: its own, or the full name of a standard short form ("u s" -> "united states"). */
export const nameKey = (name: string): string => {
  const k = foldKey(name);
  return STANDARD_ALIASES.get(k) ?? k;
};

export interface Found {
  start: number;
  end: number;
  type: EntityType;
  key: string;
  tokens: string[];
  roles: string[];
  gender?: 'male' | 'female';
  aliasOf?: string;
  guessed?: boolean;
  /** Leading words that only say which country the body belongs to ("US" in "US State Department"). */
  qualifier?: number;
  /** Found in a headline or heading, where title case makes names unreliable. */
  heading?: boolean;
}

/** Mentions with the same type and folded name: one alias group. */
export interface Group {
  type: EntityType;
  key: string;
  tokens: string[];
  found: Found[];
  /** The group this one is a short form of ("Maduro" -> "Nicolas Maduro"), once resolved. */
  target?: Group;
  /** Several groups it may be a short form of (two Clintons): each mention picks one by its context. */
  options?: Group[];
}

export const groupKey = (type: EntityType, key: string) => `${type}|${key}`;

/** The group a chain of short forms ends in ("Air Force" -> "US Air Force" -> "United States Air Force"). */
export function finalTarget(g: Group): Group {
  let t = g;
  for (let hops = 0; t.target && hops < 8; hops++) t = t.target;
  return t;
}

const sortedStarts = new WeakMap<Group, number[]>();
const proseStarts = new WeakMap<Group, number[]>();

/** Start offsets of a group's own mentions, sorted (computed once per group). */
export function startsOf(g: Group): number[] {
  let s = sortedStarts.get(g);
  if (!s) {
    s = g.found.map((f) => f.start).sort((a, b) => a - b);
    sortedStarts.set(g, s);
  }
  return s;
}

/** The same, without mentions in headings. */
export function proseStartsOf(g: Group): number[] {
  let s = proseStarts.get(g);
  if (!s) {
    s = g.found.filter((f) => !f.heading).map((f) => f.start).sort((a, b) => a - b);
    proseStarts.set(g, s);
  }
  return s;
}

export function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}
