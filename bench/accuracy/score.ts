// Pure scoring of one Analysis against one gold document, and summing of the counts.
// Every number is kept as counts (hits and totals) so documents can be summed (micro averages)
// and so rates are always printed with what they were computed from.
import type { Analysis, Claim, Entity, EntityType } from '../../src/analysis/model';
import type { GoldDoc, GoldEntity, GoldEntityType, GoldQuote, GoldSpan } from './gold';
import { isFragmentName, type Attribution } from './attribution';

export interface Span {
  start: number;
  end: number;
}

/** Matching counts on both sides: recall = goldMatched/gold, precision = predictedMatched/predicted. */
export interface MatchCounts {
  gold: number;
  goldMatched: number;
  predicted: number;
  predictedMatched: number;
  /** Predictions that are neither right nor wrong (e.g. a quoted title the gold leaves out). */
  ignored: number;
}

export interface Ratio {
  hit: number;
  total: number;
}

/**
 * B-cubed sums and pairwise counts over mentions matched to gold names, and one-card counts over
 * gold entities (see oneCardCounts).
 */
export interface ClusterCounts {
  mentions: number;
  b3Precision: number;
  b3Recall: number;
  pairsBoth: number;
  pairsPredicted: number;
  pairsGold: number;
  /** Gold entities (GUM coreference clusters with at least one name), and those on one card of their own. */
  goldEntities: number;
  oneCard: number;
  /** The same over gold entities named at least twice (where merging can go wrong). */
  goldEntitiesNamedTwice: number;
  oneCardNamedTwice: number;
}

export type MissKind =
  | 'entity-missed'
  | 'entity-wrong-type'
  | 'entity-spurious'
  | 'quote-missed'
  | 'quote-spurious'
  | 'speaker-wrong'
  | 'reported-missed'
  | 'reported-spurious'
  | 'source-wrong'
  | 'source-fragment'
  | 'card-split'
  | 'card-merged';

export interface Miss {
  kind: MissKind;
  start: number;
  end: number;
  text: string;
  /** What the gold says (type, speaker), when relevant. */
  expected?: string;
  /** What we said, when relevant. */
  got?: string;
}

export const ENTITY_TYPES: EntityType[] = ['person', 'place', 'organization'];

export interface DocScore {
  id: string;
  ner: Record<EntityType, { exact: MatchCounts; overlap: MatchCounts }>;
  clustering: ClusterCounts;
  directQuotes: MatchCounts;
  speakers: Ratio;
  reported: MatchCounts;
  sources: Ratio;
  /** Every found gold item with a scored speaker: what we said and whether it was right. */
  attributions: Attribution[];
  /** Our source names (over all predicted claims) that name nothing: "the", "Mr", "2001". */
  fragments: string[];
  misses: Miss[];
}

export interface ScoreOptions {
  /**
   * Leave out gold speakers that are bare pronouns ("he"): for gold without coreference (PolNeAR),
   * where a pronoun speaker cannot be checked against the name we resolve it to.
   */
  skipPronounSpeakers?: boolean;
}

const BARE_PRONOUN = /^(he|she|they|it|i|we|you|him|her|them|us|me)$/i;

const GOLD_TYPE: Record<GoldEntityType, EntityType> = { PERSON: 'person', PLACE: 'place', ORG: 'organization' };

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function overlapLength(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

export function emptyCounts(): MatchCounts {
  return { gold: 0, goldMatched: 0, predicted: 0, predictedMatched: 0, ignored: 0 };
}

/** A rate, or null when there is nothing to divide by (printed as "n/a", never as 0). */
export function rate(hit: number, total: number): number | null {
  return total === 0 ? null : hit / total;
}

export function precision(c: MatchCounts): number | null {
  return rate(c.predictedMatched, c.predicted - c.ignored);
}

export function recall(c: MatchCounts): number | null {
  return rate(c.goldMatched, c.gold);
}

export function f1(c: MatchCounts): number | null {
  const p = precision(c) ?? 0;
  const r = recall(c);
  if (r === null) return null;
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** Accent-, case- and punctuation-insensitive tokens of a name ("José Raúl Mulino's" -> jose raul mulino). */
export function nameTokens(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * Whether two names denote the same person by the name alone: equal after folding, or the
 * shorter one's words all occur in the longer one and they share the last word ("Obama" and
 * "Barack Obama", "Mulino" and "José Raúl Mulino"). A pronoun never equals a name.
 */
export function sameName(a: string, b: string): boolean {
  const ta = nameTokens(a);
  const tb = nameTokens(b);
  if (ta.length === 0 || tb.length === 0) return false;
  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  if (short[short.length - 1] !== long[long.length - 1]) return false;
  return short.every((t) => long.includes(t));
}

interface PredMention extends Span {
  type: EntityType;
  entityId: string;
}

function predictedMentions(entities: Entity[]): PredMention[] {
  return entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, type: e.type, entityId: e.id })));
}

function goldMentionSpan(g: { mentionStart: number; mentionEnd: number; start: number; end: number }): Span {
  return { start: Math.min(g.mentionStart, g.start), end: Math.max(g.mentionEnd, g.end) };
}

function scoreNer(doc: GoldDoc, pred: PredMention[], misses: Miss[]): DocScore['ner'] {
  const out = {} as DocScore['ner'];
  for (const type of ENTITY_TYPES) {
    const gold = doc.entities.filter((g) => GOLD_TYPE[g.type] === type);
    const mine = pred.filter((p) => p.type === type);
    const exact = emptyCounts();
    const overlap = emptyCounts();
    exact.gold = overlap.gold = gold.length;
    exact.predicted = overlap.predicted = mine.length;
    for (const g of gold) {
      if (mine.some((p) => p.start === g.start && p.end === g.end)) exact.goldMatched++;
      const wide = goldMentionSpan(g);
      if (mine.some((p) => overlaps(p, wide))) overlap.goldMatched++;
    }
    for (const p of mine) {
      if (gold.some((g) => p.start === g.start && p.end === g.end)) exact.predictedMatched++;
      if (gold.some((g) => overlaps(p, goldMentionSpan(g)))) overlap.predictedMatched++;
      else if (!doc.entities.some((g) => overlaps(p, goldMentionSpan(g)))) {
        misses.push({ kind: 'entity-spurious', start: p.start, end: p.end, text: doc.text.slice(p.start, p.end), got: type });
      }
    }
    out[type] = { exact, overlap };
  }
  for (const g of doc.entities) {
    const wide = goldMentionSpan(g);
    const hits = pred.filter((p) => overlaps(p, wide));
    if (hits.length === 0) {
      misses.push({ kind: 'entity-missed', start: g.start, end: g.end, text: g.text, expected: GOLD_TYPE[g.type] });
    } else if (!hits.some((p) => p.type === GOLD_TYPE[g.type])) {
      misses.push({ kind: 'entity-wrong-type', start: g.start, end: g.end, text: g.text, expected: GOLD_TYPE[g.type], got: hits[0].type });
    }
  }
  return out;
}

type GoldName = { start: number; end: number; mentionStart: number; mentionEnd: number; gumEntity: number };

/**
 * Aligns gold names to predicted mentions one to one (exact span first, then largest overlap with
 * the name, then with the full gold mention), whatever the types. A gold name no prediction
 * overlaps is aligned to null.
 */
function alignNames(goldNames: GoldName[], pred: { start: number; end: number; entityId: string }[]): { gold: number; pred: string | null }[] {
  const used = new Set<number>();
  const pairs: { gold: number; pred: string | null }[] = [];
  for (const g of goldNames) {
    let best = -1;
    let bestScore = 0;
    pred.forEach((p, i) => {
      if (used.has(i)) return;
      const score =
        p.start === g.start && p.end === g.end ? Number.MAX_SAFE_INTEGER : overlapLength(p, g) * 2 + (overlaps(p, goldMentionSpan(g)) ? 1 : 0);
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    });
    if (best >= 0) used.add(best);
    pairs.push({ gold: g.gumEntity, pred: best >= 0 ? pred[best].entityId : null });
  }
  return pairs;
}

/**
 * One card per real entity: a gold entity counts when every one of its names is found, all of them
 * land on one predicted card, and that card holds no name of another gold entity (a card may hold
 * names the gold does not list). Unnamed mentions (pronouns, "the company") do not take part.
 */
function oneCardCounts(pairs: { gold: number; pred: string | null }[]): Pick<ClusterCounts, 'goldEntities' | 'oneCard' | 'goldEntitiesNamedTwice' | 'oneCardNamedTwice'> {
  const goldOf = new Map<string, Set<number>>();
  const byGold = new Map<number, (string | null)[]>();
  for (const p of pairs) {
    if (p.pred !== null) goldOf.set(p.pred, (goldOf.get(p.pred) ?? new Set()).add(p.gold));
    byGold.set(p.gold, [...(byGold.get(p.gold) ?? []), p.pred]);
  }
  const c = { goldEntities: 0, oneCard: 0, goldEntitiesNamedTwice: 0, oneCardNamedTwice: 0 };
  for (const cards of byGold.values()) {
    const card = cards[0];
    const ok = card !== null && cards.every((x) => x === card) && goldOf.get(card)!.size === 1;
    c.goldEntities++;
    if (ok) c.oneCard++;
    if (cards.length < 2) continue;
    c.goldEntitiesNamedTwice++;
    if (ok) c.oneCardNamedTwice++;
  }
  return c;
}

/**
 * Why gold entities miss "one card": their names are on several cards (`card-split`, at the first
 * name, got: the cards), or their card also holds another gold entity (`card-merged`, got: its names).
 */
export function cardMisses(goldNames: GoldEntity[], pred: { start: number; end: number; entityId: string }[], misses: Miss[]): void {
  const aligned = alignNames(goldNames, pred);
  const byGold = new Map<number, number[]>();
  const goldOf = new Map<string, Set<number>>();
  aligned.forEach((p, i) => {
    byGold.set(p.gold, [...(byGold.get(p.gold) ?? []), i]);
    if (p.pred !== null) goldOf.set(p.pred, (goldOf.get(p.pred) ?? new Set()).add(p.gold));
  });
  for (const [gold, at] of byGold) {
    const cards = [...new Set(at.map((i) => aligned[i].pred))];
    if (cards.includes(null)) continue; // a name not found is an entity-missed already
    const first = goldNames[at[0]];
    const expected = [...new Set(at.map((i) => goldNames[i].text))].join(' / ');
    if (cards.length > 1) {
      misses.push({ kind: 'card-split', start: first.start, end: first.end, text: first.text, expected, got: cards.join(', ') });
      continue;
    }
    const others = [...goldOf.get(cards[0]!)!].filter((g) => g !== gold);
    if (others.length) {
      const names = others.map((g) => goldNames[aligned.findIndex((p) => p.gold === g)].text);
      misses.push({ kind: 'card-merged', start: first.start, end: first.end, text: first.text, expected, got: `${cards[0]} with ${names.join(', ')}` });
    }
  }
}

/** Compares the predicted clusters with gold coreference over aligned names (B-cubed, pairwise, one card). */
export function scoreClustering(goldNames: GoldName[], pred: { start: number; end: number; entityId: string }[]): ClusterCounts {
  const aligned = alignNames(goldNames, pred);
  const pairs = aligned.filter((p): p is { gold: number; pred: string } => p.pred !== null);
  const c: ClusterCounts = { mentions: pairs.length, b3Precision: 0, b3Recall: 0, pairsBoth: 0, pairsPredicted: 0, pairsGold: 0, ...oneCardCounts(aligned) };
  for (const a of pairs) {
    const samePred = pairs.filter((b) => b.pred === a.pred);
    const sameGold = pairs.filter((b) => b.gold === a.gold);
    const both = samePred.filter((b) => b.gold === a.gold).length;
    c.b3Precision += both / samePred.length;
    c.b3Recall += both / sameGold.length;
  }
  for (let i = 0; i < pairs.length; i++) {
    for (let j = i + 1; j < pairs.length; j++) {
      const sp = pairs[i].pred === pairs[j].pred;
      const sg = pairs[i].gold === pairs[j].gold;
      if (sp) c.pairsPredicted++;
      if (sg) c.pairsGold++;
      if (sp && sg) c.pairsBoth++;
    }
  }
  return c;
}

/** The predicted claim that overlaps a gold span most, if any. */
function bestClaim(gold: Span, claims: Claim[]): Claim | undefined {
  let best: Claim | undefined;
  let bestLen = 0;
  for (const c of claims) {
    const len = overlapLength(c, gold);
    if (len > bestLen) {
      best = c;
      bestLen = len;
    }
  }
  return best;
}

/**
 * Our source is right when its span overlaps the gold speaker span ("he" at the same place), or
 * when its name (or its entity's name or aliases) is the gold speaker's name, by sameName.
 */
export function sourceIsRight(gold: GoldQuote, claim: Claim, entities: Entity[]): boolean {
  const src = claim.source;
  if (!src) return false;
  const written = src.text ?? src.name;
  if (gold.speakerStart !== null && gold.speakerEnd !== null && !isFragmentName(written) && overlaps(src, { start: gold.speakerStart, end: gold.speakerEnd })) {
    return true;
  }
  const entity = src.entityId ? entities.find((e) => e.id === src.entityId) : undefined;
  const ourNames = [src.name, ...(entity ? [entity.name, ...entity.aliases] : [])];
  const goldNames = [gold.speakerCanonical, gold.speaker].filter((n): n is string => !!n);
  return ourNames.some((a) => goldNames.some((b) => sameName(a, b)));
}

function describeSource(claim: Claim): string {
  return claim.source ? claim.source.name : '(none)';
}

function describeSpeaker(g: GoldQuote): string {
  return g.speakerCanonical && g.speakerCanonical !== g.speaker ? `${g.speaker} = ${g.speakerCanonical}` : String(g.speaker);
}

interface ClaimScore {
  counts: MatchCounts;
  sources: Ratio;
  attributions: Attribution[];
}

/** A source that names someone: resolved to an entity, or words that are not a bare pronoun. */
function namesSomeone(claim: Claim): boolean {
  return !!claim.source && (claim.source.entityId !== null || !BARE_PRONOUN.test(claim.source.name.trim()));
}

/**
 * Claims of one kind against gold items. A prediction is right when it overlaps a `creditedBy`
 * gold item, ignored when it overlaps only an `ignoredBy` span, wrong otherwise. Sources are
 * scored over found gold items that have a speaker and are attributed.
 */
function scoreClaims(
  doc: GoldDoc,
  gold: GoldQuote[],
  mine: Claim[],
  creditedBy: GoldSpan[],
  ignoredBy: GoldSpan[],
  entities: Entity[],
  missKinds: { missed: MissKind; spurious: MissKind; wrongSource: MissKind },
  misses: Miss[],
  options: ScoreOptions,
): ClaimScore {
  const counts = emptyCounts();
  const sources: Ratio = { hit: 0, total: 0 };
  const attributions: Attribution[] = [];
  counts.gold = gold.length;
  counts.predicted = mine.length;
  for (const g of gold) {
    const claim = bestClaim(g, mine);
    if (!claim) {
      misses.push({ kind: missKinds.missed, start: g.start, end: g.end, text: g.text, expected: g.speaker ? describeSpeaker(g) : undefined });
      continue;
    }
    counts.goldMatched++;
    if (g.speaker === null || g.attributed === false) continue;
    if (options.skipPronounSpeakers && BARE_PRONOUN.test(g.speaker.trim())) continue;
    sources.total++;
    const right = sourceIsRight(g, claim, entities);
    attributions.push({ kind: claim.kind, confidence: claim.source ? claim.source.confidence ?? null : null, named: namesSomeone(claim), right });
    if (right) sources.hit++;
    else misses.push({ kind: missKinds.wrongSource, start: g.start, end: g.end, text: g.text, expected: describeSpeaker(g), got: describeSource(claim) });
  }
  for (const c of mine) {
    if (creditedBy.some((g) => overlaps(c, g))) counts.predictedMatched++;
    else if (ignoredBy.some((g) => overlaps(c, g))) counts.ignored++;
    else misses.push({ kind: missKinds.spurious, start: c.start, end: c.end, text: c.text, got: describeSource(c) });
  }
  return { counts, sources, attributions };
}

/**
 * Scores one document.
 * - NER: exact = same span and type; overlap = same type and overlapping the full gold mention.
 * - Direct quotes: recall over gold `direct`; a predicted direct quote is right when it overlaps a
 *   gold direct or mixed item (mixed content contains quoted words), ignored when it overlaps only
 *   an `otherQuoted` span (titles, scare quotes), wrong otherwise.
 * - Reported claims: recall over gold `indirect` + `mixed`; a predicted reported claim is right
 *   when it overlaps one of them, ignored when it overlaps only a gold direct quote or otherQuoted.
 * - Speaker/source accuracy: over found gold items with a speaker, see sourceIsRight.
 */
export function scoreDocument(doc: GoldDoc, analysis: Analysis, options: ScoreOptions = {}): DocScore {
  const misses: Miss[] = [];
  const pred = predictedMentions(analysis.entities);
  const ner = scoreNer(doc, pred, misses);
  const clustering = scoreClustering(doc.entities, pred);
  cardMisses(doc.entities, pred, misses);

  const direct = doc.quotes.filter((q) => q.kind === 'direct');
  const reportedGold = doc.quotes.filter((q) => q.kind !== 'direct');
  const quoteScore = scoreClaims(
    doc,
    direct,
    analysis.claims.filter((c) => c.kind === 'direct'),
    doc.quotes.filter((q) => q.kind !== 'indirect'),
    doc.otherQuoted,
    analysis.entities,
    { missed: 'quote-missed', spurious: 'quote-spurious', wrongSource: 'speaker-wrong' },
    misses,
    options,
  );
  const reportedScore = scoreClaims(
    doc,
    reportedGold,
    analysis.claims.filter((c) => c.kind === 'reported'),
    reportedGold,
    [...direct, ...doc.otherQuoted],
    analysis.entities,
    { missed: 'reported-missed', spurious: 'reported-spurious', wrongSource: 'source-wrong' },
    misses,
    options,
  );
  const fragments: string[] = [];
  for (const c of analysis.claims) {
    // The name shown for the source: a possessive "his" resolved to a person names that person.
    if (!c.source || !isFragmentName(c.source.name)) continue;
    fragments.push(c.source.name);
    misses.push({ kind: 'source-fragment', start: c.source.start, end: c.source.end, text: c.text, got: c.source.name });
  }
  misses.sort((a, b) => a.start - b.start || a.kind.localeCompare(b.kind));
  return {
    id: doc.id,
    ner,
    clustering,
    directQuotes: quoteScore.counts,
    speakers: quoteScore.sources,
    reported: reportedScore.counts,
    sources: reportedScore.sources,
    attributions: [...quoteScore.attributions, ...reportedScore.attributions],
    fragments,
    misses,
  };
}

function addCounts(a: MatchCounts, b: MatchCounts): MatchCounts {
  return {
    gold: a.gold + b.gold,
    goldMatched: a.goldMatched + b.goldMatched,
    predicted: a.predicted + b.predicted,
    predictedMatched: a.predictedMatched + b.predictedMatched,
    ignored: a.ignored + b.ignored,
  };
}

/** Micro-averaged totals over documents (misses are not carried). */
export function sumScores(scores: DocScore[], id = 'total'): DocScore {
  const total: DocScore = {
    id,
    ner: Object.fromEntries(ENTITY_TYPES.map((t) => [t, { exact: emptyCounts(), overlap: emptyCounts() }])) as DocScore['ner'],
    clustering: { mentions: 0, b3Precision: 0, b3Recall: 0, pairsBoth: 0, pairsPredicted: 0, pairsGold: 0, goldEntities: 0, oneCard: 0, goldEntitiesNamedTwice: 0, oneCardNamedTwice: 0 },
    directQuotes: emptyCounts(),
    speakers: { hit: 0, total: 0 },
    reported: emptyCounts(),
    sources: { hit: 0, total: 0 },
    attributions: [],
    fragments: [],
    misses: [],
  };
  for (const s of scores) {
    for (const t of ENTITY_TYPES) {
      total.ner[t].exact = addCounts(total.ner[t].exact, s.ner[t].exact);
      total.ner[t].overlap = addCounts(total.ner[t].overlap, s.ner[t].overlap);
    }
    for (const k of Object.keys(total.clustering) as (keyof ClusterCounts)[]) total.clustering[k] += s.clustering[k];
    total.directQuotes = addCounts(total.directQuotes, s.directQuotes);
    total.reported = addCounts(total.reported, s.reported);
    total.speakers = { hit: total.speakers.hit + s.speakers.hit, total: total.speakers.total + s.speakers.total };
    total.sources = { hit: total.sources.hit + s.sources.hit, total: total.sources.total + s.sources.total };
    total.attributions.push(...s.attributions);
    total.fragments.push(...s.fragments);
  }
  return total;
}

export interface ClusterRates {
  b3: { precision: number | null; recall: number | null; f1: number | null };
  pairwise: { precision: number | null; recall: number | null; f1: number | null };
  /** Share of gold entities on one card of their own; `namedTwice`: of those named at least twice. */
  oneCard: { all: number | null; namedTwice: number | null };
}

function harmonic(p: number | null, r: number | null): number | null {
  if (p === null || r === null) return null;
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

export function clusterRates(c: ClusterCounts): ClusterRates {
  const bp = rate(c.b3Precision, c.mentions);
  const br = rate(c.b3Recall, c.mentions);
  // With no gold or predicted pairs at all, every mention is its own cluster on that side: perfect.
  const pp = c.pairsPredicted === 0 ? (c.mentions ? 1 : null) : c.pairsBoth / c.pairsPredicted;
  const pr = c.pairsGold === 0 ? (c.mentions ? 1 : null) : c.pairsBoth / c.pairsGold;
  return {
    b3: { precision: bp, recall: br, f1: harmonic(bp, br) },
    pairwise: { precision: pp, recall: pr, f1: harmonic(pp, pr) },
    oneCard: { all: rate(c.oneCard, c.goldEntities), namedTwice: rate(c.oneCardNamedTwice, c.goldEntitiesNamedTwice) },
  };
}
