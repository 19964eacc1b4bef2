// Writing a review file so it diffs and merges well in git: a fixed key order, one item per line,
// items in a stable order (claims by position hint, entities by first name), defaults left out.
import type { ClaimItem, EntityItem, ReviewFile } from './model';

export function serializeReview(review: ReviewFile): string {
  const claims = [...review.claims].sort((a, b) => a.target.start - b.target.start || a.target.end - b.target.end || cmp(a.id, b.id));
  const entities = [...review.entities].sort((a, b) => cmp(a.names[0].toLowerCase(), b.names[0].toLowerCase()) || cmp(a.id, b.id));
  const members = [
    `  "schema": ${JSON.stringify(review.schema)}`,
    list('claims', claims.map(claimJson)),
    list('entities', entities.map(entityJson)),
    ...Object.entries(review.extra ?? {}).map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`),
  ];
  return `{\n${members.join(',\n')}\n}\n`;
}

function list(key: string, items: string[]): string {
  if (items.length === 0) return `  ${JSON.stringify(key)}: []`;
  return `  ${JSON.stringify(key)}: [\n${items.map((line) => `    ${line}`).join(',\n')}\n  ]`;
}

/** One line; keys in schema order, then unknown keys as they were read. */
export function claimJson(item: ClaimItem): string {
  const t = item.target;
  const o: Record<string, unknown> = {
    id: item.id,
    target: { exact: t.exact, prefix: t.prefix, suffix: t.suffix, start: t.start, end: t.end },
    verdict: item.verdict,
  };
  if (item.note) o.note = item.note;
  if (item.source) o.source = { name: item.source.name };
  if (item.hidden) o.hidden = true;
  if (item.added) o.added = true;
  o.kind = item.kind;
  if (item.updated) o.updated = item.updated;
  return inline({ ...o, ...withoutKnown(item.extra, o) });
}

export function entityJson(item: EntityItem): string {
  const o: Record<string, unknown> = { id: item.id, names: item.names };
  if (item.type) o.type = item.type;
  if (item.canonical) o.canonical = item.canonical;
  if (item.ignore) o.ignore = true;
  if (item.updated) o.updated = item.updated;
  return inline({ ...o, ...withoutKnown(item.extra, o) });
}

function withoutKnown(extra: Record<string, unknown> | undefined, known: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(extra ?? {}).filter(([k]) => !(k in known)));
}

/** JSON on one line with a space after `:` and `,` between members, for readable diffs. */
function inline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  if (value && typeof value === 'object') {
    const members = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`);
    return `{ ${members.join(', ')} }`;
  }
  return JSON.stringify(value);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
