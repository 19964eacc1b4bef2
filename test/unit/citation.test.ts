// "Copy Claim as Citation" in its three styles, with the speaker's role and the article's title.
import * as assert from 'node:assert/strict';
import type { Claim } from '../../src/analysis/model';
import { articleTitle, formatCitation, type CitationInput } from '../../src/analysis/output/citation';
import { cue, source } from './factories';

const at = { start: 0, end: 4 };

function input(over: Partial<Claim> = {}, rest: Partial<CitationInput> = {}): CitationInput {
  const claim: Claim = {
    id: 'c1',
    kind: 'direct',
    start: 10,
    end: 20,
    text: 'We did not\nchoose this strike.',
    source: source('Marisol Peña', 'person:marisol-pena', at, 'she'),
    cue: cue('told', at),
    ...over,
  };
  return {
    claim,
    source: claim.source,
    entity: { roles: ['union leader', "general secretary of the Harbour Workers' Union"] },
    fileLabel: 'harbour-strike.md',
    line: 5,
    title: 'Dockworkers Walk Out',
    ...rest,
  };
}

describe('citation', () => {
  it('plain: “words” — Speaker, role (cue), in “Title”, file:line', () => {
    assert.equal(
      formatCitation(input()),
      "“We did not choose this strike.” — Marisol Peña, general secretary of the Harbour Workers' Union (told), in “Dockworkers Walk Out”, harbour-strike.md:5",
    );
  });

  it('reported speech never gets quotation marks; no source is "Unattributed"; a bare pronoun names nobody', () => {
    assert.equal(formatCitation(input({ kind: 'reported', text: 'the union would vote' })).startsWith('the union would vote — Marisol Peña'), true);
    const none = input({ source: null, cue: null }, { source: null, entity: undefined, title: undefined });
    assert.equal(formatCitation(none), '“We did not choose this strike.” — Unattributed, harbour-strike.md:5');
    const they = source('they', null, at);
    assert.equal(formatCitation(input({ source: they }, { source: they, entity: undefined, title: undefined })), '“We did not choose this strike.” — Unattributed (told), harbour-strike.md:5');
  });

  it('markdown: a block quote for a quote, one escaped line for reported speech', () => {
    assert.equal(
      formatCitation(input(), 'markdown'),
      "> “We did not choose this strike.”\n>\n> — **Marisol Peña**, general secretary of the Harbour Workers' Union (*told*), in *Dockworkers Walk Out*, `harbour-strike.md:5`",
    );
    const md = formatCitation(input({ kind: 'reported', text: 'it was [a link](command:x) *now*' }, { title: 'A <b>title</b>' }), 'markdown');
    assert.ok(md.startsWith('**Marisol Peña**'), md);
    assert.ok(md.includes('it was \\[a link\\]\\(command:x\\) \\*now\\*'), md);
    assert.ok(md.includes('in *A \\<b\\>title\\</b\\>*'), md);
    assert.ok(!md.includes('>'.repeat(1) + ' “'), 'no block quote for a paraphrase');
  });

  it('APA-like: secondary-source form without a date', () => {
    assert.equal(
      formatCitation(input(), 'apa'),
      "“We did not choose this strike.” (Marisol Peña, general secretary of the Harbour Workers' Union, as cited in “Dockworkers Walk Out,” n.d., harbour-strike.md, line 5).",
    );
    assert.equal(
      formatCitation(input({}, { title: undefined, entity: undefined }), 'apa'),
      '“We did not choose this strike.” (Marisol Peña, as cited in harbour-strike.md, n.d., line 5).',
    );
  });

  it('a very long title (a first line that is a sentence) is cut at a word', () => {
    const long = 'Edmundo González, the self-exiled Venezuelan opposition leader, has stepped up his efforts to garner international backing';
    const cited = formatCitation(input({}, { title: long }));
    assert.ok(cited.includes('in “Edmundo González, the self-exiled Venezuelan opposition leader, has stepped up his efforts to…”'), cited);
  });

  describe('articleTitle', () => {
    it('is the first non-blank line, without Markdown heading marks or emphasis', () => {
      assert.equal(articleTitle('\n\n# Dockworkers *Walk* Out #\n\nBody.', 'markdown'), 'Dockworkers Walk Out');
      assert.equal(articleTitle('Setext Title\n============\n\nBody.', 'markdown'), 'Setext Title');
      assert.equal(articleTitle('\uFEFFPlain first line  \r\nSecond', 'plaintext'), 'Plain first line');
      assert.equal(articleTitle('# not stripped in plain text', 'plaintext'), '# not stripped in plain text');
      assert.equal(articleTitle('   \n\t\n'), undefined);
    });

    it('takes the title from Markdown front matter, and skips it otherwise', () => {
      assert.equal(articleTitle('---\ntitle: "Port Strike"\ndate: 2024\n---\n# Other\n', 'markdown'), 'Port Strike');
      assert.equal(articleTitle('---\nauthor: x\n---\n\n# Heading After\n', 'markdown'), 'Heading After');
    });
  });
});
