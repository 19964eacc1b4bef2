// Runs bench/accuracy.ts without a whole-project tsc: bundles it with esbuild into .cache/bench/
// (so someone else's half-written file elsewhere cannot block the benchmark), then runs it.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outfile = join(root, '.cache', 'bench', 'accuracy.cjs');
await build({
  entryPoints: [join(root, 'bench', 'accuracy.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'inline',
  logLevel: 'warning',
});
const run = spawnSync(process.execPath, ['--enable-source-maps', outfile, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
