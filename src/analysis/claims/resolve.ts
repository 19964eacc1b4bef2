// Source words to who they are: a name to its entity, a pronoun to its antecedent, a role noun
// ("the minister", "the firm") to the entity holding that role. Used by the document pass for
// every candidate of every claim, so each look-up is a map hit, a binary search or a bounded walk.
import type { ClaimSource, Entity } from '../model';
import type { EntityIndex, SourceWords } from '../facts';
import { foldKey } from '../text/text';
import { resolvePronoun, type SpeakerMemory } from './coref';
import { isFragment } from './features';
import { SPEAKS_FOR_NOUNS } from '../lexicon/names';
import { THIRD_PERSON_POSSESSIVE } from '../lexicon/pronouns';

export interface Resolved {
  /** Confidence is the ranker's to set. */
  source: Omit<ClaimSource, 'confidence'>;
  entity: Entity | undefined;
  /** A pronoun or role noun that found a named source that is no entity ("the opposition"). */
  resolvedWords: boolean;
}


const QUANTIFIED = /^(a|an|one|some|several|many|two|three|other|unnamed|anonymous)$/;

export class SourceResolver {
  private readonly byFold: Map<string, Entity | null>;

  constructor(
    private readonly text: string,
    private readonly index: EntityIndex,
    private readonly memory: SpeakerMemory,
  ) {
    this.byFold = nameLookup(index.entities);
  }

  /**
   * `words` at paragraph-local offsets, the paragraph starting at `offset`. `firstPerson` is who
   * "I" is when the article says so (an interview's answers).
   */
  resolve(words: SourceWords, offset: number, sentenceStart: number, firstPerson?: Entity): Resolved {
    const start = offset + words.start;
    const end = offset + words.end;
    const written = this.text.slice(start, end);
    // An entity whose name names no one (a stray "Q", "R-S.C") is never a source's name.
    const named = (found: Entity | undefined | null): Resolved => {
      const e = found && !isFragment(found.name) ? found : undefined;
      return {
        source: { start, end, name: e ? e.name : written, entityId: e ? e.id : null, text: written },
        entity: e,
        resolvedWords: false,
      };
    };
    switch (words.kind) {
      case 'name':
        return named(this.name(written, start, end));
      case 'pronoun': {
        if (firstPerson && /^(i|me|my)$/i.test(written)) return named(firstPerson);
        const r = resolvePronoun(written, start, sentenceStart, this.memory);
        if (r && 'id' in r) return named(r);
        if (!r) return named(undefined);
        return { source: { start, end, name: r.name, entityId: r.entityId, text: written }, entity: undefined, resolvedWords: true };
      }
      case 'noun':
        return named(this.noun(written, start, end, sentenceStart));
    }
  }

  private name(written: string, start: number, end: number): Entity | undefined {
    // "O'Connell Shipping's chairman": the holder of a role at the named body, not the body.
    // (the cheap test first: most source words have no possessive)
    // "Carter's press secretary, Peter Cook,": the person named in apposition holds it.
    const owner = /['’]s\s/.test(written) ? /^(.*\S)['’]s\s+((?:\p{Ll}[\p{L}-]*\s*)+)$/u.exec(written) : null;
    if (owner) {
      const noun = owner[2].trim().split(/\s+/).pop()!;
      const held = this.apposedPerson(end) ?? this.roleHolder(noun, start);
      // "Lott's campaign said": no one else holds it, so it speaks for Lott.
      return held ?? (SPEAKS_FOR_NOUNS.has(noun) ? this.name(owner[1], start, start + owner[1].length) : undefined);
    }
    const inside = this.memory.mentionsIn(start, end);
    // "Varga attorney Ana Lott": the head of the phrase is its last person, not a name modifying it.
    const person = inside.filter((e) => e.type === 'person').pop();
    const best = person ?? this.apposedPerson(end) ?? inside.find((e) => e.type === 'organization') ?? inside[0];
    if (best) return best;
    const folded = foldKey(written).split(' ');
    for (let k = 0; k < folded.length; k++) {
      const hit = this.byFold.get(folded.slice(k).join(' '));
      if (hit) return hit;
    }
    return undefined;
  }

  private noun(written: string, start: number, end: number, sentenceStart: number): Entity | undefined {
    const words = written.toLowerCase().split(/\s+/);
    if (QUANTIFIED.test(words[0]) || words.length === 1) return undefined;
    const apposed = this.apposedPerson(end);
    if (apposed) return apposed;
    const inside = this.memory.mentionsIn(start, end);
    if (inside.length) return inside[0];
    const head = words[words.length - 1];
    const held = this.roleHolder(head, start);
    if (held || !THIRD_PERSON_POSSESSIVE.test(words[0]) || !SPEAKS_FOR_NOUNS.has(head)) return held;
    // "her campaign said": whoever "her" is speaks through it.
    const r = resolvePronoun(words[0], start, sentenceStart, this.memory);
    return r && 'id' in r ? r : undefined;
  }

  /**
   * The entity a role noun names. A person must hold it as the head of a role: "the opposition" is
   * not the "opposition leader". Organisations may match by a word of their name or a synonym.
   */
  private roleHolder(noun: string, before: number): Entity | undefined {
    const e = this.index.byRoleNoun(noun, before);
    if (e && (e.type !== 'person' || this.memory.holdsRole(e, noun))) return e;
    return this.memory.byRole(noun, before);
  }

  /** `The secretary general of CEI, Nunzio Galantino, said`: a person named in apposition right after the source words. */
  private apposedPerson(end: number): Entity | undefined {
    const m = /^\s*,\s*/.exec(this.text.slice(end, end + 4));
    if (!m) return undefined;
    const from = end + m[0].length;
    return this.memory.mentionsIn(from, from + 1).find((e) => e.type === 'person');
  }
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
