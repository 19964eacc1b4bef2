// The CLI with review files: FILE.claimlens.json is read when present (before and after the article
// is edited), --review PATH and --no-review, a broken review file (one stderr line, exit 2), the
// W3C export, and review files refused as articles.
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { analyzeArticle } from '../../src/analysis';
import type { Analysis } from '../../src/analysis';
import { parseArgs, UsageError } from '../../src/cli/args';
import { run } from '../../src/cli/cli';
import { serializeReview } from '../../src/analysis/review/serialize';
import { claimItem, claimWith, entityItem, review, sampleText } from './reviewFactory';

async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), stdin: Readable.from([]) });
  return { code, stdout, stderr };
}

describe('cli: review files', function () {
  this.timeout(60_000);
  const text = sampleText();
  const raw = analyzeArticle(text, { languageId: 'markdown' });
  const QUOTE = 'Nobody wins a long strike';
  const file = review(
    [claimItem(text, claimWith(raw, QUOTE), { verdict: 'false', note: 'the minister denies it' }), claimItem(text, claimWith(raw, 'modernisation plan'), { hidden: true })],
    [entityItem(['Henrik Dahl', 'Dahl'], { canonical: 'H. Dahl' })],
  );
  let dir: string;
  let article: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'claimlens-review-'));
    article = join(dir, 'harbour-strike.md');
    writeFileSync(article, text);
    writeFileSync(`${article}.claimlens.json`, serializeReview(file));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('applies FILE.claimlens.json: verdicts, hidden claims, name corrections', async () => {
    const r = await cli(['annotate', article, '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const a = JSON.parse(r.stdout) as Analysis;
    assert.deepEqual(claimWith(a, QUOTE).review, { verdict: 'false', note: 'the minister denies it', updated: '2026-12-04T10:00:00.000Z' });
    assert.equal(a.claims.length, raw.claims.length - 1);
    assert.ok(a.entities.some((e) => e.name === 'H. Dahl' && e.edited?.includes('name')));
    assert.equal(claimWith(a, 'offer on the table').source?.name, 'H. Dahl');
    assert.ok(!('orphaned' in a));
  });

  it('still finds the items after the article was edited, and lists the one whose words are gone', async () => {
    const edited = join(dir, 'edited.md');
    writeFileSync(edited, `Update: talks resume on Friday.\n\n${text.replace('"Nobody wins a long strike," the minister said, adding that', 'The minister added that')}`);
    writeFileSync(`${edited}.claimlens.json`, serializeReview(file));
    const r = await cli(['annotate', edited, '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const a = JSON.parse(r.stdout) as Analysis;
    assert.ok(!a.claims.some((c) => c.text.includes('modernisation plan')), 'hidden claim still hidden');
    assert.deepEqual(a.orphaned?.map((o) => [o.exact, o.verdict, o.note]), [[QUOTE, 'false', 'the minister denies it']]);
    const report = await cli(['annotate', edited]);
    assert.match(report.stdout, /Needs attention: 1 review item could not be placed\n  “Nobody wins a long strike” — False — the minister denies it/);
  });

  it('--no-review ignores it; --review PATH reads another', async () => {
    const plain = JSON.parse((await cli(['annotate', article, '--format', 'json', '--no-review'])).stdout) as Analysis;
    assert.deepEqual(plain, JSON.parse(JSON.stringify(raw)));
    const other = join(dir, 'other.json');
    writeFileSync(other, serializeReview(review([claimItem(text, claimWith(raw, QUOTE), { verdict: 'verified' })])));
    const r = await cli(['annotate', article, '--format', 'json', '--review', other]);
    assert.equal(claimWith(JSON.parse(r.stdout) as Analysis, QUOTE).review?.verdict, 'verified');
  });

  it('a broken review file: one line on stderr, exit 2, nothing printed for that article', async () => {
    const broken = join(dir, 'broken.md');
    writeFileSync(broken, text);
    writeFileSync(`${broken}.claimlens.json`, '{ "schema": "claimlens-review/1", "claims": [ { "target": ');
    const r = await cli(['annotate', broken, '--format', 'json']);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr.split('\n').length, 2, r.stderr);
    assert.match(r.stderr, /^claimlens: .*broken\.md\.claimlens\.json: not a valid review file: not valid JSON/);
    writeFileSync(`${broken}.claimlens.json`, '{ "schema": "claimlens-review/7" }');
    const r2 = await cli(['annotate', broken]);
    assert.equal(r2.code, 2);
    assert.match(r2.stderr, /unknown schema "claimlens-review\/7"/);
    const missing = await cli(['annotate', article, '--review', join(dir, 'nope.json')]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nope\.json: no such review file/);
  });

  it('--format w3c prints a Web Annotation collection with the verdicts', async () => {
    const r = await cli(['annotate', article, '--format', 'w3c']);
    assert.equal(r.code, 0, r.stderr);
    const doc = JSON.parse(r.stdout);
    assert.equal(doc.type, 'AnnotationCollection');
    assert.equal(doc.total, raw.claims.length - 1);
    const a = doc.first.items.find((x: { target: { selector: Array<{ exact?: string }> } }) => x.target.selector[0].exact === QUOTE);
    assert.ok(a.target.source.startsWith('file:///') && a.target.source.endsWith('/harbour-strike.md'));
    assert.deepEqual(a.body.find((b: { purpose: string }) => b.purpose === 'assessing').value, 'false');
  });

  it('Markdown and text reports carry verdicts and notes', async () => {
    const md = (await cli(['annotate', article, '--format', 'markdown'])).stdout;
    assert.match(md, /Nobody wins a long strike” — False: the minister denies it/);
    const txt = (await cli(['annotate', article])).stdout;
    assert.match(txt, /review: False: the minister denies it/);
  });

  it('refuses a review file given as the article', async () => {
    const r = await cli(['annotate', `${article}.claimlens.json`]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /a ClaimLens review file, not an article/);
    assert.equal(readFileSync(`${article}.claimlens.json`, 'utf8'), serializeReview(file), 'left alone');
  });

  it('parses the review options, and refuses combinations that make no sense', () => {
    assert.deepEqual((parseArgs(['annotate', 'a.md', '--review', 'r.json']) as { review: unknown }).review, { path: 'r.json' });
    assert.equal((parseArgs(['annotate', 'a.md', '--no-review']) as { review: unknown }).review, 'none');
    assert.equal((parseArgs(['annotate', 'a.md']) as { review: unknown }).review, 'auto');
    assert.throws(() => parseArgs(['annotate', 'a.md', '--review', 'r', '--no-review']), UsageError);
    assert.throws(() => parseArgs(['annotate', 'a.md', 'b.md', '--review', 'r']), UsageError);
    assert.throws(() => parseArgs(['annotate', 'a.md', 'b.md', '--format', 'w3c']), UsageError);
  });
});
