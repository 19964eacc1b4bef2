// Typed reader for the `claimlens.*` settings. Every feature reads settings through here so the
// defaults live in one place and match package.json's `contributes.configuration`.
import * as vscode from 'vscode';
import { type ClaimLensConfig, sanitizeConfig } from './settings';

export { type ClaimLensConfig, type DiagnosticSeverityName, DEFAULTS, sanitizeConfig } from './settings';

export function readConfig(scope?: vscode.ConfigurationScope): ClaimLensConfig {
  const c = vscode.workspace.getConfiguration('claimlens', scope);
  return sanitizeConfig({
    languages: c.get('languages'),
    debounceMs: c.get('debounceMs'),
    maxFileSizeKB: c.get('maxFileSizeKB'),
    highlightsEnabled: c.get('highlights.enabled'),
    diagnosticsEnabled: c.get('diagnostics.enabled'),
    diagnosticsSeverity: c.get('diagnostics.severity'),
    entityTypes: c.get('entityTypes'),
    workersMax: c.get('workers.max'),
    citationFormat: c.get('citation.format'),
  });
}
