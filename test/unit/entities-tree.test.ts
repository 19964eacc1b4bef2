import * as assert from 'node:assert/strict';
import type { Analysis, Entity } from '../../src/analysis/model';
import {
  buildEntityGroups,
  entityDescription,
  mentionContext,
  mentionNodes,
} from '../../src/extension/views/entitiesTreeModel';
import { lineStarts } from '../../src/analysis/text/text';

const TEXT =
  'Port news\r\n' +
  '\r\n' +
  'Henrik Dahl, chief executive of the Valmera Port Authority, spoke in Valmera on a long, long, long Sunday afternoon.\r\n' +
  'Dahl said little.\n' +
  'In Valmera.';

function spans(needle: string): Array<{ start: number; end: number }> {
  const out = [];
  for (let i = TEXT.indexOf(needle); i >= 0; i = TEXT.indexOf(needle, i + 1)) out.push({ start: i, end: i + needle.length });
  return out;
}

function analysis(): Analysis {
  const dahl: Entity = {
    id: 'person:henrik-dahl',
    type: 'person',
    name: 'Henrik Dahl',
    aliases: ['Dahl'],
    roles: ['chief executive'],
    // mentions out of order on purpose
    mentions: [spans('Dahl')[1], spans('Henrik Dahl')[0]],
  };
  const valmera: Entity = { id: 'place:valmera', type: 'place', name: 'Valmera', aliases: [], roles: [], mentions: spans('Valmera').slice(1) };
  const authority: Entity = { id: 'organization:vpa', type: 'organization', name: 'Valmera Port Authority', aliases: [], roles: [], mentions: spans('Valmera Port Authority') };
  return { schema: 'claimlens/1', entities: [valmera, authority, dahl], claims: [] };
}

describe('People & Places tree model', () => {
  it('groups People, Places, Organizations in that order, only the types asked for', () => {
    const all = buildEntityGroups(analysis(), ['person', 'place', 'organization']);
    assert.deepEqual(all.map((g) => [g.label, g.children.map((e) => e.entity.name)]), [
      ['People', ['Henrik Dahl']],
      ['Places', ['Valmera']],
      ['Organizations', ['Valmera Port Authority']],
    ]);
    assert.deepEqual(buildEntityGroups(analysis(), ['place']).map((g) => g.label), ['Places']);
    assert.deepEqual(buildEntityGroups({ ...analysis(), entities: [] }, ['person', 'place', 'organization']), []);
  });

  it('describes an entity by mention count and roles', () => {
    const [people] = buildEntityGroups(analysis(), ['person']);
    assert.equal(entityDescription(people.children[0].entity), '2 mentions · chief executive');
    const [orgs] = buildEntityGroups(analysis(), ['organization']);
    assert.equal(entityDescription(orgs.children[0].entity), '1 mention');
  });

  it('lists mentions in text order with the line and the name highlighted in its context', () => {
    const [people] = buildEntityGroups(analysis(), ['person']);
    const nodes = mentionNodes(people.children[0], TEXT);
    assert.deepEqual(nodes.map((m) => m.line), [3, 4]);
    for (const m of nodes) {
      assert.equal(m.label.slice(m.highlight[0], m.highlight[1]), TEXT.slice(m.span.start, m.span.end));
      assert.ok(!/[\r\n]/.test(m.label));
      assert.equal(m.parent, people.children[0]);
    }
    assert.equal(nodes[1].label, 'L4: Dahl said little.');
    assert.equal(new Set(nodes.map((m) => m.id)).size, nodes.length);
    assert.equal(mentionNodes(people.children[0], TEXT), nodes, 'built once per node');
  });

  it('cuts long lines at word boundaries with ellipses on the cut sides', () => {
    const starts = lineStarts(TEXT);
    const span = spans('Valmera')[1]; // "spoke in Valmera on a long…"
    const ctx = mentionContext(TEXT, starts, span, 20);
    assert.equal(ctx.line, 3);
    assert.ok(ctx.label.startsWith('L3: …'), ctx.label);
    assert.ok(ctx.label.endsWith('…'), ctx.label);
    assert.equal(ctx.label.slice(ctx.highlight[0], ctx.highlight[1]), 'Valmera');
    // No word is cut in half at either end.
    const inner = ctx.label.slice('L3: …'.length, -1);
    assert.ok(TEXT.includes(inner), inner);
    assert.match(TEXT.slice(TEXT.indexOf(inner) - 1, TEXT.indexOf(inner)), /\s/);
    assert.match(TEXT.charAt(TEXT.indexOf(inner) + inner.length), /\s/);
  });

  it('a mention at the very end of the text without a line break', () => {
    const last = spans('Valmera').at(-1)!;
    const ctx = mentionContext(TEXT, lineStarts(TEXT), last);
    assert.equal(ctx.label, 'L5: In Valmera.');
  });
});
