// Masks Markdown markup with spaces so the analysis reads prose while every offset stays put.
// Masking never changes the length of the text, never moves a line break, and only ever turns
// characters into spaces.
//
// Every pattern here runs in linear time on hostile input (thousands of unclosed `**`, `<!--`,
// `[`, `<` or blank lines): a pattern never scans past the next place where its own opener could
// start again, and no `\s` runs across line breaks. test/unit/markdown.test.ts measures this.

function blank(s: string): string {
  return s.replace(/[^\r\n]/g, ' ');
}

/** `<!-- ... -->` blanked with indexOf: an unclosed comment stops the search (no rescans). */
function maskComments(text: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const open = text.indexOf('<!--', from);
    if (open < 0) break;
    const close = text.indexOf('-->', open + 4);
    if (close < 0) break;
    out += text.slice(from, open) + blank(text.slice(open, close + 3));
    from = close + 3;
  }
  return from === 0 ? text : out + text.slice(from);
}

export function maskMarkdown(text: string): string {
  let out = text;
  // fenced code blocks (closed ones: a half-written fence must not hide the rest of the draft)
  out = out.replace(/^(```|~~~)[^\r\n]*(?:\r?\n|\r)[\s\S]*?^\1[^\r\n]*$/gm, blank);
  // inline code: code is not prose
  out = out.replace(/`[^`\r\n]+`/g, blank);
  // HTML comments and tags (a tag never contains `<`, so a run of `<a <a <a` is scanned once)
  out = maskComments(out);
  out = out.replace(/<\/?[A-Za-z][^<>\r\n]*>/g, blank);
  // images and links: keep the link text, hide the target (labels/targets stop at the next bracket)
  out = out.replace(/!\[[^[\]\r\n]*\]\([^()[\]\r\n]*\)/g, blank);
  out = out.replace(/\[([^[\]\r\n]*)\]\(([^()[\]\r\n]*)\)/g, (_m, label: string, target: string) => ' ' + label + '  ' + blank(target) + ' ');
  // reference definitions
  out = out.replace(/^[ \t]{0,3}\[[^\]\r\n]+\]:[^\r\n]*$/gm, blank);
  // heading markers, block quotes, list bullets
  out = out.replace(/^([ \t]{0,3})(#{1,6})(?=[ \t]|$)/gm, (_m, sp: string, hashes: string) => sp + blank(hashes));
  out = out.replace(/^([ \t]{0,3})(>[> \t]*)/gm, (_m, sp: string, marks: string) => sp + marks.replace(/>/g, ' '));
  out = out.replace(/^([ \t]*)([-*+])(?=[ \t])/gm, (_m, sp: string) => sp + ' ');
  // emphasis markers: the inner text never runs over another copy of its own marker
  out = out.replace(/(\*\*|__|~~)(?=\S)((?:(?!\1)[\s\S])*?\S)\1/g, (_m, mark: string, inner: string) => blank(mark) + inner + blank(mark));
  out = out.replace(/(^|[\s(])([*_])(?=\S)([^*_\r\n]*?\S)\2(?=[\s).,;:!?]|$)/gm, (_m, pre: string, _mark: string, inner: string) => pre + ' ' + inner + ' ');
  // table delimiter rows and pipes
  out = out.replace(/^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*(?::?-+:?)?[ \t]*$/gm, blank);
  out = out.replace(/\|/g, ' ');
  return out;
}
