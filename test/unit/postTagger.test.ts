// postTagger.ts stands in for compromise's own 'postTagger' step in the batched first pass: every
// term must come out with exactly the tags (in the same order) compromise itself gives it.
import * as assert from 'node:assert/strict';
import { getNlp, type Doc } from '../../src/analysis/nlp/nlp';
import { canFastPostTag, fastPostTagger } from '../../src/analysis/nlp/postTagger';
import { BENCHMARK, generateArticle, readBenchmarkTexts, readSample } from '../../bench/generate';

/* eslint-disable @typescript-eslint/no-explicit-any */
/** `text` tokenised and tagged by every step before 'postTagger', then by `post`. */
function tagged(text: string, post: (view: Doc) => void): Doc {
  const nlp = getNlp() as any;
  const world = nlp._world;
  const View = nlp.tokenize('').constructor;
  const view = new View(world.methods.one.tokenize.fromString(text, world));
  const hooks = world.hooks as string[];
  view.compute(hooks.slice(0, hooks.indexOf('postTagger')));
  post(view);
  return view;
}

/** Everything the later steps and the extractors can read from a term. */
function termState(view: Doc): unknown[] {
  return (view.docs as any[][]).flat().map((t) => ({ text: t.text, normal: t.normal, tags: [...t.tags], frozen: t.frozen, chunk: t.chunk, switch: t.switch, index: t.index }));
}

function assertSameTags(text: string): void {
  const expected = termState(tagged(text, (v) => v.compute('postTagger')));
  const actual = termState(tagged(text, fastPostTagger));
  assert.deepEqual(actual, expected, `tags differ on ${JSON.stringify(text.slice(0, 80))}`);
}

describe('fast postTagger', function () {
  this.timeout(300_000);

  it('is available with the installed compromise', () => {
    assert.ok(canFastPostTag((getNlp() as any)._world));
  });

  it('tags the sample article and a generated article as compromise does', () => {
    assertSameTags(readSample());
    assertSameTags(generateArticle(30_000));
  });

  it('tags awkward text as compromise does', () => {
    for (const text of [
      '',
      '—',
      'King Henrik of Sandport, a saint-like man, said: "We will not go back."',
      "It's the union's call, they're saying; I'd have gone, wouldn't you?",
      'On Tuesday, March 3rd 2026 at 4:30pm, 1,200 workers walked out - the third time since 1998.',
      'U.S. officials, who declined to be named, said the talks would resume, according to Reuters.',
      'Dr. Amara Mensah-Berg, the port authority\'s chief executive, called it "an insult".',
    ]) {
      assertSameTags(text);
    }
  });

  it('tags the benchmark articles as compromise does', function () {
    const texts = readBenchmarkTexts();
    if (!texts) {
      console.log(`      (skipped: ${BENCHMARK} not found; the shared benchmark set is optional)`);
      return this.skip();
    }
    assert.ok(texts.length > 10);
    texts.forEach(assertSameTags);
  });
});
