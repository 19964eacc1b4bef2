// Interviews: a Q&A names its interviewee once, at the top ("Wikinews interviews Ana Lott", "an
// interview with …", "spoke with …"), then alternates questions and unquoted answers. In the
// answers "I" is the interviewee; a question is not a claim.
import type { Entity } from '../model';
import type { PlacedFacts } from '../facts';
import type { SpeakerMemory } from './coref';

export interface Interview {
  interviewee: Entity;
  /** Indexes of the paragraphs that are questions. */
  questions: ReadonlySet<number>;
}

const INTERVIEW_CUE = /\b(interviews?|interviewed|an interview with|spoke (?:with|to)|talked (?:with|to)|sat down with|in conversation with|questions? (?:to|for))\b/i;

function isQuestion(text: string): boolean {
  const t = text.trim();
  return /\?["”’)]*$/.test(t) || /^(Q|Question)\s*[:.]/.test(t);
}

/** The questions of a Q&A: paragraphs that ask, each answered by the paragraph after it. */
function questionParagraphs(text: string, paragraphs: readonly PlacedFacts[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + 1 < paragraphs.length; i++) {
    const here = text.slice(paragraphs[i].start, paragraphs[i].end);
    const next = text.slice(paragraphs[i + 1].start, paragraphs[i + 1].end);
    if (isQuestion(here) && !isQuestion(next)) out.add(i);
  }
  return out;
}

/** The one person the opening paragraphs say is interviewed, if there is exactly one. */
function intervieweeOf(text: string, paragraphs: readonly PlacedFacts[], memory: SpeakerMemory): Entity | undefined {
  for (const p of paragraphs.slice(0, 4)) {
    const m = INTERVIEW_CUE.exec(text.slice(p.start, p.end));
    if (!m) continue;
    const at = p.start + m.index;
    // "interviews Ana Lott" names her after the cue; "Ana Lott, interviewed by …" before it.
    const after = memory.mentionsIn(at + m[0].length, Math.min(p.end, at + m[0].length + 80)).filter((e) => e.type === 'person');
    const people = after.length ? after : memory.mentionsIn(p.start, at).filter((e) => e.type === 'person');
    const distinct = [...new Set(people)];
    if (distinct.length === 1) return distinct[0];
    if (distinct.length > 1) return undefined;
  }
  return undefined;
}

/** The interview the article is, or undefined for ordinary news. */
export function detectInterview(text: string, paragraphs: readonly PlacedFacts[], memory: SpeakerMemory): Interview | undefined {
  const questions = questionParagraphs(text, paragraphs);
  if (questions.size < 2) return undefined;
  const interviewee = intervieweeOf(text, paragraphs, memory);
  return interviewee ? { interviewee, questions } : undefined;
}
