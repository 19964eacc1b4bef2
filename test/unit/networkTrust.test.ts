// Workspace trust and virtual workspaces, made true rather than only declared: what the extension
// host and its worker load never touches the file system, child processes, code evaluation or the
// network. Documents come only through the vscode API; export writes through vscode.workspace.fs
// to a file the user picked. Checked on the real bundle graph (esbuild metafile), transitively.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync, type Metafile } from 'esbuild';
import { projectRoot } from '../vscode/paths';

const ROOT = projectRoot;

/** Node built-ins a bundle imports, whoever imports them (our code or a dependency). */
function builtinsOf(entry: string): Map<string, string[]> {
  const r = buildSync({ entryPoints: [join(ROOT, entry)], bundle: true, platform: 'node', format: 'cjs', write: false, metafile: true, external: ['vscode'], logLevel: 'error' });
  const meta = r.metafile as Metafile;
  const found = new Map<string, string[]>();
  for (const [file, input] of Object.entries(meta.inputs)) {
    for (const imp of input.imports) {
      if (!imp.external) continue;
      const name = imp.path.replace(/^node:/, '').split('/')[0];
      found.set(name, [...(found.get(name) ?? []), file]);
    }
  }
  return found;
}

const FORBIDDEN = ['fs', 'child_process', 'vm', 'net', 'tls', 'http', 'https', 'http2', 'dgram', 'dns', 'inspector', 'cluster'];

describe('workspace trust and virtual workspaces', function () {
  this.timeout(60_000);

  it('package.json declares support for untrusted and virtual workspaces', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { capabilities?: { untrustedWorkspaces?: { supported?: unknown }; virtualWorkspaces?: unknown } };
    assert.equal(pkg.capabilities?.untrustedWorkspaces?.supported, true);
    assert.equal(pkg.capabilities?.virtualWorkspaces, true);
  });

  for (const entry of ['src/extension/extension.ts', 'src/worker/analysisWorker.ts']) {
    it(`${entry} bundles no file-system, process, eval or network module`, () => {
      const builtins = builtinsOf(entry);
      const bad = FORBIDDEN.filter((m) => builtins.has(m)).map((m) => `${m} (imported by ${builtins.get(m)!.join(', ')})`);
      assert.deepEqual(bad, [], `the ${entry} bundle imports ${bad.join('; ')}`);
    });
  }

  it('the check above does see a forbidden import (the CLI reads files, so its bundle has fs)', () => {
    assert.ok(builtinsOf('src/cli/main.ts').has('fs'));
  });

  it('no source under src/extension evaluates code or reads the workspace behind the API', () => {
    const { readdirSync, statSync } = require('node:fs') as typeof import('node:fs');
    const files: string[] = [];
    const walk = (d: string) => {
      for (const n of readdirSync(d)) {
        const p = join(d, n);
        if (statSync(p).isDirectory()) walk(p);
        else if (p.endsWith('.ts')) files.push(p);
      }
    };
    walk(join(ROOT, 'src', 'extension'));
    const offenders: string[] = [];
    for (const f of files) {
      const src = readFileSync(f, 'utf8');
      // eval / Function constructors, and the terminal / task APIs that would run workspace content
      if (/\beval\s*\(|new\s+Function\s*\(|createTerminal\s*\(|tasks\.executeTask|ShellExecution|ProcessExecution/.test(src)) offenders.push(f);
      // the only writes: exports through workspace.fs to a user-picked target (export.ts, the
      // balance panel's numbers), and the workspace index's cache in the extension's own storage
      const writers = ['export.ts', join('workspace', 'balancePanel.ts'), join('workspace', 'fsStore.ts')];
      if (/workspace\.fs\.(writeFile|delete|rename|copy|createDirectory)/.test(src) && !writers.some((w) => f.endsWith(w))) offenders.push(`${f} (writes files)`);
      // documents are never edited: no WorkspaceEdit applied, no TextEditor.edit
      if (/applyEdit\s*\(|\.edit\s*\(\s*\(?\s*(editBuilder|eb|builder)/.test(src)) offenders.push(`${f} (edits documents)`);
    }
    assert.deepEqual(offenders, []);
  });
});
