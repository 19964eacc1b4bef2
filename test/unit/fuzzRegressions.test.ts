// Inputs the fuzzer found breaking the core, kept as plain regression tests (each names the fix).
import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/analysis';
import { analyzeParagraph } from '../../src/analysis/paragraph';
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

  it('a name or quote made of decomposed accents after a mark still maps to valid spans', () => {
    assertClean('Tomás Herrera said "não."'.normalize('NFD'));
    assertClean(' \u0f73 Li Wei said "\u0344yes\u0958."');
  });
});
