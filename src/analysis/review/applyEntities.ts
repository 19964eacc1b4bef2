// Name corrections on top of an analysis: merge cards, change a type, choose the canonical name,
// drop a card that is not a name. Items find their cards by name form (accent- and case-blind),
// never by id, because ids change with the analyser.
import type { Entity, EntityEdit, OrphanedItem } from '../model';
import { foldKey } from '../text/text';
import type { EntityItem } from './model';

export interface EntitiesResult {
  entities: Entity[];
  /** Old entity id -> new id (merged, retyped) or null (ignored); resolve with `resolveId`. */
  redirect: Map<string, string | null>;
  ignored: Array<{ entity: Entity; itemId: string }>;
  /** Reviewed entity id -> ids of the items that changed it. */
  itemsByEntity: Map<string, string[]>;
  orphaned: OrphanedItem[];
}

/** Follows redirects (a card merged, then retyped); undefined: unchanged; null: ignored. */
export function resolveId(redirect: Map<string, string | null>, id: string): string | null {
  let current: string | null = id;
  for (let hops = 0; current !== null && redirect.has(current) && hops < 100; hops++) current = redirect.get(current) ?? null;
  return current;
}

export function nameForms(entity: Entity): string[] {
  return [entity.name, ...entity.aliases];
}

export function applyEntityItems(original: readonly Entity[], items: readonly EntityItem[]): EntitiesResult {
  let entities = original.map((e) => ({ ...e }));
  const out: EntitiesResult = { entities, redirect: new Map(), ignored: [], itemsByEntity: new Map(), orphaned: [] };
  for (const item of [...items].sort(byUpdated)) {
    const keys = new Set(item.names.map(foldKey).filter(Boolean));
    const matches = entities.filter((e) => nameForms(e).some((n) => keys.has(foldKey(n))));
    if (matches.length === 0) {
      out.orphaned.push({ kind: 'entity', id: item.id, reason: 'names-not-found', names: [...item.names] });
      continue;
    }
    if (item.ignore) {
      for (const e of matches) {
        out.redirect.set(e.id, null);
        out.ignored.push({ entity: e, itemId: item.id });
      }
      entities = entities.filter((e) => !matches.includes(e));
      continue;
    }
    const survivor = matches.length > 1 ? merge(matches, item, out.redirect) : matches[0];
    if (matches.length > 1) entities = entities.filter((e) => e === survivor || !matches.includes(e));
    if (item.type && item.type !== survivor.type) retype(survivor, item.type);
    if (item.canonical && item.canonical !== survivor.name) rename(survivor, item.canonical);
    const list = out.itemsByEntity.get(survivor.id) ?? [];
    list.push(item.id);
    out.itemsByEntity.set(survivor.id, list);
  }
  // A card that took items and was later merged into another: its items belong to the survivor.
  for (const [id, list] of [...out.itemsByEntity]) {
    const final = resolveId(out.redirect, id);
    if (final === id) continue;
    out.itemsByEntity.delete(id);
    if (final !== null) out.itemsByEntity.set(final, [...(out.itemsByEntity.get(final) ?? []), ...list]);
  }
  out.entities = entities;
  return out;
}

function byUpdated(a: { updated: string }, b: { updated: string }): number {
  return a.updated < b.updated ? -1 : a.updated > b.updated ? 1 : 0;
}

function mark(entity: Entity, edit: EntityEdit): void {
  entity.edited = [...new Set([...(entity.edited ?? []), edit])];
}

/** Joins the cards into the one named canonical (or the most mentioned), redirecting the others. */
function merge(matches: Entity[], item: EntityItem, redirect: Map<string, string | null>): Entity {
  const wanted = item.canonical ? foldKey(item.canonical) : undefined;
  const survivor =
    matches.find((e) => wanted !== undefined && foldKey(e.name) === wanted) ??
    [...matches].sort((a, b) => b.mentions.length - a.mentions.length || firstMention(a) - firstMention(b))[0];
  const seen = new Set<string>();
  const mentions = matches
    .flatMap((e) => e.mentions)
    .filter((m) => !seen.has(`${m.start}:${m.end}`) && seen.add(`${m.start}:${m.end}`))
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((m) => ({ start: m.start, end: m.end }));
  const aliases = unique(matches.flatMap(nameForms)).filter((n) => n !== survivor.name);
  Object.assign(survivor, { mentions, aliases, roles: unique(matches.flatMap((e) => e.roles)) });
  for (const e of matches) if (e !== survivor) redirect.set(e.id, survivor.id);
  mark(survivor, 'merged');
  return survivor;
}

/** The id stays: ids are opaque, and a stable id keeps the views' expansion and reveal working. */
function retype(entity: Entity, type: Entity['type']): void {
  entity.type = type;
  mark(entity, 'type');
}

function rename(entity: Entity, canonical: string): void {
  entity.aliases = unique([entity.name, ...entity.aliases]).filter((a) => a !== canonical);
  entity.name = canonical;
  mark(entity, 'name');
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function firstMention(e: Entity): number {
  return e.mentions.reduce((min, m) => Math.min(min, m.start), Number.POSITIVE_INFINITY);
}
