// Document-level passes over all paragraphs' facts: alias merging into entities, then claims with
// their sources resolved to entities. Cheap compared with the per-paragraph pass.
import type { Analysis, Claim, Entity } from './model';
import { SCHEMA } from './model';
import type { ParagraphFacts } from './facts';
import { foldKey, slug, type PreparedText } from './text';

export interface PlacedFacts {
  /** Offset of the paragraph in the prepared text. */
  start: number;
  facts: ParagraphFacts;
}

export function assemble(prepared: PreparedText, paragraphs: PlacedFacts[]): Analysis {
  const { original, toOriginal } = prepared;
  const span = (s: number, e: number) => ({ start: toOriginal(s), end: toOriginal(e) });
  const byKey = new Map<string, Entity>();
  const entities: Entity[] = [];
  const mentionEntity = new Map<number, Entity>();
  for (const p of paragraphs) {
    for (const n of p.facts.names) {
      const key = n.type + ':' + foldKey(n.text);
      let e = byKey.get(key);
      if (!e) {
        e = { id: `${n.type}:${slug(n.text)}`, type: n.type, name: n.text, aliases: [], roles: [], mentions: [] };
        byKey.set(key, e);
        entities.push(e);
      }
      const s = span(p.start + n.start, p.start + n.end);
      e.mentions.push(s);
      mentionEntity.set(s.start, e);
      const written = original.slice(s.start, s.end);
      if (written !== e.name && !e.aliases.includes(written)) e.aliases.push(written);
      for (const r of n.roles) if (!e.roles.includes(r)) e.roles.push(r);
    }
  }
  const claims: Claim[] = [];
  for (const p of paragraphs) {
    for (const f of p.facts.speech) {
      const s = span(p.start + f.start, p.start + f.end);
      const src = f.source ? span(p.start + f.source.start, p.start + f.source.end) : null;
      const entity = src ? mentionEntity.get(src.start) : undefined;
      const cue = f.cue ? span(p.start + f.cue.start, p.start + f.cue.end) : null;
      claims.push({
        id: `c${claims.length + 1}`,
        kind: f.kind,
        ...s,
        text: original.slice(s.start, s.end),
        source: src ? { ...src, name: entity ? entity.name : original.slice(src.start, src.end), entityId: entity ? entity.id : null } : null,
        cue: cue ? { ...cue, text: original.slice(cue.start, cue.end) } : null,
      });
    }
  }
  return { schema: SCHEMA, entities, claims };
}
