// Claims in the article users start from (../shared/samples/seed.txt, read-only, not in the
// repository) and in the project's own sample (samples/harbour-strike.md).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle } from '../../src/analysis';
import type { Analysis, Claim } from '../../src/analysis/model';

const ROOT = path.join(__dirname, '..', '..', '..');

function claimWith(a: Analysis, words: string, kind?: Claim['kind']): Claim {
  const c = a.claims.find((x) => x.text.includes(words) && (!kind || x.kind === kind));
  assert.ok(c, `no ${kind ?? ''} claim containing "${words}" in:\n${a.claims.map((x) => `  ${x.kind} ${JSON.stringify(x.text)} <- ${x.source?.name}`).join('\n')}`);
  return c;
}

describe('claims: seed article (../shared/samples/seed.txt)', function () {
  const seed = path.resolve(ROOT, '..', 'shared', 'samples', 'seed.txt');
  let text = '';
  let a: Analysis;
  before(function () {
    if (!fs.existsSync(seed)) {
      console.log(`    skipped: ${seed} is missing (the shared sample lives outside the repository)`);
      this.skip();
    }
    text = fs.readFileSync(seed, 'utf8');
    a = analyzeArticle(text);
  });

  it('finds exactly the three direct quotes, whole, with their speakers and cues', () => {
    const direct = a.claims.filter((c) => c.kind === 'direct');
    assert.equal(direct.length, 3, direct.map((c) => c.text).join(' | '));
    const gonzalez = claimWith(a, 'Venezuela is facing a critical situation', 'direct');
    assert.ok(gonzalez.text.endsWith('These elections were openly stolen.'), 'the two-sentence quote is one claim');
    assert.equal(gonzalez.source?.entityId, 'person:edmundo-gonzalez');
    assert.equal(gonzalez.cue?.text, 'said');
    const petro = claimWith(a, 'We cannot recognize elections', 'direct');
    assert.equal(petro.source?.entityId, 'person:gustavo-petro');
    const mulino = claimWith(a, 'Panama is with you', 'direct');
    assert.equal(mulino.source?.entityId, 'person:jose-raul-mulino');
    assert.equal(mulino.cue?.text, 'told');
    for (const c of direct) assert.equal(text.slice(c.start - 1, c.start), '"');
  });

  it('finds González\'s reported claims: the tally sheets ("he said were …") and the kidnapping ("claimed")', () => {
    const sheets = claimWith(a, 'original electoral tally sheets', 'reported');
    assert.equal(sheets.source?.entityId, 'person:edmundo-gonzalez');
    assert.equal(text.slice(sheets.source!.start, sheets.source!.end), 'he');
    assert.equal(sheets.cue?.text, 'said');
    const kidnap = claimWith(a, 'son-in-law had been kidnapped', 'reported');
    assert.equal(kidnap.text, 'his son-in-law had been kidnapped');
    assert.equal(kidnap.source?.entityId, 'person:edmundo-gonzalez');
    assert.equal(kidnap.cue?.text, 'claimed');
  });

  it('finds Petro\'s announcement, with the content only', () => {
    const c = claimWith(a, 'would not attend', 'reported');
    assert.equal(c.text, "he would not attend Maduro's inauguration");
    assert.equal(c.source?.entityId, 'person:gustavo-petro');
    assert.equal(c.cue?.text, 'announced');
  });

  it('finds the opposition\'s claims ("decried …", "It says …") with the opposition as source, not a person', () => {
    const decried = claimWith(a, 'July election as fraudulent', 'reported');
    assert.equal(decried.cue?.text, 'decried');
    assert.match(decried.source?.name ?? '', /opposition/i);
    assert.equal(decried.source?.entityId, null);
    const says = claimWith(a, 'obtained the results', 'reported');
    assert.equal(says.cue?.text, 'says');
    assert.match(says.source?.name ?? '', /opposition/i);
  });

  it('gives the headline "González Says Son-in-Law Kidnapped" to González, and claims nothing that was not said ("has not revealed")', () => {
    const headline = claimWith(a, 'Son-in-Law Kidnapped', 'reported');
    assert.equal(headline.source?.entityId, 'person:edmundo-gonzalez');
    for (const c of a.claims) assert.doesNotMatch(c.text, /plans to accomplish|What People Are Saying/);
  });
});

describe('claims: project sample (samples/harbour-strike.md)', () => {
  const file = path.join(ROOT, 'samples', 'harbour-strike.md');
  const text = fs.readFileSync(file, 'utf8');
  const a = analyzeArticle(text, { languageId: 'markdown' });

  it('attributes quotes before and after their speaker, curly and straight, split and partial', () => {
    assert.equal(claimWith(a, 'We did not choose this strike', 'direct').source?.name, 'Marisol Peña');
    assert.equal(claimWith(a, 'That is not an offer', 'direct').source?.name, 'Marisol Peña');
    assert.equal(claimWith(a, 'Shipping lines will not wait', 'direct').source?.name, 'Adaeze Okonkwo');
    assert.equal(claimWith(a, 'If the strike lasts', 'direct').source?.name, 'Adaeze Okonkwo');
    assert.equal(claimWith(a, 'offer on the table is fair', 'direct').source?.name, 'Henrik Dahl');
    assert.equal(claimWith(a, 'an insult to every worker here', 'direct').source?.name, 'Marisol Peña');
    // The partial quote is part of her reported claim (listed once, as reported: claims-overlap.test).
    assert.equal(claimWith(a, 'for as long as it takes', 'reported').source?.name, 'Marisol Peña');
  });

  it('resolves "the minister" and "the agency" to the entities that hold those roles', () => {
    assert.equal(claimWith(a, 'Nobody wins a long strike', 'direct').source?.name, 'Lucía Ferreira');
    assert.match(claimWith(a, 'perishable cargo', 'reported').source?.name ?? '', /Port Authority/);
  });

  it('keeps the speaker across a quote that runs over two paragraphs', () => {
    assert.equal(claimWith(a, 'We have always been ready to talk', 'direct').source?.name, 'Marisol Peña');
    assert.equal(claimWith(a, 'we will not be rushed', 'direct').source?.name, 'Marisol Peña');
  });

  it('does not claim the scare-quoted plan, and reads apostrophes as apostrophes', () => {
    assert.equal(a.claims.find((c) => c.kind === 'direct' && /modernisation plan|90s|Connell/.test(c.text)), undefined);
  });

  it('finds reported speech with its cue: according to, said on Sunday that, warned, officials said', () => {
    assert.equal(claimWith(a, 'roughly a third', 'reported').cue?.text, 'according to');
    const offer = claimWith(a, '6 percent raise', 'reported');
    assert.equal(offer.text, 'the authority had offered a 6 percent raise over two years');
    assert.equal(offer.source?.name, 'Henrik Dahl');
    assert.equal(claimWith(a, 'ripple through supply chains', 'reported').cue?.text, 'warned');
    assert.match(claimWith(a, '40 ships', 'reported').source?.name ?? '', /^officials$/i);
  });
});
