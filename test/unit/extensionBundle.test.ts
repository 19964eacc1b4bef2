// The extension host must never load the analysis core (compromise): activation stays cheap and
// heavy work stays in the worker. Checked on the import graph esbuild sees, not on a built file.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

const ROOT = path.resolve(__dirname, '..', '..', '..');

describe('extension bundle', () => {
  it('does not include compromise or the NLP passes of the core', async () => {
    const result = await esbuild.build({
      absWorkingDir: ROOT,
      entryPoints: ['src/extension/extension.ts'],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      external: ['vscode'],
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    assert.ok(inputs.some((i) => i.endsWith('src/extension/extension.ts')), 'sanity: the entry point is in the graph');
    const heavy = inputs.filter((i) => /node_modules\/compromise|src\/analysis\/(analyze|paragraph|nlp|entities|speech)\.ts$/.test(i));
    assert.deepEqual(heavy, [], 'modules that would load NLP in the extension host');
    const size = result.outputFiles[0].contents.length;
    console.log(`      extension bundle: ${Math.round(size / 1024)} KB from ${inputs.length} modules`);
  });
});
