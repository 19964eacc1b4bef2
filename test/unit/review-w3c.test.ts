// The W3C Web Annotation export: a JSON-LD collection, one annotation per (reviewed) claim with
// both selectors pointing at the claim's words, and kind, source, stance, verdict and note in its body.
import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/analysis';
import { applyReview } from '../../src/analysis/review/apply';
import { formatW3c, W3C_CONTEXT } from '../../src/analysis/review/w3c';
import { claimItem, claimWith, review, sampleText } from './reviewFactory';

interface Body {
  type: string;
  purpose: string;
  value: string;
}
interface Annotation {
  id: string;
  type: string;
  motivation: string;
  body: Body[];
  target: { source: string; selector: Array<{ type: string; exact?: string; prefix?: string; suffix?: string; start?: number; end?: number }> };
}

describe('W3C Web Annotation export', () => {
  const text = sampleText();
  const raw = analyzeArticle(text, { languageId: 'markdown' });
  const quote = claimWith(raw, 'Nobody wins a long strike');
  const hiddenClaim = claimWith(raw, 'modernisation plan');
  const app = applyReview(
    raw,
    text,
    review([claimItem(text, quote, { verdict: 'false', note: 'no such statement' }), claimItem(text, hiddenClaim, { hidden: true, kind: hiddenClaim.kind })]),
  );
  const doc = JSON.parse(formatW3c(app.analysis, text, { source: 'file:///news/harbour-strike.md', label: 'harbour-strike.md' }));
  const items = doc.first.items as Annotation[];

  it('is an AnnotationCollection with the Web Annotation context and one annotation per shown claim', () => {
    assert.equal(doc['@context'], W3C_CONTEXT);
    assert.equal(doc.type, 'AnnotationCollection');
    assert.equal(doc.total, raw.claims.length - 1);
    assert.equal(items.length, doc.total);
    assert.equal(doc.first.type, 'AnnotationPage');
    assert.equal(new Set(items.map((a) => a.id)).size, items.length, 'ids are unique');
  });

  it('targets each claim with a TextQuoteSelector and a TextPositionSelector that agree with the text', () => {
    for (const a of items) {
      assert.equal(a.type, 'Annotation');
      assert.equal(a.target.source, 'file:///news/harbour-strike.md');
      const quoteSel = a.target.selector.find((s) => s.type === 'TextQuoteSelector')!;
      const pos = a.target.selector.find((s) => s.type === 'TextPositionSelector')!;
      assert.equal(text.slice(pos.start, pos.end), quoteSel.exact);
      assert.ok(text.slice(0, pos.start).endsWith(quoteSel.prefix!));
      assert.ok(text.slice(pos.end).startsWith(quoteSel.suffix!));
    }
  });

  it('carries kind, source, stance, verdict and note in the body, by purpose', () => {
    const a = items.find((x) => x.target.selector.some((s) => s.exact === quote.text))!;
    const by = (purpose: string) => a.body.find((b) => b.purpose === purpose)?.value;
    assert.equal(a.motivation, 'assessing');
    assert.equal(by('classifying'), 'direct');
    assert.equal(by('identifying'), quote.source?.name);
    assert.equal(by('tagging'), quote.cue?.stance);
    assert.equal(by('assessing'), 'false');
    assert.equal(by('commenting'), 'no such statement');
    assert.ok(a.body.every((b) => b.type === 'TextualBody'));
    const unreviewed = items.find((x) => x !== a)!;
    assert.equal(unreviewed.body.find((b) => b.purpose === 'assessing')?.value, 'unreviewed');
    assert.equal(unreviewed.motivation, 'identifying');
  });

  it('leaves hidden claims out', () => {
    assert.ok(!items.some((a) => a.target.selector.some((s) => s.exact === hiddenClaim.text)));
  });
});
