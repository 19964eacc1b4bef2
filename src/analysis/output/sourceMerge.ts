// Merges the sources of many articles into one list: one entry per real-world source, whatever
// the spelling in each article (see sourceNames.ts for the rules). Every decision is made over the
// whole set of names, never in input order, so any split of the articles merges to the same result.
import { canonicalName, isShortFormOf, sourceKey, type SourceType } from './sourceNames';
import { runAtOnce, STEP, type Steps } from './steps';

/** One article's record of a source (any shape with a name, a type and its spellings). */
export interface SourceMember {
  path: string;
  name: string;
  type: SourceType;
  aliases: readonly string[];
}

export interface MergedSource<M extends SourceMember> {
  /** Stable across runs: type and the merged key ("person|nicolas maduro"). */
  key: string;
  name: string;
  type: SourceType;
  /** Every other spelling seen in any article, sorted. */
  aliases: string[];
  /** In path order, then name order. */
  members: M[];
}

interface Group<M> {
  type: SourceType;
  key: string;
  tokens: string[];
  members: M[];
  target?: Group<M>;
}

export function mergeSources<M extends SourceMember>(members: readonly M[]): Array<MergedSource<M>> {
  return runAtOnce(mergeSourcesSteps(members));
}

/** mergeSources as steps (see steps.ts): the same result, computed in slices when driven so. */
export function* mergeSourcesSteps<M extends SourceMember>(members: readonly M[]): Steps<Array<MergedSource<M>>> {
  const groups = yield* groupByKey(members);
  const persons = [...groups.values()].filter((g) => g.type === 'person');
  linkShortForms(persons);
  yield;
  yield* linkAliases(groups);
  const merged = new Map<Group<M>, M[]>();
  for (const g of groups.values()) {
    const root = rootOf(g);
    const list = merged.get(root) ?? [];
    for (const m of g.members) list.push(m);
    merged.set(root, list);
  }
  yield;
  const out: Array<MergedSource<M>> = [];
  let work = 0;
  for (const [root, list] of merged) {
    if ((work += list.length) >= STEP) {
      work = 0;
      yield;
    }
    list.sort(byPathThenName);
    const spellings = new Set<string>();
    for (const m of list) {
      spellings.add(m.name);
      for (const a of m.aliases) spellings.add(a);
    }
    const name = canonicalName(list.map((m) => m.name), root.type);
    spellings.delete(name);
    out.push({ key: `${root.type}|${root.key}`, name, type: root.type, aliases: [...spellings].sort(), members: list });
  }
  return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function* groupByKey<M extends SourceMember>(members: readonly M[]): Steps<Map<string, Group<M>>> {
  const groups = new Map<string, Group<M>>();
  let i = 0;
  for (const m of members) {
    if (++i % STEP === 0) yield;
    // A name with no letters or digits keeps its own spelling as key rather than merging with every other.
    const key = sourceKey(m.name, m.type) || `\u0000${m.name}`;
    const gk = `${m.type}|${key}`;
    let g = groups.get(gk);
    if (!g) {
      g = { type: m.type, key, tokens: key.split(' '), members: [] };
      groups.set(gk, g);
    }
    g.members.push(m);
  }
  return groups;
}

/** A person's short form joins the one longest full name it can stand for; with several, none. */
function linkShortForms<M>(persons: Array<Group<M>>): void {
  const byWord = new Map<string, Array<Group<M>>>();
  for (const g of persons) {
    if (g.tokens.length < 2) continue;
    for (const w of new Set(g.tokens.slice(1))) push(byWord, w, g);
  }
  for (const g of persons) {
    const last = g.tokens[g.tokens.length - 1];
    const fulls = (byWord.get(last) ?? []).filter((f) => isShortFormOf(g.tokens, f.tokens));
    g.target = onlyLongest(fulls);
  }
}

/**
 * The one full name that is no short form of another ("José Raúl Mulino" over "Raúl Mulino"), or
 * undefined when two or more are left. Longest first, so most candidates are settled at once.
 */
function onlyLongest<M>(fulls: Array<Group<M>>): Group<M> | undefined {
  if (fulls.length <= 1) return fulls[0];
  const sorted = [...fulls].sort((a, b) => b.tokens.length - a.tokens.length);
  const maximal: Array<Group<M>> = [];
  for (const f of sorted) {
    if (maximal.some((m) => isShortFormOf(f.tokens, m.tokens))) continue;
    maximal.push(f);
    if (maximal.length > 1) return undefined;
  }
  return maximal[0];
}

/**
 * A name that some article wrote as another spelling of a longer name ("HWU" for the "Harbour
 * Workers' Union") joins that name, when exactly one longer name claims it.
 */
function* linkAliases<M extends SourceMember>(groups: Map<string, Group<M>>): Steps<void> {
  const claimedBy = new Map<string, Set<Group<M>>>();
  let i = 0;
  for (const g of groups.values()) {
    if (g.type === 'unnamed') continue;
    for (const m of g.members) {
      if (++i % STEP === 0) yield;
      for (const a of m.aliases) {
        const key = sourceKey(a, g.type);
        if (!key || key === g.key) continue;
        const k = `${g.type}|${key}`;
        const set = claimedBy.get(k) ?? new Set<Group<M>>();
        set.add(g);
        claimedBy.set(k, set);
      }
    }
  }
  for (const [k, g] of groups) {
    if (g.target || g.type === 'unnamed') continue;
    const owners = [...(claimedBy.get(k) ?? [])].filter((o) => o.tokens.length > g.tokens.length);
    if (owners.length === 1) g.target = owners[0];
  }
}

/** Targets always have more words than the group, so the chain ends; the bound is a guard. */
function rootOf<M>(g: Group<M>): Group<M> {
  let r = g;
  for (let i = 0; r.target && i < 32; i++) r = r.target;
  return r;
}

function byPathThenName(a: SourceMember, b: SourceMember): number {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}
