// The CLI in-process: run(argv, io) with captured streams, on small articles written for the tests.
import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { analyzeArticle, lineColumn, lineStarts } from '../../src/analysis';
import type { Analysis } from '../../src/analysis';
import { run } from '../../src/cli/cli';
import type { Article } from '../../src/cli/readInput';
import { renderText, wrap } from '../../src/cli/formats/text';
import { escapeMarkdown, renderMarkdown } from '../../src/cli/formats/markdown';
import { isClaimLensExport } from '../../src/analysis/output/exportMarker';
import { cue as mkCue, source as mkSource } from './factories';

const ARTICLE = [
  'Harbour Talks Resume',
  '',
  'Marisol Peña, the union leader, said: "We are not going anywhere."',
  '',
  '"The offer is fair," Henrik Dahl said. He said the port could not pay more.',
].join('\r\n');

interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(argv: string[], stdin = ''): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), stdin: Readable.from([Buffer.from(stdin)]) });
  return { code, stdout, stderr };
}

describe('cli: annotate', function () {
  this.timeout(60_000);
  let dir: string;
  const file = (name: string, content: string | Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'claimlens-cli-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the claimlens/1 object for one file, offsets into the text without its BOM, CRLF kept', async () => {
    const path = file('bom.txt', `\ufeff${ARTICLE}`);
    const r = await cli(['annotate', path, '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    const printed = JSON.parse(r.stdout) as Analysis;
    assert.deepEqual(printed, JSON.parse(JSON.stringify(analyzeArticle(ARTICLE, { languageId: 'plaintext' }))));
    for (const c of printed.claims) assert.equal(ARTICLE.slice(c.start, c.end), c.text);
  });

  it('analyses .md files as Markdown and other files as plain text', async () => {
    const md = '# Port news\n\nSee [the report](https://example.org/Henrik_Dahl) and `Ana Lima`.\n\n"We will talk," Henrik Dahl said.\n';
    const asMd = JSON.parse((await cli(['annotate', file('story.md', md), '--format', 'json'])).stdout);
    const asTxt = JSON.parse((await cli(['annotate', file('story.txt', md), '--format', 'json'])).stdout);
    assert.deepEqual(asMd, JSON.parse(JSON.stringify(analyzeArticle(md, { languageId: 'markdown' }))));
    assert.deepEqual(asTxt, JSON.parse(JSON.stringify(analyzeArticle(md, { languageId: 'plaintext' }))));
    const forced = JSON.parse((await cli(['annotate', file('story2.txt', md), '--format', 'json', '--language', 'markdown'])).stdout);
    assert.deepEqual(forced, asMd);
  });

  it('prints one JSON line per file with its path in jsonl', async () => {
    const a = file('a.txt', ARTICLE);
    const b = file('b.txt', '');
    const r = await cli(['annotate', a, b, '--format', 'jsonl']);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(lines.map((l) => [l.schema, l.path]), [['claimlens/1', a], ['claimlens/1', b]]);
    assert.deepEqual(lines[1], { schema: 'claimlens/1', path: b, entities: [], claims: [] });
  });

  it('treats an empty file as a valid, empty analysis in every format', async () => {
    const empty = file('empty.txt', '');
    assert.deepEqual(JSON.parse((await cli(['annotate', empty, '-f', 'json'])).stdout), { schema: 'claimlens/1', entities: [], claims: [] });
    const text = await cli(['annotate', empty]);
    assert.equal(text.code, 0);
    assert.equal(text.stdout, `ClaimLens report: ${empty}\n0 people, 0 places, 0 organizations, 0 claims (0 direct, 0 reported)\n`);
  });

  it('reads standard input for -', async () => {
    const r = await cli(['annotate', '-', '--format', 'jsonl'], `\ufeff${ARTICLE}`);
    assert.equal(r.code, 0, r.stderr);
    const line = JSON.parse(r.stdout);
    assert.equal(line.path, '-');
    assert.deepEqual(line.claims, JSON.parse(JSON.stringify(analyzeArticle(ARTICLE).claims)));
  });

  it('skips a ClaimLens report named on the command line (Markdown or text, or on stdin), says so, annotates the rest, exits 2', async () => {
    const good = file('story.txt', ARTICLE);
    const mdReport = file('story.claims.md', (await cli(['annotate', good, '--format', 'markdown'])).stdout);
    const txtReport = file('story.report.txt', (await cli(['annotate', good])).stdout);
    const r = await cli(['annotate', mdReport, good, txtReport, '--format', 'jsonl']);
    assert.equal(r.code, 2);
    assert.equal(
      r.stderr,
      [mdReport, txtReport].map((f) => `claimlens: ${f}: skipped: a ClaimLens report (its first line marks it), not an article\n`).join(''),
    );
    assert.deepEqual(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).path), [good]);
    const piped = await cli(['annotate', '-'], (await cli(['annotate', good, '--format', 'markdown'])).stdout);
    assert.equal(piped.code, 2);
    assert.equal(piped.stdout, '');
    assert.match(piped.stderr, /: skipped: a ClaimLens report/);
  });

  it('reports a bad file in one line, still annotates the good ones, and exits 2', async () => {
    const good = file('good.txt', ARTICLE);
    const missing = join(dir, 'missing.txt');
    const binary = file('photo.jpg', Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x10]));
    const r = await cli(['annotate', missing, good, binary, dir, '--format', 'jsonl']);
    assert.equal(r.code, 2);
    assert.equal(
      r.stderr,
      [
        `claimlens: ${missing}: no such file`,
        `claimlens: ${binary}: binary file (NUL byte at offset 3), not a text article`,
        `claimlens: ${dir}: is a directory, not an article`,
        '',
      ].join('\n'),
    );
    assert.equal(r.stdout.trimEnd().split('\n').length, 1);
    assert.equal(JSON.parse(r.stdout).path, good);
  });

  it('refuses an input above --max-size', async () => {
    const r = await cli(['annotate', file('long.txt', 'word '.repeat(400)), '--max-size', '1k']);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^claimlens: .*long\.txt: too large \(2\.0 KB, above the 1\.0 KB limit; see --max-size\)\n$/);
  });

  it('prints a usage line and exits 2 on a bad option or format, with nothing on stdout', async () => {
    for (const argv of [['annotate', 'x', '--frobnicate'], ['annotate', 'x', '--format', 'yaml'], []]) {
      const r = await cli(argv);
      assert.equal(r.code, 2, argv.join(' '));
      assert.equal(r.stdout, '');
      const lines = r.stderr.trimEnd().split('\n');
      assert.equal(lines.length, 2, r.stderr);
      assert.match(lines[0], /^claimlens: /);
      assert.match(lines[1], /^usage: claimlens annotate FILE\.\.\./);
    }
  });

  it('annotates the shared seed article when it is there, consistently with the core', async function () {
    const seed = join(__dirname, '..', '..', '..', '..', 'shared', 'samples', 'seed.txt');
    if (!existsSync(seed)) {
      console.log(`      skipped: ${seed} is missing (it lives outside the repository, in ../shared)`);
      this.skip();
    }
    const text = readFileSync(seed, 'utf8').replace(/^\ufeff/, '');
    const json = await cli(['annotate', seed, '--format', 'json']);
    assert.equal(json.code, 0, json.stderr);
    const analysis = JSON.parse(json.stdout) as Analysis;
    assert.deepEqual(analysis, JSON.parse(JSON.stringify(analyzeArticle(text))));
    const report = await cli(['annotate', seed]);
    assert.equal(report.code, 0, report.stderr);
    assert.doesNotMatch(report.stdout, /undefined|NaN|\[object/);
    for (const e of analysis.entities) assert.ok(report.stdout.includes(e.name), e.name);
    const starts = lineStarts(text);
    for (const c of analysis.claims) {
      const { line, column } = lineColumn(starts, c.start);
      assert.match(report.stdout, new RegExp(`\\n {4}${line}:${column} +${c.kind} `), `${c.id} at ${line}:${column}`);
    }
  });

  it('turns a crash inside the analysis into one line naming the file, exit 1, and goes on', async () => {
    // The compiled CommonJS module calls analyzeFile through its exports object, so it can be swapped here.
    const mod = require('../../src/cli/analyzeFile') as { analyzeFile: (a: Article) => Promise<Analysis> };
    const real = mod.analyzeFile;
    mod.analyzeFile = async (a) => {
      if (a.text.includes('BOOM')) throw new TypeError("Cannot read properties of undefined (reading 'start')\n    at fake (x.js:1:1)");
      return real(a);
    };
    try {
      const bad = file('boom.txt', 'BOOM');
      const good = file('fine.txt', ARTICLE);
      const r = await cli(['annotate', bad, good, '--format', 'jsonl']);
      assert.equal(r.code, 1);
      assert.equal(r.stderr, `claimlens: ${bad}: internal error while analysing: Cannot read properties of undefined (reading 'start') (please report it)\n`);
      assert.equal(JSON.parse(r.stdout).path, good);
    } finally {
      mod.analyzeFile = real;
    }
  });

  it('prints help and version on stdout', async () => {
    const help = await cli(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /--format/);
    const version = await cli(['--version']);
    assert.match(version.stdout, /^claimlens \d+\.\d+\.\d+\n$/);
  });
});

// Renderers on a hand-made analysis, so the layout is tested apart from what the core finds.
const TEXT = 'Ana Lima spoke.\nIn Rome, Ana Lima said: "Prices will fall." Officials said wages rise.\n"Alone," it read.';
const span = (s: string, from = 0) => {
  const start = TEXT.indexOf(s, from);
  return { start, end: start + s.length };
};
const HAND: Analysis = {
  schema: 'claimlens/1',
  entities: [
    { id: 'place:rome', type: 'place', name: 'Rome', aliases: [], roles: [], mentions: [span('Rome')] },
    { id: 'person:ana-lima', type: 'person', name: 'Ana Lima', aliases: ['Lima'], roles: ['economist at the bank'], mentions: [span('Ana Lima'), span('Ana Lima', 10)] },
  ],
  claims: [
    { id: 'c3', kind: 'direct', ...span('Alone,'), text: 'Alone,', source: null, cue: null },
    { id: 'c2', kind: 'reported', ...span('wages rise'), text: 'wages rise', source: mkSource('Officials', null, span('Officials')), cue: mkCue('said', span('said', 60)) },
    { id: 'c1', kind: 'direct', ...span('Prices will fall.'), text: 'Prices will fall.', source: mkSource('Ana Lima', 'person:ana-lima', span('Ana Lima', 10)), cue: mkCue('said', span('said')) },
  ],
};

describe('cli: text and markdown reports', () => {
  it('lists entities by type with first line:column, roles and aliases', () => {
    const out = renderText('story.txt', TEXT, HAND);
    const lines = out.split('\n');
    assert.equal(lines[0], 'ClaimLens report: story.txt');
    assert.ok(isClaimLensExport(out), 'a saved text report is marked as one');
    assert.equal(lines[1], '1 person, 1 place, 0 organizations, 3 claims (2 direct, 1 reported)');
    const people = lines.indexOf('People');
    const places = lines.indexOf('Places');
    assert.ok(people > 0 && places > people, out);
    assert.match(lines[people + 1], /^ {2}Ana Lima +1:1 +2 mentions +economist at the bank; also written Lima$/);
    assert.match(lines[places + 1], /^ {2}Rome +2:4 +1 mention$/);
    assert.ok(!out.includes('undefined') && !out.includes('null'), out);
  });

  it('groups claims by source in order of first claim, sources nobody named last, each at line:column', () => {
    const out = renderText('story.txt', TEXT, HAND);
    const groups = out.split('\n').filter((l) => /^ {2}\S.*: \d+ claims?$/.test(l));
    assert.deepEqual(groups, ['  Ana Lima (person): 1 claim', '  Officials (not resolved to a name): 1 claim', '  No source found: 1 claim']);
    assert.match(out, /\n {4}2:26 +direct +said +“Prices will fall\.”\n/);
    assert.match(out, /\n {4}2:60 +reported +said +wages rise\n/);
    assert.match(out, /\n {4}3:2 +direct +- +“Alone,”\n/);
  });

  it('shows inferred source words and follow-on quotes beside the claim, in text and Markdown', () => {
    const they = mkSource('Officials', null, span('Officials'), 'They');
    const analysis: Analysis = {
      ...HAND,
      claims: HAND.claims.map((c) => (c.id === 'c2' ? { ...c, source: they } : c.id === 'c3' ? { ...c, continues: 'c1' } : c)),
    };
    const out = renderText('story.txt', TEXT, analysis);
    assert.match(out, /\n {4}2:60 +reported +said +\[They → Officials\] wages rise\n/);
    assert.match(out, /\n {4}3:2 +direct +- +\[continues Lima's quote \(2:26\)\] “Alone,”\n/);
    // The follow-on quote is listed under the speaker it continues, not under "No source found".
    assert.match(out, /Ana Lima \(person\): 2 claims/);
    assert.doesNotMatch(out, /No source found/);
    const md = renderMarkdown('story.txt', TEXT, analysis);
    assert.match(md, /- \*\*2:60\*\* reported, \*said\*, They → Officials: wages rise/);
    assert.match(md, /- \*\*3:2\*\* direct, continues Lima's quote \(2:26\): “Alone,”/);
  });

  it('gives the same line:column for CRLF and CR line ends as for LF', () => {
    const lf = renderText('story.txt', TEXT, HAND);
    for (const eol of ['\r\n', '\r']) {
      const other = TEXT.replace(/\n/g, eol);
      // Every offset after the k-th line break moves by k extra code units per CRLF.
      const shift = (offset: number) => offset + (eol.length - 1) * (TEXT.slice(0, offset).match(/\n/g) ?? []).length;
      const move = <T extends { start: number; end: number }>(x: T): T => ({ ...x, start: shift(x.start), end: shift(x.end) });
      const analysis: Analysis = {
        ...HAND,
        entities: HAND.entities.map((e) => ({ ...e, mentions: e.mentions.map(move) })),
        claims: HAND.claims.map((c) => ({ ...move(c), source: c.source && move(c.source), cue: c.cue && move(c.cue) })),
      };
      assert.equal(renderText('story.txt', other, analysis), lf, JSON.stringify(eol));
    }
  });

  it('wraps long claims under their first column and never cuts a word', () => {
    assert.deepEqual(wrap('aa bb cc dd', 5, 8), ['aa bb', 'cc dd']);
    assert.deepEqual(wrap('unbreakable-word x', 4, 4), ['unbreakable-word', 'x']);
    const long = 'word '.repeat(60).trim();
    const text = `Ana Lima said: "${long}"`;
    const analysis: Analysis = { ...HAND, entities: [], claims: [{ id: 'c', kind: 'direct', start: 16, end: 16 + long.length, text: long, source: null, cue: null }] };
    const lines = renderText('t', text, analysis).split('\n').filter((l) => l.includes('word'));
    assert.ok(lines.length >= 3);
    for (const l of lines) assert.ok(l.length <= 100, l);
    const column = lines[0].indexOf('“');
    for (const l of lines.slice(1)) assert.equal(l.search(/\S/), column, l);
  });

  it('renders Markdown with article text escaped, so names and quotes cannot become links or HTML', () => {
    assert.equal(escapeMarkdown('[x](command:workbench.action) <b>*hi*</b> a|b `c`'), '\\[x\\](command:workbench.action) &lt;b&gt;\\*hi\\*&lt;/b&gt; a\\|b \\`c\\`');
    const hostile: Analysis = {
      ...HAND,
      claims: [{ ...HAND.claims[2], text: 'Click [here](command:evil) <img src=x>' }],
    };
    const md = renderMarkdown('story.md', TEXT, hostile);
    assert.ok(!/[^\\]\]\(command:/.test(md) && !md.includes('<img'), md);
    assert.match(md, /^<!-- claimlens:export [^\n]*-->\n# ClaimLens: story\.md\n/, 'the report is marked as ClaimLens output on its first line');
    assert.ok(isClaimLensExport(md));
    assert.match(md, /\n\| Ana Lima \| 1:1 \| 2 \| Lima \| economist at the bank \|\n/);
    assert.match(md, /\n### Ana Lima \(person\)\n\n1 claim:\n\n- \*\*2:26\*\* direct, \*said\*: “Click \\\[here\\\]\(command:evil\) &lt;img src=x&gt;”\n/);
  });
});
