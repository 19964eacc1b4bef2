// Which texts are ClaimLens's own reports: marked Markdown exports and CLI text reports, and
// nothing an article would plausibly start with.
import * as assert from 'node:assert/strict';
import { EXPORT_MARKER, isClaimLensExport, markExport, textReportTitle } from '../../src/analysis/output/exportMarker';

const SUMMARY = '5 people, 2 places, 4 organizations, 24 claims (12 direct, 12 reported)';

describe('export marker', () => {
  it('recognises a marked Markdown report, with a BOM, LF or CRLF', () => {
    assert.ok(isClaimLensExport(markExport('# Claims\n')));
    assert.ok(isClaimLensExport(`\uFEFF${EXPORT_MARKER}\r\n# Claims`));
  });

  it('recognises a text report by its title line and the summary under it', () => {
    assert.ok(isClaimLensExport(`${textReportTitle('a.txt')}\n${SUMMARY}\n\nPeople\n`));
    assert.ok(isClaimLensExport(`${textReportTitle('a.txt')}\r\n1 person, 0 places, 1 organization, 1 claim (1 direct, 0 reported)\r\n`));
  });

  it('leaves articles alone, even one that starts like a report', () => {
    assert.equal(isClaimLensExport('ClaimLens report: a new tool for fact-checkers\nIt reads articles.'), false);
    assert.equal(isClaimLensExport(`An article.\n${EXPORT_MARKER}\n`), false, 'the marker counts only on the first line');
    assert.equal(isClaimLensExport(`Intro\n${textReportTitle('a.txt')}\n${SUMMARY}\n`), false);
    assert.equal(isClaimLensExport('<!-- a comment -->\n# Title'), false);
    assert.equal(isClaimLensExport(''), false);
  });
});
