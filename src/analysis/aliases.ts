// Document pass over name facts: one entity per real-world thing (alias merging), plus the index
// the claims pass uses to resolve sources.
import type { Entity } from './model';
import type { EntityIndex, PlacedFacts } from './facts';
import { foldKey, slug } from './text';

export function buildEntityIndex(text: string, paragraphs: PlacedFacts[]): EntityIndex {
  const byKey = new Map<string, Entity>();
  const entities: Entity[] = [];
  const mentions: EntityIndex['mentions'] = [];
  for (const p of paragraphs) {
    for (const n of p.facts.names) {
      const key = n.type + ':' + foldKey(n.text);
      let e = byKey.get(key);
      if (!e) {
        e = { id: `${n.type}:${slug(n.text)}`, type: n.type, name: n.text, aliases: [], roles: [], mentions: [] };
        byKey.set(key, e);
        entities.push(e);
      }
      const start = p.start + n.start;
      const end = p.start + n.end;
      e.mentions.push({ start, end });
      mentions.push({ start, end, entity: e });
      const written = text.slice(start, end);
      if (written !== e.name && !e.aliases.includes(written)) e.aliases.push(written);
      for (const r of n.roles) if (!e.roles.includes(r)) e.roles.push(r);
    }
  }
  return {
    entities,
    mentions,
    entityAt: (offset) => mentions.find((m) => m.start <= offset && offset < m.end)?.entity,
    genderOf: () => undefined,
    byRoleNoun: () => undefined,
  };
}
