// Reusable invariant checker for an Analysis: what must hold for ANY input text, however hostile.
// Used by the fuzz tests and the fuzz benchmark; other suites (worker pool, CLI) may call it too.
import type { Analysis, Claim, Span } from '../../src/analysis/model';
import { SCHEMA } from '../../src/analysis/model';

const ENTITY_TYPES = new Set(['person', 'place', 'organization']);
const CLAIM_KINDS = new Set(['direct', 'reported']);

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** True when `offset` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

function spanProblem(text: string, s: Partial<Span> | null | undefined, what: string): string | undefined {
  if (!s || typeof s !== 'object') return `${what}: not an object`;
  const { start, end } = s;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return `${what}: non-integer offsets ${String(start)}..${String(end)}`;
  if (!(0 <= start! && start! < end! && end! <= text.length)) return `${what}: bad span ${start}..${end} (text length ${text.length})`;
  if (splitsSurrogatePair(text, start!)) return `${what}: start ${start} splits a surrogate pair`;
  if (splitsSurrogatePair(text, end!)) return `${what}: end ${end} splits a surrogate pair`;
  return undefined;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Short, printable excerpt for failure messages (escapes control and invisible characters). */
export function show(s: string, max = 80): string {
  const cut = s.length > max ? s.slice(0, max) + `…(+${s.length - max})` : s;
  return JSON.stringify(cut).replace(/[\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Every violation of the output contract of `analyzeArticle(text)` (schema `claimlens/1`), as
 * readable messages; an empty list means the analysis is well-formed for this text.
 */
export function analysisProblems(text: string, analysis: Analysis): string[] {
  const problems: string[] = [];
  const bad = (m: string) => {
    if (problems.length < 50) problems.push(m);
  };
  if (!analysis || typeof analysis !== 'object') return ['analysis is not an object'];
  if (analysis.schema !== SCHEMA) bad(`schema is ${show(String(analysis.schema))}, expected ${SCHEMA}`);
  if (!Array.isArray(analysis.entities)) bad('entities is not an array');
  if (!Array.isArray(analysis.claims)) bad('claims is not an array');
  if (problems.length) return problems;

  const entityIds = new Set<string>();
  for (const e of analysis.entities) {
    const label = `entity ${show(String(e.id))}`;
    if (typeof e.id !== 'string' || e.id === '') bad(`${label}: empty id`);
    if (entityIds.has(e.id)) bad(`${label}: duplicate id`);
    entityIds.add(e.id);
    if (!ENTITY_TYPES.has(e.type)) bad(`${label}: unknown type ${show(String(e.type))}`);
    if (typeof e.name !== 'string' || e.name.trim() === '') bad(`${label}: empty name`);
    if (!Array.isArray(e.aliases) || !Array.isArray(e.roles) || !Array.isArray(e.mentions)) {
      bad(`${label}: aliases/roles/mentions must be arrays`);
      continue;
    }
    if (e.aliases.includes(e.name)) bad(`${label}: aliases repeat the name`);
    if (new Set(e.aliases).size !== e.aliases.length) bad(`${label}: duplicate aliases`);
    if (e.mentions.length === 0) bad(`${label}: no mentions`);
    let prev = -1;
    for (const m of e.mentions) {
      const p = spanProblem(text, m, `${label} mention`);
      if (p) {
        bad(p);
        continue;
      }
      if (m.start < prev) bad(`${label}: mentions out of text order at ${m.start}`);
      prev = m.start;
      const written = text.slice(m.start, m.end);
      if (written !== e.name && !e.aliases.includes(written)) {
        bad(`${label}: mention ${m.start}..${m.end} reads ${show(written)}, which is neither the name ${show(e.name)} nor an alias`);
      }
    }
  }

  const claimIds = new Set<string>();
  for (const c of analysis.claims) {
    const label = `claim ${show(String(c.id))}`;
    if (typeof c.id !== 'string' || c.id === '') bad(`${label}: empty id`);
    if (claimIds.has(c.id)) bad(`${label}: duplicate id`);
    claimIds.add(c.id);
    if (!CLAIM_KINDS.has(c.kind)) bad(`${label}: unknown kind ${show(String(c.kind))}`);
    const p = spanProblem(text, c, label);
    if (p) bad(p);
    else if (c.text !== text.slice(c.start, c.end)) bad(`${label}: text ${show(c.text)} != slice ${show(text.slice(c.start, c.end))}`);
    if (c.cue !== null) {
      const q = spanProblem(text, c.cue, `${label} cue`);
      if (q) bad(q);
      else if (c.cue.text !== text.slice(c.cue.start, c.cue.end)) bad(`${label}: cue text ${show(c.cue.text)} != slice ${show(text.slice(c.cue.start, c.cue.end))}`);
    }
    if (c.source !== null) {
      const s = spanProblem(text, c.source, `${label} source`);
      if (s) bad(s);
      else if (!p && overlaps(c, c.source) && !parenthetical(text, c)) bad(`${label}: claim ${c.start}..${c.end} overlaps its own source ${c.source.start}..${c.source.end}`);
      if (typeof c.source.name !== 'string' || c.source.name.trim() === '') bad(`${label}: source without a name`);
      if (c.source.entityId !== null && !entityIds.has(c.source.entityId)) bad(`${label}: source entity ${show(String(c.source.entityId))} does not exist`);
    }
  }
  return problems;
}

/** Throws with every violation listed (and the text, escaped) when the analysis breaks the contract. */
export function assertValidAnalysis(text: string, analysis: Analysis, context = ''): void {
  const problems = analysisProblems(text, analysis);
  if (problems.length) {
    throw new Error(`invalid analysis${context ? ' (' + context + ')' : ''} for text ${show(text, 300)}:\n  - ${problems.join('\n  - ')}`);
  }
}

/**
 * "The cleanup, analysts say, will take years": a reported claim may hold its attribution wholly
 * inside it, set off by commas or dashes; any other overlap of a claim and its source is a bug.
 */
function parenthetical(text: string, c: Claim): boolean {
  const s = c.source!;
  if (c.kind !== 'reported' || s.start <= c.start || s.end >= c.end) return false;
  const at = Math.min(s.start, c.cue?.start ?? s.start);
  const to = Math.max(s.end, c.cue?.end ?? s.end);
  return /[,—–]\s*(as\s+)?$/.test(text.slice(c.start, at)) && /^\s*[,—–]/.test(text.slice(to, c.end));
}
