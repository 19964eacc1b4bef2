// Document pass over speech facts: for every claim, the candidate sources its paragraph proposed
// plus those only the document knows (the speaker of the paragraph before, "X said:" closing it,
// the quote that continues an unclosed one), each resolved to who it names (claims/resolve.ts)
// and ranked (claims/rank.ts); the best is the source, or none when it is unlikely. Near-linear
// in facts plus name mentions: every look-up is a binary search or a bounded look back.
import type { Claim, ClaimSource, Cue, Entity, Span } from '../model';
import type { CueWords, EntityIndex, PlacedFacts, SourceWords, SpeechFact, Via } from '../facts';
import { stanceOf } from '../lexicon/speechVerbs';
import { SpeakerMemory } from './coref';
import { SourceResolver, type Resolved } from './resolve';
import { baseFeatures, documentFeatures, type Features } from './features';
import { choose } from './rank';
import { lowerBound } from '../text/search';
import { detectInterview, type Interview } from './interview';

/** A candidate ready to rank: resolved, with local and document features. */
export interface RankedCandidate {
  via: Via;
  source: Omit<ClaimSource, 'confidence'>;
  cue: Cue | null;
  entity: Entity | undefined;
  /** How the source words are written: a name, a pronoun or a noun phrase. */
  kind: SourceWords['kind'];
  f: Features;
}

/** Sees every ranking decision (bench/attribution fits the weights from them). */
export type AttributionTrace = (claim: Claim, candidates: readonly RankedCandidate[], chosen: RankedCandidate | null) => void;

interface Spoken {
  claim: Claim;
  paragraph: number;
  /** How the source words were written ("name", "pronoun", "noun"), for the follow-on's features. */
  kind: SourceWords['kind'];
  /** `X said:` closing its paragraph: no claim of its own. */
  intro: boolean;
}

const FOLLOWING: ReadonlySet<Via> = new Set(['continuation', 'inherit', 'followOn', 'intro']);

/**
 * A source inside the words it would be the source of, other than a parenthetical attribution
 * ("The cleanup, analysts say, will take years."): no one is the source of words they are part of.
 */
function insideContent(text: string, offset: number, f: SpeechFact, c: SpeechFact['candidates'][number]): boolean {
  const s = c.source;
  if (s.end <= f.start || s.start >= f.end) return false;
  const at = Math.min(s.start, c.cue?.start ?? s.start);
  const to = Math.max(s.end, c.cue?.end ?? s.end);
  return !(f.kind === 'reported' && s.start > f.start && s.end < f.end && /[,—–]\s*(as\s+)?$/.test(text.slice(offset + f.start, offset + at)) && /^\s*[,—–]/.test(text.slice(offset + to, offset + f.end)));
}

function cueAt(text: string, offset: number, cue: CueWords | null): Cue | null {
  if (!cue) return null;
  const start = offset + cue.start;
  const end = offset + cue.end;
  const words = text.slice(start, end);
  return { start, end, text: words, stance: stanceOf(words) };
}

class ClaimsPass {
  readonly claims: Claim[] = [];
  private readonly memory: SpeakerMemory;
  private readonly resolver: SourceResolver;
  private readonly spoke = new Set<string>();
  private readonly byId: Map<string, Entity>;
  /** The last attributed claim, when it closed its paragraph: a cue-less quote opening the next paragraph may be its speaker's. */
  private lastSpoken: Spoken | undefined;
  /** Per claim: its paragraph and fact, for the backward pass over unclosed quotes. */
  private readonly origin: Array<{ pi: number; f: SpeechFact | null }> = [];

  constructor(
    private readonly text: string,
    index: EntityIndex,
    private readonly trace?: AttributionTrace,
  ) {
    this.memory = new SpeakerMemory(text, index);
    this.resolver = new SourceResolver(text, index, this.memory);
    this.byId = new Map(index.entities.map((e) => [e.id, e]));
  }

  /** Set once per document: an interview's questions claim nothing, and its answers' "I" is the interviewee. */
  interview: Interview | undefined;

  paragraph(paragraphs: PlacedFacts[], pi: number): void {
    const p = paragraphs[pi];
    if (this.interview?.questions.has(pi)) {
      this.lastSpoken = undefined;
      return;
    }
    const intro = this.lastSpoken && this.lastSpoken.paragraph === pi - 1 && this.lastSpoken.intro ? this.lastSpoken.claim : undefined;
    const statement = intro && introducedStatement(this.text, paragraphs[pi - 1], p, intro, this.claims.length + 1);
    if (statement) this.push(statement, pi, null);
    // Only paragraphs with a nested "I think …" read it: most never need one.
    const quoteSources = new Map<number, RankedCandidate | null>();
    for (const f of p.facts.speech) {
      // Names inside a quote are not its speaker: "“Since Reagan, we've grown,” he says" is not Reagan.
      if (f.kind === 'direct' && !f.intro) this.memory.quote(p.start + f.start, p.start + f.end);
      const ranked = this.candidates(p, pi, f, quoteSources);
      if (f.intro) {
        const pick = choose(ranked, 'direct');
        const claim: Claim = { id: '', kind: 'direct', start: p.end, end: p.end, text: '', source: pick ? { ...pick.candidate.source, confidence: round(pick.confidence) } : null, cue: pick?.candidate.cue ?? null };
        this.lastSpoken = pick ? { claim, paragraph: pi, kind: pick.candidate.kind, intro: true } : undefined;
        continue;
      }
      const claim = this.decide(p, f, ranked);
      this.push(claim, pi, f);
      const chosen = ranked.find((r) => claim.source && r.source.start === claim.source.start && r.source.end === claim.source.end) ?? null;
      if (f.kind === 'direct') quoteSources.set(f.start, chosen);
      if (f.kind === 'direct' || (claim.source && f.quotedBy === undefined)) {
        this.lastSpoken = { claim, paragraph: pi, kind: chosen?.kind ?? 'name', intro: false };
      }
      this.remember(claim, chosen);
    }
    // A paragraph that goes on after its last quote or report breaks the follow-on chain.
    const last = lastOwnFact(p.facts.speech);
    const endsParagraph = last && (last.kind === 'direct' || (last.source && p.end - p.start - last.end <= 2));
    if (!endsParagraph) this.lastSpoken = undefined;
  }

  /** The paragraph's candidates, resolved, plus the follow-on speaker the document knows. */
  private candidates(p: PlacedFacts, pi: number, f: SpeechFact, quoteSources: Map<number, RankedCandidate | null>): RankedCandidate[] {
    const firstPerson = this.interview && f.quotedBy === undefined ? this.interview.interviewee : undefined;
    const out = f.candidates.filter((c) => !insideContent(this.text, p.start, f, c)).map((c) => {
      let r = this.resolver.resolve(c.source, p.start, p.start + f.sentenceStart, firstPerson);
      // "I think …" inside X's quote is X's.
      const outer = f.quotedBy !== undefined && /^(i|we|me|us)$/i.test(c.source.text) ? quoteSources.get(f.quotedBy) : undefined;
      if (outer) r = { source: { ...outer.source, start: r.source.start, end: r.source.end, text: r.source.text }, entity: outer.entity, resolvedWords: !outer.entity };
      return this.ranked(c.via, c.source.kind, r, cueAt(this.text, p.start, c.cue), { ...c.f });
    });
    const prev = this.lastSpoken;
    if (f.followOn && prev && prev.paragraph === pi - 1 && prev.claim.source) {
      // A paragraph opening with an unattributed quote right after a quote of X (or after "X said:").
      const via: Via = prev.intro ? 'intro' : 'followOn';
      const words = { text: prev.claim.source.text, kind: prev.kind };
      const entity = prev.claim.source.entityId ? this.byId.get(prev.claim.source.entityId) : undefined;
      // Who spoke before matters: a named speaker goes on more often than "critics" or "officials".
      const before = `prev:${prev.intro ? 'intro' : prev.claim.kind}`;
      const f0 = { ...baseFeatures(via, 'direct', f.claimFeatures, { source: words, cue: prev.claim.cue }), [before]: 1, [`${before}:${entity ? 'entity' : 'words'}`]: 1 };
      out.push(this.ranked(via, prev.kind, { source: prev.claim.source, entity, resolvedWords: !entity && prev.claim.source.name !== prev.claim.source.text }, prev.claim.cue, f0));
    }
    return out;
  }

  private ranked(via: Via, kind: SourceWords['kind'], r: Resolved, cue: Cue | null, local: Features): RankedCandidate {
    const f = { ...local, ...documentFeatures(kind, { entity: r.entity, resolvedWords: r.resolvedWords, spokeBefore: !!r.entity && this.spoke.has(r.entity.id) }) };
    return { via, source: r.source, cue, entity: r.entity, kind, f };
  }

  private decide(p: PlacedFacts, f: SpeechFact, ranked: RankedCandidate[]): Claim {
    const pick = choose(ranked, f.kind);
    const start = p.start + f.start;
    const end = p.start + f.end;
    const chosen = pick?.candidate ?? null;
    const claim: Claim = {
      id: `c${this.claims.length + 1}`,
      kind: f.kind,
      start,
      end,
      text: this.text.slice(start, end),
      source: pick ? { ...pick.candidate.source, confidence: round(pick.confidence) } : null,
      cue: chosen ? chosen.cue : cueAt(this.text, p.start, f.cue),
    };
    if (f.kind === 'reported') {
      const quoted = quotedIn(p, f);
      if (quoted.length) claim.quoted = quoted;
    }
    if (chosen && FOLLOWING.has(chosen.via)) {
      const continued = this.speakerClaim(chosen);
      if (continued) claim.continues = continued.id;
    }
    this.trace?.(claim, ranked, chosen);
    return claim;
  }

  /** The latest claim whose source is this candidate's words: the one a follow-on quote continues. */
  private speakerClaim(c: RankedCandidate): Claim | undefined {
    for (let i = this.claims.length - 1; i >= 0; i--) {
      const s = this.claims[i].source;
      if (s && s.start === c.source.start && s.end === c.source.end && this.claims[i].text) return this.claims[i];
    }
    return undefined;
  }

  detectInterview(paragraphs: readonly PlacedFacts[]): Interview | undefined {
    return detectInterview(this.text, paragraphs, this.memory);
  }

  private remember(claim: Claim, chosen: RankedCandidate | null): void {
    const source = claim.source;
    if (!source) return;
    const entity = chosen?.entity;
    if (entity) {
      this.memory.spoke(entity, source.start);
      this.spoke.add(entity.id);
    } else if (chosen?.kind === 'noun') this.memory.spokeAnonymously(source, source.start);
  }

  private push(claim: Claim, pi: number, f: SpeechFact | null): void {
    this.claims.push(claim);
    this.origin.push({ pi, f });
  }

  /**
   * `"We will rebuild …` (no closing mark) then, next paragraph, `"… every home," Varga said.`: the
   * first paragraph of a quote that closes later gets the speaker named where it closes.
   */
  continuedQuotes(): void {
    for (let i = 0; i + 1 < this.claims.length; i++) {
      const claim = this.claims[i];
      const next = this.claims[i + 1];
      const { pi, f } = this.origin[i];
      if (claim.source || claim.kind !== 'direct' || !f?.claimFeatures['quote:unclosed']) continue;
      const nextOrigin = this.origin[i + 1];
      if (nextOrigin.pi !== pi + 1 || !nextOrigin.f?.claimFeatures['quote:opensParagraph'] || !next.source || next.kind !== 'direct') continue;
      const entity = next.source.entityId ? this.byId.get(next.source.entityId) : undefined;
      const kind = nextOrigin.f.candidates[0]?.source.kind ?? 'name';
      const local = baseFeatures('continuedBy', 'direct', f.claimFeatures, { source: { text: next.source.text, kind }, cue: next.cue });
      const candidate = this.ranked('continuedBy', kind, { source: next.source, entity, resolvedWords: false }, next.cue, local);
      const pick = choose([candidate], 'direct');
      if (pick) this.claims[i] = { ...claim, source: { ...next.source, confidence: round(pick.confidence) }, cue: next.cue };
    }
  }
}

const round = (p: number) => Math.round(p * 1000) / 1000;

export function buildClaims(text: string, paragraphs: PlacedFacts[], index: EntityIndex, trace?: AttributionTrace): Claim[] {
  const pass = new ClaimsPass(text, index, trace);
  pass.interview = pass.detectInterview(paragraphs);
  for (let pi = 0; pi < paragraphs.length; pi++) pass.paragraph(paragraphs, pi);
  pass.continuedQuotes();
  return pass.claims;
}

/** `accused the council of "wasting every penny"`: the verbatim words inside a reported claim. */
function quotedIn(p: PlacedFacts, f: SpeechFact): Span[] {
  const out: Span[] = [];
  const quotes = p.facts.quotes;
  for (let i = lowerBound(quotes, f.start, (q) => q.open); i < quotes.length && quotes[i].close <= f.end + 1; i++) {
    const q = quotes[i];
    if (q.end > q.start) out.push({ start: p.start + q.start, end: p.start + q.end });
  }
  return out;
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
