// `npm run package`: a clean production bundle, then an offline .vsix, then its contents checked.
// Prints the .vsix path last; writes claimlens-<version>.vsix at the project root (git-ignored).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
export const vsixPath = path.join(root, `${manifest.name}-${manifest.version}.vsix`);

function run(command, args) {
  console.log(`$ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) {
    console.error(`package: FAILED: ${command} ${args[0] ?? ''} exited with ${result.status ?? result.signal}`);
    process.exit(1);
  }
}

// A development build leaves .map files and maybe stale bundles in dist/: start from nothing.
fs.rmSync(path.join(root, 'dist'), { recursive: true, force: true });
run(process.execPath, ['esbuild.mjs', '--production']);

const missing = ['README.md', 'CHANGELOG.md', 'LICENSE', 'media/icon.png'].filter((f) => !fs.existsSync(path.join(root, f)));
if (missing.length > 0) {
  // vsce would stop at an interactive question for a missing LICENSE: say it plainly instead.
  console.error(`package: FAILED: missing ${missing.join(', ')} (the .vsix must hold them)`);
  process.exit(1);
}

fs.rmSync(vsixPath, { force: true });
run(process.execPath, [
  path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce'),
  'package',
  '--no-dependencies', // everything is bundled into dist/; vsce must not consult the registry
  '--allow-missing-repository',
  '--no-rewrite-relative-links', // README images stay relative: there is no public repository URL
  '--out', vsixPath,
]);
run(process.execPath, [path.join(root, 'scripts', 'vsix.mjs'), vsixPath]);
console.log(`package: ${path.relative(root, vsixPath)}`);
