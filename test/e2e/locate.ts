// Finds where a piece of text is drawn in the Monaco editor, for the mouse to hover it.
// It runs in the page, so it is built as a source string (the project compiles without DOM types).

/**
 * An expression evaluating to the centre {x, y} of a character inside the first visible occurrence
 * of `text` in the editor, or null. Monaco splits a line into spans by token and decoration, so
 * the line's text nodes are joined first; non-breaking spaces it draws count as spaces.
 */
export function locateTextScript(text: string): string {
  return `(() => {
    const wanted = ${JSON.stringify(text)};
    const lines = Array.from(document.querySelectorAll('.monaco-editor .view-lines .view-line'));
    for (const line of lines) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      const nodes = [];
      let joined = '';
      while (walker.nextNode()) {
        nodes.push({ node: walker.currentNode, start: joined.length });
        joined += walker.currentNode.data;
      }
      const index = joined.replace(/\\u00a0/g, ' ').indexOf(wanted);
      if (index < 0) continue;
      const target = index + Math.min(2, wanted.length - 1);
      let owner = nodes[0];
      for (const entry of nodes) if (entry.start <= target) owner = entry;
      const range = document.createRange();
      range.setStart(owner.node, target - owner.start);
      range.setEnd(owner.node, target - owner.start + 1);
      const rect = range.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    return null;
  })()`;
}
