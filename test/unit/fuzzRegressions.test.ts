// Inputs the fuzzer found breaking the core, kept as plain regression tests (each names the fix).
import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/analysis';
import { analyzeParagraph } from '../../src/analysis/nlp/paragraph';
import { analysisProblems } from '../fuzz/invariants';

const LANGS = ['plaintext', 'markdown'] as const;

function assertClean(text: string): void {
  for (const languageId of LANGS) {
    assert.deepEqual(analysisProblems(text, analyzeArticle(text, { languageId })), [], `${languageId}: ${JSON.stringify(text)}`);
  }
}

describe('fuzz regressions', () => {
  // bench:fuzz seed 1 case 189. speech.ts directQuotes: a quote holding only punctuation gave an
  // empty claim once its trailing ":" was trimmed.
  it('a quotation mark followed only by punctuation makes no empty claim', () => {
    for (const t of ['Kwame Mensah said:\n“:', 'Kwame Mensah said that the port.\n»:', 'Kwame Mensah said "x" and\n":', 'Li Wei said: ",;"']) {
      assertClean(t);
      for (const f of analyzeParagraph(t).speech) {
        assert.ok((f as { intro?: boolean }).intro || f.start < f.end, `empty speech fact in ${JSON.stringify(t)}: ${JSON.stringify(f)}`);
      }
    }
  });

  // fuzz seed 11 (after multi-paragraph cases were added). speech.ts verbCue: a parenthetical
  // attribution ("Most of the cargo, said X, will …") claimed the whole sentence, its own source
  // included; it now keeps the longer side of the attribution.
  it('a parenthetical attribution never claims its own source', () => {
    for (const t of ['"a, z said, he\r\ud800', 'Most of the cargo, said Henrik Dahl, will be moved by rail next week.', 'That, I think, started the strike at the port.', '**"the," Marta Núñez said.** 「the,」 he said. 「the.」\r\ud800\r\n']) {
      assertClean(t);
    }
  });

  // bench:fuzz seed 459835407 case 5077. buildClaims.ts: corner brackets are no quotation marks, so
  // "「…,」 X added." read as reported speech whose subject sat inside its own content. A source
  // inside the words it would be the source of is no candidate, unless parenthetical.
  it('no claim takes a source from inside its own words', () => {
    assertClean('**「afraid strike rise waiting strike deal strike,」 Zoë Laurent added.** _「afraid strike rise waiting strike deal strike,」 Zoë Laurent added._ `「afraid strike rise waiting strike deal strike,」 Zoë Laurent added.`');
  });

  // fuzz seed 14. roles.ts apposition(): an apposition running to the paragraph's last term read
  // past the end of the term list (TypeError: reading 'lower' of undefined).
  it('an apposition that runs to the end of the paragraph does not throw', () => {
    assertClean('According to Lisbon, the closed until afraid million.🏳️‍🌈\n[ref]: http://example.invalid/ "title"\nMarta Núñez said that the the.\r');
    assertClean('He met Li Wei, the head');
    assertClean('Marta Núñez, a port');
  });

  // fuzz seed 16. assemble.ts mapped starts down and ends up inside a character NFC changed, so a
  // source ending and a claim starting inside "s\u0301\u0f73" overlapped once mapped back.
  it('spans that touch inside a character NFC changed do not overlap once mapped back', () => {
    assertClean('According to Reuters\u0301\u0f73, no will deal the rise no today the.\n');
    assertClean('Li Wei\u0344 said that the port\u0958 is closed.');
  });

  it('a name or quote made of decomposed accents after a mark still maps to valid spans', () => {
    assertClean('Tomás Herrera said "não."'.normalize('NFD'));
    assertClean(' \u0f73 Li Wei said "\u0344yes\u0958."');
  });
});

describe('fuzz regressions: long paragraphs', function () {
  this.timeout(300_000);
  // bench:fuzz "1 MB prose on a single line" ran for minutes: compromise is superlinear in the
  // length of one paragraph (100 KB 11 s, 200 KB 44 s). paragraphs.ts now cuts paragraphs over
  // guards.MAX_UNIT_CHARS into units at sentence ends.
  it('a 120 KB paragraph on one line is analysed in units, with valid spans and its quotes found', () => {
    const prose = (i: number) => `Marta Núñez of the Harbour Authority said "berth ${i} stays closed" in Lisbon, and Li Wei warned that costs rise; `;
    const line = Array.from({ length: 3000 }, (_, i) => prose(i)).join('').slice(0, 120_000);
    const t0 = performance.now();
    const a = analyzeArticle(line);
    console.log(`      120 KB single line: ${Math.round(performance.now() - t0)} ms, ${a.claims.length} claims`);
    assert.deepEqual(analysisProblems(line, a), []);
    const quotes = a.claims.filter((c) => c.kind === 'direct' && /^berth \d+ stays closed$/.test(c.text));
    assert.ok(quotes.length > 900, `only ${quotes.length} of ~1,040 quotes found`);
  });
});
