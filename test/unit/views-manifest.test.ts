// What package.json asks of VS Code for the ClaimLens views: People & Places opens expanded beside
// Claims with a fair share of the height (not squeezed under a long list), and every article state
// the document service knows has a welcome text.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..', '..');

interface View {
  id: string;
  visibility?: string;
  initialSize?: number;
}
interface Manifest {
  contributes: { views: Record<string, View[]>; viewsWelcome: Array<{ view: string; when: string }> };
}

const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;

describe('views in package.json', () => {
  const views = manifest.contributes.views.claimlens;

  it('Claims first, then People & Places, both open, with initial sizes that leave People & Places two fifths', () => {
    // The workspace-wide Sources view has a container of its own, so it never takes their height.
    assert.deepEqual(views.map((v) => v.id), ['claimlens.claims', 'claimlens.entities']);
    assert.deepEqual(manifest.contributes.views['claimlens-newsroom'].map((v) => v.id), ['claimlens.sources']);
    const [claims, entities] = views;
    for (const v of views) assert.notEqual(v.visibility, 'collapsed', `${v.id} opens expanded`);
    assert.ok(claims.initialSize && entities.initialSize, 'both have an initial size');
    assert.ok(entities.initialSize / (claims.initialSize + entities.initialSize) >= 0.35, 'People & Places is not squeezed');
  });

  it('each view has a welcome text for an exported report', () => {
    for (const id of ['claimlens.claims', 'claimlens.entities']) {
      assert.ok(manifest.contributes.viewsWelcome.some((w) => w.view === id && /articleState == report/.test(w.when)), id);
    }
  });
});
