// `npm run test:electron`: the same integration suite under @vscode/test-electron, in a desktop
// VS Code: the one named by VSCODE_EXECUTABLE, or one it downloads (needs the internet). Not part of
// `npm test`: CI machines here have no download access and use code-server (test:vscode) instead.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { removeRunDir } from './codeServer';
import { projectRoot } from './paths';
import { checkBuilt } from './runIntegration';
import { makeRunDir, makeWorkspace } from './workspace';

async function main(): Promise<number> {
  checkBuilt(['dist/extension.js', 'out/test/integration/index.js']);
  const executable = process.env.VSCODE_EXECUTABLE;
  if (executable && !fs.existsSync(executable)) {
    console.error(`[electron] FAILED: VSCODE_EXECUTABLE=${executable} does not exist`);
    return 1;
  }
  const runDir = makeRunDir('electron');
  const workspace = makeWorkspace(runDir);
  try {
    console.log(
      executable
        ? `[electron] running the integration suite in ${executable}`
        : '[electron] VSCODE_EXECUTABLE is not set: downloading VS Code (needs the internet; set VSCODE_EXECUTABLE to use a local one)',
    );
    const code = await runTests({
      ...(executable ? { vscodeExecutablePath: executable } : { version: process.env.VSCODE_VERSION ?? '1.100.3' }),
      extensionDevelopmentPath: projectRoot,
      extensionTestsPath: path.join(projectRoot, 'out', 'test', 'integration', 'index.js'),
      // A private profile: no user extensions or settings leak into the run.
      launchArgs: [
        workspace,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        `--user-data-dir=${path.join(runDir, 'data')}`,
        `--extensions-dir=${path.join(runDir, 'exts')}`,
      ],
      extensionTestsEnv: { CLAIMLENS_HARNESS: 'electron' },
    });
    console.log(`[electron] integration suite ${code === 0 ? 'passed' : `FAILED (exit code ${code})`}`);
    return code;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(
      `[electron] FAILED: ${message}\n` +
        (executable
          ? '  the given VS Code did not run the suite (see above)'
          : '  could not download VS Code: without internet access set VSCODE_EXECUTABLE to a local VS Code binary, or use `npm run test:vscode` (code-server)'),
    );
    return 1;
  } finally {
    removeRunDir(runDir);
  }
}

if (require.main === module) {
  void main().then((code) => process.exit(code));
}
