// Per-paragraph quotes and speech: direct quotes, reported speech, their cues and source words.
// Everything here is local to one paragraph; sources are left as words (a name, "he", "the
// minister") for the document pass (claims/buildClaims.ts) to resolve.
// Choices: a direct claim is the text inside the marks minus a trailing comma/semicolon/colon;
// negated speech ("has not said why") is not a claim; questions claim nothing; titles and scare
// quotes (short, unpunctuated, far from any cue) are not claims.
import type { NameFact, QuoteFact, SpeechFact } from '../facts';
import type { Doc } from '../nlp/nlp';
import { termsOf, Para } from './para';
import { introduction, directQuotes, withCandidate } from './direct';
import { reportedSpeech, reportedInQuotes } from './reported';
import { scanQuotes } from './quotes';

export { scanQuotes };

export function extractSpeech(doc: Doc, text: string, quotes: QuoteFact[], names: NameFact[]): SpeechFact[] {
  const p = new Para(text, termsOf(doc), quotes, names);
  const out: SpeechFact[] = [];
  const direct = directQuotes(p);
  out.push(...direct);
  const intro = introduction(p);
  if (intro) out.push(intro);
  const reported = reportedSpeech(p, direct);
  out.push(...reported);
  out.push(...reportedInQuotes(p, direct));
  out.sort((a, b) => a.start - b.start);
  return inheritSpeakers(p, withoutQuotesInReports(out, reported));
}

/**
 * `Peña said the union would keep the lines up "for as long as it takes"`: one claim, not two. A
 * partial quote inside reported content of the same attribution (same cue) is that claim's
 * quoted words (news' "mixed" speech), so the reported claim stands and the quote is not listed
 * again. A quote inside someone else's report (another cue) stays its own claim.
 */
export function withoutQuotesInReports(facts: SpeechFact[], reported: SpeechFact[]): SpeechFact[] {
  const owned = (d: SpeechFact) =>
    !!d.cue && reported.some((r) => r.cue?.start === d.cue!.start && r.start <= d.start && d.end <= r.end);
  return facts.filter((f) => f.kind !== 'direct' || !owned(f));
}

/**
 * `Wilkins also said Warhol was a businessman. "As a way to …"`: a quote with no cue of its own,
 * later in a paragraph that already attributed something, may go on with that speaker: the
 * speaker becomes one more candidate, for the ranker to weigh.
 */
function inheritSpeakers(p: Para, facts: SpeechFact[]): SpeechFact[] {
  let last: SpeechFact | undefined;
  return facts.map((f) => {
    let out = f;
    if (f.kind === 'direct' && !f.cue && !f.candidates.some((c) => c.cue) && !f.followOn && !f.intro && last?.source) {
      out = withCandidate(p, f, { via: 'inherit', source: last.source, cue: last.cue });
      if (out.candidates[0]?.via === 'inherit') out = { ...out, sentenceStart: last.sentenceStart };
    }
    if (out.source && out.quotedBy === undefined && !out.intro) last = out;
    return out;
  });
}
