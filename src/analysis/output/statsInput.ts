// Reading the map outputs that `claimlens stats --from-jsonl` merges: `claimlens/1` lines of
// `annotate --format jsonl` (with their "path") and `claimlens-stats/1` objects of earlier stats
// runs. Input comes from other machines and jobs: every field is checked, and a bad record is a
// clear message, never a crash or a silently wrong total.
import { SCHEMA, STANCES, type Analysis, type Claim, type Entity, type Stance } from '../model';
import { emptyBySourceType, orderedStances, SOURCE_TYPES, summarizeArticle, type ArticleSource, type ArticleStats } from './articleStats';
import { STATS_SCHEMA } from './stats';
import type { SourceType } from './sourceNames';

export class StatsInputError extends Error {}

/** The article records in one parsed JSON value (one line of a JSONL file, or a whole stats file). */
export function articleRecordsOf(value: unknown): ArticleStats[] {
  const o = asObject(value, 'a line');
  if (o.schema === SCHEMA) {
    if (typeof o.path !== 'string' || o.path === '') throw new StatsInputError('a claimlens/1 line without its "path" (use annotate --format jsonl)');
    return [summarizeArticle(o.path, toAnalysis(o))];
  }
  if (o.schema === STATS_SCHEMA) {
    if (!Array.isArray(o.articles)) throw new StatsInputError('a claimlens-stats/1 object without "articles"');
    return o.articles.map((a, i) => toArticleStats(a, `articles[${i}]`));
  }
  throw new StatsInputError(`not a claimlens/1 or claimlens-stats/1 object (schema ${JSON.stringify(o.schema ?? null)})`);
}

function toAnalysis(o: Record<string, unknown>): Analysis {
  const entities = asArray(o.entities, 'entities').map((e, i) => toEntity(e, `entities[${i}]`));
  const claims = asArray(o.claims, 'claims').map((c, i) => toClaim(c, `claims[${i}]`));
  return { schema: SCHEMA, entities, claims };
}

function toEntity(value: unknown, where: string): Entity {
  const e = asObject(value, where);
  const type = oneOf(e.type, ['person', 'place', 'organization'] as const, `${where}.type`);
  return {
    id: str(e.id, `${where}.id`),
    type,
    name: str(e.name, `${where}.name`),
    aliases: asArray(e.aliases ?? [], `${where}.aliases`).map((a, i) => str(a, `${where}.aliases[${i}]`)),
    roles: [],
    mentions: asArray(e.mentions, `${where}.mentions`).map((m, i) => span(m, `${where}.mentions[${i}]`)),
  };
}

function toClaim(value: unknown, where: string): Claim {
  const c = asObject(value, where);
  const s = c.source === null || c.source === undefined ? null : asObject(c.source, `${where}.source`);
  const cue = c.cue === null || c.cue === undefined ? null : asObject(c.cue, `${where}.cue`);
  const claim: Claim = {
    id: str(c.id, `${where}.id`),
    kind: oneOf(c.kind, ['direct', 'reported'] as const, `${where}.kind`),
    ...span(c, where),
    text: str(c.text, `${where}.text`),
    source: s
      ? {
          name: str(s.name, `${where}.source.name`),
          entityId: s.entityId === null || s.entityId === undefined ? null : str(s.entityId, `${where}.source.entityId`),
          start: 0,
          end: 0,
          text: '',
          confidence: 0,
        }
      : null,
    cue: cue ? { text: '', start: 0, end: 0, stance: oneOf(cue.stance ?? 'neutral', STANCES, `${where}.cue.stance`) } : null,
  };
  if (c.quoted !== undefined) claim.quoted = asArray(c.quoted, `${where}.quoted`).map((q, i) => span(q, `${where}.quoted[${i}]`));
  return claim;
}

function toArticleStats(value: unknown, where: string): ArticleStats {
  const a = asObject(value, where);
  const bySourceType = emptyBySourceType();
  const types = asObject(a.bySourceType, `${where}.bySourceType`);
  for (const t of SOURCE_TYPES) bySourceType[t] = count(types[t] ?? 0, `${where}.bySourceType.${t}`);
  const stances = asObject(a.byStance ?? {}, `${where}.byStance`);
  const byStance: Partial<Record<Stance, number>> = {};
  for (const [k, n] of Object.entries(stances)) byStance[oneOf(k, STANCES, `${where}.byStance key`)] = count(n, `${where}.byStance.${k}`);
  return {
    path: str(a.path, `${where}.path`),
    ...tally(a, where),
    bySourceType,
    byStance: orderedStances(byStance),
    sources: asArray(a.sources, `${where}.sources`).map((s, i) => toArticleSource(s, `${where}.sources[${i}]`)),
  };
}

function toArticleSource(value: unknown, where: string): ArticleSource {
  const s = asObject(value, where);
  return {
    name: str(s.name, `${where}.name`),
    type: oneOf(s.type, ['person', 'organization', 'unnamed'] as const, `${where}.type`) as SourceType,
    aliases: asArray(s.aliases ?? [], `${where}.aliases`).map((a, i) => str(a, `${where}.aliases[${i}]`)),
    mentions: count(s.mentions ?? 0, `${where}.mentions`),
    ...tally(s, where),
  };
}

function tally(o: Record<string, unknown>, where: string) {
  return {
    claims: count(o.claims, `${where}.claims`),
    direct: count(o.direct, `${where}.direct`),
    reported: count(o.reported, `${where}.reported`),
    wordsQuoted: count(o.wordsQuoted ?? 0, `${where}.wordsQuoted`),
  };
}

function asObject(v: unknown, where: string): Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new StatsInputError(`${where}: not a JSON object`);
  return v as Record<string, unknown>;
}

function asArray(v: unknown, where: string): unknown[] {
  if (!Array.isArray(v)) throw new StatsInputError(`${where}: not an array`);
  return v;
}

function str(v: unknown, where: string): string {
  if (typeof v !== 'string') throw new StatsInputError(`${where}: not a string`);
  return v;
}

function count(v: unknown, where: string): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) throw new StatsInputError(`${where}: not a count`);
  return v;
}

function span(v: unknown, where: string): { start: number; end: number } {
  const o = asObject(v, where);
  const start = count(o.start, `${where}.start`);
  const end = count(o.end, `${where}.end`);
  if (end < start) throw new StatsInputError(`${where}: end before start`);
  return { start, end };
}

function oneOf<T extends string>(v: unknown, allowed: readonly T[], where: string): T {
  if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
  throw new StatsInputError(`${where}: ${JSON.stringify(v)} is not one of ${allowed.join(', ')}`);
}
