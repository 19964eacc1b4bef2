// The first pass over many paragraphs with one compromise tagging run.
//
// Each nlp() call has a fixed cost (its tagger hooks sweep hundreds of patterns whatever the text
// length): on news paragraphs of ~150 characters that doubles the time of the first pass. So the
// paragraphs of a batch are tokenised one by one (no sentence can span two paragraphs), tagged
// together in one document, then each is read back through a view of its own sentences, re-indexed
// as if it stood alone. compromise's tagging works within sentences, so every paragraph gets the
// tags it would get alone; test/unit/incremental-batch.test.ts checks the facts are identical.
import type { ParagraphFacts } from '../facts';
import { getNlp, type Doc } from './nlp';
import { analyzeParagraph, paragraphFactsFromDoc } from './paragraph';
import { canFastPostTag, fastPostTagger } from './postTagger';

/* eslint-disable @typescript-eslint/no-explicit-any */
interface Internals {
  world: any;
  View: new (document: unknown[]) => Doc;
  hooks: string[];
  /** Whether postTagger.ts can stand in for compromise's 'postTagger' step. */
  fastPostTag: boolean;
}

/**
 * Tagging steps the facts never read: the phrase chunker (about 12% of tagging) only sets
 * `term.chunk`, which no extractor uses. The equality test fails if that ever changes.
 */
const UNUSED_HOOKS = new Set(['chunks']);

let internals: Internals | null | undefined;

/** compromise's tokenizer, hooks and View class, or null when a future version hides them. */
function getInternals(): Internals | null {
  if (internals !== undefined) return internals;
  const nlp = getNlp() as any;
  const world = nlp._world;
  const probe = nlp.tokenize('');
  const ok = typeof world?.methods?.one?.tokenize?.fromString === 'function' && Array.isArray(world?.hooks) && typeof probe?.constructor === 'function';
  internals = ok ? { world, View: probe.constructor, hooks: (world.hooks as string[]).filter((h) => !UNUSED_HOOKS.has(h)), fastPostTag: canFastPostTag(world) } : null;
  return internals;
}

/** Facts of each paragraph text, in order: equal to `texts.map(analyzeParagraph)`, faster. */
export function analyzeParagraphBatch(texts: readonly string[]): ParagraphFacts[] {
  const lib = getInternals();
  if (!lib || texts.length < 2) return texts.map((t) => analyzeParagraph(t));
  const { world, View, hooks, fastPostTag } = lib;
  // What nlp(text) does, with one compute() for all paragraphs.
  const parts: unknown[][] = texts.map((t) => world.methods.one.tokenize.fromString(t, world));
  const all = new View(parts.flat());
  for (const hook of hooks) {
    if (hook === 'postTagger' && fastPostTag) fastPostTagger(all);
    else all.compute(hook);
  }
  return parts.map((sentences, i) => {
    const doc = new View(sentences);
    // Term indexes point into the batch; re-index so views and offsets read as for one paragraph.
    doc.compute('index');
    return paragraphFactsFromDoc(doc, texts[i]);
  });
}
