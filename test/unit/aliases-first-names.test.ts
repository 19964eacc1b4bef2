// First-name mentions (interview style): "Frank" joins "Frank Lindqvist" when he is the only person
// with that first name and nobody has it as a surname. Articles here are written for these tests.
import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/analysis';
import type { Analysis } from '../../src/analysis/model';

function mentionsOf(a: Analysis, text: string, name: string): string[] {
  const e = a.entities.find((x) => x.name === name);
  assert.ok(e, `no entity "${name}" in: ${a.entities.map((x) => `${x.type}:${x.name}`).join(', ')}`);
  return e.mentions.map((m) => text.slice(m.start, m.end));
}

const greeting = "When fans meet him, they say, 'Hey Frank, my name is John,' and he laughs.";

describe('aliases: first-name mentions', () => {
  it('joins a bare first name to the only person who has it', () => {
    const text = ['Wikinews spoke with the potter Frank Lindqvist about his new kiln.', greeting].join('\n\n');
    const a = analyzeArticle(text);
    assert.deepEqual(mentionsOf(a, text, 'Frank Lindqvist'), ['Frank Lindqvist', 'Frank']);
  });

  it('leaves a first name alone when two people share it', () => {
    const text = ['The potters Frank Lindqvist and Frank Holm opened a studio.', greeting].join('\n\n');
    const a = analyzeArticle(text);
    assert.deepEqual(mentionsOf(a, text, 'Frank Lindqvist'), ['Frank Lindqvist']);
    assert.deepEqual(mentionsOf(a, text, 'Frank Holm'), ['Frank Holm']);
  });

  it('prefers a surname over a first name', () => {
    const text = ['The potter Frank Lindqvist met the painter Sara Frank.', greeting].join('\n\n');
    const a = analyzeArticle(text);
    assert.deepEqual(mentionsOf(a, text, 'Frank Lindqvist'), ['Frank Lindqvist']);
  });
});
