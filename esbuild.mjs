// Bundles the extension, its analysis worker and the CLI into dist/.
// Usage: node esbuild.mjs [--watch] [--production]
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production') || process.env.NODE_ENV === 'production';

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
  // Node 20 has \p{...} escapes; without this esbuild rewrites such literals into `new RegExp(...)`
  // calls, some inside hot loops of the analysis.
  supported: { 'regexp-unicode-property-escapes': true },
};

const builds = [
  // `vscode` is provided by the extension host; everything else is bundled so the .vsix needs no node_modules.
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['src/worker/analysisWorker.ts'], outfile: 'dist/worker.js' },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js' },
];

if (watch) {
  const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('esbuild: watching src/ for changes');
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
