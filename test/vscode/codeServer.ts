// A private code-server (VS Code 1.100.3 in the browser, with a real Node extension host):
// installed once into .cache/code-server/, started per run with every folder it writes (home,
// config, data, temp) inside a run folder, in its own process group so it is stopped as a whole.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { cacheDir, projectRoot } from './paths';
import { ensurePrerequisites } from './prerequisites';

export { PrerequisiteError } from './prerequisites';

export const CODE_SERVER_VERSION = '4.100.3';
const installDir = path.join(cacheDir, 'code-server');
const marker = path.join(installDir, 'installed.json');
const entry = path.join(installDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

/** The version of @vscode/ripgrep inside code-server 4.100.3 and the file its postinstall looks for. */
const RIPGREP_CACHE = 'vscode-ripgrep-cache-1.15.11';
const RIPGREP_ARCHIVE = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';

/** Packages of code-server whose install scripts must run (native modules and the bundled VS Code). */
const ALLOWED_SCRIPTS = ['code-server', 'argon2', 'kerberos', 'node-pty', '@vscode/ripgrep'];

function log(message: string): void {
  console.log(`[code-server] ${message}`);
}

export function isInstalled(): boolean {
  try {
    const info = JSON.parse(fs.readFileSync(marker, 'utf8')) as { version?: string };
    return info.version === CODE_SERVER_VERSION && fs.existsSync(entry);
  } catch {
    return false;
  }
}

/** Serialises installs between concurrent runs on one machine (several people share this tree). */
async function withInstallLock<T>(work: () => Promise<T>): Promise<T> {
  const lock = path.join(cacheDir, 'code-server.lock');
  fs.mkdirSync(cacheDir, { recursive: true });
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      fs.writeFileSync(path.join(lock, 'pid'), String(process.pid));
      break;
    } catch {
      if (lockHolderIsGone(lock)) {
        fs.rmSync(lock, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for another code-server install (${lock})`);
      await sleep(2000);
    }
  }
  try {
    return await work();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

function lockHolderIsGone(lock: string): boolean {
  try {
    const pid = Number(fs.readFileSync(path.join(lock, 'pid'), 'utf8'));
    process.kill(pid, 0);
    return false;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return true;
    // No pid file yet: the holder is between mkdir and write, or died there; give it a minute.
    try {
      return Date.now() - fs.statSync(lock).mtimeMs > 60_000;
    } catch {
      return true;
    }
  }
}

/**
 * The Debian packages the tests need (the browser always; compilers and headers while code-server
 * is not installed), installed when this user may; otherwise PrerequisiteError names the command.
 */
export function ensureTestPrerequisites(): void {
  ensurePrerequisites({ codeServerInstalled: isInstalled() });
}

/** Installs code-server once; later calls return at once. Throws PrerequisiteError with what to install. */
export async function ensureCodeServer(): Promise<void> {
  if (isInstalled()) return;
  await withInstallLock(async () => {
    if (isInstalled()) return;
    ensurePrerequisites({ codeServerInstalled: false });
    log(`installing code-server@${CODE_SERVER_VERSION} into ${path.relative(projectRoot, installDir)}/ (once; about a minute)`);
    fs.rmSync(installDir, { recursive: true, force: true });
    const tmp = path.join(installDir, 'tmp');
    fs.mkdirSync(tmp, { recursive: true });
    seedRipgrepCache(tmp);
    // A private package.json: npm 11 runs dependency install scripts only for packages it allows.
    const manifest = {
      name: 'claimlens-code-server',
      private: true,
      version: '0.0.0',
      description: 'Private install of code-server for the ClaimLens test harness (git-ignored).',
      allowScripts: Object.fromEntries(ALLOWED_SCRIPTS.map((name) => [name, true])),
    };
    fs.writeFileSync(path.join(installDir, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
    const started = Date.now();
    const result = spawnSync(
      'npm',
      ['install', '--no-audit', '--no-fund', '--save-exact', '--loglevel=error', `code-server@${CODE_SERVER_VERSION}`],
      {
        cwd: installDir,
        stdio: 'inherit',
        timeout: 20 * 60_000, // a hung install must not eat CI's whole budget
        env: {
          ...process.env,
          TMPDIR: tmp,
          // As root, lifecycle scripts run only with unsafe-perm; `yes` lets node-pty's postinstall use npx node-gyp.
          npm_config_unsafe_perm: 'true',
          npm_config_yes: 'true',
        },
      },
    );
    if (result.status !== 0 || !fs.existsSync(entry)) {
      throw new Error(`npm install code-server@${CODE_SERVER_VERSION} failed (exit ${result.status}); see the log above`);
    }
    fs.rmSync(tmp, { recursive: true, force: true });
    fs.writeFileSync(marker, JSON.stringify({ version: CODE_SERVER_VERSION, installedAt: new Date().toISOString() }) + '\n');
    log(`installed in ${Math.round((Date.now() - started) / 1000)} s`);
  });
}

/** @vscode/ripgrep's postinstall downloads rg from the internet unless its cache already holds the archive. */
function seedRipgrepCache(tmp: string): void {
  const dir = path.join(tmp, RIPGREP_CACHE);
  fs.mkdirSync(dir, { recursive: true });
  const rg = spawnSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).stdout.trim();
  const tar = spawnSync('tar', ['czf', path.join(dir, RIPGREP_ARCHIVE), '-C', path.dirname(rg), path.basename(rg)], {
    stdio: 'inherit',
  });
  if (tar.status !== 0) throw new Error('could not seed the ripgrep cache from Debian\'s rg');
}

export interface CodeServerOptions {
  /** Run folder: home, config, data, temp and logs of this server. */
  runDir: string;
  /** Folder the workbench opens. */
  workspace: string;
  /** Extensions folder; defaults to an empty one inside runDir. */
  extensionsDir?: string;
  port?: number;
  /** Forward the server's own output to the console (it is always written to runDir/server.log). */
  verbose?: boolean;
}

export interface RunningCodeServer {
  readonly url: string;
  readonly host: string;
  readonly port: number;
  readonly extensionsDir: string;
  stop(): Promise<void>;
}

/** Environment that keeps every code-server write inside the run folder, never in the user's home. */
export function privateEnv(runDir: string): NodeJS.ProcessEnv {
  const dirs = { HOME: 'home', XDG_CONFIG_HOME: 'config', XDG_DATA_HOME: 'share', XDG_CACHE_HOME: 'cache' };
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const [name, sub] of Object.entries(dirs)) {
    const dir = path.join(runDir, sub);
    fs.mkdirSync(dir, { recursive: true });
    env[name] = dir;
  }
  env.TMPDIR = shortTempDir(runDir);
  // The harness's own config must not leak into the server (e.g. a developer's PASSWORD).
  delete env.PASSWORD;
  delete env.HASHED_PASSWORD;
  return env;
}

/**
 * VS Code puts IPC sockets in TMPDIR and a socket path must stay under 108 bytes, which a run folder
 * deep in a clone may exceed: then the temp folder is a short one in the system temp, linked from
 * the run folder and removed with it.
 */
function shortTempDir(runDir: string): string {
  const inRun = path.join(runDir, 'tmp');
  if (fs.existsSync(inRun)) return fs.realpathSync(inRun);
  if (inRun.length <= 40) {
    fs.mkdirSync(inRun, { recursive: true });
    return inRun;
  }
  const short = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-'));
  fs.symlinkSync(short, inRun);
  return short;
}

/** Removes a run folder and the short temp folder it links to. */
export function removeRunDir(runDir: string): void {
  const inRun = path.join(runDir, 'tmp');
  try {
    if (fs.lstatSync(inRun).isSymbolicLink()) fs.rmSync(fs.realpathSync(inRun), { recursive: true, force: true });
  } catch {
    // No temp folder.
  }
  fs.rmSync(runDir, { recursive: true, force: true });
}

function codeServerArgs(runDir: string, extensionsDir: string): string[] {
  return [
    '--config', path.join(runDir, 'config.yaml'),
    '--user-data-dir', path.join(runDir, 'data'),
    '--extensions-dir', extensionsDir,
  ];
}

function writeUserSettings(runDir: string): void {
  const userDir = path.join(runDir, 'data', 'User');
  fs.mkdirSync(userDir, { recursive: true });
  const settings = {
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'telemetry.telemetryLevel': 'off',
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'update.mode': 'none',
    'security.workspace.trust.enabled': false,
    'chat.commandCenter.enabled': false,
    'workbench.enableExperiments': false,
    'git.enabled': false,
  };
  fs.writeFileSync(path.join(userDir, 'settings.json'), JSON.stringify(settings, null, 2) + '\n');
}

/** `code-server --install-extension FILE.vsix` into a given extensions folder, as a user would. */
export function installExtension(vsix: string, runDir: string, extensionsDir: string): void {
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.writeFileSync(path.join(runDir, 'config.yaml'), '');
  const result = spawnSync(process.execPath, [entry, ...codeServerArgs(runDir, extensionsDir), '--install-extension', vsix], {
    env: privateEnv(runDir),
    encoding: 'utf8',
    timeout: 120_000,
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  if (output) log(output.replace(/\n/g, '\n[code-server] '));
  if (result.status !== 0) throw new Error(`code-server --install-extension ${vsix} failed (exit ${result.status})`);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export async function startCodeServer(options: CodeServerOptions): Promise<RunningCodeServer> {
  await ensureCodeServer();
  const runDir = path.resolve(options.runDir);
  fs.mkdirSync(runDir, { recursive: true });
  const extensionsDir = options.extensionsDir ?? path.join(runDir, 'exts');
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.writeFileSync(path.join(runDir, 'config.yaml'), '');
  writeUserSettings(runDir);
  const host = '127.0.0.1';
  const port = options.port ?? (await freePort());
  const env = privateEnv(runDir);
  const logFile = fs.openSync(path.join(runDir, 'server.log'), 'a');
  const args = [
    entry,
    ...codeServerArgs(runDir, extensionsDir),
    '--auth', 'none',
    '--bind-addr', `${host}:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    options.workspace,
  ];
  // detached: the server leads its own process group, so stop() reaches the extension hosts and
  // file watchers it forks, not only the parent.
  const child = spawn(process.execPath, args, {
    cwd: runDir,
    env,
    detached: true,
    stdio: ['ignore', options.verbose ? 'inherit' : logFile, options.verbose ? 'inherit' : logFile],
  });
  fs.closeSync(logFile);
  trackGroup(child.pid);
  const stop: () => Promise<void> = stopper(child, () => {
    untrackGroup(child.pid);
    unregisterForCleanup(stop);
    // The temp folder holds only the server's sockets: gone with the server, even when the run
    // folder is kept for inspection.
    if (env.TMPDIR && !env.TMPDIR.startsWith(runDir + path.sep)) fs.rmSync(env.TMPDIR, { recursive: true, force: true });
  });
  registerForCleanup(stop);
  try {
    await waitForHealth(host, port, child, 60_000);
  } catch (error) {
    await stop();
    const tail = readTail(path.join(runDir, 'server.log'));
    throw new Error(`${(error as Error).message}\n--- code-server log (${runDir}/server.log) ---\n${tail}`);
  }
  const url = `http://${host}:${port}/`;
  log(`code-server ${CODE_SERVER_VERSION} up at ${url} (pid ${child.pid}, run folder ${path.relative(projectRoot, runDir)})`);
  return { url, host, port, extensionsDir, stop };
}

function stopper(child: ChildProcess, onStopped: () => void): () => Promise<void> {
  let stopping: Promise<void> | undefined;
  return () => {
    stopping ??= (async () => {
      const pid = child.pid;
      if (pid === undefined) return;
      const exited = new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) resolve();
        else child.once('exit', () => resolve());
      });
      signalGroup(pid, 'SIGTERM');
      const stopped = await Promise.race([exited.then(() => true), sleep(5000).then(() => false)]);
      // The group may hold children that outlive the parent (extension host, watchers): end them all.
      signalGroup(pid, 'SIGKILL');
      if (!stopped) await Promise.race([exited, sleep(2000)]);
      onStopped();
    })();
    return stopping;
  };
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

async function waitForHealth(host: string, port: number, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited early with code ${child.exitCode}`);
    if (await healthy(host, port)) return;
    await sleep(250);
  }
  throw new Error(`code-server did not answer on http://${host}:${port}/healthz within ${timeoutMs / 1000} s`);
}

function healthy(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const request = http.get({ host, port, path: '/healthz', timeout: 1000 }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on('error', () => resolve(false));
    request.on('timeout', () => {
      request.destroy();
      resolve(false);
    });
  });
}

function readTail(file: string, lines = 30): string {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// Cleanup on Ctrl+C, `kill`, or an uncaught error: servers run in their own process groups, so
// the terminal's signal does not reach them and they would otherwise outlive the harness.
const cleanups = new Set<() => Promise<void>>();
let handlersInstalled = false;

export function registerForCleanup(cleanup: () => Promise<void>): void {
  cleanups.add(cleanup);
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      console.error(`\n[harness] ${signal}: stopping what was started`);
      void runCleanups().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
    });
  }
  process.on('exit', () => {
    // Last resort on a synchronous exit: nothing async can run here, so kill what is left.
    for (const pid of groupLeaders) signalGroup(pid, 'SIGKILL');
  });
}

export function unregisterForCleanup(cleanup: () => Promise<void>): void {
  cleanups.delete(cleanup);
}

export async function runCleanups(): Promise<void> {
  const pending = [...cleanups];
  cleanups.clear();
  await Promise.allSettled(pending.map((cleanup) => cleanup()));
}

const groupLeaders = new Set<number>();
export function trackGroup(pid: number | undefined): void {
  if (pid !== undefined) groupLeaders.add(pid);
}
export function untrackGroup(pid: number | undefined): void {
  if (pid !== undefined) groupLeaders.delete(pid);
}
