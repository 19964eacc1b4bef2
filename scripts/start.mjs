// `npm start`: build, show the CLI's report of the sample article, then open ClaimLens on it:
// in the local VS Code (`code`) when there is one, otherwise in a private code-server whose URL is
// printed for the browser. Ctrl+C stops the server and everything it started.
// Environment: CLAIMLENS_START=server forces code-server; CLAIMLENS_PORT picks its port (default 8080).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sample = path.join(root, 'samples', 'harbour-strike.md');
const require = createRequire(import.meta.url);

function step(title, command, args, { mustPass = true } = {}) {
  console.log(`\n== ${title}\n$ ${[command, ...args].map((a) => path.relative(root, a) || a).join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0 && mustPass) {
    console.error(`start: "${title}" failed (exit ${result.status ?? result.signal})`);
    process.exit(1);
  }
  return result.status === 0;
}

function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

step('Bundling the extension and the CLI', process.execPath, ['esbuild.mjs']);
// The harness's code-server helpers come from the TypeScript build.
const compiled = step('Compiling TypeScript', process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.'], {
  mustPass: false,
});
step('ClaimLens on the sample article (the CLI)', process.execPath, [path.join(root, 'bin', 'claimlens.js'), 'annotate', sample, '--format', 'text']);

if (process.env.CLAIMLENS_START !== 'server' && onPath('code')) {
  console.log('\n== Opening the sample in your VS Code with ClaimLens loaded from this folder');
  const result = spawnSync('code', [`--extensionDevelopmentPath=${root}`, sample], { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}

const helpers = path.join(root, 'out', 'test', 'vscode', 'codeServer.js');
if (!fs.existsSync(helpers)) {
  console.error(`start: ${path.relative(root, helpers)} was not built${compiled ? '' : ' (the TypeScript errors above)'}`);
  process.exit(1);
}
const { ensureCodeServer, startCodeServer, freePort, registerForCleanup, removeRunDir } = require(helpers);
const { makeRunDir } = require(path.join(root, 'out', 'test', 'vscode', 'workspace.js'));

console.log('\n== No `code` command here: starting a private code-server (VS Code 1.100.3 in the browser)');
try {
  await ensureCodeServer();
} catch (error) {
  console.error(`start: ${error.message}`);
  process.exit(1);
}
const runDir = makeRunDir('start');
const extensionsDir = path.join(runDir, 'exts');
fs.mkdirSync(extensionsDir, { recursive: true });
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
// A folder named publisher.name-version in the extensions folder loads as an installed extension;
// a link to this checkout means a rebuild (`npm run build`) and a window reload picks up changes.
const link = path.join(extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`);
fs.symlinkSync(root, link);

const wanted = Number(process.env.CLAIMLENS_PORT ?? 8080);
const port = (await portIsFree(wanted)) ? wanted : await freePort();
const workspace = path.dirname(sample);
const server = await startCodeServer({ runDir, workspace, extensionsDir, port });
registerForCleanup(async () => {
  // Unlink the checkout first: the run folder is removed only after nothing in it points at the project.
  fs.unlinkSync(link);
  removeRunDir(runDir);
});
console.log(`
  ClaimLens is running in VS Code at:

      ${server.url}?folder=${encodeURIComponent(workspace)}

  Open that address in a browser, then open ${path.basename(sample)} from the Explorer
  (or Ctrl+P). Hover a name, open the ClaimLens view in the activity bar.
  Press Ctrl+C here to stop.
`);

async function portIsFree(candidate) {
  const net = await import('node:net');
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(candidate, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

// Keep running until a signal: the cleanup handlers stop the server's whole process group.
setInterval(() => undefined, 1 << 30);
