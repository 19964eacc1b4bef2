// The harness's decisions about Debian packages, on a pretend machine: what counts as missing,
// when it installs them itself (root, or passwordless sudo, with apt-get) and what it says
// otherwise. Nothing here touches the real system.
import * as assert from 'node:assert/strict';
import { ensurePrerequisites, missingRequirements, planInstall, PrerequisiteError, REQUIREMENTS, type Probe } from '../vscode/prerequisites';
import { chromiumPath } from '../vscode/paths';

interface Machine {
  commands?: string[];
  files?: string[];
  root?: boolean;
  sudo?: boolean;
}

function probe(m: Machine): Probe & { installed: string[] } {
  const commands = new Set(m.commands ?? []);
  const files = new Set(m.files ?? []);
  return {
    installed: [],
    hasCommand: (c) => commands.has(c),
    fileExists: (f) => files.has(f),
    isRoot: () => m.root ?? false,
    hasPasswordlessSudo: () => m.sudo ?? false,
  };
}

/** Everything the tests need, as a machine would show it. */
const COMPLETE: Machine = {
  commands: ['apt-get', 'rg', 'make', 'g++', 'python3', 'krb5-config'],
  files: [chromiumPath, '/usr/include/krb5.h'],
};

function without(m: Machine, gone: { commands?: string[]; files?: string[] }): Machine {
  return {
    ...m,
    commands: (m.commands ?? []).filter((c) => !gone.commands?.includes(c)),
    files: (m.files ?? []).filter((f) => !gone.files?.includes(f)),
  };
}

const pkgs = (list: { pkg: string }[]) => list.map((r) => r.pkg);

describe('test prerequisites (Debian packages)', () => {
  it('finds nothing missing on a complete machine', () => {
    assert.deepEqual(missingRequirements(probe(COMPLETE), false), []);
    assert.deepEqual(planInstall([], probe(COMPLETE)), { kind: 'ready' });
  });

  it('names each missing package by what it provides', () => {
    const m = without(COMPLETE, { commands: ['rg', 'g++', 'krb5-config'], files: [chromiumPath, '/usr/include/krb5.h'] });
    assert.deepEqual(pkgs(missingRequirements(probe(m), false)), ['chromium', 'ripgrep', 'build-essential', 'libkrb5-dev']);
  });

  it('once code-server is installed, needs only the browser', () => {
    const bare: Machine = { commands: ['apt-get'], files: [] };
    assert.deepEqual(pkgs(missingRequirements(probe(bare), true)), ['chromium']);
    assert.deepEqual(pkgs(missingRequirements(probe(bare), false)), REQUIREMENTS.map((r) => r.pkg));
  });

  it('as root with apt-get: installs exactly the missing packages, waiting for a busy dpkg lock', () => {
    const m = { ...without(COMPLETE, { files: [chromiumPath] }), root: true };
    const plan = planInstall(missingRequirements(probe(m), false), probe(m));
    assert.equal(plan.kind, 'install');
    if (plan.kind !== 'install') return;
    assert.equal(plan.shown, 'apt-get update && apt-get install -y chromium');
    const install = plan.steps[plan.steps.length - 1];
    assert.equal(install[0], 'env', 'no sudo for root');
    assert.ok(install.includes('install') && install.includes('-y'), install.join(' '));
    assert.ok(install.includes('DEBIAN_FRONTEND=noninteractive'));
    assert.equal(install[install.length - 1], 'chromium');
    assert.ok(plan.steps.every((s) => s.includes('DPkg::Lock::Timeout=600')));
  });

  it('with passwordless sudo: installs through sudo -n', () => {
    const m = { ...without(COMPLETE, { commands: ['rg'] }), sudo: true };
    const plan = planInstall(missingRequirements(probe(m), false), probe(m));
    assert.equal(plan.kind, 'install');
    if (plan.kind !== 'install') return;
    assert.ok(plan.steps.every((s) => s[0] === 'sudo' && s[1] === '-n'));
    assert.equal(plan.shown, 'sudo apt-get update && sudo apt-get install -y ripgrep');
  });

  it('without root or passwordless sudo: stops with the one command to run', () => {
    const m = without(COMPLETE, { files: [chromiumPath], commands: ['python3'] });
    const plan = planInstall(missingRequirements(probe(m), false), probe(m));
    assert.equal(plan.kind, 'stop');
    if (plan.kind !== 'stop') return;
    assert.equal(plan.command, 'sudo apt-get update && sudo apt-get install -y chromium python3');
    assert.match(plan.message, /chromium: the headless browser/);
  });

  it('without apt-get: stops and names the packages, with no apt command to copy', () => {
    const m = { ...without(COMPLETE, { commands: ['apt-get'], files: [chromiumPath] }), root: true };
    const plan = planInstall(missingRequirements(probe(m), false), probe(m));
    assert.equal(plan.kind, 'stop');
    if (plan.kind !== 'stop') return;
    assert.equal(plan.command, undefined);
    assert.match(plan.message, /no apt-get/);
    assert.match(plan.message, /CHROMIUM_PATH/);
  });

  describe('ensurePrerequisites', () => {
    it('runs apt-get, says what and why, and checks the result', () => {
      const files = new Set<string>();
      const p: Probe = { ...probe({ commands: ['apt-get'], root: true }), fileExists: (f) => files.has(f) };
      const ran: string[][] = [];
      const said: string[] = [];
      ensurePrerequisites({
        probe: p,
        codeServerInstalled: true,
        log: (l) => said.push(l),
        run: (argv) => {
          ran.push(argv);
          if (argv.includes('install')) files.add(chromiumPath);
          return 0;
        },
      });
      assert.equal(ran.length, 2);
      assert.ok(said.some((l) => /chromium: the headless browser/.test(l)), said.join('\n'));
      assert.ok(said.some((l) => l === '$ apt-get update && apt-get install -y chromium'), said.join('\n'));
    });

    it('fails with the command when apt-get fails, and when the package still is not there', () => {
      const p = probe({ commands: ['apt-get'], root: true });
      assert.throws(() => ensurePrerequisites({ probe: p, codeServerInstalled: true, log: () => undefined, run: () => 100 }), (e: Error) => e instanceof PrerequisiteError && /exit 100/.test(e.message) && /apt-get install -y chromium/.test(e.message));
      assert.throws(() => ensurePrerequisites({ probe: p, codeServerInstalled: true, log: () => undefined, run: () => 0 }), /still missing: chromium/);
    });

    it('never runs anything when the user must act', () => {
      const ran: string[][] = [];
      assert.throws(
        () => ensurePrerequisites({ probe: probe({ commands: ['apt-get'] }), codeServerInstalled: true, run: (a) => (ran.push(a), 0), log: () => undefined }),
        (e: Error) => e instanceof PrerequisiteError && e.message.endsWith('sudo apt-get update && sudo apt-get install -y chromium'),
      );
      assert.deepEqual(ran, []);
    });

    it('does nothing on a complete machine', () => {
      ensurePrerequisites({ probe: probe(COMPLETE), codeServerInstalled: false, run: () => assert.fail('nothing to run'), log: () => assert.fail('nothing to say') });
    });
  });
});
