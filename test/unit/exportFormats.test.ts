import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import type { Analysis, Claim } from '../../src/analysis/model';
import { analyzeArticle } from '../../src/analysis';
import {
  CSV_COLUMNS,
  csvCell,
  escapeMarkdown,
  formatCsv,
  formatJson,
  formatMarkdown,
  groupBySource,
  lineLookup,
} from '../../src/analysis/output/exportFormats';
import { parseCsv } from './exportFormatsCsv';
import { isClaimLensExport } from '../../src/analysis/output/exportMarker';
import { cue as mkCue, source as mkSource } from './factories';

// A hand-made analysis over a small article, with spans found by searching the text so the
// fixture cannot drift from its own words.
const ARTICLE = [
  'Ana Ruiz, the mayor of Lindow, spoke on Monday.',
  '',
  '"We will rebuild the bridge, whatever it costs," Ruiz said.',
  '',
  'Officials said the work could take "=SUM(A1:A9)" months, a *rough* estimate.',
  '',
  'Ruiz claimed that the river, "the old one",\r\nhad never flooded before.',
  '',
  '"-5 degrees and [falling]," read a sign.',
].join('\n');

function span(needle: string, from = 0): { start: number; end: number } {
  const start = ARTICLE.indexOf(needle, from);
  assert.ok(start >= 0, `fixture text missing: ${needle}`);
  return { start, end: start + needle.length };
}

function nearest(needle: string, start: number, end: number): { start: number; end: number } {
  const before = ARTICLE.lastIndexOf(needle, start);
  const after = ARTICLE.indexOf(needle, end);
  const at = after < 0 || (before >= 0 && start - before < after - end) ? before : after;
  assert.ok(at >= 0, `fixture text missing: ${needle}`);
  return { start: at, end: at + needle.length };
}

function claim(id: string, kind: Claim['kind'], content: string, source: [string, string | null] | null, cue: string | null): Claim {
  const s = span(content);
  // The source stands nearest the content, before or after it.
  const src = source ? nearest(source[0], s.start, s.end) : null;
  const c = cue ? span(cue, src ? src.start : s.start) : null;
  return {
    id,
    kind,
    ...s,
    text: content,
    source: src && source ? mkSource(source[1] === 'person:ana-ruiz' ? 'Ana Ruiz' : source[0], source[1], src, source[0]) : null,
    cue: c && cue ? mkCue(cue, c) : null,
  };
}

function fixture(): Analysis {
  const claims: Claim[] = [
    claim('c1', 'direct', 'We will rebuild the bridge, whatever it costs,', ['Ruiz', 'person:ana-ruiz'], 'said'),
    claim('c2', 'reported', 'the work could take "=SUM(A1:A9)" months, a *rough* estimate', ['Officials', null], 'said'),
    claim('c3', 'direct', '=SUM(A1:A9)', null, null),
    claim('c4', 'reported', 'the river, "the old one",\r\nhad never flooded before', ['Ruiz', 'person:ana-ruiz'], 'claimed'),
    claim('c5', 'direct', '-5 degrees and [falling],', null, null),
  ];
  return {
    schema: 'claimlens/1',
    entities: [
      { id: 'person:ana-ruiz', type: 'person', name: 'Ana Ruiz', aliases: ['Ruiz'], roles: ['the mayor of Lindow'], mentions: [span('Ana Ruiz')] },
      { id: 'place:lindow', type: 'place', name: 'Lindow', aliases: [], roles: [], mentions: [span('Lindow')] },
    ],
    // Deliberately out of order: exports must sort by position themselves.
    claims: [claims[3], claims[0], claims[4], claims[1], claims[2]],
  };
}

describe('exportFormats', () => {
  describe('groupBySource', () => {
    it('groups by entity, then by source words, with Unattributed last and claims in article order', () => {
      const groups = groupBySource(fixture());
      assert.deepEqual(
        groups.map((g) => [g.label, g.sourceType, g.claims.map((c) => c.id)]),
        [
          ['Ana Ruiz', 'person', ['c1', 'c4']],
          ['Officials', 'anonymous', ['c2']],
          ['Unattributed', 'none', ['c3', 'c5']],
        ],
      );
    });

    it('puts claims whose source is an unresolved pronoun under Unattributed', () => {
      const a = fixture();
      const c5 = a.claims.find((c) => c.id === 'c5')!;
      const withPronoun: Analysis = {
        ...a,
        claims: a.claims.map((c) => (c === c5 ? { ...c, source: mkSource('It', null, { start: 0, end: 2 }) } : c)),
      };
      const groups = groupBySource(withPronoun);
      assert.ok(!groups.some((g) => g.label === 'It'));
      assert.ok(groups.find((g) => g.key === 'unattributed')!.claims.some((c) => c.id === 'c5'));
    });

    it('keys stay the same when the text shifts (edits above keep expansion state)', () => {
      const a = fixture();
      const shifted: Analysis = {
        ...a,
        claims: a.claims.map((c) => ({ ...c, start: c.start + 40, end: c.end + 40 })),
      };
      assert.deepEqual(groupBySource(shifted).map((g) => g.key), groupBySource(a).map((g) => g.key));
    });
  });

  describe('JSON', () => {
    it('is the claimlens/1 object with nothing added or lost', () => {
      const a = fixture();
      const extra = { ...a, timingMs: 12, claims: a.claims.map((c) => ({ ...c, internal: true })) } as Analysis;
      const parsed = JSON.parse(formatJson(extra));
      assert.equal(parsed.schema, 'claimlens/1');
      assert.deepEqual(parsed, JSON.parse(JSON.stringify(a)));
    });

    it('round-trips a real analysis of the project sample', () => {
      const text = readFileSync(path.join(__dirname, '../../../samples/harbour-strike.md'), 'utf8');
      const a = analyzeArticle(text, { languageId: 'markdown' });
      assert.deepEqual(JSON.parse(formatJson(a)), JSON.parse(JSON.stringify(a)));
    });
  });

  describe('CSV', () => {
    it('quotes commas, quotes and line breaks, guards formulas, and parses back', () => {
      const a = fixture();
      const rows = parseCsv(formatCsv(a, ARTICLE));
      assert.deepEqual(rows[0], [...CSV_COLUMNS]);
      assert.equal(rows.length, a.claims.length + 1);
      const lineOf = lineLookup(ARTICLE);
      const sorted = [...a.claims].sort((x, y) => x.start - y.start);
      rows.slice(1).forEach((row, i) => {
        const c = sorted[i];
        const record = Object.fromEntries(CSV_COLUMNS.map((k, j) => [k, row[j]]));
        assert.equal(row.length, CSV_COLUMNS.length);
        assert.equal(record.id, c.id);
        assert.equal(record.line, String(lineOf(c.start)));
        assert.equal(Number(record.start), c.start);
        assert.equal(ARTICLE.slice(Number(record.start), Number(record.end)), c.text);
        const guarded = /^[=+\-@]/.test(c.text);
        assert.equal(record.text, guarded ? `'${c.text}` : c.text);
      });
      // The CRLF inside c4's text survives inside a quoted cell.
      const text = CSV_COLUMNS.indexOf('text');
      assert.ok(rows.some((r) => r[text].includes('\r\n')));
    });

    it('escapes any string so that it parses back to itself (with the formula guard)', () => {
      fc.assert(
        fc.property(fc.array(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 5 }), (cells) => {
          // A row of only one empty cell is an empty line in CSV; the writer never emits one (the id is never empty).
          fc.pre(!(cells.length === 1 && cells[0] === ''));
          const line = cells.map(csvCell).join(',') + '\r\n';
          const [row] = parseCsv(line);
          assert.deepEqual(row, cells.map((s) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s)));
        }),
      );
    });

    it('prefixes every formula trigger and leaves numbers alone', () => {
      for (const s of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1']) assert.equal(csvCell(s).replace(/^"/, '')[0], "'");
      assert.equal(csvCell(-3), '-3');
      assert.equal(csvCell('a, b'), '"a, b"');
      assert.equal(csvCell('say "hi"'), '"say ""hi"""');
      assert.equal(csvCell(null), '');
    });
  });

  describe('Markdown', () => {
    it('lists every claim under its source with line numbers, escaping article markup', () => {
      const a = fixture();
      const md = formatMarkdown(a, ARTICLE, { title: 'lindow_[draft].txt' });
      const lines = md.split('\n');
      assert.ok(isClaimLensExport(md), 'the first line marks the report as ClaimLens output');
      assert.equal(lines[1], '# Claims in lindow\\_\\[draft\\].txt');
      const headings = lines.filter((l) => l.startsWith('## '));
      assert.deepEqual(headings, ['## Ana Ruiz (2)', '## Officials (1)', '## Unattributed (2)', '## People', '## Places']);
      const items = lines.filter((l) => l.startsWith('- '));
      assert.equal(items.length, a.claims.length);
      // *rough* must not render as emphasis, [falling] not as a link; the CRLF collapses to one line.
      assert.ok(items.some((l) => l.includes('a \\*rough\\* estimate')));
      assert.ok(items.some((l) => l.includes('\\[falling\\]')));
      assert.ok(items.some((l) => l.includes('line 7, *claimed*): the river, "the old one", had never')), 'reported: no quotation marks');
      assert.ok(items.some((l) => l.includes('*said*): “We will rebuild the bridge')), 'direct: quotation marks');
      assert.ok(lines.includes('| Ana Ruiz | 1 | the mayor of Lindow | Ruiz |'));
    });

    it('shows inferred source words beside the resolution, and follow-on quotes', () => {
      const a = fixture();
      const c1 = a.claims.find((c) => c.id === 'c1')!;
      const follow: Claim = { ...a.claims.find((c) => c.id === 'c5')!, source: null, continues: 'c1' };
      const inferred: Analysis = {
        ...a,
        claims: a.claims.map((c) => (c.id === 'c4' ? { ...c, source: mkSource('Ana Ruiz', 'person:ana-ruiz', c1.source!, 'she') } : c.id === 'c5' ? follow : c)),
      };
      const items = formatMarkdown(inferred, ARTICLE).split('\n').filter((l) => l.startsWith('- '));
      assert.ok(items.some((l) => l.startsWith('- Reported (line 7, *claimed*, she → Ana Ruiz): the river')), items.join('\n'));
      assert.ok(items.some((l) => l.startsWith("- Direct quote (line 10, continues Ruiz's quote (line 3)): “-5 degrees")), items.join('\n'));
      // A written name, whatever its form, is not an inference.
      assert.ok(items.some((l) => l.startsWith('- Direct quote (line 3, *said*): “We will rebuild')), items.join('\n'));
      // The follow-on quote is filed under the speaker it continues.
      const headings = formatMarkdown(inferred, ARTICLE).split('\n').filter((l) => l.startsWith('## '));
      assert.equal(headings[0], '## Ana Ruiz (3)');
      const rows = parseCsv(formatCsv(inferred, ARTICLE));
      const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
      const byId = new Map(rows.slice(1).map((r) => [r[col('id')], r]));
      assert.equal(byId.get('c4')![col('source_text')], 'she');
      assert.equal(byId.get('c4')![col('source')], 'Ana Ruiz');
      assert.equal(byId.get('c5')![col('continues')], 'c1');
      assert.equal(byId.get('c1')![col('continues')], '');
    });

    it('says so when there are no claims', () => {
      const md = formatMarkdown({ schema: 'claimlens/1', entities: [], claims: [] }, '');
      assert.match(md, /No quotes or reported claims found/);
    });

    it('escapeMarkdown neutralises links, HTML and emphasis', () => {
      assert.equal(escapeMarkdown('[x](command:evil) <b>*y*</b>'), '\\[x\\]\\(command:evil\\) \\<b\\>\\*y\\*\\</b\\>');
    });
  });
});
