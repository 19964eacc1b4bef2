// The per-paragraph pass: the only place compromise runs. Everything it returns is local to the
// paragraph and depends on nothing but the paragraph's text, so results can be cached by content.
import type { EntityType } from './model';
import type { NameFact, ParagraphFacts, QuoteFact, SpeechFact } from './facts';
import { getNlp, matchSpans, type Doc } from './nlp';

function names(doc: Doc, text: string): NameFact[] {
  const out: NameFact[] = [];
  const add = (view: Doc, type: EntityType) => {
    for (const s of matchSpans(view)) {
      let name = text.slice(s.start, s.end).replace(/['’]s$/, '').replace(/[.,;:!?]+$/, '');
      if (!name) continue;
      out.push({ start: s.start, end: s.start + name.length, text: name, type, roles: [] });
    }
  };
  add(doc.people(), 'person');
  add(doc.places(), 'place');
  add(doc.organizations(), 'organization');
  return out.sort((a, b) => a.start - b.start);
}

const OPEN = '"“';
const CLOSE = '"”';

function quotes(text: string): QuoteFact[] {
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

function speech(text: string, qs: QuoteFact[], ns: NameFact[]): SpeechFact[] {
  return qs.map((q) => {
    const before = text.slice(Math.max(0, q.start - 80), q.start);
    const cue = /\b(said|says|told)\b[^"“]*$/.exec(before);
    const speaker = cue ? ns.filter((n) => n.type === 'person' && n.end <= q.start).pop() : undefined;
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

export function analyzeParagraph(text: string): ParagraphFacts {
  const doc = getNlp()(text);
  const ns = names(doc, text);
  const qs = quotes(text);
  return { names: ns, quotes: qs, speech: speech(text, qs, ns), heading: false };
}
