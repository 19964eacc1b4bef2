// Who "he", "she", "it" and "the minister" are, for the claims pass. compromise's refersTo() takes
// the nearest person of the gender, which sends a pronoun to whoever was mentioned last (often an
// object: "met with Mulino … he unveiled"), so the rules here prefer subjects and speakers.
import type { Entity } from '../model';
import type { EntityIndex } from '../facts';
import { lowerBound, upperBound } from '../text/search';

type Gender = 'male' | 'female';
type Mention = EntityIndex['mentions'][number];

/** A resolved non-person source ("the opposition", "the agency") that "it"/"they" may refer back to. */
export interface NamedSource {
  name: string;
  entityId: string | null;
}

/** How far back (characters) a pronoun may reach for its antecedent. */
const REACH = 1500;
const PREPOSITION_BEFORE = /\b(by|of|to|with|against|for|from|before|after|about|on|at|in|into|toward|towards|than|between|under|over|like|met|meet|meets|told|tell|tells|accompanied|visit|visited)\s+$/i;

export class SpeakerMemory {
  private readonly mentions: Mention[];
  private readonly speakers: Array<{ entity: Entity; at: number }> = [];
  private readonly others: Array<{ source: NamedSource; at: number; plural: boolean }> = [];
  private readonly quoted: Array<{ start: number; end: number }> = [];
  private readonly genders = new Map<Entity, Gender | undefined>();
  private readonly heads = new Map<Entity, Set<string>>();

  constructor(
    readonly text: string,
    private readonly index: EntityIndex,
  ) {
    this.mentions = [...index.mentions].sort((a, b) => a.start - b.start);
  }

  /** Entities with a name mention overlapping [start, end). */
  mentionsIn(start: number, end: number): Entity[] {
    const out: Entity[] = [];
    for (let i = this.firstAtOrAfter(start - 200); i < this.mentions.length && this.mentions[i].start < end; i++) {
      const m = this.mentions[i];
      if (m.end > start) out.push(m.entity);
    }
    return out;
  }

  spoke(entity: Entity, at: number): void {
    if (entity.type === 'person') this.speakers.push({ entity, at });
    else this.others.push({ source: { name: entity.name, entityId: entity.id }, at, plural: false });
  }

  /** A source that is not a person entity ("the opposition", "officials"): a later "it"/"they" may mean it. */
  spokeAnonymously(source: NamedSource, at: number): void {
    this.others.push({ source, at, plural: /s$/i.test(source.name) && !/ss$/i.test(source.name) });
  }

  /** Direct quotes seen so far: names inside them are not candidates for pronouns outside. */
  quote(start: number, end: number): void {
    this.quoted.push({ start, end });
  }

  gender(e: Entity): Gender | undefined {
    if (this.genders.has(e)) return this.genders.get(e);
    let g: Gender | undefined = this.index.genderOf(e);
    if (!g) {
      for (const m of e.mentions) {
        const before = this.text.slice(Math.max(0, m.start - 6), m.start);
        if (/\b(Mr|Sir|Lord)\.?\s+$/.test(before)) g = 'male';
        else if (/\b(Mrs|Ms|Miss|Lady|Dame|Madam)\.?\s+$/.test(before)) g = 'female';
        if (g) break;
      }
    }
    if (!g) {
      const roles = e.roles.join(' ').toLowerCase();
      if (/\b(spokeswoman|chairwoman|businesswoman|actress|mother|wife|daughter|sister|queen|princess|congresswoman)\b/.test(roles)) g = 'female';
      else if (/\b(spokesman|chairman|businessman|actor|father|husband|son|brother|king|prince|congressman)\b/.test(roles)) g = 'male';
    }
    this.genders.set(e, g);
    return g;
  }

  /**
   * A role noun ("minister", "agency") to the entity whose role or name has it as its head word
   * ("Transport Minister", "Valmera Port Authority"), latest mention first. "opposition" does not
   * match "opposition leader": the head decides.
   */
  byRole(noun: string, before: number): Entity | undefined {
    const want = noun.toLowerCase();
    for (let i = this.firstAtOrAfter(before) - 1; i >= 0 && before - this.mentions[i].start < REACH * 2; i--) {
      const e = this.mentions[i].entity;
      if (this.roleHeads(e).has(want)) return e;
    }
    return undefined;
  }

  holdsRole(e: Entity, noun: string): boolean {
    return this.roleHeads(e).has(noun.toLowerCase());
  }

  /** Head words of an entity's roles (and of its name, unless a person): byRole asks for every mention it passes. */
  private roleHeads(e: Entity): Set<string> {
    let heads = this.heads.get(e);
    if (!heads) {
      heads = new Set<string>();
      for (const phrase of e.type !== 'person' ? [...e.roles, e.name] : e.roles) {
        const h = headWord(phrase);
        if (h !== undefined) heads.add(h);
      }
      this.heads.set(e, heads);
    }
    return heads;
  }

  /** Person mentions in [from, to) that can be a subject: not possessive, not after a preposition, not inside a quote. */
  subjects(from: number, to: number, type: Entity['type'] = 'person'): Entity[] {
    const out: Entity[] = [];
    for (let i = this.firstAtOrAfter(from); i < this.mentions.length && this.mentions[i].start < to; i++) {
      const m = this.mentions[i];
      if (m.entity.type !== type) continue;
      if (/^['’]s?\b/.test(this.text.slice(m.end, m.end + 2))) continue;
      if (PREPOSITION_BEFORE.test(this.text.slice(Math.max(0, m.start - 14), m.start))) continue;
      if (this.insideQuote(m.start)) continue;
      out.push(m.entity);
    }
    return out;
  }

  lastSpeaker(before: number, ok: (e: Entity) => boolean): Entity | undefined {
    for (let i = this.speakers.length - 1; i >= 0; i--) {
      const s = this.speakers[i];
      if (before - s.at > REACH * 2) break;
      if (ok(s.entity)) return s.entity;
    }
    return undefined;
  }

  lastOther(before: number, plural: boolean): NamedSource | undefined {
    for (let i = this.others.length - 1; i >= 0; i--) {
      const o = this.others[i];
      if (before - o.at > REACH) break;
      if (o.plural === plural || !plural) return o.source;
    }
    return undefined;
  }

  /** Quotes are recorded in text order and never overlap, so the last one starting before `pos` decides. */
  private insideQuote(pos: number): boolean {
    const q = this.quoted[upperBound(this.quoted, pos, (x) => x.start) - 1];
    return !!q && pos < q.end;
  }

  private firstAtOrAfter(offset: number): number {
    return lowerBound(this.mentions, offset, (m) => m.start);
  }
}

/** The head word of a role or name: its last word before any "of/at/for" complement. */
function headWord(phrase: string): string | undefined {
  const words = phrase.toLowerCase().split(/\s+(?:of|at|for|to|in|with|from)\s+/)[0].split(/[^\p{L}\p{N}-]+/u).filter(Boolean);
  return words[words.length - 1];
}

/** Start of the sentence before the one starting at `sentenceStart` (a rough look back for . ! ?). */
function previousSentenceStart(text: string, sentenceStart: number): number {
  const from = Math.max(0, sentenceStart - 600);
  const chunk = text.slice(from, Math.max(from, sentenceStart - 2));
  const re = /[.!?]["”’]?\s+/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(chunk)) !== null) last = m.index + m[0].length;
  return from + last;
}

/**
 * Resolves a pronoun source. he/she: an earlier subject of the same sentence, then the subject of
 * the previous sentence, then the last speaker, then the nearest person, all of matching gender.
 * it/they: the last non-person source. I/we/you stay as written (interviews name no speaker).
 */
const SUBJECT_FORM: Record<string, string> = { his: 'he', her: 'she', its: 'it', their: 'they' };

export function resolvePronoun(pronoun: string, at: number, sentenceStart: number, memory: SpeakerMemory): Entity | NamedSource | undefined {
  // A possessive ("his claim that …") refers as its subject form does.
  const word = SUBJECT_FORM[pronoun.toLowerCase()] ?? pronoun.toLowerCase();
  if (word === 'he' || word === 'she') {
    const want: Gender = word === 'he' ? 'male' : 'female';
    const prevStart = previousSentenceStart(memory.text, sentenceStart);
    const same = memory.subjects(sentenceStart, at);
    const prev = memory.subjects(prevStart, sentenceStart);
    const near = memory.subjects(Math.max(0, at - REACH), prevStart).reverse();
    // Subjects close by win unless their gender contradicts; further back, a known match beats an unknown.
    const fits = (e: Entity) => memory.gender(e) !== (want === 'male' ? 'female' : 'male');
    const hit = same.find(fits) ?? prev.find(fits);
    if (hit) return hit;
    for (const ok of [(e: Entity) => memory.gender(e) === want, (e: Entity) => memory.gender(e) === undefined]) {
      const far = memory.lastSpeaker(at, ok) ?? near.find(ok);
      if (far) return far;
    }
    return undefined;
  }
  if (word === 'it') {
    // An organisation that opens the previous sentence ("The council met on Monday. It said …"), else the last non-person source.
    const prevStart = previousSentenceStart(memory.text, sentenceStart);
    const org = memory.subjects(prevStart, sentenceStart, 'organization')[0];
    const first = org ? memory.mentionsIn(prevStart, sentenceStart).find((e) => e.type !== 'place') : undefined;
    return first === org && org ? org : memory.lastOther(at, false);
  }
  if (word === 'they') return memory.lastOther(at, true);
  return undefined;
}
