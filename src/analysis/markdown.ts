// Masks Markdown markup with spaces so the analysis reads prose while every offset stays put.
// Masking never changes the length of the text.

function blank(s: string): string {
  return s.replace(/[^\r\n]/g, ' ');
}

export function maskMarkdown(text: string): string {
  let out = text;
  // fenced code blocks and inline code: code is not prose
  out = out.replace(/^(```|~~~)[^\r\n]*(?:\r?\n|\r)[\s\S]*?^\1[^\r\n]*$/gm, blank);
  out = out.replace(/`[^`\r\n]+`/g, blank);
  // HTML comments and tags
  out = out.replace(/<!--[\s\S]*?-->/g, blank);
  out = out.replace(/<\/?[A-Za-z][^>\r\n]*>/g, blank);
  // images and links: keep the link text, hide the target
  out = out.replace(/!\[([^\]\r\n]*)\]\(([^)\r\n]*)\)/g, (m) => blank(m));
  out = out.replace(/\[([^\]\r\n]*)\]\(([^)\r\n]*)\)/g, (_m, label: string, target: string) => ' ' + label + '  ' + blank(target) + ' ');
  // reference definitions
  out = out.replace(/^\s{0,3}\[[^\]\r\n]+\]:[^\r\n]*$/gm, blank);
  // heading markers, block quotes, list bullets, emphasis markers, table pipes
  out = out.replace(/^(\s{0,3})(#{1,6})(?=\s)/gm, (_m, sp: string, hashes: string) => sp + blank(hashes));
  out = out.replace(/^(\s{0,3})(>+)/gm, (_m, sp: string, marks: string) => sp + blank(marks));
  out = out.replace(/^(\s*)([-*+])(?=\s)/gm, (_m, sp: string) => sp + ' ');
  out = out.replace(/(\*\*|__|~~)(?=\S)([\s\S]*?\S)\1/g, (_m, mark: string, inner: string) => blank(mark) + inner + blank(mark));
  out = out.replace(/(^|[\s(])([*_])(?=\S)([^*_\r\n]*?\S)\2(?=[\s).,;:!?]|$)/gm, (_m, pre: string, _mark: string, inner: string) => pre + ' ' + inner + ' ');
  out = out.replace(/^\s*\|?(\s*:?-{3,}:?\s*\|)+\s*:?-{0,}:?\s*$/gm, blank);
  out = out.replace(/\|/g, ' ');
  return out;
}
