// Three-way merge of review files, per item, for a file changed on disk (another editor, a git
// pull) while ClaimLens holds unsaved changes. Base: what ClaimLens last read or wrote; ours: what
// it holds now; theirs: the file on disk now. An item changed on one side takes that change; an
// item changed on both sides differently is a conflict: both versions are kept (theirs as a copy
// with its own id) and the caller asks the user which to keep. Nothing is overwritten silently.
import type { ClaimItem, EntityItem, ReviewFile } from './model';
import { claimJson, entityJson } from './serialize';

export interface ReviewConflict {
  section: 'claims' | 'entities';
  id: string;
  /** Our version; undefined when we removed it (reverted to automatic). */
  ours?: ClaimItem | EntityItem;
  /** Their version; undefined when they removed it. */
  theirs?: ClaimItem | EntityItem;
  /** Id of the copy of their version kept in the merged file (when both still have the item). */
  copyId?: string;
}

export interface MergeResult {
  merged: ReviewFile;
  conflicts: ReviewConflict[];
}

export function mergeReviews(base: ReviewFile, ours: ReviewFile, theirs: ReviewFile): MergeResult {
  const conflicts: ReviewConflict[] = [];
  const claims = mergeItems('claims', base.claims, ours.claims, theirs.claims, claimJson, conflicts);
  const entities = mergeItems('entities', base.entities, ours.entities, theirs.entities, entityJson, conflicts);
  const merged: ReviewFile = { schema: ours.schema, claims, entities };
  const extra = { ...(theirs.extra ?? {}), ...(ours.extra ?? {}) };
  if (Object.keys(extra).length > 0) merged.extra = extra;
  return { merged, conflicts };
}

function mergeItems<T extends ClaimItem | EntityItem>(
  section: ReviewConflict['section'],
  base: T[],
  ours: T[],
  theirs: T[],
  render: (item: T) => string,
  conflicts: ReviewConflict[],
): T[] {
  const b = byId(base);
  const o = byId(ours);
  const t = byId(theirs);
  // Content without the time stamp: two sides that made the same change agree.
  const same = (x: T | undefined, y: T | undefined) => (x && y ? render({ ...x, updated: '' }) === render({ ...y, updated: '' }) : x === y);
  const ids = [...new Set([...o.keys(), ...t.keys(), ...b.keys()])];
  const out: T[] = [];
  for (const id of ids) {
    const [bi, oi, ti] = [b.get(id), o.get(id), t.get(id)];
    if (same(oi, ti)) {
      const newer = oi && ti && ti.updated > oi.updated ? ti : oi;
      if (newer) out.push(newer);
    } else if (same(oi, bi)) {
      if (ti) out.push(ti);
    } else if (same(ti, bi)) {
      if (oi) out.push(oi);
    } else {
      // Changed on both sides: keep both, and say so.
      const conflict: ReviewConflict = { section, id, ours: oi, theirs: ti };
      if (oi) out.push(oi);
      if (oi && ti) {
        const copyId = uniqueId(`${id}-theirs`, [...o.keys(), ...t.keys()]);
        out.push({ ...ti, id: copyId });
        conflict.copyId = copyId;
      } else if (ti) {
        out.push(ti);
      }
      conflicts.push(conflict);
    }
  }
  return out;
}

function byId<T extends { id: string }>(items: T[]): Map<string, T> {
  return new Map(items.map((i) => [i.id, i]));
}

function uniqueId(wanted: string, taken: string[]): string {
  let id = wanted;
  for (let n = 2; taken.includes(id); n++) id = `${wanted}-${n}`;
  return id;
}

/** Resolves one conflict of a merged file: keep ours (drop their copy) or theirs (replace ours). */
export function resolveConflict(review: ReviewFile, conflict: ReviewConflict, keep: 'ours' | 'theirs'): ReviewFile {
  const section = conflict.section;
  const items = review[section] as Array<ClaimItem | EntityItem>;
  let next: Array<ClaimItem | EntityItem>;
  if (keep === 'ours') {
    next = conflict.ours
      ? items.filter((i) => i.id !== conflict.copyId)
      : items.filter((i) => i.id !== conflict.id); // we had removed it: remove their change too
  } else {
    const theirs = conflict.theirs;
    next = items.filter((i) => i.id !== conflict.copyId && i.id !== conflict.id);
    if (theirs) next.push({ ...theirs, id: conflict.id });
  }
  return { ...review, [section]: next } as ReviewFile;
}
