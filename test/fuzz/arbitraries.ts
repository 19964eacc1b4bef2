// fast-check arbitraries for hostile article text: news-like prose that really produces entities
// and claims, mixed with the things pasted text carries (invisible and bidi controls, NUL, astral
// characters, decomposed accents, unbalanced quotes, CR/CRLF, BOM, Markdown tables and fences).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fc from 'fast-check';

export interface FuzzCase {
  text: string;
  languageId: 'plaintext' | 'markdown';
}

// Names written for the project (not taken from any article); accents on purpose.
const PEOPLE = ['Marta Núñez', 'Jonas Ødegård', 'Amelia Okafor', 'Tomás Herrera', 'Li Wei', 'Sophie Brandt', 'Kwame Mensah', 'Zoë Laurent', 'President Ana Quiroga', 'Dr. Felix Moreau'];
const PLACES = ['Lisbon', 'Ghent', 'São Paulo', 'Kraków', 'Reykjavík', 'Nairobi', 'Québec', 'the United States'];
const ORGS = ['the Harbour Authority', 'Nordic Freight Union', 'the Ministry of Transport', 'Reuters', 'the World Bank', 'Acme Logistics Inc.'];
const CUES = ['said', 'says', 'told reporters', 'claimed', 'warned', 'announced', 'denied', 'estimated', 'added'];
const WORDS = ['the', 'strike', 'will', 'continue', 'until', 'wages', 'rise', 'port', 'closed', 'ships', 'waiting', 'no', 'deal', 'today', 'we', 'are', 'not', 'afraid', 'costs', 'million'];

const QUOTE_PAIRS: Array<[string, string]> = [['"', '"'], ['“', '”'], ['‘', '’'], ["'", "'"], ['«', '»'], ['„', '“'], ['「', '」'], ['``', "''"], ['‹', '›']];
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u034f'];
const BIDI = ['\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u061c'];
const COMBINING = ['\u0301', '\u0300', '\u0308', '\u0327', '\u0303', '\u030a', '\u0323', '\u20d7', '\u1dc0', '\u0344', '\u0f73'];
const ASTRAL = ['😀', '👩‍👩‍👧', '🇵🇹', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', '𠜎', '𓀀', '🏳️‍🌈', '👍🏽'];
// Characters whose NFC form has a different length than the input (so the offset map matters).
const NFC_CHANGERS = ['\u0958', '\u0344', '\u2126', '\u212b', 'e\u0301', 'A\u030a', '\u1100\u1161\u11a8', '\u0915\u093c', 'o\u0308\u0301', '\uf900', '\u1e9b\u0323'];
const CONTROLS = ['\u0000', '\u0007', '\u0008', '\u000b', '\u000c', '\u001b[31m', '\u0085', '\u2028', '\u2029', '\ufffd', '\ufffe', '\uffff'];
const LONE_SURROGATES = ['\ud800', '\udfff', '\udbff', '\udc00', '\ud83d'];
const PUNCT = ['"', '“', '”', "'", '’', '‘', '«', '»', '—', '–', '…', ':', ',', '.', '(', ')', '[', ']', '*', '_', '`', '|', '#', '>', '<', '&', '\\'];

const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);
const words = (min: number, max: number) => fc.array(pick(WORDS), { minLength: min, maxLength: max }).map((w) => w.join(' '));
const name = fc.oneof(pick(PEOPLE), pick(PLACES), pick(ORGS));
const quotePair = pick(QUOTE_PAIRS);

/** News-like sentences that make the analysis find people, places, quotes and reported speech. */
const sentence: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(pick(PEOPLE), pick(CUES), quotePair, words(1, 12)).map(([n, c, [o, e], w]) => `${n} ${c}: ${o}${w}.${e}`),
  fc.tuple(quotePair, words(1, 12), pick(PEOPLE), pick(CUES)).map(([[o, e], w, n, c]) => `${o}${w},${e} ${n} ${c}.`),
  fc.tuple(quotePair, words(1, 8), pick(CUES), pick(PEOPLE), pick(ORGS)).map(([[o, e], w, c, n, org]) => `${o}${w},${e} ${c} ${n}, the head of ${org}.`),
  fc.tuple(pick(PEOPLE), pick(CUES), words(2, 10)).map(([n, c, w]) => `${n} ${c} that ${w}.`),
  fc.tuple(name, words(2, 10)).map(([n, w]) => `According to ${n}, ${w}.`),
  fc.tuple(name, pick(PLACES), words(0, 8)).map(([n, p, w]) => `${n} met officials in ${p} ${w}.`),
  fc.tuple(quotePair, words(1, 6)).map(([[o, e], w]) => `${o}${w},${e} he said. ${o}${w}.${e}`),
  fc.tuple(quotePair, words(3, 15)).map(([[o], w]) => `${o}${w}`), // opened, never closed
  words(1, 15).map((w) => w.charAt(0).toUpperCase() + w.slice(1) + '.'),
  fc.tuple(pick(PEOPLE), pick(ORGS), pick(CUES), quotePair, words(1, 8)).map(([n, org, c, [o, e], w]) => `${n}, the head of ${org}, ${c} ${o}${w}.${e}`),
  fc.tuple(quotePair, words(1, 8), pick(['she', 'he', 'they', 'the minister', 'officials', 'the union'])).map(([[o, e], w, who]) => `${o}${w},${e} ${who} told reporters.`),
  fc.tuple(pick(PEOPLE), words(1, 6)).map(([n, w]) => `${n} is ${w}. He said it was ${w}.`),
);

/** News conventions across paragraphs: "X said:" before a quote paragraph, a quote running on. */
const multiParagraph: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(pick(PEOPLE), pick(CUES), quotePair, words(2, 10)).map(([n, c, [o, e], w]) => `${n} ${c}:\n\n${o}${w}.${e}`),
  fc.tuple(pick(PEOPLE), quotePair, words(2, 10), words(2, 10), fc.boolean()).map(([n, [o, e], a, b, close]) => `${n} said: ${o}${a}.\n\n${o}${b}.${close ? e : ''}`),
  fc.tuple(quotePair, words(2, 8), pick(PEOPLE), words(2, 8)).map(([[o, e], a, n, b]) => `${o}${a},${e} ${n} said.\n\n${o}${b}.${e}`),
);

/** Raw hostile fragments. */
const junk: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'grapheme-composite', maxLength: 10 }),
  fc.array(pick([...INVISIBLE, ...BIDI]), { minLength: 1, maxLength: 6 }).map((a) => a.join('')),
  fc.array(pick(COMBINING), { minLength: 1, maxLength: 5 }).map((a) => a.join('')),
  pick(ASTRAL),
  pick(NFC_CHANGERS),
  pick(CONTROLS),
  pick(LONE_SURROGATES),
  fc.array(pick(PUNCT), { minLength: 1, maxLength: 12 }).map((a) => a.join('')),
  fc.tuple(pick(['"', '“', '”', '‘', '’', "'", '«']), fc.integer({ min: 2, max: 200 })).map(([q, n]) => q.repeat(n)),
  fc.integer({ min: 1, max: 60 }).map((n) => '“'.repeat(n) + 'deep' + '”'.repeat(Math.floor(n / 2))),
  fc.integer({ min: 1, max: 40 }).map((n) => '"a '.repeat(n)),
  fc.integer({ min: 20, max: 400 }).map((n) => 'x'.repeat(n)), // a very long word
);

/** Markdown blocks: tables, fences, headings, links (also command: links), HTML, emphasis. */
const markdownBlock: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(sentence, sentence).map(([a, b]) => `| Who | What |\n|---|:--:|\n| ${a} | ${b} |`),
  fc.tuple(pick(['```', '~~~', '````']), sentence, fc.boolean()).map(([f, s, closed]) => `${f}js\n${s}\n${closed ? f : ''}`),
  sentence.map((s) => `## ${s}`),
  sentence.map((s) => `> ${s}`),
  sentence.map((s) => `- ${s}\n  * ${s}`),
  fc.tuple(pick(PEOPLE), sentence).map(([n, s]) => `[${n}](command:claimlens.refresh) ${s} ![img](http://x/y.png)`),
  sentence.map((s) => `<div onclick="x()">${s}</div><!-- ${s} -->`),
  sentence.map((s) => `**${s}** _${s}_ \`${s}\``),
  fc.constant('[ref]: http://example.invalid/ "title"'),
  fc.constant('***\n---\n___'),
);

const lineEnd = fc.oneof({ weight: 4, arbitrary: fc.constant('\n') }, fc.constant('\r\n'), fc.constant('\r'), fc.constant('\n\n'), fc.constant('\r\n\r\n'), fc.constant(' '), fc.constant('\u2029'));

/** The project's own sample article (always in the repository), for mutations of real prose. */
function sampleParagraphs(): string[] {
  let d = __dirname;
  while (!existsSync(join(d, 'samples', 'harbour-strike.md'))) {
    const up = dirname(d);
    if (up === d) return ['Marta Núñez said: "We will not move."'];
    d = up;
  }
  return readFileSync(join(d, 'samples', 'harbour-strike.md'), 'utf8').split(/\n\s*\n/).filter((p) => p.trim());
}
const SAMPLE = sampleParagraphs();

/** A few consecutive paragraphs of the sample with hostile edits spliced in at random places. */
const mutatedSample: fc.Arbitrary<string> = fc
  .tuple(fc.nat(), fc.integer({ min: 1, max: 3 }), fc.array(fc.tuple(fc.nat(), junk), { maxLength: 4 }), fc.array(fc.nat(), { maxLength: 3 }))
  .map(([from, count, inserts, cuts]) => {
    const start = from % SAMPLE.length;
    let text = SAMPLE.slice(start, start + count).join('\n\n');
    for (const [at, j] of inserts) {
      const i = at % (text.length + 1);
      text = text.slice(0, i) + j + text.slice(i);
    }
    // drop a few characters (a quotation mark, half a surrogate pair, a line break...)
    for (const at of cuts) {
      const i = at % Math.max(1, text.length);
      text = text.slice(0, i) + text.slice(i + 1);
    }
    return text;
  });

const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: sentence },
  { weight: 3, arbitrary: junk },
  { weight: 2, arbitrary: markdownBlock },
  { weight: 2, arbitrary: multiParagraph },
  { weight: 2, arbitrary: mutatedSample },
  // junk spliced into a sentence: inside names, inside quotes
  { weight: 2, arbitrary: fc.tuple(sentence, junk, fc.nat()).map(([s, j, at]) => { const i = at % (s.length + 1); return s.slice(0, i) + j + s.slice(i); }) },
);

/** Puts decomposed (NFD) accents into some of the text, as some editors and OCR tools write it. */
const maybeNfd = (s: string, on: boolean) => (on ? s.normalize('NFD') : s);

export const fuzzCase: fc.Arbitrary<FuzzCase> = fc
  .record({
    pieces: fc.array(fc.tuple(piece, lineEnd), { minLength: 1, maxLength: 12 }),
    bom: fc.boolean(),
    nfd: fc.constantFrom('none', 'all', 'some'),
    languageId: fc.constantFrom('plaintext' as const, 'markdown' as const),
  })
  .map(({ pieces, bom, nfd, languageId }) => {
    const body = pieces.map(([p, end], i) => maybeNfd(p, nfd === 'all' || (nfd === 'some' && i % 2 === 0)) + end).join('');
    return { text: (bom ? '\ufeff' : '') + body, languageId };
  });

/** Short cases only (the benchmark runs 10,000+ through the full pipeline). */
export const smallFuzzCase: fc.Arbitrary<FuzzCase> = fuzzCase.filter((c) => c.text.length <= 1500);

/** The seed: FUZZ_SEED from the environment (to replay a failure), else a fixed default. */
export function fuzzSeed(defaultSeed: number): number {
  const env = process.env.FUZZ_SEED;
  if (env !== undefined && env !== '') {
    const n = Number(env);
    if (!Number.isInteger(n)) throw new Error(`FUZZ_SEED must be an integer, got ${JSON.stringify(env)}`);
    return n;
  }
  return defaultSeed;
}
