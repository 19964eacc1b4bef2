// Escaping helpers for hover Markdown. Article text is untrusted: a sentence like
// `[click](command:workbench.action.quit)` must render as those characters, never as a link, and
// HTML, emphasis or headings in an article must not change the card's layout. No vscode import, so
// the rules are unit-tested in plain Node.

/** Every ASCII punctuation character can be backslash-escaped in CommonMark; escaping them all is
 *  simpler and safer than picking the "dangerous" ones (it also breaks autolinks like www.x.com). */
const ASCII_PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;

/** Words longer than this get invisible break opportunities so one long token cannot widen the card. */
const LONG_WORD = 40;

export interface EscapeOptions {
  /** Cut the text to this many characters (on a word boundary when possible) and add "…". */
  maxLength?: number;
}

/**
 * Escape text for inline use in Markdown: all ASCII punctuation backslash-escaped, line breaks and
 * runs of whitespace collapsed to one space (so text cannot start a heading, list, quote block or
 * code block), very long words broken with zero-width spaces.
 */
export function escapeMarkdown(text: string, options: EscapeOptions = {}): string {
  let s = text.replace(/\s+/g, ' ').trim();
  if (options.maxLength !== undefined) s = truncate(s, options.maxLength);
  s = breakLongWords(s);
  // Hovers render $(name) as an icon even after Markdown unescaping: keep "$(" in text from ever
  // meeting, with an invisible zero-width space.
  s = s.replace(/\$\(/g, '$\u200b(');
  return s.replace(ASCII_PUNCTUATION, '\\$&');
}

/** Cut at a word boundary near `max` characters, adding an ellipsis when anything was cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, Math.max(0, max - 1));
  const space = cut.lastIndexOf(' ');
  const base = space > max * 0.6 ? cut.slice(0, space) : cut;
  return base.replace(/[\s,;:.]+$/, '') + '…';
}

function breakLongWords(text: string): string {
  return text.replace(new RegExp(`\\S{${LONG_WORD + 1},}`, 'g'), (word) => {
    const parts: string[] = [];
    for (let i = 0; i < word.length; i += LONG_WORD) parts.push(word.slice(i, i + LONG_WORD));
    return parts.join('\u200b');
  });
}

/**
 * A `command:` link whose arguments are JSON-encoded. The label is escaped here; the arguments are
 * percent-encoded, so nothing in them can close the link early.
 */
export function commandLink(label: string, command: string, args: unknown[], tooltip?: string): string {
  // encodeURIComponent leaves ( ) ' ! * alone; an unbalanced ")" would end the link early.
  const encoded = encodeURIComponent(JSON.stringify(args)).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  const target = `command:${command}?${encoded}`;
  const title = tooltip ? ` "${tooltip.replace(/["\\]/g, '')}"` : '';
  return `[${escapeMarkdown(label)}](${target}${title})`;
}
