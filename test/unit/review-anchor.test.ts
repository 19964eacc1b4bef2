// Re-anchoring review targets in edited text: exact words nearest the hint (context first), the
// words between the old prefix and suffix, then an approximate match; gone words are not placed.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { anchor, contextScore, describeTarget } from '../../src/analysis/review/anchor';
import { sampleText, spanOf } from './reviewFactory';

describe('review anchoring', () => {
  const text = sampleText();
  const quote = spanOf(text, 'Nobody wins a long strike');
  const target = describeTarget(text, quote.start, quote.end);

  it('describes a target with up to 32 characters of context on each side', () => {
    assert.equal(target.exact, 'Nobody wins a long strike');
    assert.equal(target.prefix.length, 32);
    assert.equal(target.suffix.length, 32);
    assert.ok(text.slice(0, quote.start).endsWith(target.prefix));
    assert.ok(text.slice(quote.end).startsWith(target.suffix));
    const atStart = describeTarget(text, 0, 5);
    assert.equal(atStart.prefix, '');
  });

  it('finds unchanged text at its position hint', () => {
    assert.deepEqual(anchor(text, target), { start: quote.start, end: quote.end, method: 'position' });
  });

  it('finds the words again after a paragraph is inserted above', () => {
    const inserted = 'A new paragraph about something else entirely, with "its own quote".\n\n';
    const edited = inserted + text;
    const found = anchor(edited, target);
    assert.ok(found);
    assert.equal(edited.slice(found.start, found.end), target.exact);
    assert.equal(found.start, quote.start + inserted.length);
    assert.equal(found.method, 'exact');
  });

  it('prefers the copy whose context matches over a nearer copy', () => {
    const t = 'Intro. "We are ready to talk," said A.\n\nMiddle text here that is long enough to matter.\n\n"We are ready to talk," said B later on.';
    const second = t.lastIndexOf('We are ready to talk');
    const target2 = describeTarget(t, second, second + 'We are ready to talk'.length);
    // Shift the second copy far away, and point the hint at the first copy.
    const edited = t.replace('Middle text', 'Middle text'.repeat(10));
    const found = anchor(edited, { ...target2, start: t.indexOf('We are ready') });
    assert.ok(found);
    assert.equal(found.start, edited.lastIndexOf('We are ready to talk'));
  });

  it('takes the words between the old prefix and suffix when they were rewritten', () => {
    const edited = text.replace('Nobody wins a long strike', 'No one ever wins a strike that drags on');
    const found = anchor(edited, target);
    assert.ok(found);
    assert.equal(found.method, 'context');
    assert.equal(edited.slice(found.start, found.end), 'No one ever wins a strike that drags on');
  });

  it('re-anchors slightly edited words approximately, even with their context changed', () => {
    const long = spanOf(text, 'The offer on the table is fair, and it is the best this port can afford');
    const t = describeTarget(text, long.start, long.end);
    const edited = text
      .replace('The offer on the table is fair, and it is the best this port can afford', 'The offer on the table is fair and it is the best the port can afford')
      .replace('Dahl said in a statement', 'Dahl wrote in a letter');
    const found = anchor(edited, t);
    assert.ok(found);
    assert.equal(found.method, 'fuzzy');
    const words = edited.slice(found.start, found.end);
    assert.match(words, /^The offer on the table is fair and it is the best the port can affor/);
  });

  it('prefers the old place with its words edited over the same words elsewhere without their context', () => {
    const t = 'Intro. The mayor said "we will rebuild the old bridge by spring" at the meeting.\n\nLater, a poster read: we will rebuild the old bridge by spring!';
    const at = t.indexOf('we will rebuild');
    const target2 = describeTarget(t, at, at + 'we will rebuild the old bridge by spring'.length);
    const edited = t.replace('"we will rebuild the old bridge by spring"', '"we will rebuild the old bridges by spring"');
    const found = anchor(edited, target2);
    assert.ok(found);
    assert.equal(edited.slice(found.start, found.end), 'we will rebuild the old bridges by spring');
  });

  it('finds rewritten words by the inner half of their context when the far end changed too', () => {
    const t = `${'x'.repeat(40)} Far words here. Near words, "the pier is closed today," she said, near words after. Far words there.`;
    const at = t.indexOf('the pier');
    const target2 = describeTarget(t, at, at + 'the pier is closed today,'.length);
    const edited = t.replace('Far words here', 'FAR words here').replace('Far words there', 'FAR words there').replace('the pier is closed today,', 'nothing is open on the waterfront,');
    const found = anchor(edited, target2);
    assert.equal(found?.method, 'context');
    assert.equal(edited.slice(found!.start, found!.end), 'nothing is open on the waterfront,');
  });

  it('does not place words that were deleted', () => {
    const edited = text.replace('"Nobody wins a long strike," the minister said, adding', 'The minister added');
    assert.equal(anchor(edited, target), undefined);
  });

  it('does not match short words approximately without their context', () => {
    const short = describeTarget('He said "yes" then.', 9, 12);
    assert.equal(anchor('Completely different text with yet more words.', short), undefined);
  });

  it('scores context from 0 (none matches) to 1 (all matches)', () => {
    assert.equal(contextScore(text, target, quote.start, quote.end), 1);
    assert.equal(contextScore('x'.repeat(200), target, 50, 75), 0);
  });

  it('always finds unchanged words whatever is inserted or deleted elsewhere (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ at: fc.nat(), del: fc.nat({ max: 40 }), ins: fc.string({ maxLength: 60 }) }), { maxLength: 6 }),
        (edits) => {
          let t = text;
          let start = quote.start;
          for (const e of edits) {
            // Edits land outside the quote and its 32-character context.
            const before = e.at % 2 === 0;
            const room = before ? Math.max(0, start - 40) : t.length - (start + target.exact.length + 40);
            if (room <= 0) continue;
            const pos = before ? e.at % room : start + target.exact.length + 40 + (e.at % room);
            const del = Math.min(e.del, before ? Math.max(0, start - 40 - pos) : t.length - pos);
            t = t.slice(0, pos) + e.ins + t.slice(pos + del);
            if (before) start += e.ins.length - del;
          }
          const found = anchor(t, target);
          assert.ok(found);
          assert.equal(t.slice(found.start, found.end), target.exact);
          // Unique words: the one copy there is.
          if (t.indexOf(target.exact) === t.lastIndexOf(target.exact)) assert.equal(found.start, start);
        },
      ),
      { seed: 10, numRuns: 200 },
    );
  });
});
