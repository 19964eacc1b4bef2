// Problems panel: claims a careful reader should check: a direct quote nobody is credited with,
// and a claim credited only to an unnamed source ("officials said"). Source "ClaimLens".
import * as vscode from 'vscode';
import type { Analysis, Claim } from '../analysis/model';
import type { DiagnosticSeverityName } from './config';
import type { DocumentService } from './documentService';

export const DIAGNOSTIC_SOURCE = 'ClaimLens';
export const DIAGNOSTIC_CODES = { unattributedQuote: 'unattributed-quote', anonymousSource: 'anonymous-source' } as const;

const SEVERITY: Record<DiagnosticSeverityName, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export interface ClaimFinding {
  claim: Claim;
  code: (typeof DIAGNOSTIC_CODES)[keyof typeof DIAGNOSTIC_CODES];
  message: string;
}

/** The claims worth a diagnostic, in text order. Pure. */
export function findClaimIssues(analysis: Analysis): ClaimFinding[] {
  const out: ClaimFinding[] = [];
  for (const claim of [...analysis.claims].sort((a, b) => a.start - b.start)) {
    if (!claim.source) {
      if (claim.kind === 'direct') {
        out.push({ claim, code: DIAGNOSTIC_CODES.unattributedQuote, message: 'Direct quote with no identified source.' });
      }
    } else if (!claim.source.entityId) {
      // A source that resolved to no named entity: "officials", "a spokesperson", "sources close to…".
      const cue = claim.cue ? ` ${claim.cue.text}` : '';
      out.push({
        claim,
        code: DIAGNOSTIC_CODES.anonymousSource,
        message: `Claim attributed only to an unnamed source ("${oneLine(claim.source.name)}${cue}").`,
      });
    }
  }
  return out;
}

function oneLine(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 60 ? `${t.slice(0, 59)}…` : t;
}

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
          const d = new vscode.Diagnostic(new vscode.Range(doc.positionAt(f.claim.start), doc.positionAt(f.claim.end)), f.message, severity);
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
