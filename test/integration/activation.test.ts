// Smoke test: the extension is installed in this VS Code, opening an article activates it, and
// every command it contributes is registered. Feature tests live beside this file.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'claimlens.claimlens';

interface Manifest {
  version: string;
  activationEvents?: string[];
  contributes?: { commands?: Array<{ command: string }> };
}

function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the harness opens a workspace folder holding the sample articles');
  return vscode.Uri.joinPath(folder.uri, name);
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
}

describe('ClaimLens in a real VS Code', () => {
  it('is installed in this extension host', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} is not loaded`);
    assert.equal(path.basename(extension.packageJSON.main as string), 'extension.js');
  });

  it('activates when a Markdown article is opened', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    const manifest = extension.packageJSON as Manifest;
    assert.ok(manifest.activationEvents?.includes('onLanguage:markdown'), 'activates on Markdown articles');

    const document = await vscode.workspace.openTextDocument(workspaceFile('harbour-strike.md'));
    await vscode.window.showTextDocument(document);
    assert.equal(document.languageId, 'markdown');

    const active = await waitFor(() => extension.isActive, 15_000);
    assert.ok(active, 'opening a Markdown article did not activate the extension');
    console.log(`ClaimLens ${manifest.version} activated in VS Code ${vscode.version} (${vscode.env.appName})`);
  });

  it('registers every command it contributes, and at least one of its own', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    await extension.activate();
    const registered = new Set(await vscode.commands.getCommands(true));
    const contributed = ((extension.packageJSON as Manifest).contributes?.commands ?? []).map((c) => c.command);
    const missing = contributed.filter((command) => !registered.has(command));
    assert.deepEqual(missing, [], 'contributed commands without a handler');
    const own = [...registered].filter((command) => command.startsWith('claimlens.'));
    assert.ok(own.length > 0, 'the extension registers no claimlens.* command');
  });
});
