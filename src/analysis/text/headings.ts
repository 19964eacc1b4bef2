// Is a paragraph a headline or section heading? Headings are title-cased, so every word looks like
// a name to a tagger ("Why Does Panama Support González?"): the name rules trust them less.

/** Words title case leaves in lower case. */
const MINOR = new Set('a an and as at but by for from in into is it nor of on or per than the to up via vs with'.split(' '));

const MAX_WORDS = 20;

export function isHeading(text: string): boolean {
  const line = text.trim();
  if (!line || /[\r\n]/.test(line)) return false;
  // A sentence ends in a stop; a heading does not (a question mark is allowed: "Why Does … ?").
  if (/[.!:;,"”'’)\]]$/.test(line) && !/\b[A-Z]\.$/.test(line)) return false;
  const words = line.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.-]*/gu) ?? [];
  if (words.length === 0 || words.length > MAX_WORDS) return false;
  const content = words.filter((w) => !MINOR.has(w.toLowerCase()) && /^\p{L}/u.test(w));
  if (content.length === 0) return false;
  const capitalised = content.filter((w) => /^\p{Lu}/u.test(w)).length;
  // Title case: (nearly) every content word capitalised; a short line of two or three words counts too.
  return capitalised / content.length >= 0.75;
}
