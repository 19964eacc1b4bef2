// Document-level passes over all paragraphs' facts, then offsets mapped back to the caller's text.
// Cheap compared with the per-paragraph pass.
import type { Analysis, Span } from './model';
import { SCHEMA } from './model';
import type { PlacedFacts } from './facts';
import type { PreparedText } from './text/text';
import { buildEntityIndex } from './entities/aliases';
import { buildClaims } from './claims/buildClaims';

export function assemble(prepared: PreparedText, paragraphs: PlacedFacts[]): Analysis {
  const index = buildEntityIndex(prepared.text, paragraphs);
  const claims = buildClaims(prepared.text, paragraphs, index);
  const { original, toOriginal, toOriginalStart } = prepared;
  // One monotone map for starts and ends, so spans that touch stay apart (a claim never grows into
  // its source); only a span inside one character NFC changed is widened, not collapsed.
  const map = <T extends Span>(s: T): T => {
    const start = toOriginal(s.start);
    const end = toOriginal(s.end);
    return { ...s, start: start < end ? start : toOriginalStart(s.start), end };
  };
  // Names and texts are re-read from the caller's text so they match what the user sees.
  const entities = index.entities.map((e) => {
    const mentions = e.mentions.map(map);
    const spellings = [...new Set(mentions.map((m) => original.slice(m.start, m.end)))];
    const name = spellings.find((s) => s.normalize('NFC') === e.name.normalize('NFC')) ?? e.name;
    return { ...e, name, aliases: spellings.filter((s) => s !== name), mentions };
  });
  const nameOf = new Map(entities.map((e) => [e.id, e.name]));
  const mapped = claims.map((c) => {
    const s = map(c);
    return {
      ...s,
      text: original.slice(s.start, s.end),
      source: c.source ? (() => { const m = map(c.source!); return { ...m, text: original.slice(m.start, m.end), name: (c.source!.entityId !== null ? nameOf.get(c.source!.entityId) : undefined) ?? c.source!.name }; })() : null,
      cue: c.cue ? (() => { const q = map(c.cue!); return { ...q, text: original.slice(q.start, q.end) }; })() : null,
    };
  });
  return { schema: SCHEMA, entities, claims: mapped };
}
