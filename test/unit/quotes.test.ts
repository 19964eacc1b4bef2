// The quotation-mark scanner (quotes.ts): which marks pair up, what is an apostrophe, and what an
// unbalanced mark does. Paragraphs here are written for these tests.
import * as assert from 'node:assert/strict';
import { scanQuotes } from '../../src/analysis/claims/quotes';

function contents(text: string): string[] {
  return scanQuotes(text).map((q) => text.slice(q.start, q.end));
}

describe('quotes: scanning marks', () => {
  it('pairs straight and curly double quotes', () => {
    assert.deepEqual(contents('She said: "The pier is closed." He said: “It opens at noon.”'), ['The pier is closed.', 'It opens at noon.']);
  });

  it('keeps a quote of many sentences whole', () => {
    const body = 'One. Two sentences here. Three is longer, with a comma. Four! Five? Six.';
    assert.deepEqual(contents(`The clerk said: "${body}"`), [body]);
  });

  it('finds both halves of a quote split around its speaker', () => {
    assert.deepEqual(contents('"We are tired," she said, "and we are not done."'), ['We are tired,', 'and we are not done.']);
  });

  it('treats apostrophes as apostrophes: possessives, names, elisions, decades', () => {
    const text = "Maduro's allies met O'Connell in the '90s style; the workers' union and rock 'n' roll don't count.";
    assert.deepEqual(scanQuotes(text), []);
  });

  it('reads British single quotes as quotation marks, across a plural possessive inside', () => {
    assert.deepEqual(contents("She called it 'an insult to the dockers' families' and left."), ["an insult to the dockers' families"]);
    assert.deepEqual(contents('He said ‘not today’ and smiled.'), ['not today']);
  });

  it('pairs a curly closing mark used as an opener and vice versa by context', () => {
    assert.deepEqual(contents('He wrote, "the decision is misguided.“ Then he left.'), ['the decision is misguided.']);
  });

  it("accepts the ``TeX'' pair, even with a space after the opener", () => {
    assert.deepEqual(contents("`` I say brains matter more than oil.'' — the president"), ['I say brains matter more than oil.']);
  });

  it('opens a double quote right after a colon with no space, and reads spaced guillemets', () => {
    assert.deepEqual(contents('Dahl said:"The offer stands." Then he left.'), ['The offer stands.']);
    assert.deepEqual(contents('Le maire a dit : « Le port rouvrira » hier.'), ['Le port rouvrira']);
  });

  it('marks a quote that runs to the end of the paragraph as unclosed', () => {
    const text = '"We will stay out until the offer changes. Every member agrees.';
    const q = scanQuotes(text);
    assert.equal(q.length, 1);
    assert.equal(q[0].unclosed, true);
    assert.equal(text.slice(q[0].start, q[0].end), text.slice(1));
    assert.equal(q[0].open, 0);
    assert.equal(q[0].close, text.length);
  });

  it('keeps closed quotes closed, with the mark offsets', () => {
    const text = 'He said "yes" twice.';
    const [q] = scanQuotes(text);
    assert.equal(q.unclosed, false);
    assert.equal(text[q.open], '"');
    assert.equal(text[q.close - 1], '"');
  });

  it('does not swallow text after a stray closing mark, and never crashes on a lone mark', () => {
    assert.deepEqual(scanQuotes('The crane is 40" tall and the dock is busy.'), []);
    assert.deepEqual(scanQuotes('"'), []);
    assert.deepEqual(scanQuotes('“”'), []);
    assert.deepEqual(contents('It ended.” Then "a new one" began.'), ['a new one']);
  });

  it('returns spans inside the text for any mix of marks (property over generated strings)', () => {
    const alphabet = ['"', '“', '”', "'", '‘', '’', '`', ' ', 'a', 'b', '.', ',', 's', '\u00e9'];
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 2000; n++) {
      const len = Math.floor(rand() * 30);
      let text = '';
      for (let i = 0; i < len; i++) text += alphabet[Math.floor(rand() * alphabet.length)];
      let last = -1;
      for (const q of scanQuotes(text)) {
        assert.ok(q.open < q.start && q.start < q.end && q.end <= q.close && q.close <= text.length, JSON.stringify({ text, q }));
        assert.ok(q.open >= last, `overlapping quotes in ${JSON.stringify(text)}`);
        last = q.close;
      }
    }
  });
});
