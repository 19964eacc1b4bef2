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

interface Net {
  /** Hook key -> patterns, in compromise's key order. */
  hooks: Record<string, Pattern[]>;
  always: Pattern[];
  /** Position of each hook key in that order. */
  rank: Map<string, number>;
  keys: string[];
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
    const keys = Object.keys(built.hooks);
    net = { hooks: built.hooks, always: built.always, keys, rank: new Map(keys.map((k, i) => [k, i])) };
    nets.set(world, net);
  }
  return net;
}

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
  const ranks: number[] = [];
  for (const item of have) {
    const r = net.rank.get(item);
    if (r !== undefined) ranks.push(r);
  }
  ranks.sort((a, b) => a - b);
  const seen = new Set<string>();
  const out: Pattern[] = [];
  const consider = (p: Pattern): void => {
    if (seen.has(p.match)) return;
    seen.add(p.match);
    if (!p.needs.every((n) => have.has(n))) return;
    if (p.ifNo !== undefined && p.ifNo.some((n) => have.has(n))) return;
    if (p.wants.length > 0 && p.wants.filter((w) => have.has(w)).length < p.minWant) return;
    if (termCount < p.minWords) return;
    out.push(p);
  };
  for (const r of ranks) for (const p of net.hooks[net.keys[r]]) consider(p);
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
