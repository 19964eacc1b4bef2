// The run folder and the workspace the workbench opens: a temp copy of the project's test articles,
// so tests may open (and VS Code may write .vscode/ into) files without touching the project.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { removeRunDir } from './codeServer';
import { cacheDir, projectRoot, sampleArticle, sharedSeed } from './paths';

export function makeRunDir(kind: string): string {
  const stamp = new Date().toISOString().slice(11, 19).replace(/:/g, '');
  const dir = path.join(cacheDir, `run-${kind}-${stamp}-${process.pid}`);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * workspace/harbour-strike.md (always), workspace/seed.txt (when the team's shared sample exists)
 * and workspace/fixtures/ (a copy of test/fixtures/, when present).
 */
export function makeWorkspace(runDir: string): string {
  const workspace = path.join(runDir, 'workspace');
  fs.mkdirSync(workspace, { recursive: true });
  if (!fs.existsSync(sampleArticle)) throw new Error(`the project's sample article is missing: ${sampleArticle}`);
  fs.copyFileSync(sampleArticle, path.join(workspace, path.basename(sampleArticle)));
  if (fs.existsSync(sharedSeed)) {
    fs.copyFileSync(sharedSeed, path.join(workspace, 'seed.txt'));
  } else {
    console.log(`[harness] ${sharedSeed} not found: the workspace has no seed.txt (tests that need it skip and say so)`);
  }
  const fixtures = path.join(projectRoot, 'test', 'fixtures');
  if (fs.existsSync(fixtures)) fs.cpSync(fixtures, path.join(workspace, 'fixtures'), { recursive: true });
  return workspace;
}

/** Keeps the run folder of a failed run for a post-mortem; removes a passing one. */
export function finishRunDir(runDir: string, passed: boolean): void {
  if (passed && process.env.CLAIMLENS_KEEP_RUN !== '1') {
    removeRunDir(runDir);
  } else {
    console.log(`[harness] run folder kept for inspection: ${path.relative(projectRoot, runDir)}`);
  }
}

/**
 * A copy of the project's samples/ in the system temp folder, for `npm start`: the workbench
 * autosaves, so the session must never edit the tracked files themselves.
 */
export function copySamples(into: string = os.tmpdir()): string {
  const copy = fs.mkdtempSync(path.join(into, 'claimlens-samples-'));
  fs.cpSync(path.join(projectRoot, 'samples'), copy, { recursive: true });
  return copy;
}
