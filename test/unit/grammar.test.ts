// The quotation grammar, checked two ways: (1) its regexes, compiled by JavaScript, driven by a
// small begin/end scanner over sample lines; (2) when the harness' code-server is installed, the
// real engine (vscode-textmate + Oniguruma, as VS Code runs it) with the real Markdown grammar.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const INJECTION_PATH = path.join(ROOT, 'syntaxes', 'claimlens-quotes.tmLanguage.json');
const PLAIN_PATH = path.join(ROOT, 'syntaxes', 'plaintext.tmLanguage.json');

interface Rule {
  name: string;
  begin: string;
  end: string;
}
interface Grammar {
  scopeName: string;
  injectionSelector: string;
  patterns: Array<{ include: string }>;
  repository: Record<string, Rule>;
}

const grammar = JSON.parse(fs.readFileSync(INJECTION_PATH, 'utf8')) as Grammar;
const rules = grammar.patterns.map((p) => grammar.repository[p.include.slice(1)]);

/** Quoted spans (including their marks) per line, using JS-compiled copies of the grammar's regexes. */
function quotesByJs(lines: string[]): string[] {
  const found: string[] = [];
  let open: { rule: Rule; text: string } | undefined;
  for (const line of lines) {
    let pos = 0;
    while (pos <= line.length) {
      if (open) {
        const end = new RegExp(open.rule.end, 'gu');
        end.lastIndex = pos;
        const m = end.exec(line);
        if (!m) {
          open.text += line.slice(pos) + '\n';
          break;
        }
        open.text += line.slice(pos, m.index + m[0].length);
        found.push(open.text.replace(/\n$/, ''));
        open = undefined;
        pos = m.index + Math.max(m[0].length, 0);
        if (m[0].length === 0 && m.index >= line.length) break;
        continue;
      }
      let best: { rule: Rule; m: RegExpExecArray } | undefined;
      for (const rule of rules) {
        const re = new RegExp(rule.begin, 'gu');
        re.lastIndex = pos;
        const m = re.exec(line);
        if (m && (!best || m.index < best.m.index)) best = { rule, m };
      }
      if (!best) break;
      open = { rule: best.rule, text: best.m[0] };
      pos = best.m.index + best.m[0].length;
    }
  }
  if (open) found.push(open.text.replace(/\n$/, ''));
  return found;
}

describe('quotation grammar', () => {
  it('injects into plain text and Markdown prose but not into code', () => {
    const selectors = grammar.injectionSelector.split(',').map((s) => s.trim());
    assert.ok(selectors.some((s) => s.startsWith('L:text.plain')));
    // R: (lower priority than Markdown's own rules) so a paragraph opening with a quote still starts a paragraph.
    const md = selectors.find((s) => s.startsWith('R:text.html.markdown'));
    assert.ok(md && /-markup\.fenced_code/.test(md) && /-markup\.inline\.raw/.test(md));
    const plain = JSON.parse(fs.readFileSync(PLAIN_PATH, 'utf8'));
    assert.equal(plain.scopeName, 'text.plain');
  });

  it('finds straight and curly double quotes, with their marks', () => {
    assert.deepEqual(quotesByJs(['Pena said they would stay "for as long as it takes" and left.']), ['"for as long as it takes"']);
    assert.deepEqual(quotesByJs(['“Shipping lines will not wait,” said Okonkwo. “If the strike lasts…”']), [
      '“Shipping lines will not wait,”',
      '“If the strike lasts…”',
    ]);
  });

  it('ends an unclosed quote at the paragraph end (news style), not at the next quote', () => {
    const lines = ['"We are ready to talk," she said. "We have always been ready to talk.', '', '"But we will not sign."'];
    assert.deepEqual(quotesByJs(lines), ['"We are ready to talk,"', '"We have always been ready to talk.', '"But we will not sign."']);
  });

  it('treats apostrophes, elisions and inches as text', () => {
    const line = "O'Connell Shipping's chairman joked about the members' jobs in the '90s, on a 27\" screen, and didn’t smile.";
    assert.deepEqual(quotesByJs([line]), []);
  });

  it('finds British single quotes, straight and curly, and keeps apostrophes inside them', () => {
    assert.deepEqual(quotesByJs(["Ms. Peña called the letter 'an insult to every worker here' and left."]), ["'an insult to every worker here'"]);
    assert.deepEqual(quotesByJs(['She called it ‘the union’s last word’ on Friday.']), ['‘the union’s last word’']);
  });

  it('never lets a single quote run past its line', () => {
    assert.deepEqual(quotesByJs(["the 'modernisation plan", 'was published']), ["'modernisation plan"]);
  });

  describe('in the real TextMate engine', function () {
    const vscodeLib = path.join(ROOT, '.cache', 'code-server', 'node_modules', 'code-server', 'lib', 'vscode');
    const textmatePath = path.join(vscodeLib, 'node_modules', 'vscode-textmate');
    const onigPath = path.join(vscodeLib, 'node_modules', 'vscode-oniguruma');
    const markdownGrammar = path.join(vscodeLib, 'extensions', 'markdown-basics', 'syntaxes', 'markdown.tmLanguage.json');
    const available = [textmatePath, onigPath, markdownGrammar].every((p) => fs.existsSync(p));

    // Loaded lazily: the engine is not a project dependency, it comes with the harness' code-server.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    let registry: any;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    let tm: any;
    before(async function () {
      if (!available) {
        console.log(`      skipped: no code-server under ${vscodeLib} (npm run test:vscode installs it); the JS checks above still ran`);
        this.skip();
      }
      tm = require(textmatePath);
      const onig = require(onigPath);
      await onig.loadWASM(fs.readFileSync(path.join(onigPath, 'release', 'onig.wasm')).buffer);
      const files: Record<string, string> = {
        'text.html.markdown': markdownGrammar,
        'text.plain': PLAIN_PATH,
        [grammar.scopeName]: INJECTION_PATH,
      };
      registry = new tm.Registry({
        onigLib: Promise.resolve({ createOnigScanner: (s: string[]) => new onig.OnigScanner(s), createOnigString: (s: string) => new onig.OnigString(s) }),
        loadGrammar: async (scope: string) => (files[scope] ? tm.parseRawGrammar(fs.readFileSync(files[scope], 'utf8'), files[scope]) : null),
        // As package.json's contributes.grammars[].injectTo says.
        getInjections: (scope: string) => (scope === 'text.html.markdown' || scope === 'text.plain' ? [grammar.scopeName] : undefined),
      });
    });

    /** Text covered by the quote scope, one string per contiguous run. */
    async function quotedRuns(scope: string, text: string): Promise<string[]> {
      const g = await registry.loadGrammar(scope);
      assert.ok(g, `grammar ${scope} did not load`);
      let state = tm.INITIAL;
      const runs: string[] = [];
      let current: string | undefined;
      for (const line of text.split('\n')) {
        const r = g.tokenizeLine(line, state);
        for (const t of r.tokens as Array<{ startIndex: number; endIndex: number; scopes: string[] }>) {
          const inQuote = t.scopes.some((s) => s.startsWith('string.quoted.') && s.endsWith('.claimlens'));
          const piece = line.slice(t.startIndex, Math.min(t.endIndex, line.length));
          // An empty line outside any quote still ends the run (its one token is zero-length).
          if (inQuote) current = (current ?? '') + piece;
          else if (current !== undefined && (piece.length > 0 || line.length === 0)) {
            runs.push(current);
            current = undefined;
          }
        }
        if (current !== undefined) current += '\n';
        state = r.ruleStack;
      }
      if (current !== undefined) runs.push(current.replace(/\n+$/, ''));
      return runs.map((s) => s.replace(/\n+$/, ''));
    }

    it('scopes quotes in plain text, an unclosed one up to the blank line', async () => {
      const text = 'He said "yes, fine" and she said ‘no’.\nO\'Connell\'s \'90s plan.\n\n"Open quote\nrunning on\n\nafter.';
      assert.deepEqual(await quotedRuns('text.plain', text), ['"yes, fine"', '‘no’', '"Open quote\nrunning on']);
    });

    it('keeps Markdown structure: a paragraph that opens with a quote is still a paragraph', async () => {
      const g = await registry.loadGrammar('text.html.markdown');
      const r = g.tokenizeLine('"Quoted," she said, *stressing* it.', tm.INITIAL);
      const scopes = (r.tokens as Array<{ scopes: string[] }>).map((t) => t.scopes);
      assert.ok(scopes[0].includes('meta.paragraph.markdown'), JSON.stringify(scopes[0]));
      assert.ok(scopes.some((s) => s.includes('markup.italic.markdown')), 'emphasis after the quote is still Markdown');
    });

    it('scopes quotes in Markdown prose, lists and block quotes, but not in code', async () => {
      const text = [
        '# Talks "collapse"',
        '',
        'Dahl said: "The offer is fair."',
        '',
        '- a list item with “curly words” in it',
        '',
        '> "quoted in a block quote"',
        '',
        '```',
        'const s = "not a quote";',
        '```',
        '',
        'Inline `code "here"` stays code.',
      ].join('\n');
      const runs = await quotedRuns('text.html.markdown', text);
      assert.ok(runs.includes('"The offer is fair."'), JSON.stringify(runs));
      assert.ok(runs.includes('“curly words”'), JSON.stringify(runs));
      assert.ok(runs.includes('"quoted in a block quote"'), JSON.stringify(runs));
      assert.ok(!runs.some((r) => r.includes('not a quote') || r.includes('here')), JSON.stringify(runs));
    });

    it('agrees with the JS checks on the project sample', async () => {
      const sample = fs.readFileSync(path.join(ROOT, 'samples', 'harbour-strike.md'), 'utf8').replace(/\r\n?/g, '\n');
      const engine = await quotedRuns('text.html.markdown', sample);
      const js = quotesByJs(sample.split('\n')).map((s) => s.replace(/\n+$/, ''));
      assert.deepEqual(engine, js);
      assert.ok(engine.length >= 10, `only ${engine.length} quotes in the sample`);
    });
  });
});
