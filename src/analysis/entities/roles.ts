// Roles written next to a name: a role noun before it ("Logistics analyst Adaeze Okonkwo",
// "Its chief executive, Henrik Dahl") and an apposition after it ("Tunde Bakare, a crane operator").
// One rule for articles: a role is stored without its leading article or possessive pronoun
// ("self-exiled Venezuelan opposition leader", "senior analyst at Meridian Freight Research"),
// except that an organisation's "its" is written out: "Its chief executive, Henrik Dahl" after
// "the Valmera Port Authority" is "chief executive of the Valmera Port Authority".
import type { Term } from '../nlp/terms';
import { isCapitalised, joinedBySpace } from '../nlp/terms';
import { NEVER_NAMES, ORG_HEADS, PERSON_NOUNS, TITLE_WORDS } from '../lexicon/names';

export interface RoleFound {
  role: string;
  /** The role's head noun says the name is a person. */
  person: boolean;
}

const ARTICLES = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'another']);
/** Heads of appositions that describe an organisation rather than a person. */
const ORG_NOUNS = new Set(
  'company firm agency group organisation organization charity consultancy union party newspaper broadcaster airline bank carrier maker manufacturer retailer operator publisher network website site startup business club association body regulator institute insurer lender chain supplier developer utility watchdog think-tank school university college band team magazine'.split(' '),
);
const STOP_WORDS = new Set(['who', 'which', 'that', 'whose', 'whom', 'where', 'when', 'and', 'but', 'said', 'says', 'told']);
const PREPOSITIONS = new Set(['at', 'of', 'for', 'in', 'with', 'from', 'on', 'to', 'by']);
const MAX_APPOSITION = 14;
const MAX_MODIFIERS = 4;

const isRoleNoun = (t: Term) => !t.tags.has('Plural') && (PERSON_NOUNS.has(t.lower) || TITLE_WORDS.has(t.lower) || t.tags.has('Actor'));
/** "athletes Vitas Gerulaitis", "musicians X and Y": a plural role noun says person, but is no one's role. */
const isPluralRoleNoun = (t: Term) => t.tags.has('Plural') && !isCapitalised(t.core) && (PERSON_NOUNS.has(t.lower.replace(/s$/, '')) || t.tags.has('Actor'));
/** Words compromise sometimes tags as nouns or adjectives that never modify a role ("14 points behind X"). */
const NOT_MODIFIERS = new Set(['behind', 'including', 'like', 'such', 'among', 'besides', 'despite', 'than', 'via', 'per', 'plus', 'except', 'following', 'according', 'before', 'after', 'ahead']);
const isModifier = (t: Term) =>
  !ARTICLES.has(t.lower) &&
  !NOT_MODIFIERS.has(t.lower) &&
  !NEVER_NAMES.has(t.lower) &&
  !['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Copula', 'Modal', 'Value', 'QuestionWord', 'Adverb', 'Gerund'].some((x) => t.tags.has(x)) &&
  (t.tags.has('Adjective') || t.tags.has('Noun') || t.tags.has('Demonym') || isCapitalised(t.core) || /-/.test(t.core)) &&
  !(t.tags.has('Verb') && !t.tags.has('Participle') && !isCapitalised(t.core));

/** A role noun phrase right before the name, joined by a space or by a comma. */
export function roleBefore(p: string, terms: Term[], i: number): RoleFound | undefined {
  const prev = terms[i - 1];
  if (!prev || prev.sentence !== terms[i].sentence) return undefined;
  const byComma = /^,\s+$/.test(prev.post);
  if (!joinedBySpace(prev.post) && !byComma) return undefined;
  // "analyst Adaeze Okonkwo": lower-case role noun; "Prime Minister, Najib Razak": a title before a comma
  if (isPluralRoleNoun(prev) && !byComma) return { role: '', person: true };
  if (!isRoleNoun(prev) || (isCapitalised(prev.core) && !byComma)) return undefined;
  if (prev.possessive) return undefined;
  let s = i - 1;
  while (s > 0 && i - s < MAX_MODIFIERS) {
    const t = terms[s - 1];
    if (t.sentence !== prev.sentence || !(joinedBySpace(t.post) || (t.possessive && /^['’]?\s+$/.test(t.post)))) break;
    if (!isModifier(t)) break;
    s--;
  }
  // a comma-joined role opens its sentence ("Its chief executive, Henrik Dahl, said"); after a
  // preposition it is an object ("to speak with his mother, Montalvo was"), not a role
  if (byComma) {
    let start = s;
    if (start > 0 && ARTICLES.has(terms[start - 1].lower) && terms[start - 1].sentence === prev.sentence) start--;
    const before = terms[start - 1];
    if (!terms[start].initial && before && before.sentence === prev.sentence && !/[,;:]\s*$/.test(before.post)) return undefined;
  }
  return { role: withOrganisation(p, terms, s - 1, p.slice(terms[s].start, prev.end)), person: true };
}

/**
 * "chief executive" after an "its" at `its` becomes "chief executive of the Valmera Port Authority"
 * when that sentence or the one before names an organisation; otherwise the role stays as written.
 */
function withOrganisation(p: string, terms: Term[], its: number, role: string): string {
  const t = terms[its];
  if (!t || t.lower !== 'its' || !role) return role;
  const organisation = possessorOrganisation(p, terms, its);
  return organisation ? `${role} of ${organisation}` : role;
}

/** The nearest organisation name before `its`, in its sentence or the one before: a capitalised run ending in an organisation word. */
function possessorOrganisation(p: string, terms: Term[], its: number): string | undefined {
  const sentence = terms[its].sentence;
  for (let k = its - 1; k >= 0 && terms[k].sentence >= sentence - 1; k--) {
    const head = terms[k];
    if (!ORG_HEADS.has(head.lower) || !isCapitalised(head.core)) continue;
    let s = k;
    while (s > 0) {
      const before = terms[s - 1];
      if (before.sentence !== head.sentence || !joinedBySpace(before.post) || before.possessive) break;
      const connector = before.lower === 'of' && s - 1 > 0 && isCapitalised(terms[s - 2].core);
      if (!connector && (!isCapitalised(before.core) || before.tags.has('Determiner') || ARTICLES.has(before.lower))) break;
      s--;
    }
    // "the Authority" alone is a name only with its article; a lone capitalised word opening a sentence is none.
    if (s === k && terms[s].initial) continue;
    // "Bank of England": the name may go on past its head word with "of" and capitalised words.
    let e = k;
    while (e + 2 < its && terms[e + 1].lower === 'of' && terms[e + 2].sentence === head.sentence && isCapitalised(terms[e + 2].core) && joinedBySpace(terms[e].post)) {
      e += 2;
      while (e + 1 < its && terms[e + 1].sentence === head.sentence && isCapitalised(terms[e + 1].core) && joinedBySpace(terms[e].post)) e++;
    }
    const article = s > 0 && terms[s - 1].lower === 'the' && terms[s - 1].sentence === head.sentence ? 'the ' : '';
    return `${article}${p.slice(terms[s].start, terms[e].end)}`;
  }
  return undefined;
}

/** An apposition after the name: ", a crane operator", ", the general secretary of the X,". */
export function apposition(p: string, terms: Term[], j: number): RoleFound | undefined {
  const last = terms[j];
  const first = terms[j + 1];
  if (!first || first.sentence !== last.sentence || !/^,\s*$/.test(last.post)) return undefined;
  if (first.lower === 'who') return { role: '', person: true };
  // an age: "Tunde Bakare, 45, said"
  if (first.tags.has('Value') && /^\d{1,3}$/.test(first.core) && /^,/.test(first.post)) return { role: '', person: true };
  if (STOP_WORDS.has(first.lower) || first.tags.has('Conjunction')) return undefined;
  let s = j + 1;
  if (ARTICLES.has(first.lower)) s++;
  const start = terms[s];
  if (!start || start.sentence !== last.sentence) return undefined;
  if (isCapitalised(start.core) && !start.tags.has('Demonym') && !TITLE_WORDS.has(start.lower)) return undefined;
  let e = s;
  let head: Term | undefined;
  let beforePreposition = true;
  for (; e < terms.length && e - s < MAX_APPOSITION; e++) {
    const t = terms[e];
    if (t.sentence !== last.sentence) return undefined;
    // a quotation starts: the apposition ended before it
    if (e > s && /["“‘]/.test(t.pre)) {
      e--;
      break;
    }
    if (STOP_WORDS.has(t.lower) && e > s) {
      e--;
      break;
    }
    if (t.tags.has('Verb') && !t.tags.has('Participle') && !t.tags.has('Adjective') && !t.tags.has('Noun') && !t.tags.has('Gerund') && e > s) {
      e--;
      break;
    }
    // the head is the noun before a preposition or a participle: "company building the dam"
    if (PREPOSITIONS.has(t.lower) || (e > s && t.tags.has('Gerund'))) beforePreposition = false;
    else if (beforePreposition) head = t;
    if (/[,;.:!?"”()]/.test(t.post) && !/^['’]\s*$/.test(t.post)) break;
  }
  if (e - s >= MAX_APPOSITION || e < s || !head) return undefined;
  e = Math.min(e, terms.length - 1); // the loop may run off the last term of the paragraph
  // "curator of" (a quotation followed): a role does not end in a preposition or article
  while (e > s && (PREPOSITIONS.has(terms[e].lower) || ARTICLES.has(terms[e].lower) || terms[e].tags.has('Conjunction'))) e--;
  const role = withOrganisation(p, terms, s - 1, p.slice(start.start, terms[Math.min(e, terms.length - 1)].end));
  if (isRoleNoun(head) && !isCapitalised(head.core)) return { role, person: true };
  if (isRoleNoun(head)) return { role, person: true };
  if (ORG_NOUNS.has(head.lower)) return { role, person: false };
  return undefined;
}
