// nlp/retag: tag corrections the speech rules rely on, read through the claims pass's terms.
import * as assert from 'node:assert/strict';
import { getNlp } from '../../src/analysis/nlp/nlp';
import { termsOf } from '../../src/analysis/claims/para';

const tagsOf = (text: string, word: string) => {
  const t = termsOf(getNlp()(text)).find((x) => x.word === word);
  assert.ok(t, `no term "${word}"`);
  return t.tags;
};

describe('nlp/retag: a word after a possessive determiner is a noun', () => {
  for (const text of ['"We will win," her campaign said.', 'Her campaign said the count was fair.', 'Their campaign said nothing.']) {
    it(`"campaign" in ${JSON.stringify(text)} is a noun`, () => {
      const tags = tagsOf(text, 'campaign');
      assert.ok(tags.has('Noun') && !tags.has('Verb'), [...tags].join(','));
    });
  }
  it('"her" after a verb is an object: "saw her leave" keeps its verb', () => {
    assert.ok(tagsOf('Officials saw her leave the hall.', 'leave').has('Verb'));
  });
  it('"her" after a verb is an object: "let her go" keeps its verb', () => {
    assert.ok(tagsOf('The guards let her go at noon.', 'go').has('Verb'));
  });
});
