import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { AnalysisLookup } from '../../src/analysis/output/lookup';
import type { Analysis, Claim, Entity, Span } from '../../src/analysis/model';
import { buildHoverCard, COMMANDS, distinctRoles, HOVER_COMMANDS } from '../../src/extension/hoverCard';
import { commandLink, escapeMarkdown, truncate } from '../../src/extension/markdown';
import { cue as mkCue, source as mkSource } from './factories';

/** markdown-it (a CommonMark renderer) is installed as a dependency of @vscode/vsce; used when present. */
function loadRenderer(): ((md: string) => string) | undefined {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const MarkdownIt = require('markdown-it') as new (opts: object) => { renderInline(s: string): string; render(s: string): string };
    const md = new MarkdownIt({ html: false, linkify: true });
    return (s) => md.render(s);
  } catch {
    return undefined;
  }
}
const render = loadRenderer();

/** Strip the tags a renderer adds and decode the entities, giving the text a reader sees. */
function visibleText(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
}

describe('escapeMarkdown', () => {
  const hostile = [
    '[click me](command:workbench.action.quit)',
    '[x](command:foo)',
    '<img src=x onerror=alert(1)> <b>bold</b>',
    '`code` and ``double``',
    '*stars* and **strong** and _under_',
    '# Not a heading',
    '> not a quote',
    '- not a list',
    '1. not a list either',
    'www.example.com and https://example.com/x',
    '![image](https://example.com/a.png)',
    '\\[escaped\\] backslashes \\',
    '&amp; &lt;b&gt; entities',
    '| table | row |',
    '~~strike~~ and $(zap) icons',
  ];

  it('leaves no link, command, image, HTML or emphasis in rendered output', function () {
    if (!render) {
      console.log('    (skipped: markdown-it is not installed, so escaped text cannot be rendered)');
      this.skip();
    }
    for (const text of hostile) {
      const html = render!(escapeMarkdown(text));
      assert.doesNotMatch(html, /<(a|img|em|strong|code|h\d|blockquote|ul|ol|li|table|s|del|b)\b/, `${text} -> ${html}`);
      assert.equal(visibleText(html).replace(/\u200b/g, ''), text.replace(/\s+/g, ' ').trim(), `text survives: ${text}`);
    }
  });

  it('keeps random text readable and inert', function () {
    if (!render) {
      console.log('    (skipped: markdown-it is not installed)');
      this.skip();
    }
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'ab [](){}<>*_`#!:/\\&;~|-+.=" \n'.split('')), maxLength: 60 }), (text) => {
        const html = render!(escapeMarkdown(text));
        return !/<(a|img|em|strong|code|h\d)\b/.test(html) && visibleText(html) === text.replace(/\s+/g, ' ').trim();
      }),
    );
  });

  it('escapes every ASCII punctuation mark and flattens line breaks', () => {
    assert.equal(escapeMarkdown('[x](command:foo)'), '\\[x\\]\\(command\\:foo\\)');
    assert.equal(escapeMarkdown('a\n\n# b\r\n  c'), 'a \\# b c');
    assert.equal(escapeMarkdown('González, 12:30'), 'González\\, 12\\:30');
  });

  it('keeps "$(icon)" in article text from rendering as an icon', () => {
    const unescaped = escapeMarkdown('costs $(zap) and $(person) now').replace(/\\(.)/g, '$1');
    assert.doesNotMatch(unescaped, /\$\(/);
    assert.equal(unescaped.replace(/\u200b/g, ''), 'costs $(zap) and $(person) now');
  });

  it('breaks very long words and truncates on a word boundary', () => {
    const long = 'x'.repeat(130);
    const escaped = escapeMarkdown(long);
    assert.ok(escaped.split('\u200b').every((part) => part.length <= 40), 'no unbroken run over 40 characters');
    assert.equal(escaped.replace(/\u200b/g, ''), long);
    assert.equal(truncate('the quick brown fox jumps', 12), 'the quick…');
    assert.equal(truncate('short', 12), 'short');
    assert.ok(escapeMarkdown('word '.repeat(100), { maxLength: 50 }).length <= 50);
  });

  it('commandLink encodes its arguments so article text cannot break out of the link', () => {
    const args = ['file:///a b/(x).md', 'Ruiz)](command:evil)'];
    const link = commandLink('Go [there]', 'claimlens.goToOffset', args);
    const m = /^\[(.*)\]\(command:claimlens\.goToOffset\?([^\s)]*)\)$/.exec(link);
    assert.ok(m, link);
    assert.deepEqual(JSON.parse(decodeURIComponent(m[2])), args);
    if (render) assert.equal((render(link).match(/<a /g) ?? []).length, 1);
  });
});

// A small article whose analysis is built by hand (spans found by searching), so the card can be
// checked against what the analysis says.
const TEXT = [
  'Mayor Ana Ruiz of Lindow spoke on Monday.',
  '"We will rebuild [the bridge](command:evil)," Ruiz said.',
  'Ruiz claimed that the river had never flooded.',
  'Officials said the cost was unknown.',
  '"Nobody told us," one sign read.',
].join('\n');

function at(needle: string, nth = 0): Span {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = TEXT.indexOf(needle, start + 1);
  assert.ok(start >= 0, `fixture text missing: ${needle}`);
  return { start, end: start + needle.length };
}

const ruiz: Entity = {
  id: 'person:ana-ruiz',
  type: 'person',
  name: 'Ana Ruiz',
  aliases: ['Ruiz'],
  roles: ['Mayor', 'head of the *flood* committee'],
  mentions: [at('Ana Ruiz'), at('Ruiz', 1), at('Ruiz', 2)],
};
const lindow: Entity = { id: 'place:lindow', type: 'place', name: 'Lindow', aliases: [], roles: [], mentions: [at('Lindow')] };
const q1 = at('We will rebuild [the bridge](command:evil),');
const r1 = at('the river had never flooded');
const r2 = at('the cost was unknown');
const q2 = at('Nobody told us,');
const claims: Claim[] = [
  { id: 'c1', kind: 'direct', ...q1, text: TEXT.slice(q1.start, q1.end), source: mkSource('Ana Ruiz', ruiz.id, at('Ruiz', 1), 'Ruiz'), cue: mkCue('said', at('said')) },
  { id: 'c2', kind: 'reported', ...r1, text: TEXT.slice(r1.start, r1.end), source: mkSource('Ana Ruiz', ruiz.id, at('Ruiz', 2), 'Ruiz'), cue: mkCue('claimed', at('claimed')) },
  { id: 'c3', kind: 'reported', ...r2, text: TEXT.slice(r2.start, r2.end), source: mkSource('Officials', null, at('Officials')), cue: mkCue('said', at('said', 1)) },
  { id: 'c4', kind: 'direct', ...q2, text: TEXT.slice(q2.start, q2.end), source: null, cue: null },
];
const analysis: Analysis = { schema: 'claimlens/1', entities: [ruiz, lindow], claims };
const lookup = new AnalysisLookup(analysis);
const lineOf = (offset: number) => TEXT.slice(0, offset).split('\n').length;
const card = (offset: number, extra: object = {}) => buildHoverCard({ lookup, offset, uri: 'file:///tmp/a.txt', lineOf, ...extra });

/** Command links in a card, decoded. */
function links(markdown: string): { command: string; args: unknown[] }[] {
  return [...markdown.matchAll(/\]\(command:([\w.]+)\?([^\s)]*)/g)].map((m) => ({ command: m[1], args: JSON.parse(decodeURIComponent(m[2])) }));
}

describe('hover card', () => {
  it('shows an entity card with icon, canonical name, roles, spellings, mention count and claims', () => {
    const c = card(at('Ruiz', 2).start + 1);
    assert.ok(c);
    const md = c.markdown;
    assert.deepEqual(c.range, at('Ruiz', 2));
    assert.match(md, /^\$\(person\) \*\*Ana Ruiz\*\*/);
    assert.match(md, /Mayor; head of the \\\*flood\\\* committee/, 'roles listed, escaped');
    assert.match(md, /3 mentions/);
    assert.match(md, /also written Ruiz/);
    assert.match(md, /\*\*2 claims\*\* \(1 quoted, 1 reported\)/);
    assert.match(md, /— \*said\*/);
    assert.match(md, /— \*claimed\*/);
    assert.ok(md.indexOf('rebuild') < md.indexOf('river'), 'claims in text order');
  });

  it('links only to our own commands, with arguments pointing at the entity', () => {
    const md = card(at('Ruiz', 1).start)!.markdown;
    const found = links(md);
    assert.ok(found.length >= 3);
    for (const l of found) assert.ok(HOVER_COMMANDS.includes(l.command), l.command);
    const first = found.find((l) => l.command === COMMANDS.goToFirstMention);
    assert.deepEqual(first?.args, ['file:///tmp/a.txt', at('Ana Ruiz').start, at('Ana Ruiz').end]);
    const reveal = found.find((l) => l.command === COMMANDS.revealInClaims);
    assert.deepEqual(reveal?.args, [{ uri: 'file:///tmp/a.txt', entityId: ruiz.id }]);
    // The article's own "[the bridge](command:evil)" appears escaped, never as a link.
    assert.ok(!found.some((l) => l.command === 'evil'));
    assert.doesNotMatch(md, /\]\(command:evil/);
  });

  it('lists a source\'s direct quotes before reported speech', () => {
    // Same claims, but the reported one moved before the quote in the text order of the input.
    const swapped: Analysis = { ...analysis, claims: [{ ...claims[1], start: 0, end: 5 }, claims[0], claims[2], claims[3]] };
    const md = buildHoverCard({ lookup: new AnalysisLookup(swapped), offset: at('Ana Ruiz').start, uri: 'file:///tmp/a.txt', lineOf })!.markdown;
    assert.ok(md.indexOf('rebuild') < md.indexOf('river'), md);
  });

  it('leaves out links that would go nowhere', () => {
    const onFirst = links(card(at('Ana Ruiz').start)!.markdown).map((l) => l.command);
    assert.ok(!onFirst.includes(COMMANDS.goToFirstMention), 'already at the first mention');
    assert.ok(onFirst.includes(COMMANDS.findMentions));
    const single = links(card(at('Lindow').start)!.markdown).map((l) => l.command);
    assert.deepEqual(single, [COMMANDS.revealInClaims, COMMANDS.correctName], 'one mention: nothing to find or go to (only reveal, and the reviewer\'s correction)');
    assert.match(card(at('Ruiz', 2).start)!.markdown, /Find all 3 mentions/);
  });

  it('caps the claim list and says how many more there are', () => {
    const md = card(at('Ana Ruiz').start, { maxClaims: 1 })!.markdown;
    assert.match(md, /…and 1 more/);
    const more = links(md).find((l) => l.command === COMMANDS.revealInClaims && JSON.stringify(l.args).includes(ruiz.id));
    assert.ok(more, 'the overflow links to the Claims view');
    assert.doesNotMatch(md, /river/);
  });

  it('shows the speaker and cue inside a quote, and "no source" when there is none', () => {
    const inQuote = card(at('rebuild').start)!;
    assert.deepEqual(inQuote.range, q1);
    assert.match(inQuote.markdown, /\*\*Direct quote\*\*/);
    assert.match(inQuote.markdown, /Said by \$\(person\) \*\*Ana Ruiz\*\* \(cue: \*said\*\)/);
    const orphan = card(at('Nobody').start)!;
    assert.match(orphan.markdown, /No source found/);
    assert.match(orphan.markdown, /line 5/);
    const anonymous = card(at('cost').start)!;
    assert.match(anonymous.markdown, /\*\*Reported speech\*\*/);
    assert.match(anonymous.markdown, /\*\*Officials\*\* — unnamed source \(cue: \*said\*\)/);
  });

  it('shows an inferred source as written and resolved: *she* → Ana Ruiz', () => {
    const she: Analysis = { ...analysis, claims: claims.map((c) => (c.id === 'c1' ? { ...c, source: { ...c.source!, text: 'she' } } : c)) };
    const md = buildHoverCard({ lookup: new AnalysisLookup(she), offset: at('rebuild').start, uri: 'u', lineOf })!.markdown;
    assert.match(md, /Said by \*she\* → \$\(person\) \*\*Ana Ruiz\*\* \(cue: \*said\*\)/);
    // The written name (any form) is no inference: no arrow.
    assert.doesNotMatch(card(at('rebuild').start)!.markdown, /→/);
  });

  it('a follow-on quote says whose quote it continues, with a link to it, and who said it', () => {
    const follow: Analysis = { ...analysis, claims: claims.map((c) => (c.id === 'c4' ? { ...c, continues: 'c1' } : c)) };
    const md = buildHoverCard({ lookup: new AnalysisLookup(follow), offset: at('Nobody').start, uri: 'u', lineOf })!.markdown;
    assert.match(md, /\[Continues Ruiz\\'s quote\]\(command:claimlens\.goToOffset\?/);
    assert.ok(links(md).some((l) => l.command === COMMANDS.goToOffset && JSON.stringify(l.args) === JSON.stringify(['u', q1.start, q1.end])));
    assert.match(md, /Said by \$\(person\) \*\*Ana Ruiz\*\*/);
    assert.doesNotMatch(md, /No source found/);
  });

  it('on an unresolved source\'s words shows that claim', () => {
    const c = card(at('Officials').start + 3)!;
    assert.deepEqual(c.range, at('Officials'));
    assert.match(c.markdown, /the cost was unknown/);
  });

  it('on a cue verb shows the claim it introduces', () => {
    const c = card(at('claimed').start + 2)!;
    assert.deepEqual(c.range, at('claimed'));
    assert.match(c.markdown, /\*\*Reported speech\*\*/);
    assert.match(c.markdown, /the river had never flooded/);
  });

  it('on a source\'s name lists its claims without repeating the attribution; inside a quote says whose words', () => {
    const onSource = card(at('Ruiz', 1).start)!.markdown;
    assert.doesNotMatch(onSource, /In a direct quote/);
    // A hand-made quote that names Lindow inside Ruiz's words.
    const quoted: Analysis = { ...analysis, claims: [{ ...claims[0], start: 0, end: at('spoke').end }] };
    const md = buildHoverCard({ lookup: new AnalysisLookup(quoted), offset: at('Lindow').start, uri: 'u', lineOf })!.markdown;
    assert.match(md, /\$\(location\) \*\*Lindow\*\*/);
    assert.match(md, /In a direct quote \(line 1\): Said by \$\(person\) \*\*Ana Ruiz\*\*/);
  });

  it('drops a role that another role already contains', () => {
    assert.deepEqual(distinctRoles(['self-exiled Venezuelan opposition leader', 'Venezuelan opposition leader']), ['self-exiled Venezuelan opposition leader']);
    assert.deepEqual(distinctRoles(['Mayor', 'mayor', 'head of the council']), ['Mayor', 'head of the council']);
    assert.deepEqual(distinctRoles(['analyst', 'senior analyst at ING', 'union leader']), ['senior analyst at ING', 'union leader']);
  });

  it('respects the entity types the user wants to see, and is empty off any mention or claim', () => {
    assert.ok(card(at('Lindow').start));
    assert.equal(card(at('Lindow').start, { entityTypes: ['person'] }), undefined);
    assert.equal(card(at('Monday').start), undefined);
  });
});
