// Builds long test articles from the project's sample article (samples/harbour-strike.md): copies
// with names, places and numbers rotated, so no two copies share paragraphs and a paragraph cache
// cannot make a big article look cheap.
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

const FIRST = ['Marisol', 'Henrik', 'Adaeze', 'Lucía', 'Tunde', 'Ingrid', 'Tomasz', 'Keiko', 'Rafael', 'Amara', 'Jonas', 'Priya', 'Mateo', 'Sigrid', 'Kwame', 'Elena'];
const LAST = ['Peña', 'Dahl', 'Okonkwo', 'Ferreira', 'Bakare', 'Lindqvist', 'Nowak', 'Tanaka', 'Oliveira', 'Mensah', 'Berg', 'Raman', 'Castillo', 'Halvorsen', 'Asante', 'Varga'];
const PORTS = ['Valmera', 'Sandport', 'Karsholm', 'Bellmouth', 'Oristan', 'Tavira Bay', 'Nordhavn', 'Calder'];

/** The first `relative` path found walking up from this file's folder (works from bench/ and any build output folder). */
export function findUp(relative: string): string | undefined {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, relative);
    if (existsSync(candidate)) return candidate;
    if (dir === path.dirname(dir)) return undefined;
  }
}

/** The shared benchmark set (../shared/benchmarks), optional: a clone elsewhere does not have it. */
export const BENCHMARK = findUp('shared/benchmarks/gum-news-claims.dev.jsonl') ?? '../shared/benchmarks/gum-news-claims.dev.jsonl';

/** The article texts of the shared benchmark set, or undefined when it is not there. */
export function readBenchmarkTexts(): string[] | undefined {
  if (!existsSync(BENCHMARK)) return undefined;
  return readFileSync(BENCHMARK, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => String((JSON.parse(l) as { text?: string }).text ?? ''));
}

/** Absolute path of the sample article the generated text is built from. */
export function sampleArticlePath(): string {
  const found = findUp('samples/harbour-strike.md');
  if (!found) throw new Error('samples/harbour-strike.md not found');
  return found;
}

export function readSample(): string {
  return readFileSync(sampleArticlePath(), 'utf8');
}

/** Copy number `n` of the sample with its names, places and numbers changed. */
export function variant(sample: string, n: number): string {
  const pick = <T>(list: T[], i: number): T => list[((i % list.length) + list.length) % list.length];
  // Each original name maps to a different replacement per copy; the map is a bijection per copy
  // so "Peña" and "Pena" (the unaccented spelling) stay one person.
  const rename = (first: string, last: string, slot: number) => ({
    first: pick(FIRST, n * 3 + slot),
    last: pick(LAST, n * 5 + slot * 7) + (n >= LAST.length ? `-${pick(LAST, n + slot)}` : ''),
    from: [first, last],
  });
  const people = [
    rename('Marisol', 'Peña', 0),
    rename('Henrik', 'Dahl', 1),
    rename('Adaeze', 'Okonkwo', 2),
    rename('Lucía', 'Ferreira', 3),
    rename('Tunde', 'Bakare', 4),
  ];
  let text = sample;
  for (const p of people) {
    text = text.split(p.from[0]).join(p.first);
    text = text.split(p.from[1]).join(p.last);
    if (p.from[1] === 'Peña') text = text.split('Pena').join(p.last.normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
  }
  text = text.split('Valmera').join(pick(PORTS, n));
  text = text.split('Sandport').join(pick(PORTS, n + 3));
  text = text.replace(/\d+/g, (d) => String(Number(d) + n));
  // Paragraphs with no number would repeat across copies: give them a footnote-style marker.
  text = text
    .split(/\n\n/)
    .map((para) => (para.trim() && !/\d/.test(para) ? `${para.trimEnd()} [${n + 1}]` : para))
    .join('\n\n');
  return text;
}

/** An article of at least `bytes` UTF-8 bytes (cut at a paragraph boundary just past it). */
export function generateArticle(bytes: number, sample = readSample()): string {
  const parts: string[] = [];
  let size = 0;
  for (let n = 0; size < bytes; n++) {
    const v = variant(sample, n).trimEnd() + '\n\n';
    parts.push(v);
    size += Buffer.byteLength(v, 'utf8');
  }
  return parts.join('');
}
