// Document pass over speech facts: claims with sources resolved to entities (names, pronouns,
// role nouns), follow-on quotes, quotes running over paragraphs. Near-linear in the number of facts
// plus name mentions: every look-up is a binary search or a bounded look back (coref.ts).
import type { Claim, ClaimSource, Cue, Entity } from '../model';
import type { EntityIndex, PlacedFacts, SpeechFact } from '../facts';
import { foldKey } from '../text/text';
import { resolvePronoun, SpeakerMemory } from './coref';
import { stanceOf } from '../lexicon/speechVerbs';

type Placed = { p: PlacedFacts; f: SpeechFact; pi: number };

export function buildClaims(text: string, paragraphs: PlacedFacts[], index: EntityIndex): Claim[] {
  const claims: Claim[] = [];
  const memory = new SpeakerMemory(text, index);
  const byFold = nameLookup(index.entities);
  const byId = new Map(index.entities.map((e) => [e.id, e]));
  /** The last attributed claim, when it closed its paragraph: a cue-less quote opening the next paragraph is its speaker's. */
  let lastSpoken: { claim: Claim; paragraph: number } | undefined;
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi];
    // Only paragraphs with a nested "I think …" read it: most never need one.
    let quoteSources: Map<number, ClaimSource | null> | undefined;
    const intro = lastSpoken && lastSpoken.paragraph === pi - 1 && lastSpoken.claim.text === '' ? lastSpoken.claim : undefined;
    const statement = intro && introducedStatement(text, paragraphs[pi - 1], p, intro, claims.length + 1);
    if (statement) claims.push(statement);
    for (const f of p.facts.speech) {
      const at: Placed = { p, f, pi };
      let source = resolve(text, at, index, memory, byFold);
      if (f.quotedBy !== undefined && f.source && /^(i|we|me|us)$/i.test(f.source.text)) {
        // "I think …" inside X's quote is X's.
        const outer = quoteSources?.get(f.quotedBy);
        if (outer) source = { ...outer, start: p.start + f.source.start, end: p.start + f.source.end };
      }
      let cue = f.cue ? cueAt(text, p.start + f.cue.start, p.start + f.cue.end) : null;
      if (f.intro) {
        lastSpoken = { claim: { id: '', kind: 'direct', start: p.end, end: p.end, text: '', source, cue }, paragraph: pi };
        continue;
      }
      if (f.followOn && lastSpoken && lastSpoken.paragraph === pi - 1) {
        // A paragraph opening with an unattributed quote right after a quote of X (or after
        // "X said:") is X's.
        source = lastSpoken.claim.source;
        cue = lastSpoken.claim.cue;
      }
      const start = p.start + f.start;
      const end = p.start + f.end;
      const claim: Claim = { id: `c${claims.length + 1}`, kind: f.kind, start, end, text: text.slice(start, end), source, cue };
      claims.push(claim);
      if (f.kind === 'direct') (quoteSources ??= new Map()).set(f.start, source);
      if (f.kind === 'direct' || (source && f.quotedBy === undefined)) lastSpoken = { claim, paragraph: pi };
      if (f.kind === 'direct') memory.quote(start, end);
      const entity = source?.entityId ? byId.get(source.entityId) : undefined;
      if (entity && source) memory.spoke(entity, source.start);
      else if (source && f.source?.kind === 'noun') memory.spokeAnonymously(source, source.start);
    }
    // A paragraph that goes on after its last quote or report breaks the follow-on chain.
    const last = lastOwnFact(p.facts.speech);
    const endsParagraph = last && (last.kind === 'direct' || (last.source && p.end - p.start - last.end <= 2));
    if (!endsParagraph) lastSpoken = undefined;
  }
  return claims;
}

/** The paragraph's last claim of its own (not nested inside a quote). */
function lastOwnFact(speech: readonly SpeechFact[]): SpeechFact | undefined {
  for (let i = speech.length - 1; i >= 0; i--) if (speech[i].quotedBy === undefined) return speech[i];
  return undefined;
}

/** "The Church denied these allegations:" followed by the statement itself, unquoted, in the next paragraph. */
function introducedStatement(text: string, before: PlacedFacts, p: PlacedFacts, intro: Claim, n: number): Claim | undefined {
  if (!intro.source || !text.slice(before.start, before.end).trimEnd().endsWith(':')) return undefined;
  if (/^["“‘'«`„]/.test(text.slice(p.start, p.start + 1)) || p.facts.heading) return undefined;
  const body = text.slice(p.start, p.end).replace(/[\s.!?…]+$/, '');
  if (body.split(/\s+/).length < 5) return undefined;
  return { id: `c${n}`, kind: 'reported', start: p.start, end: p.start + body.length, text: body, source: intro.source, cue: intro.cue };
}

function cueAt(text: string, start: number, end: number): Cue {
  const words = text.slice(start, end);
  return { start, end, text: words, stance: stanceOf(words) };
}

function nameLookup(entities: Entity[]): Map<string, Entity | null> {
  // Folded full names and last words; an ambiguous last word maps to null (never guess).
  const map = new Map<string, Entity | null>();
  const add = (key: string, e: Entity) => {
    if (!key) return;
    const seen = map.get(key);
    map.set(key, seen === undefined || seen === e ? e : null);
  };
  for (const e of entities) {
    for (const n of [e.name, ...e.aliases]) {
      const k = foldKey(n);
      add(k, e);
      if (e.type === 'person') add(k.split(' ').pop() ?? '', e);
    }
  }
  return map;
}

/**
 * The entity a role noun names. A person must hold it as the head of a role: "the opposition" is
 * not the "opposition leader". Organisations may match by a word of their name or a synonym.
 */
function roleHolder(index: EntityIndex, memory: SpeakerMemory, noun: string, before: number): Entity | undefined {
  const e = index.byRoleNoun(noun, before);
  if (e && (e.type !== 'person' || memory.holdsRole(e, noun))) return e;
  return memory.byRole(noun, before);
}

/** `The secretary general of CEI, Nunzio Galantino, said`: a person named in apposition right after the source words. */
function apposedPerson(text: string, end: number, memory: SpeakerMemory): Entity | undefined {
  const m = /^\s*,\s*/.exec(text.slice(end, end + 4));
  if (!m) return undefined;
  const from = end + m[0].length;
  const person = memory.mentionsIn(from, from + 1).find((e) => e.type === 'person');
  return person;
}

function resolve(text: string, at: Placed, index: EntityIndex, memory: SpeakerMemory, byFold: Map<string, Entity | null>): ClaimSource | null {
  const { p, f } = at;
  if (!f.source) return null;
  const start = p.start + f.source.start;
  const end = p.start + f.source.end;
  const written = text.slice(start, end);
  const named = (e: Entity | undefined | null): ClaimSource => ({ start, end, name: e ? e.name : written, entityId: e ? e.id : null, text: written, confidence: e ? 0.9 : 0.6 });
  switch (f.source.kind) {
    case 'name': {
      // "O'Connell Shipping's chairman": the holder of a role at the named body, not the body.
      // (the cheap test first: most source words have no possessive)
      const owner = /['’]s\s/.test(written) ? /^(.*\S)['’]s\s+(\p{Ll}[\p{L}-]*)$/u.exec(written) : null;
      if (owner) return named(roleHolder(index, memory, owner[2], start));
      const inside = memory.mentionsIn(start, end);
      const best = inside.find((e) => e.type === 'person') ?? apposedPerson(text, end, memory) ?? inside.find((e) => e.type === 'organization') ?? inside[0];
      if (best) return named(best);
      const words = foldKey(written).split(' ');
      for (let k = 0; k < words.length; k++) {
        const hit = byFold.get(words.slice(k).join(' '));
        if (hit) return named(hit);
      }
      return named(undefined);
    }
    case 'pronoun': {
      const r = resolvePronoun(written, start, p.start + f.sentenceStart, memory);
      if (r && 'id' in r) return named(r);
      return r ? { start, end, name: r.name, entityId: r.entityId, text: written, confidence: 0.7 } : named(undefined);
    }
    case 'noun': {
      const words = written.toLowerCase().split(/\s+/);
      const head = words[words.length - 1];
      if (/^(a|an|one|some|several|many|two|three|other|unnamed|anonymous)$/.test(words[0]) || words.length === 1) {
        return named(undefined);
      }
      const inside = memory.mentionsIn(start, end);
      const apposed = apposedPerson(text, end, memory);
      if (apposed) return named(apposed);
      if (inside.length) return named(inside[0]);
      return named(roleHolder(index, memory, head, start));
    }
  }
}
