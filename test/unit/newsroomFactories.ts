// Builders for the cross-article tests: hand-made analyses of short articles (only what a test is
// about), and the project's own newsroom fixtures (test/fixtures/newsroom/) analysed for real.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle } from '../../src/analysis';
import type { Analysis, Claim, ClaimKind, Entity, EntityType, Span } from '../../src/analysis/model';
import { projectRoot } from '../vscode/paths';
import { cue, source } from './factories';

export const NEWSROOM = path.join(projectRoot, 'test', 'fixtures', 'newsroom');

export interface ClaimSpec {
  kind?: ClaimKind;
  text: string;
  /** Source name, and the entity it resolves to (by name) or null for source words such as "officials". */
  by?: { name: string; entity?: string | null } | null;
  cue?: string;
  /** Reported claims: the verbatim fragments (substrings of text). */
  quoted?: string[];
}

/**
 * An analysis with the given entities (name, type, aliases, mention count) and claims. Offsets are
 * made up but consistent: each claim sits at its own place, fragments inside their claim.
 */
export function analysisOf(
  entities: Array<{ name: string; type: EntityType; aliases?: string[]; mentions?: number }>,
  claims: ClaimSpec[],
): Analysis {
  const ents: Entity[] = entities.map((e, i) => ({
    id: `${e.type}:${i}`,
    type: e.type,
    name: e.name,
    aliases: e.aliases ?? [],
    roles: [],
    mentions: Array.from({ length: e.mentions ?? 1 }, (_, k): Span => ({ start: 10_000 + i * 100 + k * 10, end: 10_000 + i * 100 + k * 10 + 5 })),
  }));
  const idOf = (name: string) => ents.find((e) => e.name === name)?.id ?? null;
  const out: Claim[] = claims.map((c, i) => {
    const start = i * 1000;
    const claim: Claim = {
      id: `c${i + 1}`,
      kind: c.kind ?? 'direct',
      start,
      end: start + c.text.length,
      text: c.text,
      source: c.by ? source(c.by.name, c.by.entity === undefined ? idOf(c.by.name) : c.by.entity === null ? null : idOf(c.by.entity), { start: start + 500, end: start + 505 }) : null,
      cue: c.cue ? cue(c.cue, { start: start + 600, end: start + 600 + c.cue.length }) : null,
    };
    if (c.quoted) claim.quoted = c.quoted.map((q) => ({ start: start + c.text.indexOf(q), end: start + c.text.indexOf(q) + q.length }));
    return claim;
  });
  return { schema: 'claimlens/1', entities: ents, claims: out };
}

/** The newsroom fixtures as a user's workspace has them: article files (the exported report included). */
export function newsroomFiles(): string[] {
  return fs.readdirSync(NEWSROOM).sort();
}

const analysed = new Map<string, Analysis>();

/** A newsroom fixture analysed by the core (once per test run). */
export function newsroomAnalysis(name: string): Analysis {
  let a = analysed.get(name);
  if (!a) {
    const text = fs.readFileSync(path.join(NEWSROOM, name), 'utf8');
    a = analyzeArticle(text, { languageId: /\.(md|markdown)$/.test(name) ? 'markdown' : 'plaintext' });
    analysed.set(name, a);
  }
  return a;
}
