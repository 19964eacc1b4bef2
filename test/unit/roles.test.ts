// Roles keep the organisation the article gives them: an organisation's "its" before or after a
// role is written out ("Its chief executive, Henrik Dahl" after "the Valmera Port Authority").
// Articles here are written for these tests.
import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/analysis';

function rolesOf(text: string, name: string): string[] {
  const a = analyzeArticle(text);
  const e = a.entities.find((x) => x.name === name);
  assert.ok(e, `${name} among ${a.entities.map((x) => x.name).join(', ')}`);
  return e.roles;
}

describe('entities: roles keep their organisation', () => {
  it('"Its chief executive, Henrik Dahl" after the organisation is named', () => {
    const text = 'Traffic fell, according to the Valmera Port Authority. Its chief executive, Henrik Dahl, said talks would resume.';
    assert.deepEqual(rolesOf(text, 'Henrik Dahl'), ['chief executive of the Valmera Port Authority']);
  });

  it('an apposition with "its", and a name that goes on past its head word', () => {
    const after = 'The strike began at the Valmera Port Authority on Monday. Henrik Dahl, its chief executive, said talks would resume.';
    assert.deepEqual(rolesOf(after, 'Henrik Dahl'), ['chief executive of the Valmera Port Authority']);
    const bank = 'Markets watched the Bank of England. Its governor, Andrew Bailey, said rates would hold.';
    assert.deepEqual(rolesOf(bank, 'Andrew Bailey'), ['governor of the Bank of England']);
  });

  it('stays as written when no organisation is named before, or the role names its own', () => {
    assert.deepEqual(rolesOf('Its chief executive, Henrik Dahl, said the offer was fair.', 'Henrik Dahl'), ['chief executive']);
    const own = 'Marisol Peña, the general secretary of the Harbour Workers\' Union, spoke.';
    assert.deepEqual(rolesOf(own, 'Marisol Peña'), ["general secretary of the Harbour Workers' Union"]);
    // "his" is a person's, never an organisation's.
    const his = 'Officials at the Valmera Port Authority met. His deputy, Tunde Bakare, said nothing.';
    assert.ok(!rolesOf(his, 'Tunde Bakare').some((r) => r.includes('Authority')));
  });
});
