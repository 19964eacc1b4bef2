// Runs a bench/ TypeScript entry without a whole-project tsc: bundles it with esbuild into
// .cache/bench/ (so someone else's half-written file elsewhere cannot block a benchmark), then runs
// it. Usage: node bench/run-ts.mjs bench/ENTRY.ts [args...]
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  process.stderr.write('usage: node bench/run-ts.mjs bench/ENTRY.ts [args...]\n');
  process.exit(2);
}
const outfile = join(root, '.cache', 'bench', `${basename(entry, '.ts')}.cjs`);
await build({
  entryPoints: [resolve(root, entry)],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'inline',
  logLevel: 'warning',
});
const run = spawnSync(process.execPath, ['--enable-source-maps', '--max-old-space-size=8192', outfile, ...args], { stdio: 'inherit' });
process.exit(run.status ?? 1);
