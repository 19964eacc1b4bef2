// Markdown, CSV and JSON exports carry the reviewer's verdicts, notes, edit marks and orphaned items.
import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/analysis';
import { CSV_COLUMNS, formatCsv, formatJson, formatMarkdown } from '../../src/analysis/output/exportFormats';
import { applyReview } from '../../src/analysis/review/apply';
import { parseCsv } from './exportFormatsCsv';
import { claimItem, claimWith, review, sampleText } from './reviewFactory';

describe('exports of a reviewed analysis', () => {
  const text = sampleText();
  const raw = analyzeArticle(text, { languageId: 'markdown' });
  const quote = claimWith(raw, 'Nobody wins a long strike');
  const other = claimWith(raw, 'Shipping lines will not wait');
  const gone = { ...claimItem(text, { start: 0, end: 20 }, { id: 'gone', verdict: 'disputed' as const, note: 'headline' }) };
  gone.target = { ...gone.target, exact: 'words that are nowhere in this article at all', prefix: '', suffix: '' };
  const app = applyReview(
    raw,
    text,
    review([claimItem(text, quote, { verdict: 'false', note: 'minister denies, see *transcript*' }), claimItem(text, other, { source: { name: 'Henrik Dahl' } }), gone]),
  );

  it('JSON: review, edited and orphaned, additive to claimlens/1', () => {
    const json = JSON.parse(formatJson(app.analysis));
    assert.equal(json.schema, 'claimlens/1');
    const c = json.claims.find((x: { text: string }) => x.text === quote.text);
    assert.deepEqual(c.review, { verdict: 'false', note: 'minister denies, see *transcript*', updated: '2026-12-04T10:00:00.000Z' });
    assert.deepEqual(json.claims.find((x: { text: string }) => x.text === other.text).edited, ['source']);
    assert.equal(json.orphaned.length, 1);
    assert.equal(json.orphaned[0].id, 'gone');
    // Unreviewed claims have neither field: old readers see the same objects as before.
    const plain = json.claims.find((x: { text: string }) => x.text !== quote.text && x.text !== other.text);
    assert.ok(!('review' in plain) && !('edited' in plain));
    assert.ok(!('orphaned' in JSON.parse(formatJson(raw))));
  });

  it('CSV: verdict, note and edited columns after the old ones', () => {
    const rows = parseCsv(formatCsv(app.analysis, text));
    assert.deepEqual(rows[0].slice(0, 9), ['id', 'kind', 'source', 'source_entity_id', 'cue', 'line', 'start', 'end', 'text']);
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    const row = rows.find((r) => r[col('text')] === quote.text)!;
    assert.equal(row[col('verdict')], 'false');
    assert.equal(row[col('note')], 'minister denies, see *transcript*');
    assert.equal(rows.find((r) => r[col('text')] === other.text)![col('edited')], 'source');
    assert.ok(rows.slice(1).filter((r) => r !== row).every((r) => r[col('verdict')] === 'unreviewed'));
  });

  it('Markdown: the verdict and note after the claim, escaped, and a "Needs attention" section', () => {
    const md = formatMarkdown(app.analysis, text, { title: 'harbour-strike.md' });
    const line = md.split('\n').find((l) => l.includes('Nobody wins a long strike'))!;
    assert.match(line, / — \*\*False\*\*: minister denies, see \\\*transcript\\\*$/);
    assert.match(md, /## Needs attention\n\n1 review item could not be placed on the text:\n\n- “words that are nowhere in this article at all” — \*\*Disputed\*\*: headline/);
    assert.match(md.split('\n').find((l) => l.includes('Shipping lines will not wait'))!, /_\(edited: source\)_$/);
  });
});
