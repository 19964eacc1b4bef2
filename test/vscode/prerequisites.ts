// The Debian packages the real-VS-Code tests need, and what to do when some are missing: install
// them when this user may (root, or passwordless sudo, with apt-get), saying what and why;
// otherwise stop with the one command to run. The machine is reached only through a Probe and a
// runner, so every decision is unit-tested without touching the system.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { chromiumPath } from './paths';

/** What the harness may ask of the machine. */
export interface Probe {
  hasCommand(command: string): boolean;
  fileExists(file: string): boolean;
  isRoot(): boolean;
  /** `sudo -n true` succeeds: sudo runs without asking for a password. */
  hasPasswordlessSudo(): boolean;
}

export interface Requirement {
  /** The Debian package that provides it. */
  pkg: string;
  /** Said to the user when it is installed. */
  why: string;
  /** Needed only to install code-server (compilers, headers), not to run it. */
  installOnly: boolean;
  present(probe: Probe): boolean;
}

export const REQUIREMENTS: readonly Requirement[] = [
  {
    pkg: 'chromium',
    why: 'the headless browser that drives VS Code in the tests',
    installOnly: false,
    present: (p) => p.fileExists(chromiumPath),
  },
  {
    pkg: 'ripgrep',
    why: "code-server's search; its own rg download is replaced by Debian's",
    installOnly: true,
    present: (p) => p.hasCommand('rg'),
  },
  {
    pkg: 'build-essential',
    why: "compiles code-server's native modules (node-pty, argon2, kerberos)",
    installOnly: true,
    present: (p) => p.hasCommand('make') && p.hasCommand('g++'),
  },
  {
    pkg: 'python3',
    why: 'node-gyp, which builds those native modules',
    installOnly: true,
    present: (p) => p.hasCommand('python3'),
  },
  {
    pkg: 'libkrb5-dev',
    why: "the Kerberos headers code-server's kerberos module compiles against",
    installOnly: true,
    present: (p) => p.fileExists('/usr/include/krb5.h') || p.hasCommand('krb5-config'),
  },
];

/** The requirements this machine lacks; install-only ones count only while code-server is not installed. */
export function missingRequirements(probe: Probe, codeServerInstalled: boolean, requirements: readonly Requirement[] = REQUIREMENTS): Requirement[] {
  return requirements.filter((r) => (!r.installOnly || !codeServerInstalled) && !r.present(probe));
}

export type Plan =
  | { kind: 'ready' }
  /** Run `argv` (apt-get through sudo when not root) to install `missing`. */
  | { kind: 'install'; missing: Requirement[]; steps: string[][]; shown: string }
  /** The user must act: `command` is the one thing to run (or, without apt-get, what to find). */
  | { kind: 'stop'; missing: Requirement[]; message: string; command?: string };

/** apt waits for another install (several people share a machine) instead of failing on the lock. */
const APT_OPTIONS = ['-o', 'DPkg::Lock::Timeout=600'];

/** What to do about the missing packages, from who we are and what the machine has. */
export function planInstall(missing: Requirement[], probe: Probe): Plan {
  if (missing.length === 0) return { kind: 'ready' };
  const pkgs = missing.map((r) => r.pkg);
  const reasons = missing.map((r) => `  ${r.pkg}: ${r.why}`).join('\n');
  if (!probe.hasCommand('apt-get')) {
    return {
      kind: 'stop',
      missing,
      message:
        `the real-VS-Code tests need these Debian packages, and this machine has no apt-get:\n${reasons}\n` +
        `  install their equivalents with your package manager${missing.some((r) => r.pkg === 'chromium') ? ' (or point CHROMIUM_PATH at a Chromium)' : ''}, then run the tests again`,
    };
  }
  const root = probe.isRoot();
  const as = root ? '' : 'sudo ';
  const command = `${as}apt-get update && ${as}apt-get install -y ${pkgs.join(' ')}`;
  if (!root && !probe.hasPasswordlessSudo()) {
    return {
      kind: 'stop',
      missing,
      message: `the real-VS-Code tests need these Debian packages:\n${reasons}\n  install them, then run the tests again:`,
      command,
    };
  }
  const sudo = root ? [] : ['sudo', '-n'];
  const steps = [
    [...sudo, 'apt-get', ...APT_OPTIONS, 'update', '-q'],
    [...sudo, 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', ...APT_OPTIONS, 'install', '-y', '-q', ...pkgs],
  ];
  return { kind: 'install', missing, steps, shown: command };
}

export class PrerequisiteError extends Error {}

export interface EnsureOptions {
  probe?: Probe;
  codeServerInstalled: boolean;
  requirements?: readonly Requirement[];
  /** Runs one step with the output shown; returns its exit status. */
  run?: (argv: string[]) => number;
  log?: (line: string) => void;
}

/** Installs what is missing when allowed to; throws PrerequisiteError with the command to run otherwise. */
export function ensurePrerequisites(options: EnsureOptions): void {
  const probe = options.probe ?? systemProbe;
  const log = options.log ?? ((line: string) => console.log(`[harness] ${line}`));
  const run = options.run ?? runInherited;
  const missing = missingRequirements(probe, options.codeServerInstalled, options.requirements);
  const plan = planInstall(missing, probe);
  if (plan.kind === 'ready') return;
  if (plan.kind === 'stop') throw new PrerequisiteError(plan.command ? `${plan.message}\n    ${plan.command}` : plan.message);
  log(`installing Debian packages the tests need (once for this machine):`);
  for (const r of plan.missing) log(`  ${r.pkg}: ${r.why}`);
  log(`$ ${plan.shown}`);
  for (const step of plan.steps) {
    const status = run(step);
    if (status !== 0) {
      throw new PrerequisiteError(`"${step.join(' ')}" failed (exit ${status}); install the packages by hand and run the tests again:\n    ${plan.shown}`);
    }
  }
  const still = missingRequirements(probe, options.codeServerInstalled, plan.missing);
  if (still.length > 0) {
    throw new PrerequisiteError(`installed, but still missing: ${still.map((r) => r.pkg).join(' ')} (is ${chromiumPath} where the browser went? set CHROMIUM_PATH)`);
  }
  log('Debian packages installed');
}

function runInherited(argv: string[]): number {
  const result = spawnSync(argv[0], argv.slice(1), { stdio: 'inherit', timeout: 30 * 60_000 });
  return result.status ?? 1;
}

export const systemProbe: Probe = {
  hasCommand: (command) => spawnSync('sh', ['-c', 'command -v "$1"', 'sh', command], { stdio: 'ignore' }).status === 0,
  fileExists: (file) => fs.existsSync(file),
  isRoot: () => typeof process.getuid === 'function' && process.getuid() === 0,
  hasPasswordlessSudo: () => spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore', timeout: 10_000 }).status === 0,
};
