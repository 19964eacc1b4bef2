// Guards for showing article text (and file names) where control characters would act instead of
// being read: a terminal (ESC sequences clear the screen, retitle the window or write the
// clipboard; CR overwrites a line) or a one-line message. Pure functions; no vscode, no compromise.

/**
 * C0 and C1 controls (except tab and line feed), DEL, and the bidi embeddings, overrides and
 * isolates that reorder what a reader sees ("Trojan Source"). Line feeds are handled separately.
 */
const ACTIVE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

function escapeChar(c: string): string {
  return `\\u{${c.charCodeAt(0).toString(16)}}`;
}

/** Text safe to print to a terminal: every active control shown as `\u{1b}`; tabs and line feeds kept. */
export function terminalSafe(text: string): string {
  return text.replace(ACTIVE, escapeChar);
}

/** Like terminalSafe, and line feeds shown as `\u{a}` too: for one-line messages (file names in errors). */
export function oneLine(text: string): string {
  return terminalSafe(text).replace(/\n/g, escapeChar);
}
