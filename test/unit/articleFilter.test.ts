// Which files are articles: the include/exclude globs the CLI walk and the workspace index share.
import * as assert from 'node:assert/strict';
import { articleFilter, cleanGlobs, joinGlobs } from '../../src/workspace/articleFilter';

describe('articleFilter', () => {
  it('takes plain text and Markdown by default, in any folder, dot folders included', () => {
    const isArticle = articleFilter();
    for (const p of ['a.md', 'news/b.markdown', 'x/y/z.txt', '.drafts/c.md']) assert.ok(isArticle(p), p);
    for (const p of ['a.json', 'notes.md.bak', 'README', 'img/a.png', '']) assert.ok(!isArticle(p), p);
  });

  it('never takes anything under node_modules or .git, whatever the include says', () => {
    const isArticle = articleFilter({ include: ['**/*'] });
    for (const p of ['node_modules/pkg/README.md', 'a/node_modules/b.txt', '.git/COMMIT_EDITMSG', 'sub/.git/x.md']) assert.ok(!isArticle(p), p);
    assert.ok(isArticle('a/b.json'));
  });

  it('applies the user\'s include and exclude globs, with backslashes and ./ accepted', () => {
    const isArticle = articleFilter({ include: ['stories/**/*.txt', ' '], exclude: ['./stories/drafts/**', '**/*-old.txt'] });
    assert.ok(isArticle('stories/2024/a.txt'));
    assert.ok(isArticle('stories\\2024\\b.txt'));
    assert.ok(!isArticle('stories/drafts/a.txt'));
    assert.ok(!isArticle('stories/a-old.txt'));
    assert.ok(!isArticle('other/a.txt'));
    assert.ok(!isArticle('stories/a.md'));
  });

  it('falls back to the default include when the list is empty', () => {
    assert.ok(articleFilter({ include: [] })('a.md'));
    assert.deepEqual(cleanGlobs([' ./a/**', '', 'b\\*.md']), ['a/**', 'b/*.md']);
  });

  it('joins several globs into one brace pattern for tools that take one', () => {
    assert.equal(joinGlobs(['**/*.md']), '**/*.md');
    assert.equal(joinGlobs(['**/*.md', 'x/**']), '{**/*.md,x/**}');
  });
});
