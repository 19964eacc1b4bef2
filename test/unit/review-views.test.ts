// The review as the views show it, in plain Node: hover card verdict, note, edit marks and review
// links (escaped, our commands only); the Claims tree's verdict filter, tooltips, progress and the
// "Needs attention" / "Hidden by you" groups.
import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/analysis';
import { lineLookup } from '../../src/analysis/output/exportFormats';
import { AnalysisLookup } from '../../src/analysis/output/lookup';
import { applyReview } from '../../src/analysis/review/apply';
import { buildHoverCard, COMMANDS, HOVER_COMMANDS } from '../../src/extension/hoverCard';
import { buildReviewNodes } from '../../src/extension/review/reviewTreeModel';
import { reviewProgress } from '../../src/extension/review/verdictStyle';
import { buildClaimsTree, claimTooltip, type ClaimNode } from '../../src/extension/views/claimsTreeModel';
import { claimItem, claimWith, entityItem, review, sampleText } from './reviewFactory';

describe('reviews in the views', () => {
  const text = sampleText();
  const raw = analyzeArticle(text, { languageId: 'markdown' });
  const QUOTE = 'Nobody wins a long strike';
  const quote = claimWith(raw, QUOTE);
  const other = claimWith(raw, 'Shipping lines will not wait');
  const hidden = claimWith(raw, 'modernisation plan');
  const gone = claimItem(text, { start: 0, end: 10 }, { id: 'gone', verdict: 'false', note: 'a note' });
  gone.target = { ...gone.target, exact: 'these words were removed from the article long ago' };
  const app = applyReview(
    raw,
    text,
    review(
      [
        claimItem(text, quote, { verdict: 'false', note: '[click](command:workbench.action.quit) <b>x</b>' }),
        claimItem(text, other, { source: { name: 'Henrik Dahl' } }),
        claimItem(text, hidden, { hidden: true, kind: hidden.kind }),
        gone,
      ],
      [entityItem(['Valmera Port Authority'], { ignore: true })],
    ),
  );
  const lineOf = lineLookup(text);
  const lookup = new AnalysisLookup(app.analysis);
  const card = (words: string) => buildHoverCard({ lookup, offset: text.indexOf(words) + 1, uri: 'file:///a.md', lineOf })!.markdown;

  it('the claim card shows the verdict and the note escaped, with review links to our commands only', () => {
    const md = card(QUOTE);
    assert.match(md, /\$\(error\) \*\*False\*\*/);
    assert.ok(md.includes('\\[click\\]\\(command\\:workbench\\.action\\.quit\\)'), 'the note is text, not a link');
    for (const command of [COMMANDS.setVerdict, COMMANDS.editNote, COMMANDS.correctSource, COMMANDS.notAClaim]) assert.ok(md.includes(`command:${command}?`), command);
    const linked = [...md.matchAll(/\]\(command:([\w.]+)/g)].map((m) => m[1]);
    assert.ok(linked.every((c) => HOVER_COMMANDS.includes(c)), JSON.stringify(linked));
  });

  it('marks a corrected source as edited', () => {
    assert.match(card('Shipping lines will not wait'), /\$\(edit\) \*edited \(source\)\*/);
    assert.doesNotMatch(card('We are ready to talk'), /edited/);
  });

  it('filters the tree by verdict', () => {
    const only = buildClaimsTree(app.analysis, lineOf, { mode: 'articleOrder', filter: 'all', verdict: 'false' });
    assert.deepEqual(only.roots.map((n) => (n as ClaimNode).claim.text), [quote.text]);
    assert.equal(only.hidden, app.analysis.claims.length - 1);
    const unreviewed = buildClaimsTree(app.analysis, lineOf, { mode: 'articleOrder', filter: 'all', verdict: 'unreviewed' });
    assert.equal(unreviewed.roots.length, app.analysis.claims.length - 1);
  });

  it('tooltips carry the verdict, note and edits', () => {
    const tree = buildClaimsTree(app.analysis, lineOf, { mode: 'articleOrder', filter: 'all' });
    const node = tree.byClaimId.get(claimWith(app.analysis, QUOTE).id)!;
    assert.match(claimTooltip(node), /Verdict: False\nNote: \[click\]/);
    assert.match(claimTooltip(tree.byClaimId.get(claimWith(app.analysis, 'Shipping lines').id)!), /Edited by you: corrected source/);
  });

  it('counts progress as claims with a verdict other than unreviewed', () => {
    assert.deepEqual(reviewProgress(app.analysis.claims), { reviewed: 1, total: raw.claims.length - 1, label: `1 of ${raw.claims.length - 1} reviewed` });
  });

  it('groups orphaned items under "Needs attention" and hidden claims and names under "Hidden by you"', () => {
    const [attention, hiddenGroup] = buildReviewNodes(app, lineOf);
    assert.equal(attention.label, 'Needs attention');
    assert.deepEqual(attention.children.map((c) => [c.itemId, c.role, c.description]), [['gone', 'orphan', 'False: a note']]);
    assert.match(attention.children[0].label, /these words were removed/);
    assert.equal(hiddenGroup.label, 'Hidden by you');
    assert.deepEqual(hiddenGroup.children.map((c) => c.role).sort(), ['hidden', 'ignored']);
    assert.ok(hiddenGroup.children.every((c) => c.parent === hiddenGroup));
    assert.deepEqual(buildReviewNodes(applyReview(raw, text, undefined), lineOf), []);
  });
});
