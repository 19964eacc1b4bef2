// The gold format of ../shared/benchmarks/gum-news-claims.*.jsonl (see that folder's README),
// and a loader that fails with one clear message instead of a stack trace.
import { readFileSync } from 'node:fs';

export type GoldEntityType = 'PERSON' | 'PLACE' | 'ORG';

export interface GoldSpan {
  start: number;
  end: number;
}

export interface GoldEntity extends GoldSpan {
  type: GoldEntityType;
  text: string;
  /** The full GUM mention ("Environment Minister John Baird"), for lenient matching. */
  mentionStart: number;
  mentionEnd: number;
  wiki: string | null;
  /** Gold coreference cluster within the document. */
  gumEntity: number;
}

export interface GoldQuote extends GoldSpan {
  text: string;
  /** direct: span includes the quotation marks; mixed: reported content with quoted words; indirect: no marks. */
  kind: 'direct' | 'mixed' | 'indirect';
  relation: string | null;
  /** false for quotations no attribution relation covers; their speaker is null. */
  attributed: boolean;
  speaker: string | null;
  speakerStart: number | null;
  speakerEnd: number | null;
  speakerCanonical: string | null;
  cue: (GoldSpan & { text: string }) | null;
}

export interface GoldOtherQuoted extends GoldSpan {
  text: string;
  reason: string;
  hasFiniteVerb: boolean;
}

export interface GoldDoc {
  id: string;
  /** Where the record comes from ("PolNeAR data/train/…", "GUM corpus …"). */
  source?: string;
  genre: string;
  title: string;
  text: string;
  entities: GoldEntity[];
  quotes: GoldQuote[];
  otherQuoted: GoldOtherQuoted[];
}

export class GoldError extends Error {}

/** Parses a JSONL gold file. Throws GoldError with a one-line reason on any problem. */
export function parseGold(content: string, where: string): GoldDoc[] {
  const docs: GoldDoc[] = [];
  content.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let doc: GoldDoc;
    try {
      doc = JSON.parse(line) as GoldDoc;
    } catch {
      throw new GoldError(`${where}:${i + 1}: not valid JSON`);
    }
    if (typeof doc.text !== 'string' || !Array.isArray(doc.entities) || !Array.isArray(doc.quotes)) {
      throw new GoldError(`${where}:${i + 1}: not a gum-news-claims record (needs text, entities, quotes)`);
    }
    docs.push({ ...doc, otherQuoted: doc.otherQuoted ?? [] });
  });
  return docs;
}

export function readGold(path: string): GoldDoc[] {
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new GoldError(`${path}: ${code === 'ENOENT' ? 'benchmark file not found' : `cannot read (${code ?? String(err)})`}`);
  }
  return parseGold(content, path);
}
