// The paragraph's words as compromise tagged them, in one flat list: the name rules read this list
// instead of calling several compromise views (each view is another pass over the text).
import { getNlp, sentenceTerms, type Doc } from './nlp';

/**
 * What the name rules' terms (below) and the speech rules' terms (claims/para.ts) share: one
 * compromise term with its exact span in the paragraph. Each adds its own reading of the word.
 */
export interface BaseTerm {
  /** Span of the word in the paragraph (local offsets). */
  start: number;
  end: number;
  /** Punctuation and spaces compromise put before and after the word. */
  pre: string;
  post: string;
  tags: ReadonlySet<string>;
}

export interface Term extends BaseTerm {
  /** The word as written, possessive "'s" removed ("Maduro's" -> "Maduro"); `start`..`end` spans it. */
  core: string;
  lower: string;
  /** Mutable only while reading: an empty contraction term's spacing is added to it. */
  post: string;
  /** Ends in a possessive: "Maduro's", "Workers'". */
  possessive: boolean;
  /** First word of its sentence (or of a quotation): capitalised by position, not by being a name. */
  initial: boolean;
  sentence: number;
  /** Position in the paragraph's term list. */
  index: number;
}

export function readTerms(doc: Doc): Term[] {
  const out: Term[] = [];
  const sentences = sentenceTerms(doc);
  sentences.forEach((s, sentence) => {
    s.terms.forEach((t, i) => {
      // compromise expands contractions into extra terms with no text ("Demosisto's" -> "" + "is"):
      // they carry no word, only their spacing, which goes to the word before
      if (!t.text) {
        const prev = out[out.length - 1];
        if (prev && prev.sentence === sentence) prev.post += (t.pre ?? '') + (t.post ?? '');
        return;
      }
      const sPossessive = /['’]s$/i.test(t.text) && t.text.length > 2;
      const core = sPossessive ? t.text.slice(0, -2) : t.text;
      const start = t.offset.start;
      const pre = t.pre ?? '';
      out.push({
        core,
        lower: core.toLowerCase(),
        start,
        end: start + core.length,
        pre,
        post: t.post ?? '',
        tags: new Set(t.tags),
        possessive: sPossessive || /^['’]/.test(t.post ?? ''),
        initial: i === 0 || /["“‘(\[—–:]/.test(pre) || /[:—–]\s*$/.test(s.terms[i - 1]?.post ?? ''),
        sentence,
        index: out.length,
      });
    });
  });
  return out;
}

export const isCapitalised = (w: string): boolean => /^\p{Lu}/u.test(w) || /^\p{Ll}{1,2}\p{Lu}/u.test(w);

/** "NASA", "U.S.", "AFP": two to six capitals, dots allowed. */
export const isAcronym = (w: string): boolean => {
  const letters = w.replace(/\./g, '');
  return letters.length >= 2 && letters.length <= 6 && /^\p{Lu}+$/u.test(letters) && /^[\p{Lu}.]+$/u.test(w);
};

/** Only spaces between two words (no comma, stop, dash or quotation mark). */
export const joinedBySpace = (post: string): boolean => /^\s+$/.test(post) || post === '';

/** Tags that make a lexicon entry a name rather than an ordinary word. */
const NAME_TAGS = /Person|FirstName|LastName|MaleName|FemaleName|Place|Country|City|Region|Organization|Company|SportsTeam/;
let lexicon: Record<string, string | string[]> | undefined;

/** The lexicon's tags for a lower-case word or its singular ("" when unknown). */
export function lexiconTags(lower: string): string {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  lexicon ??= ((getNlp() as any).model().one.lexicon ?? {}) as Record<string, string | string[]>;
  const forms = [lower];
  if (lower.endsWith('ies')) forms.push(lower.slice(0, -3) + 'y');
  if (lower.endsWith('es')) forms.push(lower.slice(0, -2));
  if (lower.endsWith('s')) forms.push(lower.slice(0, -1));
  for (const f of forms) {
    const tags = Object.prototype.hasOwnProperty.call(lexicon, f) ? lexicon[f] : undefined;
    if (tags !== undefined) return Array.isArray(tags) ? tags.join(' ') : tags;
  }
  return '';
}

/** Does compromise's lexicon know this lower-case word (or its singular) as an ordinary word? */
export function isCommonWord(lower: string): boolean {
  const tags = lexiconTags(lower);
  return tags !== '' && !NAME_TAGS.test(tags);
}

/** A function word or modifier ("and", "unless", "full"), not a noun that could be an acronym ("dab"). */
export function isFunctionWord(lower: string): boolean {
  return /Conjunction|Preposition|Determiner|Adverb|Adjective|Pronoun|Verb|Modal|Copula|QuestionWord/.test(lexiconTags(lower));
}
