// Providers are registered for the article languages in `claimlens.languages`; when that setting
// changes they are re-registered, so no reload is needed.
import * as vscode from 'vscode';
import type { DocumentService } from './documentService';

export function articleSelector(languages: readonly string[]): vscode.DocumentFilter[] {
  return languages.map((language) => ({ language }));
}

/** Registers `register(selector)` now and again whenever the article languages change. */
export function registerForArticles(
  context: vscode.ExtensionContext,
  service: DocumentService,
  register: (selector: vscode.DocumentSelector) => vscode.Disposable,
): void {
  let languages = service.settings.languages.join('\n');
  let current = register(articleSelector(service.settings.languages));
  context.subscriptions.push(
    { dispose: () => current.dispose() },
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('claimlens.languages')) return;
      // The service re-reads settings in its own listener; read them directly to avoid ordering issues.
      const next = vscode.workspace.getConfiguration('claimlens').get<string[]>('languages') ?? service.settings.languages;
      if (next.join('\n') === languages) return;
      languages = next.join('\n');
      current.dispose();
      current = register(articleSelector(next));
    }),
  );
}
