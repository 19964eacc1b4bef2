// Activation wires the features together (placeholder until the extension lands).
import * as vscode from 'vscode';

export function activate(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand('claimlens.refresh', () => undefined));
}

export function deactivate(): void {}
