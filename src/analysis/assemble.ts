// Document-level passes over all paragraphs' facts, then offsets mapped back to the caller's text.
// Cheap compared with the per-paragraph pass.
import type { Analysis, Claim, Span } from './model';
import { SCHEMA } from './model';
import type { PlacedFacts } from './facts';
import type { PreparedText } from './text/text';
import { buildEntityIndex } from './entities/aliases';
import { buildClaims, type AttributionTrace } from './claims/buildClaims';

export function assemble(prepared: PreparedText, paragraphs: PlacedFacts[], trace?: AttributionTrace): Analysis {
  const { original, toOriginal, toOriginalStart } = prepared;
  // One monotone map for starts and ends, so spans that touch stay apart (a claim never grows into
  // its source); only a span inside one character NFC changed is widened, not collapsed.
  const map = <T extends Span>(s: T): T => {
    const start = toOriginal(s.start);
    const end = toOriginal(s.end);
    return { ...s, start: start < end ? start : toOriginalStart(s.start), end };
  };
  const index = buildEntityIndex(prepared.text, paragraphs);
  const traced: AttributionTrace | undefined = trace && ((claim, candidates, chosen) => trace(map(claim), candidates.map((c) => ({ ...c, source: map(c.source) })), chosen && { ...chosen, source: map(chosen.source) }));
  const claims = buildClaims(prepared.text, paragraphs, index, traced);
  // Names and texts are re-read from the caller's text so they match what the user sees.
  const entities = index.entities.map((e) => {
    const mentions = e.mentions.map(map);
    const spellings = [...new Set(mentions.map((m) => original.slice(m.start, m.end)))];
    const name = spellings.find((s) => s.normalize('NFC') === e.name.normalize('NFC')) ?? e.name;
    return { ...e, name, aliases: spellings.filter((s) => s !== name), mentions };
  });
  const nameOf = new Map(entities.map((e) => [e.id, e.name]));
  const mapped = claims.map((c) => mapClaim(c, map, original, nameOf));
  return { schema: SCHEMA, entities, claims: mapped };
}

/** A claim's spans into the caller's text, its words re-read from it, its source named as the entity now is. */
function mapClaim(c: Claim, map: <T extends Span>(s: T) => T, original: string, nameOf: Map<string, string>): Claim {
  const s = map(c);
  const out: Claim = { ...s, text: original.slice(s.start, s.end), source: null, cue: null };
  if (c.source) {
    const m = map(c.source);
    out.source = { ...m, text: original.slice(m.start, m.end), name: (c.source.entityId !== null ? nameOf.get(c.source.entityId) : undefined) ?? c.source.name };
  }
  if (c.cue) {
    const q = map(c.cue);
    out.cue = { ...q, text: original.slice(q.start, q.end) };
  }
  if (c.quoted) out.quoted = c.quoted.map((q) => map(q));
  return out;
}
