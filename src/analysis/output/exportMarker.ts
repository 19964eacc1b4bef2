// ClaimLens's own reports say what they are on their first line, so they are never analysed as
// articles (a report of quotes would read as more quotes, with sources such as "Direct" or a line
// number). Markdown reports start with an HTML comment: invisible in every Markdown preview, and
// plain to a reader of the raw file. The CLI's text report, which a user may redirect into a .txt
// file, starts with a readable title line, "ClaimLens report: FILE", followed by its summary line.

export const EXPORT_MARKER = '<!-- claimlens:export (a ClaimLens report, not an article) -->';

/** The report with the marker as its first line. */
export function markExport(report: string): string {
  return `${EXPORT_MARKER}\n${report}`;
}

/** The first line of a text report. */
export function textReportTitle(label: string): string {
  return `ClaimLens report: ${label}`;
}

/**
 * A text report's first two lines: the title, then the summary ("5 people, 2 places, 4
 * organizations, 24 claims (12 direct, 12 reported)"). Both are required, so an article that merely
 * begins with the words "ClaimLens report:" is still an article.
 */
const TEXT_REPORT = /^ClaimLens report: [^\r\n]*\r?\n\d+ (?:person|people), \d+ places?, \d+ organizations?, \d+ claims? \(\d+ direct, \d+ reported\)\r?$/m;

/** Whether a text is one of ClaimLens's own reports: its first line (after a BOM) is a marker. */
export function isClaimLensExport(text: string): boolean {
  const head = text.slice(0, 600).replace(/^\uFEFF/, '');
  if (/^[ \t]*<!--\s*claimlens:export\b/.test(head)) return true;
  const match = TEXT_REPORT.exec(head);
  return match !== null && match.index === 0;
}
