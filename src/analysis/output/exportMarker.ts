// ClaimLens's own reports carry a first-line marker so they are never analysed as articles (a
// report of quotes would read as more quotes, with sources such as "Direct" or a line number).
// An HTML comment: invisible in every Markdown preview, and plain to a reader of the raw file.

export const EXPORT_MARKER = '<!-- claimlens:export (a ClaimLens report, not an article) -->';

/** The report with the marker as its first line. */
export function markExport(report: string): string {
  return `${EXPORT_MARKER}\n${report}`;
}

/** Whether a text is one of ClaimLens's own reports: its first line (after a BOM) is the marker. */
export function isClaimLensExport(text: string): boolean {
  return /^\uFEFF?[ \t]*<!--\s*claimlens:export\b/.test(text.slice(0, 200));
}
