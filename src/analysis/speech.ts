// Per-paragraph quotes and speech: direct quotes, reported speech, their cues and source words.
import type { NameFact, QuoteFact, SpeechFact } from './facts';
import type { Doc } from './nlp';

const OPEN = '"“';
const CLOSE = '"”';

export function scanQuotes(text: string): QuoteFact[] {
  const out: QuoteFact[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (open < 0 && OPEN.includes(c)) open = i;
    else if (open >= 0 && CLOSE.includes(c)) {
      if (i > open + 1) out.push({ start: open + 1, end: i, unclosed: false });
      open = -1;
    }
  }
  if (open >= 0 && open + 1 < text.length) out.push({ start: open + 1, end: text.length, unclosed: true });
  return out;
}

export function extractSpeech(_doc: Doc, text: string, quotes: QuoteFact[], names: NameFact[]): SpeechFact[] {
  return quotes.map((q) => {
    const before = text.slice(Math.max(0, q.start - 80), q.start);
    const cue = /\b(said|says|told)\b[^"“]*$/.exec(before);
    const speaker = cue ? names.filter((n) => n.type === 'person' && n.end <= q.start).pop() : undefined;
    const cueStart = cue ? q.start - before.length + cue.index : 0;
    return {
      kind: 'direct' as const,
      start: q.start,
      end: q.end,
      source: speaker ? { start: speaker.start, end: speaker.end, text: speaker.text } : null,
      cue: cue ? { start: cueStart, end: cueStart + cue[1].length, text: cue[1] } : null,
    };
  });
}
