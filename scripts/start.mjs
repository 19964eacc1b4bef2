// `npm start`: build, show the CLI's report of the sample article, then open ClaimLens on it:
// in the local VS Code (`code`) when there is one, otherwise in a private code-server whose URL is
// printed for the browser. Either way the editor gets a temporary copy of samples/ (the workbench
// autosaves: the tracked files must not change) and opens the article itself, not just its folder.
// Ctrl+C stops the server and everything it started.
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

const helpers = path.join(root, 'out', 'test', 'vscode');
if (!fs.existsSync(path.join(helpers, 'codeServer.js'))) {
  console.error(`start: ${path.relative(root, helpers)}/ was not built${compiled ? '' : ' (the TypeScript errors above)'}`);
  process.exit(1);
}
const { ensureCodeServer, startCodeServer, freePort, registerForCleanup, removeRunDir } = require(path.join(helpers, 'codeServer.js'));
const { makeRunDir, copySamples } = require(path.join(helpers, 'workspace.js'));
const { articleUrl } = require(path.join(helpers, 'runIntegration.js'));

const samples = copySamples();
const article = path.join(samples, path.basename(sample));

if (process.env.CLAIMLENS_START !== 'server' && onPath('code')) {
  console.log(`\n== Opening ${path.basename(sample)} in your VS Code with ClaimLens loaded from this folder`);
  console.log(`   (a copy of samples/ in ${samples}: edit it freely; the checkout's own files stay as they are)`);
  const result = spawnSync('code', [`--extensionDevelopmentPath=${root}`, samples, article], { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}

console.log('\n== No `code` command here: starting a private code-server (VS Code 1.100.3 in the browser)');
try {
  await ensureCodeServer();
} catch (error) {
  console.error(`start: ${error.message}`);
  fs.rmSync(samples, { recursive: true, force: true });
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
const server = await startCodeServer({ runDir, workspace: samples, extensionsDir, port });
registerForCleanup(async () => {
  // Unlink the checkout first: the run folder is removed only after nothing in it points at the project.
  fs.unlinkSync(link);
  removeRunDir(runDir);
  fs.rmSync(samples, { recursive: true, force: true });
});
console.log(`
  ClaimLens is running in VS Code at:

      ${articleUrl(server, samples, article)}

  Open that address in a browser: it opens ${path.basename(sample)} with ClaimLens loaded.
  Hover a name, open the ClaimLens view in the activity bar.
  The article is a temporary copy of samples/ in ${samples}
  (edit it freely; it is removed when you stop). Press Ctrl+C here to stop.
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
