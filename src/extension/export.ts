// "Export Claims as Markdown / JSON / CSV": writes the active article's analysis to a file the user
// picks (tests pass the target Uri). The article itself is never written to.
import * as vscode from 'vscode';
import { formatCsv, formatJson, formatMarkdown } from '../analysis/output/exportFormats';
import { formatW3c } from '../analysis/review/w3c';
import type { AnalysisSnapshot, DocumentService } from './documentService';
import type { ActiveArticle } from './views/activeArticle';
import { guardedCommand } from './providerSupport';
import { toUri } from './views/reveal';

export type ExportFormat = 'markdown' | 'json' | 'csv' | 'w3c';

const FORMATS: Record<ExportFormat, { ext: string; label: string; filter: string; detail: string }> = {
  markdown: { ext: 'md', label: 'Markdown', filter: 'Markdown', detail: 'A readable report: claims by source, people, places and organizations' },
  json: { ext: 'json', label: 'JSON', filter: 'JSON', detail: 'The claimlens/1 object, as `claimlens annotate --format json` prints it' },
  csv: { ext: 'csv', label: 'CSV', filter: 'CSV', detail: 'One row per claim, for spreadsheets' },
  w3c: { ext: 'jsonld', label: 'W3C Web Annotations', filter: 'JSON-LD', detail: 'One annotation per claim (JSON-LD), for annotation tools' },
};

function isFormat(v: unknown): v is ExportFormat {
  return v === 'markdown' || v === 'json' || v === 'csv' || v === 'w3c';
}

/** `article.md` -> `article.claims.csv` beside it (or in the workspace for an untitled document). */
export function defaultTarget(doc: vscode.TextDocument, format: ExportFormat): vscode.Uri | undefined {
  const ext = FORMATS[format].ext;
  if (doc.isUntitled) {
    const folder = vscode.workspace.workspaceFolders?.[0];
    return folder ? vscode.Uri.joinPath(folder.uri, `claims.${ext}`) : undefined;
  }
  const base = doc.uri.path.split('/').pop() ?? 'article';
  const stem = base.includes('.') ? base.slice(0, base.lastIndexOf('.')) : base;
  return vscode.Uri.joinPath(doc.uri, '..', `${stem}.claims.${ext}`);
}

export interface ExportApi {
  /** Writes the export and returns where, or undefined when cancelled / nothing to export. */
  exportClaims(format: ExportFormat, target?: vscode.Uri, doc?: vscode.TextDocument): Promise<vscode.Uri | undefined>;
}

type ExportDeps = { service: DocumentService; article: ActiveArticle };

export function registerExport(context: vscode.ExtensionContext, deps: ExportDeps): ExportApi {
  const { service } = deps;
  const exportClaims = (format: ExportFormat, target?: vscode.Uri, source?: vscode.TextDocument) => exportArticleClaims(deps, format, target, source);
  context.subscriptions.push(
    guardedCommand(service, 'claimlens.exportClaims', async (format, target) => {
      const f = isFormat(format) ? format : await pickFormat();
      return f ? exportClaims(f, targetArg(target)) : undefined;
    }),
    guardedCommand(service, 'claimlens.exportMarkdown', (target) => exportClaims('markdown', targetArg(target))),
    guardedCommand(service, 'claimlens.exportJson', (target) => exportClaims('json', targetArg(target))),
    guardedCommand(service, 'claimlens.exportCsv', (target) => exportClaims('csv', targetArg(target))),
    guardedCommand(service, 'claimlens.exportW3c', (target) => exportClaims('w3c', targetArg(target))),
  );
  return { exportClaims };
}

async function exportArticleClaims(deps: ExportDeps, format: ExportFormat, target?: vscode.Uri, source?: vscode.TextDocument): Promise<vscode.Uri | undefined> {
  const { service, article } = deps;
  const doc = source ?? article.document ?? vscode.window.activeTextEditor?.document;
  if (!doc) {
    void vscode.window.showInformationMessage('ClaimLens: open an article to export its claims.');
    return undefined;
  }
  const snap = await service.current(doc);
  if (!snap) {
    const state = service.state(doc.uri);
    throw new Error(`no analysis of ${doc.uri.path.split('/').pop()} to export (${state.detail ?? state.kind})`);
  }
  const text = doc.getText();
  const to = target ?? (await askTarget(doc, format));
  if (!to) return undefined;
  if (to.toString() === doc.uri.toString()) throw new Error('the export would overwrite the article itself; pick another file');
  const title = doc.isUntitled ? doc.uri.path : vscode.workspace.asRelativePath(doc.uri, false);
  await vscode.workspace.fs.writeFile(to, new TextEncoder().encode(exportContent(format, snap, text, doc, title)));
  service.log.info(`exported ${snap.analysis.claims.length} claims of ${title} as ${FORMATS[format].label} to ${to.toString(true)}`);
  // Only when the user picked the file: a caller that passed a target does not want a prompt.
  if (!target) offerToOpen(to, snap.analysis.claims.length);
  return to;
}

function exportContent(format: ExportFormat, snap: AnalysisSnapshot, text: string, doc: vscode.TextDocument, title: string): string {
  switch (format) {
    case 'markdown':
      return formatMarkdown(snap.analysis, text, { title });
    case 'json':
      return formatJson(snap.analysis);
    case 'w3c':
      return formatW3c(snap.analysis, snap.text, { source: doc.uri.toString(), label: `ClaimLens claims in ${title}` });
    default:
      return formatCsv(snap.analysis, text);
  }
}

function askTarget(doc: vscode.TextDocument, format: ExportFormat): Thenable<vscode.Uri | undefined> {
  return vscode.window.showSaveDialog({
    title: `Export Claims as ${FORMATS[format].label}`,
    defaultUri: defaultTarget(doc, format),
    filters: { [FORMATS[format].filter]: [FORMATS[format].ext] },
    saveLabel: 'Export',
  });
}

async function pickFormat(): Promise<ExportFormat | undefined> {
  const picked = await vscode.window.showQuickPick(
    (Object.keys(FORMATS) as ExportFormat[]).map((k) => ({ label: FORMATS[k].label, detail: FORMATS[k].detail, format: k })),
    { title: 'Export Claims', placeHolder: 'Format' },
  );
  return picked?.format;
}

function offerToOpen(to: vscode.Uri, claims: number): void {
  void vscode.window
    .showInformationMessage(`ClaimLens: exported ${claims} claims to ${to.path.split('/').pop()}.`, 'Open')
    .then((choice) => (choice ? vscode.window.showTextDocument(to) : undefined), () => undefined);
}

/** No target (undefined, or null from a keybinding's args) means: ask where to save. */
function targetArg(v: unknown): vscode.Uri | undefined {
  return v === undefined || v === null ? undefined : toUri(v);
}
