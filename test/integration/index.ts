// Entry point of the integration suite inside a real VS Code extension host. Both harnesses load it:
// code-server (test/vscode/runIntegration.ts, via the workbench's extensionTestsPath) and
// @vscode/test-electron (test/vscode/runElectron.ts). Mocha BDD UI: describe/it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

/** Every compiled *.test.js below this folder, sorted so runs are reproducible. */
export function findTestFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...findTestFiles(full));
    else if (entry.isFile() && entry.name.endsWith('.test.js')) found.push(full);
  }
  return found.sort();
}

export async function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    // The extension host's console reaches the harness through the browser page: no colour codes.
    color: false,
    reporter: 'spec',
    timeout: Number(process.env.CLAIMLENS_TEST_TIMEOUT_MS ?? 30_000),
    grep: process.env.CLAIMLENS_TEST_GREP,
  });
  const files = findTestFiles(__dirname);
  if (files.length === 0) throw new Error(`no integration tests (*.test.js) under ${__dirname}`);
  for (const file of files) mocha.addFile(file);
  await mocha.loadFilesAsync();

  let ran = 0;
  const failures = await new Promise<number>((resolve) => {
    const runner = mocha.run((count) => resolve(count));
    runner.on('end', () => {
      const stats = runner.stats;
      if (!stats) return;
      ran = stats.passes + stats.failures;
      // A plain closing line that CI logs and people can read without mocha's reporter.
      console.log(
        `integration: ${stats.passes} passed, ${stats.failures} failed, ${stats.pending} skipped (${stats.tests} tests in ${files.length} files)`,
      );
    });
  });
  if (failures > 0) throw new Error(`${failures} integration test(s) failed`);
  // A suite that ran nothing proves nothing (unless a grep asked for a subset).
  if (ran === 0 && !process.env.CLAIMLENS_TEST_GREP) throw new Error('the integration suite ran no test');
}
