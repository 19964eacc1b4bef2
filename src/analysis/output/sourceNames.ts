// Name rules for merging sources across articles. Within one article, entities/aliases.ts decides
// which spellings are one entity; across articles only the canonical names and spellings survive,
// so these helpers apply the same rules to names alone: the same folded key (accents, case,
// punctuation, standard short forms such as "U.S."), titles dropped ("President Maduro"), and a
// person's shorter form joining the one full name it stands for ("Maduro", "Raúl Mulino").
// Everything here is a pure function of its arguments, so a merge never depends on input order.
import { foldKey } from '../text/text';
import { STANDARD_ALIASES, TITLE_WORDS } from '../lexicon/names';

export type SourceType = 'person' | 'organization' | 'unnamed';

const DETERMINERS = new Set(['a', 'an', 'the', 'one', 'some', 'several', 'two', 'three']);

/**
 * The key a source's name merges under. People lose leading titles ("president nicolas maduro" ->
 * "nicolas maduro"); unnamed sources lose their determiner ("a spokesperson", "the spokesperson").
 */
export function sourceKey(name: string, type: SourceType): string {
  const memo = keys[type];
  let key = memo.get(name);
  if (key === undefined) {
    if (memo.size >= KEY_MEMO_MAX) memo.clear();
    key = computeKey(name, type);
    memo.set(name, key);
  }
  return key;
}

/** Keys of names already seen, per type: a workspace repeats the same few thousand names in every merge. */
const keys: Record<SourceType, Map<string, string>> = { person: new Map(), organization: new Map(), unnamed: new Map() };
const KEY_MEMO_MAX = 50_000;

function computeKey(name: string, type: SourceType): string {
  const folded = foldKey(name);
  let words = (STANDARD_ALIASES.get(folded) ?? folded).split(' ').filter(Boolean);
  if (type === 'person') {
    // as in the article pass, the name starts after the last title word ("environment minister solberg")
    let start = 0;
    for (let i = 0; i < words.length - 1; i++) if (TITLE_WORDS.has(words[i])) start = i + 1;
    words = words.slice(start);
  } else if (type === 'unnamed') {
    let i = 0;
    while (i < words.length - 1 && DETERMINERS.has(words[i])) i++;
    words = words.slice(i);
  }
  return words.join(' ');
}

/**
 * Whether `short` (words of a key) is a shorter way of writing `full`: its surname alone, a part of
 * a double surname ("Quintero" for "Rafael Quintero Lobos"), or words of it in order that keep the
 * surname ("Raúl Mulino" for "José Raúl Mulino"). A first name alone is not enough across articles:
 * "Frank" in one piece and "Frank Messina" in another are too often two people.
 */
export function isShortFormOf(short: readonly string[], full: readonly string[]): boolean {
  if (short.length === 0 || short.length >= full.length) return false;
  const last = full[full.length - 1];
  if (short.length === 1) return last === short[0] || full.indexOf(short[0]) > 0;
  if (short[short.length - 1] !== last) return false;
  let i = 0;
  for (const w of full) if (w === short[i]) i++;
  return i === short.length;
}

/**
 * The name to show for spellings of one source: most words of the name itself (titles not
 * counted), then without a title, then written in mixed case, then with accents, then the
 * shortest; ties go to the first in code-unit order (never to input order).
 */
export function canonicalName(spellings: readonly string[], type: SourceType = 'person'): string {
  let best = '';
  let bestScore: number[] | undefined;
  for (const s of new Set(spellings)) {
    const score = nameScore(s, type);
    if (!bestScore || better(score, bestScore) || (equal(score, bestScore) && s < best)) {
      best = s;
      bestScore = score;
    }
  }
  return best;
}

function nameScore(s: string, type: SourceType): number[] {
  const keyWords = sourceKey(s, type).split(' ').filter(Boolean).length;
  const words = foldKey(s).split(' ').filter(Boolean).length;
  return [keyWords, words === keyWords ? 1 : 0, /\p{Ll}/u.test(s) ? 1 : 0, (s.match(/[^\x00-\x7f]/g) ?? []).length, -s.length];
}

function better(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] > b[i];
  return false;
}

function equal(a: number[], b: number[]): boolean {
  return a.every((x, i) => x === b[i]);
}

/** Words in a stretch of text: letters or digits, with inner apostrophes and hyphens ("don't", "co-op"). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
