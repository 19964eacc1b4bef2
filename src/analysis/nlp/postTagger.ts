// compromise's 'postTagger' step with its pattern selection made cheap.
//
// postTagger splits the document at commas and, for each piece, picks the patterns worth trying
// from an index of ~730 hook words and tags: compromise walks ALL hook keys for every piece and
// concatenates arrays as it goes, which is over half of the step's time on news text (thousands
// of short pieces). Here each piece looks up only the words and tags it holds, then orders the hits
// by the index's key order, so every piece gets the very same pattern list in the same order, is
// matched by compromise's own matcher and tagged by its own tagger. The discarded result views
// compromise builds for every match are skipped too. test/unit/incremental-batch.test.ts checks
// the facts equal plain nlp() tagging.
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Doc } from './nlp';

interface Pattern {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
  unTag?: unknown;
}

/** A pattern as the index holds it. */
interface Entry {
  pattern: Pattern;
  /** Where compromise's sweep would list it: (key rank, position in that key's list), by rank. */
  places: Array<{ key: string; order: number }>;
  /** Call stamp, so a pattern indexed under several keys is looked at once per piece. */
  stamp: number;
}

interface Net {
  /** Patterns to look at when a piece holds the key: under one of their needs, else each want. */
  byKey: Map<string, Entry[]>;
  always: Pattern[];
}

const nets = new WeakMap<object, Net>();

function netOf(world: any): Net {
  let net = nets.get(world);
  if (!net) {
    // buildNet parses its patterns in place and breaks on a second parse (compromise builds its
    // own net on first use), so it gets copies; an already parsed `notIf` is kept as it is.
    const originals = world.model.two.matches as Array<Record<string, unknown>>;
    const copies: Array<Record<string, unknown>> = originals.map((o) => ({ ...o, notIf: typeof o.notIf === 'string' ? o.notIf : undefined }));
    const built = world.methods.one.buildNet(copies, world) as { hooks: Record<string, Pattern[]>; always: Pattern[] };
    copies.forEach((c, i) => {
      if (c.notIf === undefined && originals[i].notIf !== undefined) c.notIf = originals[i].notIf;
    });
    net = indexPatterns(built.hooks, built.always);
    nets.set(world, net);
  }
  return net;
}

/**
 * compromise tries, on each piece, the patterns listed under the hook keys (words, '#Tags') the
 * piece holds, keys taken in the hooks object's order, first listing wins, then drops those whose
 * needs are not all there. So a pattern is only worth a look when one given need is there (any
 * need will do; words are rarer than tags), and its place in the list is its first listing under
 * a key the piece holds.
 */
function indexPatterns(hooks: Record<string, Pattern[]>, always: Pattern[]): Net {
  const entries = new Map<Pattern, Entry>();
  const keys = Object.keys(hooks);
  keys.forEach((key, rank) => {
    hooks[key].forEach((pattern, i) => {
      let entry = entries.get(pattern);
      if (!entry) entries.set(pattern, (entry = { pattern, places: [], stamp: -1 }));
      entry.places.push({ key, order: rank * 1e6 + i });
    });
  });
  const byKey = new Map<string, Entry[]>();
  const add = (key: string, entry: Entry): void => {
    const list = byKey.get(key);
    if (list) list.push(entry);
    else byKey.set(key, [entry]);
  };
  for (const entry of entries.values()) {
    const { needs, wants } = entry.pattern;
    if (needs.length > 0) add(needs.find((n) => !n.startsWith('#')) ?? needs[needs.length - 1], entry);
    else for (const w of new Set(wants)) add(w, entry);
  }
  return { byKey, always };
}

let stamp = 0;

/** True when this compromise build exposes what fastPostTagger needs. */
export function canFastPostTag(world: any): boolean {
  const one = world?.methods?.one;
  return (
    typeof one?.buildNet === 'function' &&
    typeof one?.cacheDoc === 'function' &&
    typeof one?.match === 'function' &&
    typeof one?.bulkTagger === 'function' &&
    typeof world?.methods?.two?.quickSplit === 'function' &&
    Array.isArray(world?.model?.two?.matches)
  );
}

/** The patterns compromise's sweep would try on one piece, in its order. */
function patternsFor(net: Net, have: Set<string>, termCount: number): Pattern[] {
  const call = ++stamp;
  const hits: Array<{ order: number; pattern: Pattern }> = [];
  for (const item of have) {
    const list = net.byKey.get(item);
    if (!list) continue;
    for (const entry of list) {
      if (entry.stamp === call) continue;
      entry.stamp = call;
      const p = entry.pattern;
      if (termCount < p.minWords) continue;
      if (!p.needs.every((n) => have.has(n))) continue;
      if (p.wants.length > 0 && p.wants.filter((w) => have.has(w)).length < p.minWant) continue;
      const place = entry.places.find((pl) => have.has(pl.key));
      if (place) hits.push({ order: place.order, pattern: p });
    }
  }
  hits.sort((a, b) => a.order - b.order);
  // compromise drops repeats of a match string before its other filters; repeats share their
  // needs and wants (both come from the match string), so dropping them here is the same.
  const seen = new Set<string>();
  const out: Pattern[] = [];
  for (const { pattern: p } of hits) {
    if (seen.has(p.match)) continue;
    seen.add(p.match);
    if (p.ifNo !== undefined && p.ifNo.some((n) => have.has(n))) continue;
    out.push(p);
  }
  // compromise appends the pattern-less list after its filters, so a duplicate of it stays.
  for (const p of net.always) if (termCount >= p.minWords) out.push(p);
  return out;
}

/** Does to `view` what `view.compute('postTagger')` does. */
export function fastPostTagger(view: Doc): void {
  const world = view.world;
  const { methods } = world;
  const net = netOf(world);
  const pieces: any[][] = methods.two.quickSplit(view.docs);
  const segmented = view.update(pieces.map((terms) => [terms[0].index[0], terms[0].index[1], terms[0].index[1] + terms.length]));
  const document: any[][] = segmented.docs;
  const caches: Array<Set<string>> = methods.one.cacheDoc(document);
  const found: any[] = [];
  for (let n = 0; n < document.length; n++) {
    for (const p of patternsFor(net, caches[n], document[n].length)) {
      const res = methods.one.match([document[n]], p);
      for (const ptr of res.ptrs) {
        ptr[0] = n;
        const todo = Object.assign({}, p, { pointer: ptr });
        if (p.unTag !== undefined) todo.unTag = p.unTag;
        found.push(todo);
      }
    }
  }
  methods.one.bulkTagger(found, document, world);
  view.uncache();
  view.unfreeze();
}
