// `npm run package`: an offline .vsix from a clean production bundle, then its contents checked.
// Writes claimlens-<version>.vsix at the project root (git-ignored).
//
// The bundle is built in a staging folder (.cache/package/) instead of dist/: nothing stale (maps
// of a development build, an old bundle) can slip into the package, and the project's own dist/,
// which a running test or `npm start` may be using, is left alone.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stage = path.join(root, '.cache', 'package');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
export const vsixPath = path.join(root, `${manifest.name}-${manifest.version}.vsix`);

function run(command, args, cwd) {
  console.log(`$ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) {
    console.error(`package: FAILED: ${path.basename(command)} ${args[0] ?? ''} exited with ${result.status ?? result.signal}`);
    process.exit(1);
  }
}

const missing = ['README.md', 'CHANGELOG.md', 'LICENSE', 'media/icon.png'].filter((f) => !fs.existsSync(path.join(root, f)));
if (missing.length > 0) {
  // vsce would stop at an interactive question for a missing LICENSE: say it plainly instead.
  console.error(`package: FAILED: missing ${missing.join(', ')} (the .vsix must hold them)`);
  process.exit(1);
}

fs.rmSync(stage, { recursive: true, force: true });
fs.mkdirSync(stage, { recursive: true });
// esbuild.mjs builds src/ into dist/ relative to where it runs: run it in the stage, with src/ linked.
fs.symlinkSync(path.join(root, 'src'), path.join(stage, 'src'));
run(process.execPath, [path.join(root, 'esbuild.mjs'), '--production'], stage);
fs.unlinkSync(path.join(stage, 'src'));
for (const entry of ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', '.vscodeignore', 'media', 'syntaxes', 'schemas']) {
  if (fs.existsSync(path.join(root, entry))) fs.cpSync(path.join(root, entry), path.join(stage, entry), { recursive: true });
}

fs.rmSync(vsixPath, { force: true });
run(
  process.execPath,
  [
    path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce'),
    'package',
    '--no-dependencies', // everything is bundled into dist/; vsce must not consult the registry
    '--allow-missing-repository',
    '--no-rewrite-relative-links', // README images stay relative: there is no public repository URL
    '--out', vsixPath,
  ],
  stage,
);
run(process.execPath, [path.join(root, 'scripts', 'vsix.mjs'), vsixPath], root);
console.log(`package: ${path.relative(root, vsixPath)}`);
