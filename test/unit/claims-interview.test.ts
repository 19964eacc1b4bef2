// claims/interview: in a Q&A the answers' "I" is the interviewee named at the top, and a question
// is not a claim. The interview is written for this test.
import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/analysis';

const INTERVIEW = [
  'ClaimLens Weekly interviews Ana Lott, the engineer behind the Ashford dam',
  'Last month the county reopened the dam. We spoke with Ana Lott, its chief engineer, about the repairs.',
  'Do you think the dam is safe now?',
  'I think the dam is safer than it has been in forty years. We replaced every gate.',
  'What worried you most during the repairs?',
  'I believe the spillway was the weakest part, and we rebuilt it first.',
].join('\n\n');

describe('claims/interview: answers belong to the interviewee', () => {
  const a = analyzeArticle(INTERVIEW);

  it('"I think …" in an answer is a claim of the interviewee', () => {
    for (const words of ['the dam is safer', 'the spillway was the weakest']) {
      const c = a.claims.find((x) => x.text.includes(words));
      assert.ok(c, `no claim with "${words}"`);
      assert.equal(c.source?.name, 'Ana Lott');
      assert.equal(c.source?.text, 'I');
    }
  });

  it('a question is not a claim', () => {
    assert.equal(a.claims.find((x) => x.text.includes('the dam is safe now')), undefined);
  });

  it('without an interviewee named at the top, "I" stays as written', () => {
    const plain = INTERVIEW.split('\n\n').slice(2).join('\n\n');
    const c = analyzeArticle(plain).claims.find((x) => x.text.includes('the dam is safer'));
    assert.notEqual(c?.source?.name, 'Ana Lott');
  });
});
