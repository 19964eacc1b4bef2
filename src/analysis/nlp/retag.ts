// Corrections to compromise's tags that the speech rules depend on.

/** The fields a correction reads and writes. */
interface Tagged {
  word: string;
  tags: Set<string>;
  pre: string;
  post: string;
}

/** Possessive determiners that are never object pronouns. */
const ALWAYS_POSSESSIVE = new Set(['his', 'its', 'their', 'our', 'my', 'your']);

const VERB_TAGS = ['Verb', 'Infinitive', 'PresentTense', 'Imperative'];

/**
 * After a possessive determiner a word is a noun, whatever the tagger guessed: compromise reads
 * "her campaign said" as a pronoun and a verb, which leaves the sentence with no subject and its
 * quote with no speaker. "her" is a possessive only where it opens a clause: after a verb it is
 * an object ("saw her leave").
 */
export function nounsAfterPossessives<T extends Tagged>(terms: T[]): T[] {
  for (let i = 1; i < terms.length; i++) {
    const t = terms[i];
    const d = terms[i - 1];
    if (!t.tags.has('Verb') || /\S/.test(d.post) || /\S/.test(t.pre)) continue;
    if (['PastTense', 'Gerund', 'Participle', 'Auxiliary', 'Modal', 'Copula'].some((g) => t.tags.has(g))) continue;
    if (!(ALWAYS_POSSESSIVE.has(d.word) || (d.word === 'her' && opensClause(terms[i - 2], d)))) continue;
    for (const g of VERB_TAGS) t.tags.delete(g);
    t.tags.add('Noun');
    t.tags.add('Singular');
  }
  return terms;
}

/** Nothing before it, or punctuation between it and the word before (a stop, comma, quotation mark). */
function opensClause(before: Tagged | undefined, t: Tagged): boolean {
  return !before || /[.!?,;:"“”(—–]/.test(before.post) || /[“"(]/.test(t.pre);
}
