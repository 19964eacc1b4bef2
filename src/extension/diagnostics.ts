// Problems panel: claims a careful reader should check: a direct quote nobody is credited with,
// a claim credited only to an unnamed source ("officials said"), and (as a hint, whatever the
// severity setting) a source the analysis is unsure of. Source "ClaimLens".
import * as vscode from 'vscode';
import type { DiagnosticSeverityName } from './config';
import { DIAGNOSTIC_CODES, findClaimIssues } from './claimFindings';
import type { DocumentService } from './documentService';

export const DIAGNOSTIC_SOURCE = 'ClaimLens';
export { DIAGNOSTIC_CODES, findClaimIssues };

const SEVERITY: Record<DiagnosticSeverityName, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export function registerDiagnostics(context: vscode.ExtensionContext, deps: { service: DocumentService }): vscode.DiagnosticCollection {
  const { service } = deps;
  const collection = vscode.languages.createDiagnosticCollection('claimlens');
  const update = (uri: vscode.Uri) => {
    try {
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      const settings = service.settings;
      const snap = doc && !doc.isClosed ? service.snapshot(doc) : undefined;
      if (!doc || !snap || !settings.diagnosticsEnabled) {
        collection.delete(uri);
        return;
      }
      // Offsets describe the analysed version; while a newer one is pending keep the old set.
      if (snap.version !== doc.version) return;
      const severity = SEVERITY[settings.diagnosticsSeverity];
      collection.set(
        uri,
        findClaimIssues(snap.analysis).map((f) => {
          // An unsure attribution is a hint to look, never an error in the article.
          const level = f.code === DIAGNOSTIC_CODES.uncertainSource ? vscode.DiagnosticSeverity.Hint : severity;
          const d = new vscode.Diagnostic(new vscode.Range(doc.positionAt(f.claim.start), doc.positionAt(f.claim.end)), f.message, level);
          d.source = DIAGNOSTIC_SOURCE;
          d.code = f.code;
          if (f.claim.source) {
            d.relatedInformation = [
              new vscode.DiagnosticRelatedInformation(
                new vscode.Location(uri, new vscode.Range(doc.positionAt(f.claim.source.start), doc.positionAt(f.claim.source.end))),
                'The source as written',
              ),
            ];
          }
          return d;
        }),
      );
    } catch (err) {
      service.log.error(`diagnostics failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
    }
  };
  context.subscriptions.push(
    collection,
    service.onDidChange(update),
    vscode.workspace.onDidCloseTextDocument((doc) => collection.delete(doc.uri)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('claimlens.diagnostics')) for (const doc of vscode.workspace.textDocuments) update(doc.uri);
    }),
  );
  return collection;
}
