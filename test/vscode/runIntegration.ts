// `npm run test:vscode`: runs test/integration/ inside the real extension host of a private
// code-server, driven by headless chromium, and exits with the suite's own result.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { launchBrowser, type Browser } from './browser';
import { ensureTestPrerequisites, PrerequisiteError, runCleanups, startCodeServer, type RunningCodeServer } from './codeServer';
import { projectRoot, resultsDir } from './paths';
import { finishRunDir, makeRunDir, makeWorkspace } from './workspace';

const TIMEOUT_MS = Number(process.env.CLAIMLENS_VSCODE_TIMEOUT_MS ?? 300_000);

/** The built files the run needs; a missing one means the build step did not run or failed. */
export function checkBuilt(files: string[]): void {
  const missing = files.filter((file) => !fs.existsSync(path.join(projectRoot, file)));
  if (missing.length > 0) {
    throw new PrerequisiteError(`not built: ${missing.join(', ')}\n  run: node esbuild.mjs && npx tsc -p .`);
  }
}

/**
 * The web workbench takes the development flags in its URL (code-server rejects them on its
 * command line). Their URIs must name exactly the page's host:port.
 */
export function workbenchUrl(server: Pick<RunningCodeServer, 'url' | 'host' | 'port'>, workspace: string, payload: Array<[string, string]>): string {
  const query = `folder=${encodeURIComponent(workspace)}`;
  if (payload.length === 0) return `${server.url}?${query}`;
  return `${server.url}?${query}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/** The workbench on `folder` with `file` open in the editor (what `npm start` prints and the e2e test opens). */
export function articleUrl(server: Pick<RunningCodeServer, 'url' | 'host' | 'port'>, folder: string, file: string): string {
  return workbenchUrl(server, folder, [['openFile', remoteUri(server, file)]]);
}

export function remoteUri(server: Pick<RunningCodeServer, 'host' | 'port'>, absolutePath: string): string {
  return `vscode-remote://${server.host}:${server.port}${absolutePath}`;
}

async function main(): Promise<number> {
  checkBuilt(['dist/extension.js', 'out/test/integration/index.js']);
  ensureTestPrerequisites();
  const runDir = makeRunDir('vscode');
  const workspace = makeWorkspace(runDir);
  let server: RunningCodeServer | undefined;
  let browser: Browser | undefined;
  let passed = false;
  let started = Date.now();
  try {
    server = await startCodeServer({ runDir, workspace });
    started = Date.now(); // the one-time install is not part of a run's time
    browser = await launchBrowser(runDir, { forwardConsole: true });
    const { page } = browser;
    let reportExit: (code: number) => void = () => undefined;
    const exited = new Promise<number>((resolve) => (reportExit = resolve));
    // The workbench calls this when the extension tests finish; the extension host itself exits 0 either way.
    await page.exposeFunction('codeAutomationExit', (code: number) => reportExit(Number(code)));
    const url = workbenchUrl(server, workspace, [
      ['extensionDevelopmentPath', remoteUri(server, projectRoot)],
      ['extensionTestsPath', remoteUri(server, path.join(projectRoot, 'out', 'test', 'integration', 'index.js'))],
    ]);
    console.log(`[harness] opening the workbench with the extension under development: ${url}`);
    await page.goto(url);
    const timedOut = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), TIMEOUT_MS).unref());
    const outcome = await Promise.race([exited, timedOut]);
    if (outcome === 'timeout') {
      fs.mkdirSync(resultsDir, { recursive: true });
      const shot = path.join(resultsDir, 'integration-timeout.png');
      await page.screenshot({ path: shot }).catch(() => undefined);
      console.error(
        `[harness] FAILED: the integration suite did not finish within ${TIMEOUT_MS / 1000} s ` +
          `(screenshot: ${path.relative(projectRoot, shot)}; raise CLAIMLENS_VSCODE_TIMEOUT_MS if the machine is slow)`,
      );
      return 1;
    }
    passed = outcome === 0;
    console.log(
      `[harness] integration suite ${passed ? 'passed' : `FAILED (exit code ${outcome})`} in ${Math.round((Date.now() - started) / 1000)} s`,
    );
    return outcome;
  } finally {
    await browser?.close();
    await server?.stop();
    await runCleanups();
    finishRunDir(runDir, passed);
  }
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      const prefix = error instanceof PrerequisiteError ? 'missing prerequisite' : 'error';
      console.error(`[harness] FAILED (${prefix}): ${error instanceof Error ? error.message : String(error)}`);
      void runCleanups().finally(() => process.exit(1));
    },
  );
}
