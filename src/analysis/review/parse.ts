// Reading a review file: JSON text in, a typed ReviewFile or one clear ReviewFileError out. It
// accepts exactly what schemas/claimlens-review.schema.json accepts (tests check the two agree
// with ajv), fills defaults, and keeps fields it does not know so a newer writer's data survives.
import { VERDICTS, type ClaimKind, type EntityType, type Verdict } from '../model';
import { REVIEW_SCHEMA, shortHash, type ClaimItem, type EntityItem, type ReviewFile, type TextTarget } from './model';

export class ReviewFileError extends Error {
  constructor(
    message: string,
    /** `json`: not JSON at all; `schema`: another schema name; `shape`: a field of the wrong shape. */
    readonly kind: 'json' | 'schema' | 'shape',
  ) {
    super(message);
    this.name = 'ReviewFileError';
  }
}

type Json = Record<string, unknown>;

const CLAIM_KEYS = ['id', 'target', 'verdict', 'note', 'source', 'hidden', 'added', 'kind', 'updated'];
const ENTITY_KEYS = ['id', 'names', 'type', 'canonical', 'ignore', 'updated'];
const TOP_KEYS = ['schema', 'claims', 'entities'];
const KINDS: readonly ClaimKind[] = ['direct', 'reported'];
const TYPES: readonly EntityType[] = ['person', 'place', 'organization'];

/** Parses and validates review file text. A leading byte order mark is ignored. */
export function parseReview(text: string): ReviewFile {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new ReviewFileError(`not valid JSON (${err instanceof Error ? err.message : String(err)})`, 'json');
  }
  return reviewFromJson(data);
}

export function reviewFromJson(data: unknown): ReviewFile {
  if (!isObject(data)) throw new ReviewFileError('not a review file: expected a JSON object', 'shape');
  if (data.schema !== REVIEW_SCHEMA) {
    const named = typeof data.schema === 'string' ? `unknown schema "${data.schema}"` : 'no "schema" field';
    throw new ReviewFileError(`${named}: this version of ClaimLens reads ${REVIEW_SCHEMA}`, 'schema');
  }
  const claims = optionalArray(data, 'claims', '').map((c, i) => claimItem(c, `claims[${i}]`));
  const entities = optionalArray(data, 'entities', '').map((e, i) => entityItem(e, `entities[${i}]`));
  uniqueIds(claims, 'c');
  uniqueIds(entities, 'e');
  const review: ReviewFile = { schema: REVIEW_SCHEMA, claims, entities };
  return withExtra(review, data, TOP_KEYS);
}

function claimItem(v: unknown, at: string): ClaimItem {
  const o = object(v, at);
  const target = textTarget(o.target, `${at}.target`);
  const source = o.source === undefined ? undefined : { name: string(object(o.source, `${at}.source`).name, `${at}.source.name`, 1) };
  const item: ClaimItem = {
    id: o.id === undefined ? '' : string(o.id, `${at}.id`, 1),
    target,
    verdict: o.verdict === undefined ? 'unreviewed' : oneOf(o.verdict, `${at}.verdict`, VERDICTS as readonly Verdict[]),
    note: o.note === undefined ? '' : string(o.note, `${at}.note`),
    hidden: o.hidden === undefined ? false : boolean(o.hidden, `${at}.hidden`),
    added: o.added === undefined ? false : boolean(o.added, `${at}.added`),
    kind: o.kind === undefined ? 'direct' : oneOf(o.kind, `${at}.kind`, KINDS),
    updated: o.updated === undefined ? '' : string(o.updated, `${at}.updated`),
  };
  if (source) item.source = source;
  return withExtra(item, o, CLAIM_KEYS);
}

function textTarget(v: unknown, at: string): TextTarget {
  const o = object(v, at);
  return {
    exact: string(o.exact, `${at}.exact`, 1),
    prefix: o.prefix === undefined ? '' : string(o.prefix, `${at}.prefix`),
    suffix: o.suffix === undefined ? '' : string(o.suffix, `${at}.suffix`),
    start: offset(o.start, `${at}.start`),
    end: offset(o.end, `${at}.end`),
  };
}

function entityItem(v: unknown, at: string): EntityItem {
  const o = object(v, at);
  if (!Array.isArray(o.names)) throw shape(`${at}.names`, 'must be an array of names');
  if (o.names.length === 0) throw shape(`${at}.names`, 'must hold at least one name');
  const item: EntityItem = {
    id: o.id === undefined ? '' : string(o.id, `${at}.id`, 1),
    names: o.names.map((n, i) => string(n, `${at}.names[${i}]`, 1)),
    ignore: o.ignore === undefined ? false : boolean(o.ignore, `${at}.ignore`),
    updated: o.updated === undefined ? '' : string(o.updated, `${at}.updated`),
  };
  if (o.type !== undefined) item.type = oneOf(o.type, `${at}.type`, TYPES);
  if (o.canonical !== undefined) item.canonical = string(o.canonical, `${at}.canonical`, 1);
  return withExtra(item, o, ENTITY_KEYS);
}

/** Items written by hand may lack an id, or repeat one: give each a deterministic, unique id. */
function uniqueIds(items: Array<ClaimItem | EntityItem>, prefix: 'c' | 'e'): void {
  const seen = new Set<string>();
  for (const item of items) {
    const base = item.id || `${prefix}-h${shortHash(JSON.stringify('target' in item ? item.target : item.names))}`;
    let id = base;
    for (let n = 2; seen.has(id); n++) id = `${base}-${n}`;
    item.id = id;
    seen.add(id);
  }
}

function withExtra<T extends { extra?: Record<string, unknown> }>(item: T, source: Json, known: string[]): T {
  const extra: Record<string, unknown> = {};
  for (const [k, value] of Object.entries(source)) if (!known.includes(k)) extra[k] = value;
  if (Object.keys(extra).length > 0) item.extra = extra;
  return item;
}

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function shape(at: string, message: string): ReviewFileError {
  return new ReviewFileError(`${at}: ${message}`, 'shape');
}

function object(v: unknown, at: string): Json {
  if (!isObject(v)) throw shape(at, 'must be an object');
  return v;
}

function optionalArray(o: Json, key: string, at: string): unknown[] {
  const v = o[key];
  if (v === undefined) return [];
  if (!Array.isArray(v)) throw shape(at ? `${at}.${key}` : key, 'must be an array');
  return v;
}

function string(v: unknown, at: string, minLength = 0): string {
  if (typeof v !== 'string') throw shape(at, 'must be a string');
  if (v.length < minLength) throw shape(at, 'must not be empty');
  return v;
}

function boolean(v: unknown, at: string): boolean {
  if (typeof v !== 'boolean') throw shape(at, 'must be true or false');
  return v;
}

function offset(v: unknown, at: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw shape(at, 'must be a whole number, 0 or more');
  return v;
}

function oneOf<T extends string>(v: unknown, at: string, allowed: readonly T[]): T {
  if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
  throw shape(at, `must be one of ${allowed.join(', ')}`);
}
